/**
 * Keeps the page URL's query in step with a store's view, so the address bar is always a link to
 * what is on screen. `replaceState` only: every zoom step as a history entry would turn the Back
 * button into an undo of a hundred wheel ticks.
 */
import type { DetenteStore } from "./createDetenteStore.ts";
import type { DetenteState } from "./types.ts";
import type { ViewDefaults } from "./viewParams.ts";
import { langFromLocale, serializeViewParams } from "./viewParams.ts";

/** Long enough to coalesce a wheel zoom or a viewport animation into one write. */
export const URL_SYNC_DELAY_MS = 300;

interface RunningSync {
  readonly flush: () => void;
  readonly defaults: ViewDefaults;
}

/** Each store's running sync, so a "Copy link" can write its pending update now. */
const running = new WeakMap<DetenteStore, RunningSync>();

/** Only these parts of the state are in the URL; hover and focus changes never schedule a write. */
function viewChanged(next: DetenteState, prev: DetenteState): boolean {
  return (
    next.viewport !== prev.viewport ||
    next.filters !== prev.filters ||
    next.selectedId !== prev.selectedId ||
    next.settings !== prev.settings
  );
}

/** The defaults a fresh page starts from: the same browser-language rule as main.tsx. */
export function pageDefaults(win: Window): ViewDefaults {
  return { lang: langFromLocale(win.navigator.language) };
}

/**
 * Starts writing the store's view into `win`'s URL, debounced; returns the stop function.
 * `defaults` are the settings a parameter is left out for (by default the page's: the browser's
 * language, so a fresh view in a Spanish browser still has a clean URL).
 */
export function startUrlSync(
  store: DetenteStore,
  win: Window = window,
  defaults: ViewDefaults = pageDefaults(win),
): () => void {
  let timer: number | undefined;

  const write = (): void => {
    timer = undefined;
    const { location, history } = win;
    const search = serializeViewParams(store.getState(), location.search, defaults);
    // Compare before writing: replaceState is cheap, but needless writes still reach listeners.
    if (search === location.search) return;
    // Keep history.state: routers and the host page may keep their own data there.
    history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  };

  const flush = (): void => {
    if (timer === undefined) return;
    win.clearTimeout(timer);
    write();
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (!viewChanged(next, prev)) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(write, URL_SYNC_DELAY_MS);
  });
  const sync: RunningSync = { flush, defaults };
  running.set(store, sync);

  return () => {
    unsubscribe();
    if (timer !== undefined) win.clearTimeout(timer);
    timer = undefined;
    if (running.get(store) === sync) running.delete(store);
  };
}

/**
 * The link to the store's view as it is now: writes a pending URL update first (when a sync is
 * running), then serializes the current state rather than trusting the address bar, which may
 * lag behind the debounce or not be synced at all (an embed that opted out).
 */
export function currentViewUrl(store: DetenteStore, win: Window = window): string {
  const sync = running.get(store);
  sync?.flush();
  const { location } = win;
  const search = serializeViewParams(
    store.getState(),
    location.search,
    sync?.defaults ?? pageDefaults(win),
  );
  return `${location.origin}${location.pathname}${search}${location.hash}`;
}
