import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

// A fresh copy of the sync for each test, so that its URL writer is not loaded yet: a page's
// first change of view is the one that loads it.
async function freshSync() {
  vi.resetModules();
  return import("../../src/store/urlSync.ts");
}

function storeAt(url: string) {
  window.history.replaceState(null, "", url);
  return createDetenteStore({ dataset: usColombia(), goldstein: goldsteinTable() });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  window.history.replaceState(null, "", "/");
});

describe("the URL sync before its writer has loaded", () => {
  it("writes the first change once the writer is in, with the view as it is then", async () => {
    const { startUrlSync, URL_SYNC_DELAY_MS } = await freshSync();
    const store = storeAt("/?utm_source=mail");
    const replaceState = vi.spyOn(window.history, "replaceState");
    const stop = startUrlSync(store, window, {});
    store.getState().setSettings({ theme: "dark" });
    // The debounce runs out at once (no fake clock: the import must really resolve).
    await new Promise((resolve) => setTimeout(resolve, URL_SYNC_DELAY_MS + 10));
    store.getState().setSettings({ lanes: "party" });
    await vi.waitFor(() => expect(window.location.search).toContain("theme=dark"));
    await vi.waitFor(() => expect(window.location.search).toContain("lanes=party"));
    expect(window.location.search.startsWith("?utm_source=mail&")).toBe(true);
    expect(replaceState).toHaveBeenCalledTimes(2);
    stop();
  });

  it("writes nothing once stopped, even if the writer comes in after", async () => {
    const { startUrlSync, URL_SYNC_DELAY_MS } = await freshSync();
    const store = storeAt("/");
    const replaceState = vi.spyOn(window.history, "replaceState");
    const stop = startUrlSync(store, window, {});
    store.getState().setSettings({ theme: "dark" });
    stop();
    await new Promise((resolve) => setTimeout(resolve, URL_SYNC_DELAY_MS + 50));
    expect(replaceState).not.toHaveBeenCalled();
    expect(window.location.search).toBe("");
  });

  it("gives a link to the view as it is, with a pending write made first", async () => {
    const { startUrlSync, currentViewUrl, loadViewLink } = await freshSync();
    const store = storeAt("/?utm_source=mail");
    const stop = startUrlSync(store, window, {});
    store.getState().setSettings({ theme: "dark" });
    const url = currentViewUrl(store, await loadViewLink());
    expect(new URL(url).searchParams.get("theme")).toBe("dark");
    // The pending write was made then, not left for the debounce.
    expect(window.location.search).toBe(new URL(url).search);
    stop();
  });

  it("neither writes nor loads the writer for a setting the link does not carry", async () => {
    const { startUrlSync, loadedViewLink, URL_SYNC_DELAY_MS } = await freshSync();
    const store = storeAt("/");
    const replaceState = vi.spyOn(window.history, "replaceState");
    const stop = startUrlSync(store, window, {});
    store.getState().setSettings({ reducedMotion: true });
    await new Promise((resolve) => setTimeout(resolve, URL_SYNC_DELAY_MS + 50));
    expect(replaceState).not.toHaveBeenCalled();
    expect(loadedViewLink()).toBeUndefined();
    // Each setting a link carries does.
    const carried: [Parameters<ReturnType<typeof store.getState>["setSettings"]>[0], string][] = [
      [{ lanes: "party" }, "lanes=party"],
      [{ lang: "es" }, "lang=es"],
      [{ theme: "dark" }, "theme=dark"],
      [{ halfLife: 90 }, "halflife=90"],
    ];
    for (const [patch, param] of carried) {
      store.getState().setSettings(patch);
      await vi.waitFor(() => expect(window.location.search).toContain(param));
    }
    stop();
  });
});
