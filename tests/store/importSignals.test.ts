/**
 * Two tabs of the app, as two import stores sharing one kept-import storage and one fake
 * BroadcastChannel: each learns of the other's kept import, Remove removes only the import its
 * tab shows and says when the kept one is another's, and malformed messages are ignored. The
 * storage-event fallback is driven the same way.
 */
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { memoryImportedStorage, type ImportedStorage } from "../../src/store/importedDataset.ts";
import {
  createImportSignals,
  hearImportSignals,
  readSignal,
  SIGNAL_KEY,
  type ImportSignals,
} from "../../src/store/importSignals.ts";
import { createImportStore } from "../../src/store/importStore.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

/** BroadcastChannel as browsers run it: a message reaches every other channel of the name. */
function fakeChannels() {
  const open = new Set<FakeChannel>();
  class FakeChannel extends EventTarget {
    constructor(readonly name: string) {
      super();
      open.add(this);
    }
    postMessage(data: unknown): void {
      // Structured clone, and asynchronous, as in a browser.
      const copy = structuredClone(data);
      for (const other of open)
        if (other !== this && other.name === this.name)
          queueMicrotask(() => other.dispatchEvent(new MessageEvent("message", { data: copy })));
    }
    close(): void {
      open.delete(this);
    }
  }
  return { Channel: FakeChannel as unknown as new (name: string) => BroadcastChannel, open };
}

const timelineJs = (headline: string): string =>
  JSON.stringify({
    title: { text: { headline } },
    events: [{ start_date: { year: 2025, month: 3, day: 1 }, text: { headline: "An event" } }],
  });

function tab(storage: ImportedStorage, signals: ImportSignals) {
  const bundled = smallDataset([sampleEvent()]);
  const detente = createDetenteStore({ dataset: bundled, goldstein: goldsteinTable() });
  const store = createImportStore({
    detente,
    importer: createInThreadImporter(),
    storage,
    bundled,
    check: (value) => Promise.resolve(validateDataset(value, goldsteinTable())),
    pageUrl: "https://example.org/app/",
    loadConfig: () => Promise.resolve(SAME_ORIGIN_ONLY),
  });
  store.getState().connectSignals(signals);
  hearImportSignals(signals, store, storage);
  const importFile = async (name: string, headline: string) => {
    store.getState().openFile(new File([timelineJs(headline)], name));
    await vi.waitFor(() => expect(store.getState().imported?.name).toBe(name));
    // Kept (and announced) once the save has finished.
    await vi.waitFor(async () => expect((await storage.kept())?.name).toBe(name));
  };
  return { store, detente, bundled, importFile };
}

describe("tabs sharing the kept import", () => {
  it("tells a tab that another kept another import, and shows it on request", async () => {
    const { Channel } = fakeChannels();
    const storage = memoryImportedStorage();
    const a = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    const b = tab(storage, createImportSignals({ BroadcastChannel: Channel }));

    await a.importFile("first.json", "First file");
    await vi.waitFor(() =>
      expect(b.store.getState().storageNote).toMatchObject({
        kind: "kept-elsewhere",
        kept: { name: "first.json", title: "First file" },
      }),
    );
    expect(a.store.getState().storageNote).toBeNull();

    await b.importFile("second.json", "Second file");
    // A's import was replaced: its banner no longer says "kept", and the note says by what.
    await vi.waitFor(() => expect(a.store.getState().imported?.released).toBe(true));
    expect(a.store.getState().storageNote).toMatchObject({
      kind: "kept-elsewhere",
      kept: { name: "second.json" },
    });
    expect(b.store.getState().imported?.released).toBeUndefined();
    // B kept its own import: the note about A's is gone.
    expect(b.store.getState().storageNote).toBeNull();

    a.store.getState().showKept();
    await vi.waitFor(() => expect(a.detente.getState().dataset.title).toBe("Second file"));
    expect(a.store.getState().imported).toMatchObject({ name: "second.json" });
    expect(a.store.getState().imported?.id).toBe(b.store.getState().imported?.id);
    expect(a.store.getState().storageNote).toBeNull();
  });

  it("removes only the import the tab shows, and says which one stays kept", async () => {
    const { Channel } = fakeChannels();
    const storage = memoryImportedStorage();
    const a = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    const b = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    await a.importFile("first.json", "First file");
    await b.importFile("second.json", "Second file");

    a.store.getState().remove();
    expect(a.detente.getState().dataset).toBe(a.bundled);
    await vi.waitFor(() =>
      expect(a.store.getState().storageNote).toMatchObject({
        kind: "other-kept",
        kept: { name: "second.json", title: "Second file" },
      }),
    );
    // B's import is still kept, and B was told nothing false.
    expect((await storage.kept())?.name).toBe("second.json");
    expect(b.store.getState().imported?.released).toBeUndefined();

    b.store.getState().remove();
    await vi.waitFor(async () => expect(await storage.kept()).toBeUndefined());
    // A's note offered B's import: it is gone now, so the note goes.
    await vi.waitFor(() => expect(a.store.getState().storageNote).toBeNull());
  });

  it("tells a tab its import was removed elsewhere, and keeps it again on request", async () => {
    const { Channel } = fakeChannels();
    const storage = memoryImportedStorage();
    const a = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    const b = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    await a.importFile("first.json", "First file");
    b.store.getState().showKept();
    await vi.waitFor(() => expect(b.store.getState().imported?.name).toBe("first.json"));

    b.store.getState().remove();
    await vi.waitFor(() =>
      expect(a.store.getState().storageNote).toEqual({
        kind: "removed-elsewhere",
        title: "First file",
      }),
    );
    expect(a.store.getState().imported?.released).toBe(true);
    // Still on screen in A.
    expect(a.detente.getState().dataset.title).toBe("First file");

    a.store.getState().keepAgain();
    await vi.waitFor(async () => expect((await storage.kept())?.name).toBe("first.json"));
    expect(a.store.getState().imported?.released).toBeUndefined();
    await vi.waitFor(() =>
      expect(b.store.getState().storageNote).toMatchObject({ kind: "kept-elsewhere" }),
    );
  });

  it("ignores a late message when the storage says this tab's import is the kept one", async () => {
    const { Channel } = fakeChannels();
    const storage = memoryImportedStorage();
    const a = tab(storage, createImportSignals({ BroadcastChannel: Channel }));
    await a.importFile("first.json", "First file");
    // A message from a tab whose save landed before A's (the two crossed on the channel).
    const kept = vi.spyOn(storage, "kept");
    const other = new Channel("detente-imported");
    other.postMessage({
      type: "kept",
      kept: { id: "older", name: "older.json", title: "Older", savedAt: "2026-01-01T00:00:00Z" },
    });
    // The tab asks the storage which import is kept, and decides when it answers: the test's
    // own wait on that answer runs after the tab's.
    await vi.waitFor(() => expect(kept).toHaveBeenCalled());
    await kept.mock.results[0]?.value;
    expect(a.store.getState().storageNote).toBeNull();
    expect(a.store.getState().imported?.released).toBeUndefined();
    other.close();
  });
});

describe("import signals", () => {
  it("reads only well-formed signals", () => {
    expect(readSignal({ type: "removed", id: "x" })).toEqual({ type: "removed", id: "x" });
    expect(readSignal({ type: "removed", id: "" })).toBeUndefined();
    expect(readSignal({ type: "kept", kept: { id: "x", name: 1, title: "", savedAt: "" } })).toBe(
      undefined,
    );
    expect(
      readSignal({ type: "kept", kept: { id: "x".repeat(201), name: "", title: "", savedAt: "" } }),
    ).toBeUndefined();
    expect(readSignal("kept")).toBeUndefined();
    expect(readSignal(null)).toBeUndefined();
  });

  it("falls back to storage events where there is no BroadcastChannel", () => {
    const target = new EventTarget();
    const items = new Map<string, string>();
    const storage = { setItem: (key: string, value: string) => void items.set(key, value) };
    const signals = createImportSignals({
      window: target as unknown as Window,
      storage,
    });
    const heard: unknown[] = [];
    signals.listen((signal) => heard.push(signal));

    signals.post({ type: "removed", id: "abc" });
    const written = items.get(SIGNAL_KEY);
    expect(written).toBeDefined();
    // The browser fires the event in the other tabs; here, as another tab would write it.
    target.dispatchEvent(
      Object.assign(new Event("storage"), { key: SIGNAL_KEY, newValue: written ?? null }),
    );
    target.dispatchEvent(Object.assign(new Event("storage"), { key: SIGNAL_KEY, newValue: "{" }));
    target.dispatchEvent(Object.assign(new Event("storage"), { key: "other", newValue: written }));
    expect(heard).toEqual([{ type: "removed", id: "abc" }]);

    signals.close();
    target.dispatchEvent(
      Object.assign(new Event("storage"), { key: SIGNAL_KEY, newValue: written ?? null }),
    );
    expect(heard).toHaveLength(1);
  });
});
