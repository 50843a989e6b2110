/**
 * The import's store as the page starts, before its state machine (importStore.ts) has loaded:
 * the same state a new machine starts in, and every action passed on to the machine once it is
 * in. Readers who never import then never wait for the machine's code in their first load; the
 * provider (ui/ImportProvider.tsx) loads it after the first view (other tabs' changes need it)
 * and puts it in this store's place.
 */
import { createStore } from "zustand/vanilla";
import type { ImportState, ImportStore, ImportStoreOptions } from "./importStore.ts";

type ActionName = {
  [K in keyof ImportState]: ImportState[K] extends (...args: never[]) => unknown ? K : never;
}[keyof ImportState];

export type ImportData = Omit<ImportState, ActionName>;

/** What an import's store holds before anything happened (also importStore.ts's start). */
export function initialImportData(
  options: Pick<ImportStoreOptions, "initialImported" | "discarded" | "initialParties">,
): ImportData {
  return {
    phase: { kind: "idle" },
    imported: options.initialImported ?? null,
    storageNote: options.discarded ? { kind: "discarded", discarded: options.discarded } : null,
    panelOpen: false,
    dragging: false,
    format: "auto",
    last: null,
    choices: null,
    parties: options.initialParties ?? null,
    acledMapping: null,
  };
}

/**
 * A store in `data`'s state whose actions wait for `machine` (asked for by the first action, if
 * nothing asked before) and then run there, in the order they were called.
 */
export function waitingImportStore(
  data: ImportData,
  machine: () => Promise<ImportStore>,
): ImportStore {
  const later =
    <K extends Exclude<ActionName, "connectSignals">>(name: K) =>
    (...args: Parameters<ImportState[K]>): void => {
      void machine().then((store) => {
        const action = store.getState()[name] as (...a: Parameters<ImportState[K]>) => unknown;
        action(...args);
      });
    };
  return createStore<ImportState>()(() => ({
    ...data,
    setPanelOpen: later("setPanelOpen"),
    setDragging: later("setDragging"),
    setFormat: later("setFormat"),
    openFile: later("openFile"),
    importAgain: later("importAgain"),
    submitMapping: later("submitMapping"),
    cancel: later("cancel"),
    dismiss: later("dismiss"),
    remove: later("remove"),
    importAddress: later("importAddress"),
    choosePair: later("choosePair"),
    remapAcled: later("remapAcled"),
    dispose: later("dispose"),
    dismissNote: later("dismissNote"),
    showKept: later("showKept"),
    keepAgain: later("keepAgain"),
    connectSignals: (signals) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      void machine().then((store) => {
        if (!stopped) stop = store.getState().connectSignals(signals);
      });
      return () => {
        stopped = true;
        stop?.();
      };
    },
  }));
}
