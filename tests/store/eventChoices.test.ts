/**
 * The import store's event-data choices: the pair a `?parties=` link asks for, the pair picker's
 * re-import, and the ACLED mapping's, driven with the in-thread importer.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import type { ImportedStorage } from "../../src/store/importedDataset.ts";
import { createImportStore } from "../../src/store/importStore.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const fixture = (path: string): string =>
  readFileSync(resolve(process.cwd(), "tests/fixtures", path), "utf8");

const storage: ImportedStorage = {
  load: () => Promise.resolve(undefined),
  kept: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(undefined),
};

function setup(initialParties: readonly [string, string] | null = null) {
  const bundled = smallDataset([sampleEvent()]);
  const detente = createDetenteStore({ dataset: bundled, goldstein: goldsteinTable() });
  const rememberParties = vi.fn();
  const store = createImportStore({
    detente,
    importer: createInThreadImporter(),
    storage,
    bundled,
    pageUrl: "https://example.org/app/",
    loadConfig: () => Promise.resolve(SAME_ORIGIN_ONLY),
    initialParties,
    rememberParties,
  });
  return { store, detente, rememberParties };
}

const settled = (store: ReturnType<typeof setup>["store"]) =>
  vi.waitFor(() => expect(store.getState().phase.kind).not.toBe("reading"));

describe("event-data choices", () => {
  it("keeps the file's pairs and the pair shown, and re-imports the pair chosen", async () => {
    const { store, detente } = setup();
    const file = new File([fixture("icews/events.2018.sample.head.tab")], "events.tab");
    store.getState().openFile(file);
    await settled(store);
    expect(store.getState().choices?.current).toEqual(["JPN", "USA"]);
    expect(store.getState().choices?.pairs[0]?.events).toBe(5);
    store.getState().choosePair(["CHN", "USA"]);
    await settled(store);
    expect(detente.getState().dataset.title).toBe("ICEWS events between China and United States");
    expect(store.getState().choices?.current).toEqual(["CHN", "USA"]);
  });

  it("a pair with no rows in the file fails with the report, keeps the view and the pairs", async () => {
    const { store, detente } = setup();
    store.getState().openFile(new File([fixture("icews/events.2018.sample.head.tab")], "e.tab"));
    await settled(store);
    const shown = detente.getState().dataset;
    store.getState().choosePair(["COL", "USA"]);
    await settled(store);
    expect(store.getState().phase).toMatchObject({ kind: "report", ok: false });
    expect(detente.getState().dataset).toBe(shown);
    expect(store.getState().choices?.pairs.length).toBeGreaterThan(3);
  });

  it("a new file starts again from its own largest pair", async () => {
    const { store } = setup();
    store.getState().openFile(new File([fixture("icews/events.2018.sample.head.tab")], "e.tab"));
    await settled(store);
    store.getState().choosePair(["CHN", "USA"]);
    await settled(store);
    store.getState().openFile(new File([fixture("gdelt/gdelt2-events-sample.tsv")], "g.tsv"));
    await settled(store);
    expect(store.getState().choices?.current).toEqual(["BLR", "ZWE"]);
  });

  it("re-imports ACLED with the reader's mapping, and says which root each type now has", async () => {
    const { store, detente } = setup();
    store.getState().openFile(new File([fixture("acled/handmade-acled.csv")], "acled.csv"));
    await settled(store);
    const clash = () => detente.getState().dataset.events.find((e) => e.id.endsWith("tst1"));
    expect(clash()?.cameo).toBe("19");
    store.getState().remapAcled({ "Armed clash": "17" });
    await settled(store);
    expect(clash()?.cameo).toBe("17");
    expect(
      store.getState().choices?.acledTypes?.find((t) => t.subEventType === "Armed clash")?.root,
    ).toBe("17");
  });

  it("`?parties=` names the pair of a `?src=` import", async () => {
    const { store, detente } = setup(["CAN", "GBR"]);
    const text = fixture("gdelt/gdelt2-events-sample.tsv");
    vi.stubGlobal(
      "fetch",
      vi.fn(() => Promise.resolve(new Response(text, { status: 200 }))),
    );
    try {
      store.getState().importAddress("https://example.org/data/events.tsv");
      await vi.waitFor(() => expect(store.getState().phase.kind).toBe("report"));
      expect(detente.getState().dataset.parties.map((p) => p.code)).toEqual(["CAN", "GBR"]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
