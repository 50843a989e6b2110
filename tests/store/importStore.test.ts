/**
 * The import's state machine driven directly, with no component rendered: the in-thread
 * importer, an in-memory storage, and the phases it passes through.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import {
  keptMetaOf,
  type ImportedRecord,
  type ImportedStorage,
} from "../../src/store/importedDataset.ts";
import { createImportStore, type ImportPhase } from "../../src/store/importStore.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const fixture = (path: string): string =>
  readFileSync(resolve(process.cwd(), "tests/fixtures", path), "utf8");

function memoryStorage(fail?: string): ImportedStorage & { saved: ImportedRecord[] } {
  const saved: ImportedRecord[] = [];
  const last = () => saved.at(-1);
  return {
    saved,
    load: () => Promise.resolve(last()),
    kept: () => Promise.resolve(saved.length > 0 ? keptMetaOf(last()) : undefined),
    save: (record) =>
      fail ? Promise.reject(new Error(fail)) : (saved.push(record), Promise.resolve()),
    remove: (id) => {
      const kept = saved.length > 0 ? keptMetaOf(last()) : undefined;
      if (kept && id !== undefined && kept.id !== id) return Promise.resolve(kept);
      saved.length = 0;
      return Promise.resolve(undefined);
    },
  };
}

function setup(storage = memoryStorage()) {
  const bundled = smallDataset([sampleEvent()]);
  const detente = createDetenteStore({ dataset: bundled, goldstein: goldsteinTable() });
  const forgetAddress = vi.fn();
  const store = createImportStore({
    detente,
    importer: createInThreadImporter(),
    storage,
    bundled,
    pageUrl: "https://example.org/app/",
    loadConfig: () => Promise.resolve(SAME_ORIGIN_ONLY),
    forgetAddress,
  });
  const phases: ImportPhase["kind"][] = [];
  store.subscribe((state, previous) => {
    if (state.phase.kind !== previous.phase.kind) phases.push(state.phase.kind);
  });
  return { store, detente, bundled, storage, phases, forgetAddress };
}

const settled = (store: ReturnType<typeof setup>["store"]) =>
  vi.waitFor(() => expect(store.getState().phase.kind).not.toBe("reading"));

describe("the import store", () => {
  it("reads a file, reports, replaces the view and keeps the import", async () => {
    const { store, detente, bundled, storage, phases } = setup();
    store.getState().openFile(new File([fixture("timelinejs/eras.json")], "eras.json"));
    await settled(store);
    const { phase, imported } = store.getState();
    expect(phases).toEqual(["reading", "report"]);
    expect(phase.kind === "report" && phase.ok).toBe(true);
    expect(detente.getState().dataset).not.toBe(bundled);
    expect(imported?.name).toBe("eras.json");
    await vi.waitFor(() => expect(storage.saved).toHaveLength(1));
  });

  it("asks for the columns of an unrecognised CSV, then imports with the mapping given", async () => {
    const { store, detente, bundled } = setup();
    const csv = "when,what\n2025-01-26,Flights refused\n2025-10-24,Sanctions\n";
    store.getState().openFile(new File([csv], "odd.csv"));
    await settled(store);
    const phase = store.getState().phase;
    expect(phase.kind).toBe("mapping");
    expect(detente.getState().dataset).toBe(bundled);
    if (phase.kind !== "mapping") return;
    store.getState().submitMapping({ ...phase.mapping, date: 0, title: 1 });
    await settled(store);
    expect(store.getState().phase).toMatchObject({ kind: "report", ok: true });
    expect(detente.getState().dataset.events.map((e) => e.title)).toEqual([
      "Flights refused",
      "Sanctions",
    ]);
  });

  it("says so when the import cannot be kept, and removing returns to the bundled data", async () => {
    const { store, detente, bundled } = setup(memoryStorage("quota exceeded"));
    store.getState().openFile(new File([fixture("timelinejs/eras.json")], "eras.json"));
    await settled(store);
    await vi.waitFor(() => expect(store.getState().imported?.notKept).toBe("quota exceeded"));
    store.getState().remove();
    expect(detente.getState().dataset).toBe(bundled);
    expect(store.getState().imported).toBeNull();
    expect(store.getState().phase).toMatchObject({ kind: "notice", key: "import.removed" });
  });

  it("refuses a ?src= address from another origin with an alert naming it", async () => {
    const { store, forgetAddress } = setup();
    store.getState().importAddress("https://elsewhere.example/data.json");
    await vi.waitFor(() => expect(store.getState().phase.kind).toBe("notice"));
    expect(store.getState().phase).toMatchObject({
      kind: "notice",
      key: "import.src.refused",
      alert: true,
      values: { url: "https://elsewhere.example/data.json", origin: "https://elsewhere.example" },
    });
    expect(forgetAddress).not.toHaveBeenCalled();
  });
});
