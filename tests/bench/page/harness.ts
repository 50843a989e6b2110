/**
 * In-page side of the timeline benchmark, shared by the Détente and vis-timeline pages. A page
 * loads `/data/<size>.json`, mounts its engine, and reports through `window.__bench`; the driver
 * (tests/bench/run.ts) reads it with page.evaluate.
 */

/** "held" and "loaded" only with `?hold=1`: the page waits there for `__benchGo()`. */
export type BenchPhase = "held" | "loading" | "loaded" | "mounting" | "ready" | "error";

export interface BenchState {
  phase: BenchPhase;
  engine: string;
  error?: string;
  events: number;
  /** Fetching the JSON file (network and reading the body as text). */
  fetchMs: number;
  /** JSON.parse of the text. */
  parseMs: number;
  /** Schema and reference validation (Détente only; vis-timeline has none). */
  validateMs: number | null;
  /** Détente: resolving and indexing the events, in its load worker. */
  indexMs: number | null;
  /** Load start → the data is on the page (fetch, parse, validation and any transfer). */
  loadMs: number;
  /** Mount start → the chart has painted (double requestAnimationFrame after it is on screen). */
  renderMs: number;
  /** Navigation start → the chart has painted (includes fetch, parse and validation). */
  sinceNavigationMs: number;
  /** Visible span in days, read from the engine. */
  spanDays(): number;
  /** Starts recording frame intervals and long tasks. */
  startFrames(): void;
  /** Stops recording; returns the intervals between animation frames (ms). */
  stopFrames(): FrameRecord;
  /** Number of elements in the document. */
  domNodes(): number;
  /** Navigation start → the chart is drawn with the whole dataset loaded and validated. */
  interactiveMs: number;
  /** The longest main-thread task since navigation (PerformanceObserver "longtask"), 0 if none. */
  longTaskMaxMs(): number;
  /** Every long task since navigation: when it started and how long it took (ms). */
  longTaskList(): { startMs: number; ms: number }[];
  /** When each loading phase began (ms since navigation). */
  marks: { loadStart: number; loaded: number; mountStart: number; ready: number };
  /** Runs `cycles` soak cycles (zoom in, zoom out, toggle a topic, type and clear a search). */
  soak?(cycles: number): Promise<void>;
}

export interface FrameRecord {
  readonly intervals: number[];
  readonly longTasks: number;
  readonly longTaskMs: number;
}

declare global {
  interface Window {
    __bench?: BenchState;
    /**
     * With `?hold=1` the page waits for this call before loading and again before mounting, so a
     * profiler can record each part on its own.
     */
    __benchGo?: () => void;
  }
}

/** Resolves after the next frame has been produced: two rAFs, so the first one's work painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}

/** Polls once per frame until `ready()` holds. */
export function untilFrame(ready: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (ready()) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
}

export function benchSize(): number {
  const size = Number(new URLSearchParams(location.search).get("n"));
  if (!Number.isInteger(size) || size <= 0) throw new Error("bench page needs ?n=<event count>");
  return size;
}

/** What an engine's own loader reports: the data for `mount` and where the time went. */
export interface Loaded {
  readonly data: unknown;
  readonly events: number;
  readonly fetchMs: number;
  readonly parseMs: number;
  readonly validateMs: number | null;
  /** Détente: resolving and indexing the events in the worker. */
  readonly indexMs?: number | undefined;
}

export interface Mounted {
  spanDays(): number;
  soak?(cycles: number): Promise<void>;
}

export interface Engine {
  readonly name: string;
  /**
   * Loads the dataset at `url` the engine's own way (Détente: its load worker). Without it the
   * page fetches, parses on the main thread and calls `prepare`.
   */
  load?(url: string): Promise<Loaded>;
  /** Checks and converts the parsed JSON; returns what `mount` needs. Timed as validation. */
  prepare?(json: unknown): unknown;
  /** Mounts the chart into `container`; resolves when the chart is on screen (not yet painted). */
  mount(container: HTMLElement, data: unknown): Promise<Mounted>;
}

/**
 * Long tasks from the page's start: observed as soon as this module runs, with the buffered
 * entries of what ran before it (the module's own parse and evaluation).
 */
let longTaskMax = 0;
const longTasks: { startMs: number; ms: number }[] = [];
if (PerformanceObserver.supportedEntryTypes.includes("longtask")) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      longTaskMax = Math.max(longTaskMax, entry.duration);
      longTasks.push({ startMs: entry.startTime, ms: entry.duration });
    }
  }).observe({ type: "longtask", buffered: true });
}

function frameRecorder(): Pick<BenchState, "startFrames" | "stopFrames"> {
  let intervals: number[] = [];
  let running = false;
  let last = 0;
  let longTasks = 0;
  let longTaskMs = 0;
  let observer: PerformanceObserver | undefined;
  const tick = (now: number): void => {
    if (!running) return;
    intervals.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  return {
    startFrames() {
      intervals = [];
      longTasks = 0;
      longTaskMs = 0;
      running = true;
      if (PerformanceObserver.supportedEntryTypes.includes("longtask")) {
        observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            longTasks++;
            longTaskMs += entry.duration;
          }
        });
        observer.observe({ type: "longtask" });
      }
      requestAnimationFrame((now) => {
        last = now;
        requestAnimationFrame(tick);
      });
    },
    stopFrames() {
      running = false;
      observer?.disconnect();
      return { intervals, longTasks, longTaskMs };
    },
  };
}

/** The default load: fetch and JSON.parse on the page's thread, then the engine's `prepare`. */
async function loadOnMainThread(url: string, engine: Engine): Promise<Loaded> {
  const t0 = performance.now();
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await response.text();
  const t1 = performance.now();
  const json: unknown = JSON.parse(text);
  const t2 = performance.now();
  const data = engine.prepare ? engine.prepare(json) : json;
  const events = (json as { events?: unknown }).events;
  return {
    data,
    events: Array.isArray(events) ? events.length : 0,
    fetchMs: t1 - t0,
    parseMs: t2 - t1,
    validateMs: engine.prepare ? performance.now() - t2 : null,
  };
}

/** Loads the dataset named by `?n=`, mounts `engine` and fills in `window.__bench`. */
export async function runBenchPage(engine: Engine): Promise<void> {
  const state: BenchState = {
    phase: "loading",
    engine: engine.name,
    events: 0,
    fetchMs: NaN,
    parseMs: NaN,
    validateMs: null,
    indexMs: null,
    loadMs: NaN,
    renderMs: NaN,
    sinceNavigationMs: NaN,
    spanDays: () => NaN,
    domNodes: () => document.getElementsByTagName("*").length,
    interactiveMs: NaN,
    longTaskMaxMs: () => longTaskMax,
    longTaskList: () => [...longTasks],
    marks: { loadStart: NaN, loaded: NaN, mountStart: NaN, ready: NaN },
    ...frameRecorder(),
  };
  window.__bench = state;
  try {
    const size = benchSize();
    const hold = new URLSearchParams(location.search).has("hold");
    const held = (phase: BenchPhase): Promise<void> =>
      new Promise<void>((resolve) => {
        state.phase = phase;
        window.__benchGo = resolve;
      });
    if (hold) await held("held");
    state.phase = "loading";
    // `container=arrow`: the same dataset as Détente's Arrow form (run.ts --container=arrow).
    const arrow = new URLSearchParams(location.search).get("container") === "arrow";
    const url = `/data/${size}.${arrow ? "arrow" : "json"}`;
    const loadStart = performance.now();
    state.marks.loadStart = loadStart;
    const loaded = engine.load ? await engine.load(url) : await loadOnMainThread(url, engine);
    state.loadMs = performance.now() - loadStart;
    state.marks.loaded = performance.now();
    state.indexMs = loaded.indexMs ?? null;
    state.fetchMs = loaded.fetchMs;
    state.parseMs = loaded.parseMs;
    state.validateMs = loaded.validateMs;
    state.events = loaded.events;
    const data = loaded.data;
    const container = document.getElementById("chart");
    if (!container) throw new Error("bench page has no #chart element");
    if (hold) await held("loaded");
    state.phase = "mounting";
    // Let the browser breathe between loading and mounting, so the mount is timed on its own.
    await afterPaint();
    performance.mark("bench:mount-start");
    const mountStart = performance.now();
    state.marks.mountStart = mountStart;
    const mounted = await engine.mount(container, data);
    await afterPaint();
    const ready = performance.now();
    performance.measure("bench:render", "bench:mount-start");
    state.renderMs = ready - mountStart;
    state.sinceNavigationMs = ready;
    state.interactiveMs = ready;
    state.marks.ready = ready;
    state.spanDays = mounted.spanDays;
    if (mounted.soak) state.soak = mounted.soak;
    state.phase = "ready";
  } catch (error) {
    state.phase = "error";
    state.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
}
