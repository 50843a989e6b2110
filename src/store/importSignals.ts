/**
 * Tabs of the app on one browser profile share one kept import. When one tab keeps or removes
 * it, the others hear about it here: through a BroadcastChannel, or where there is none, through
 * `storage` events on a localStorage entry (written only to signal; the data stays in IndexedDB).
 * Messages carry only which import (id, name, title), never the data, and every message heard
 * is checked before use: another script on the origin could post anything.
 */
import type { ImportedStorage, KeptMeta } from "./importedDataset.ts";
import type { ImportState, ImportStore } from "./importStore.ts";

export type ImportSignal =
  | { readonly type: "kept"; readonly kept: KeptMeta }
  | { readonly type: "removed"; readonly id: string };

export interface ImportSignals {
  post(signal: ImportSignal): void;
  /** Signals from other tabs; returns the unsubscribe. */
  listen(listener: (signal: ImportSignal) => void): () => void;
  close(): void;
}

export const SIGNAL_CHANNEL = "detente-imported";
/** The localStorage entry of the fallback. */
export const SIGNAL_KEY = "detente-imported-signal";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const isText = (value: unknown, max = 2000): value is string =>
  typeof value === "string" && value.length <= max;

/** A message as a signal, or undefined if it is not one (malformed, foreign, oversized). */
export function readSignal(value: unknown): ImportSignal | undefined {
  if (!isObject(value)) return undefined;
  if (value["type"] === "removed" && isText(value["id"], 200) && value["id"] !== "")
    return { type: "removed", id: value["id"] };
  if (value["type"] !== "kept" || !isObject(value["kept"])) return undefined;
  const { id, name, title, savedAt } = value["kept"];
  if (!isText(id, 200) || id === "" || !isText(name) || !isText(title) || !isText(savedAt, 100))
    return undefined;
  return { type: "kept", kept: { id, name, title, savedAt } };
}

type ChannelConstructor = new (name: string) => BroadcastChannel;

export interface SignalEnvironment {
  readonly BroadcastChannel?: ChannelConstructor | undefined;
  /** For the fallback: the window whose `storage` events are heard, and its localStorage. */
  readonly window?: Pick<Window, "addEventListener" | "removeEventListener"> | undefined;
  readonly storage?: Pick<Storage, "setItem"> | undefined;
}

function defaultEnvironment(): SignalEnvironment {
  if (typeof window === "undefined") return {};
  let storage: Storage | undefined;
  try {
    storage = window.localStorage;
  } catch {
    storage = undefined; // blocked by the browser's settings: no fallback then
  }
  return {
    BroadcastChannel: typeof BroadcastChannel === "function" ? BroadcastChannel : undefined,
    window,
    storage,
  };
}

export function createImportSignals(environment = defaultEnvironment()): ImportSignals {
  const listeners = new Set<(signal: ImportSignal) => void>();
  const tell = (value: unknown): void => {
    const signal = readSignal(value);
    if (signal) for (const listener of listeners) listener(signal);
  };
  const Channel = environment.BroadcastChannel;
  if (Channel) {
    const channel = new Channel(SIGNAL_CHANNEL);
    const onMessage = (event: MessageEvent<unknown>): void => tell(event.data);
    channel.addEventListener("message", onMessage);
    return {
      post: (signal) => channel.postMessage(signal),
      listen: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => {
        listeners.clear();
        channel.removeEventListener("message", onMessage);
        channel.close();
      },
    };
  }
  const { window: target, storage } = environment;
  // `storage` events fire in the other tabs only, as a BroadcastChannel's messages do.
  const onStorage = (event: StorageEvent): void => {
    if (event.key !== SIGNAL_KEY || event.newValue === null) return;
    try {
      tell((JSON.parse(event.newValue) as { signal?: unknown }).signal);
    } catch {
      // Not ours, or not JSON: ignored.
    }
  };
  target?.addEventListener("storage", onStorage);
  return {
    post: (signal) => {
      try {
        // A fresh value each time, so the same signal twice still fires an event.
        storage?.setItem(
          SIGNAL_KEY,
          JSON.stringify({ signal, at: `${Date.now()}-${Math.random()}` }),
        );
      } catch {
        // Storage full or blocked: the other tabs learn of it on their next read instead.
      }
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      target?.removeEventListener("storage", onStorage);
    },
  };
}

/**
 * What a tab does with another tab's signal (the import store's state, `store`):
 *  - another import was kept: the note says which, and offers to show it; the import this tab
 *    shows, if any, is no longer the kept one (its banner stops saying "kept");
 *  - the import this tab shows was removed: it stays on screen, and the note says it is not kept;
 *  - a removed import that a note offered to show: the note goes.
 * Returns the unsubscribe.
 */
export function hearImportSignals(
  signals: ImportSignals,
  store: ImportStore,
  storage: Pick<ImportedStorage, "kept">,
): () => void {
  const { getState: get, setState: set } = store;
  /** This tab's import is no longer the kept one (another tab replaced or removed it). */
  const release = (): Partial<ImportState> => {
    const { imported } = get();
    return imported && !imported.notKept ? { imported: { ...imported, released: true } } : {};
  };
  return signals.listen((signal) => {
    const { imported, storageNote } = get();
    if (signal.type === "removed") {
      if (imported?.id === signal.id) {
        set({ ...release(), storageNote: { kind: "removed-elsewhere", title: imported.title } });
      } else if (
        (storageNote?.kind === "kept-elsewhere" || storageNote?.kind === "other-kept") &&
        storageNote.kept.id === signal.id
      ) {
        set({ storageNote: null });
      }
      return;
    }
    if (imported?.id === signal.kept.id) return;
    // Asked of the storage, not taken from the message: two tabs saving at once send crossing
    // messages, and only the storage knows which save came last.
    storage.kept().then(
      (kept) => {
        if (!kept || get().imported?.id === kept.id) return;
        set({ ...release(), storageNote: { kind: "kept-elsewhere", kept } });
      },
      () => undefined,
    );
  });
}
