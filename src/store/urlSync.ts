/**
 * Keeps the page URL's query in step with a store's view, so the address bar is always a link to
 * what is on screen. `replaceState` only: every zoom step as a history entry would turn the Back
 * button into an undo of a hundred wheel ticks.
 *
 * The writer (viewLink.ts) loads with the first change of view, not with the page: a reader who
 * only looks never needs it, and by the time the debounce below runs out it is in.
 */
import { langFromLocale } from "../i18n/localeLang.ts";
import type { DetenteStore } from "./createDetenteStore.ts";
import type { DetenteState } from "./types.ts";
import type * as ViewLinkModule from "./viewLink.ts";
import type { ViewDefaults, ViewSettings } from "./viewParams.ts";

export type ViewLink = typeof ViewLinkModule;

/** The writer once loaded (a module is loaded once per page; this only remembers that it is). */
let loadedLink: ViewLink | undefined;

/** The URL writer if it is in already, for a click that must act at once (a link's href). */
export function loadedViewLink(): ViewLink | undefined {
  return loadedLink;
}

/** Loads the URL writer; at once when it is already in. */
export function loadViewLink(): Promise<ViewLink> {
  if (loadedLink) return Promise.resolve(loadedLink);
  return import("./viewLink.ts").then((link) => (loadedLink = link));
}

/** Long enough to coalesce a wheel zoom or a viewport animation into one write. */
export const URL_SYNC_DELAY_MS = 300;

interface RunningSync {
  readonly flush: (link: ViewLink) => void;
  readonly defaults: ViewDefaults;
}

/** Each store's running sync, so a "Copy link" can write its pending update now. */
const running = new WeakMap<DetenteStore, RunningSync>();

/** The settings a link carries (viewParams.ts): the reader's own (motion…) are not in it. */
const LINKED_SETTINGS: readonly (keyof ViewSettings)[] = [
  "lanes",
  "lang",
  "theme",
  "halfLife",
  "story",
];

/**
 * Only these parts of the state are in the URL; hover and focus changes never schedule a write,
 * nor does a setting the link does not carry (the reduced-motion preference read at start), so a
 * reader who only looks never loads the writer.
 */
function viewChanged(next: DetenteState, prev: DetenteState): boolean {
  return (
    next.viewport !== prev.viewport ||
    next.filters !== prev.filters ||
    next.selectedId !== prev.selectedId ||
    LINKED_SETTINGS.some((name) => next.settings[name] !== prev.settings[name])
  );
}

/** The defaults a fresh page starts from: the same browser-language rule as main.tsx. */
export function pageDefaults(win: Window): ViewDefaults {
  return { lang: langFromLocale(win.navigator.language) };
}

/** A watch on a store's linked view: `flush` acts on a pending change now, `stop` ends it. */
export interface ViewWatch {
  readonly flush: (link: ViewLink) => void;
  readonly stop: () => void;
}

/**
 * Calls `settled` with the URL writer once the view a link carries has stopped changing for
 * URL_SYNC_DELAY_MS (a wheel zoom or a viewport animation is one change). The writer starts
 * loading with the first change, so it is normally in when the debounce runs out; if not, the
 * call waits for it and reads the state then. Nothing is called after `stop`.
 */
export function watchView(
  store: DetenteStore,
  win: Window,
  settled: (link: ViewLink) => void,
): ViewWatch {
  let timer: number | undefined;
  let stopped = false;

  const run = (link: ViewLink): void => {
    if (!stopped) settled(link);
  };

  const fire = (): void => {
    timer = undefined;
    if (loadedLink) run(loadedLink);
    else void loadViewLink().then(run, (error: unknown) => console.error(error));
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (!viewChanged(next, prev)) return;
    if (timer !== undefined) win.clearTimeout(timer);
    timer = win.setTimeout(fire, URL_SYNC_DELAY_MS);
    // Loaded while the debounce runs, so that it is in when needed (a failure is told then).
    if (!loadedLink) loadViewLink().catch(() => undefined);
  });

  return {
    flush: (link) => {
      if (timer === undefined) return;
      win.clearTimeout(timer);
      timer = undefined;
      run(link);
    },
    stop: () => {
      stopped = true;
      unsubscribe();
      if (timer !== undefined) win.clearTimeout(timer);
      timer = undefined;
    },
  };
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
  const watch = watchView(store, win, ({ serializeViewParams }) => {
    const { location, history } = win;
    const search = serializeViewParams(store.getState(), location.search, defaults);
    // Compare before writing: replaceState is cheap, but needless writes still reach listeners.
    if (search === location.search) return;
    // Keep history.state: routers and the host page may keep their own data there.
    history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
  });
  const sync: RunningSync = { flush: watch.flush, defaults };
  running.set(store, sync);

  return () => {
    watch.stop();
    if (running.get(store) === sync) running.delete(store);
  };
}

/**
 * The link to the store's view as it is now: writes a pending URL update first (when a sync is
 * running), then serializes the current state rather than trusting the address bar, which may
 * lag behind the debounce or not be synced at all (an embed that opted out). `link` is the
 * writer, loaded by the caller (loadViewLink).
 */
export function currentViewUrl(store: DetenteStore, link: ViewLink, win: Window = window): string {
  const sync = running.get(store);
  sync?.flush(link);
  const { location } = win;
  const search = link.serializeViewParams(
    store.getState(),
    location.search,
    sync?.defaults ?? pageDefaults(win),
  );
  return `${location.origin}${location.pathname}${search}${location.hash}`;
}
