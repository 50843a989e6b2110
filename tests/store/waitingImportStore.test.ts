/**
 * The store that stands in for the import's state machine until its code is in: it must start in
 * the state a new machine starts in, and hand every action to the machine, in order, once it is.
 */
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import type { ImportedStorage } from "../../src/store/importedDataset.ts";
import {
  createImportStore,
  type ImportState,
  type ImportStore,
  type ImportStoreOptions,
} from "../../src/store/importStore.ts";
import type { ImportSignals } from "../../src/store/importSignals.ts";
import { initialImportData, waitingImportStore } from "../../src/store/waitingImportStore.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const NO_STORAGE: ImportedStorage = {
  load: () => Promise.resolve(undefined),
  kept: () => Promise.resolve(undefined),
  save: () => Promise.resolve(),
  remove: () => Promise.resolve(undefined),
};

function options(extra: Partial<ImportStoreOptions> = {}): ImportStoreOptions {
  const bundled = smallDataset([sampleEvent()]);
  return {
    detente: createDetenteStore({ dataset: bundled, goldstein: goldsteinTable() }),
    importer: createInThreadImporter(),
    storage: NO_STORAGE,
    bundled,
    pageUrl: "https://example.org/app/",
    loadConfig: () => Promise.resolve(SAME_ORIGIN_ONLY),
    ...extra,
  };
}

const data = (state: ImportState) =>
  Object.fromEntries(Object.entries(state).filter(([, value]) => typeof value !== "function"));

/** A machine made on first request, and how many times it was asked for. */
function lazyMachine(made: ImportStore) {
  let asked = 0;
  let resolve: (store: ImportStore) => void = () => undefined;
  const loaded = new Promise<ImportStore>((r) => (resolve = r));
  return {
    machine: () => {
      asked++;
      return loaded;
    },
    load: () => resolve(made),
    asked: () => asked,
  };
}

describe("the import's waiting store", () => {
  it("starts in the state a new machine starts in", () => {
    for (const extra of [
      {},
      { initialImported: { title: "Kept", name: "kept.json", id: "k1" } },
      { initialParties: ["COL", "USA"] as const },
      {
        discarded: { id: "d1", reason: "no longer valid", raw: "{}" },
      } as unknown as Partial<ImportStoreOptions>,
    ]) {
      const opts = options(extra);
      const waiting = waitingImportStore(initialImportData(opts), () => new Promise(() => {}));
      expect(data(waiting.getState())).toEqual(data(createImportStore(opts).getState()));
    }
  });

  it("asks for the machine only when an action comes, and runs the actions there in order", async () => {
    const real = createImportStore(options());
    const lazy = lazyMachine(real);
    const waiting = waitingImportStore(initialImportData({}), lazy.machine);
    expect(lazy.asked()).toBe(0);
    waiting.getState().setFormat("csv");
    waiting.getState().setPanelOpen(true);
    waiting.getState().setPanelOpen(false);
    waiting.getState().setPanelOpen(true);
    // Nothing changes before the machine is in: the waiting store holds no state of its own.
    expect(waiting.getState().panelOpen).toBe(false);
    lazy.load();
    await vi.waitFor(() => expect(real.getState().panelOpen).toBe(true));
    expect(real.getState().format).toBe("csv");
    // Once per action: the provider makes the machine once, whoever asks first.
    expect(lazy.asked()).toBe(4);
  });

  it("connects the tab signals once the machine is in, unless stopped before", async () => {
    const real = createImportStore(options());
    const connect = vi.spyOn(real.getState(), "connectSignals");
    const lazy = lazyMachine(real);
    const waiting = waitingImportStore(initialImportData({}), lazy.machine);
    const signals = {} as ImportSignals;
    const stopEarly = waiting.getState().connectSignals(signals);
    stopEarly();
    const stopLater = waiting.getState().connectSignals(signals);
    lazy.load();
    await vi.waitFor(() => expect(connect).toHaveBeenCalledTimes(1));
    stopLater();
    expect(connect).toHaveBeenCalledTimes(1);
  });
});
