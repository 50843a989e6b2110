/**
 * `npm run bench`: the timeline benchmark (Détente against vis-timeline at 1k, 10k and 100k
 * events, in Chromium at 1280×800, production builds), the tension model benchmark, and the
 * import benchmark (a 1,000,000-row GDELT 2.0 export through the app's Web Worker importer;
 * tests/bench/import.bench.ts).
 *
 * For each engine and size: time to first render (mount start → the chart has painted), frame
 * intervals while real Ctrl + wheel events zoom in 30 notches and back out, the most elements in
 * the document during that sequence, and the JS heap after it (after a forced GC). Prints a table
 * with Détente's targets and the Détente / vis-timeline ratios; writes tests/bench/results.json.
 *
 * Also, per engine and size: `interactiveMs` (navigation start → the chart is drawn with the whole
 * dataset fetched, parsed and validated; Détente loads through its worker as the app does) and
 * `longTaskMaxMs` (the longest main-thread task from navigation to the end of the zoom sequence).
 * The `bundle` section gives each built chunk's gzipped size (size-limit over `npm run build`);
 * the `soak` section runs zoom / topic / search cycles at 100,000 events and reads the heap after
 * a forced GC at cycle 100 and at the last cycle.
 *
 * Options (after `npm run bench --`):
 *   --sizes=1000,10000        sizes to run (default 1000,10000,100000,1000000; vis-timeline is
 *                             not run above 100,000)
 *   --engines=detente,vis     engines to run (default both)
 *   --container=arrow         serve Détente's datasets as Arrow (.arrow) instead of JSON
 *                             (default json; vis-timeline reads JSON only, so Détente alone)
 *   --no-tension              skip the tension model benchmark
 *   --no-bundle               skip the build and the bundle sizes
 *   --no-soak                 skip the soak
 *   --soak-cycles=1000        soak cycles (default 1,000; heap read at cycle 100 and the last)
 *   --no-import               skip the import benchmark
 *   --import-rows=1000000     rows of the synthetic GDELT file (default 1,000,000)
 *   --no-hostile              skip the large and unusual data benchmark (tests/bench/hostile.bench.ts)
 *   --hostile=topics,actors,large  which pathological CSVs to import (default all three)
 *   --no-aggregate            skip the `npm run aggregate` (DuckDB) throughput benchmark
 *   --aggregate-rows=1000000  rows of its synthetic GDELT file (default 1,000,000; the
 *                             issue's figure is 10,000,000, about 4 GB on disk)
 *   --no-timeline             skip the timeline benchmark; results.json then keeps its timeline
 *                             figures and only the other sections are replaced
 *   --profile                 unminified build, CPU profile of each render and zoom sequence
 *                             and of each large-data import (what filled its three longest tasks),
 *                             hottest functions printed; figures are then
 *                             skewed by the profiler and results.json is not written
 *   --trace=DIR               unminified build (kept in DIR/pages), a Chrome trace of each
 *                             timeline run in DIR (open it in DevTools' Performance panel) and,
 *                             printed, what filled each task over 50 ms; results.json not written
 * Environment: DETENTE_CHROMIUM=/path/to/chromium, BENCH_RENDER_TIMEOUT_MS (default 90000),
 * BENCH_SEQUENCE_TIMEOUT_MS (default 60000).
 */
import { spawnSync } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type CDPSession } from "playwright-core";
import { build } from "vite";
import { serializeArrow } from "../../src/io/arrow/serialize.ts";
import { startStaticServer } from "../../scripts/static-server.mjs";
import { parseGoldsteinTable, type GoldsteinTable } from "../../src/model/cameo.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { syntheticDataset } from "./dataset.ts";
import { printImportBench, runImportBench, type ImportBenchResult } from "./import.bench.ts";
import {
  printAggregateBench,
  runAggregateBench,
  type AggregateBenchResult,
} from "./aggregate.bench.ts";
import { runTensionBench } from "./tension.bench.ts";
import { longTasks, mainThreadProfiles, TRACE_CATEGORIES } from "./traceTasks.ts";
import { profileWindow } from "./profileWindow.ts";
import {
  HOSTILE_TARGETS,
  printHostileBench,
  runHostileBench,
  type HostileBenchResult,
} from "./hostile.bench.ts";
import type { HostileKind } from "./hostileFiles.ts";
import { chromiumArgs as sharedChromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";

type EngineId = "detente" | "vis";

const ENGINE_NAMES: Record<EngineId, string> = { detente: "Détente", vis: "vis-timeline" };
/** The element the wheel events are sent over: each engine's plot area. */
const PLOT_SELECTOR: Record<EngineId, string> = {
  detente: ".detente-plot",
  vis: ".vis-panel.vis-center",
};

const DEFAULT_SIZES = [1_000, 10_000, 100_000, 1_000_000];
/** vis-timeline needs ~50 s for a first render at 100,000 events: larger sizes are not tried. */
const VIS_MAX_SIZE = 100_000;
const SOAK_SIZE = 100_000;
/** The soak's heap is read after a forced GC at this cycle and at the last. */
const SOAK_FIRST_READING = 100;
const VIEWPORT = { width: 1280, height: 800 };
const ZOOM_STEPS = 30;
const WHEEL_DELTA = 100;
/** Pause between wheel notches: a brisk but human scroll-wheel cadence. */
const WHEEL_PAUSE_MS = 30;
/** Pause at the deepest zoom and at the end, so settle-time work (Détente's buttons) happens. */
const SETTLE_MS = 300;
const RENDER_TIMEOUT_MS = Number(process.env["BENCH_RENDER_TIMEOUT_MS"] ?? 90_000);
const SEQUENCE_TIMEOUT_MS = Number(process.env["BENCH_SEQUENCE_TIMEOUT_MS"] ?? 60_000);

/** A frame interval above this dropped at least one 60 Hz frame. */
const SLOW_FRAME_MS = 25;
/** rAF timestamps of a steady 60 Hz frame read 16.6–16.8 ms; within this of the target counts. */
const FRAME_JITTER_MS = 0.2;

const TARGETS = {
  renderMs: 1000,
  frameP95Ms: 16.7,
  domNodes: 3000,
  size: 100_000,
  interactiveMs: 1000,
  longTaskMaxMs: 50,
  soakGrowthMB: 5,
  /** At 1,000,000 events, Détente alone: renderMs (from the data's arrival), frames, DOM, heap. */
  million: { size: 1_000_000, renderMs: 1000, frameP95Ms: 16.7, domNodes: 3000, heapMB: 400 },
  tensionMillionMs: 50,
};

const root = fileURLToPath(new URL("../../", import.meta.url));
const resultsPath = fileURLToPath(new URL("./results.json", import.meta.url));
const chromiumArgs = [...sharedChromiumArgs, "--enable-precise-memory-info"];

export interface TimelineRow {
  engine: string;
  size: number;
  renderMs: number | null;
  /** Navigation start → drawn with the whole dataset loaded and validated. */
  interactiveMs: number | null;
  /** Longest main-thread task from navigation to the end of the zoom sequence. */
  longTaskMaxMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  domNodes: number | null;
  heapMB: number | null;
  /** "render-timeout": no first render in time; "skipped": a smaller size already timed out. */
  status: "ok" | "render-timeout" | "sequence-timeout" | "skipped" | "error";
  /** Details behind the headline figures. */
  detail: {
    fetchMs: number | null;
    parseMs: number | null;
    validateMs: number | null;
    /** Détente: resolving and indexing the events in its load worker. */
    indexMs: number | null;
    /** Load start → data on the page; beyond fetch, parse, validation and index: transfer. */
    loadMs: number | null;
    /** The three longest main-thread tasks, each with the phase it began in. */
    longestTasks: { ms: number; during: string }[];
    sinceNavigationMs: number | null;
    frames: number;
    /** Frames longer than 25 ms: at least one 60 Hz frame dropped. */
    slowFrames: number | null;
    frameMaxMs: number | null;
    longTasks: number | null;
    longTaskMs: number | null;
    domNodesZoomedOut: number | null;
    domNodesZoomedIn: number | null;
    spanDaysZoomedOut: number | null;
    spanDaysZoomedIn: number | null;
    sequenceMs: number | null;
  };
  notes: string[];
}

interface Options {
  sizes: number[];
  engines: EngineId[];
  tension: boolean;
  bundle: boolean;
  soak: boolean;
  soakCycles: number;
  timeline: boolean;
  import: boolean;
  importRows: number;
  hostile: HostileKind[];
  aggregate: boolean;
  aggregateRows: number;
  profile: boolean;
  /** Where to write a Chrome trace of each timeline run, if anywhere. */
  trace: string | undefined;
  /** What the timeline pages fetch: Détente JSON, or the same dataset as Arrow. */
  container: "json" | "arrow";
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = {
    sizes: DEFAULT_SIZES,
    engines: ["detente", "vis"],
    tension: true,
    bundle: true,
    soak: true,
    soakCycles: 1_000,
    timeline: true,
    import: true,
    importRows: 1_000_000,
    hostile: ["topics", "actors", "large"],
    aggregate: true,
    aggregateRows: 1_000_000,
    profile: false,
    trace: undefined,
    container: "json",
  };
  for (const arg of argv) {
    const [key, value = ""] = arg.split("=", 2);
    if (key === "--sizes") options.sizes = value.split(",").map((s) => Number(s.replace(/_/g, "")));
    else if (key === "--engines")
      options.engines = value
        .split(",")
        .filter((e): e is EngineId => e === "detente" || e === "vis");
    else if (key === "--no-tension") options.tension = false;
    else if (key === "--no-bundle") options.bundle = false;
    else if (key === "--no-soak") options.soak = false;
    else if (key === "--soak-cycles") options.soakCycles = Number(value.replace(/_/g, ""));
    else if (key === "--no-timeline") options.timeline = false;
    else if (key === "--no-import") options.import = false;
    else if (key === "--import-rows") options.importRows = Number(value.replace(/_/g, ""));
    else if (key === "--no-hostile") options.hostile = [];
    else if (key === "--hostile")
      options.hostile = value
        .split(",")
        .filter((k): k is HostileKind => k === "topics" || k === "actors" || k === "large");
    else if (key === "--no-aggregate") options.aggregate = false;
    else if (key === "--aggregate-rows") options.aggregateRows = Number(value.replace(/_/g, ""));
    else if (key === "--profile") options.profile = true;
    else if (key === "--trace" && value !== "") options.trace = value;
    else if (key === "--container" && (value === "json" || value === "arrow"))
      options.container = value;
    else throw new Error(`bench: unknown option ${arg}`);
  }
  if (options.sizes.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error("bench: --sizes takes positive integers, e.g. --sizes=1000,10000");
  if (options.engines.length === 0) throw new Error("bench: --engines takes detente and/or vis");
  if (!Number.isInteger(options.soakCycles) || options.soakCycles < SOAK_FIRST_READING)
    throw new Error(`bench: --soak-cycles takes an integer of at least ${SOAK_FIRST_READING}`);
  if (!Number.isInteger(options.aggregateRows) || options.aggregateRows <= 0)
    throw new Error(
      "bench: --aggregate-rows takes a positive integer, e.g. --aggregate-rows=100000",
    );
  if (!Number.isInteger(options.importRows) || options.importRows <= 0)
    throw new Error("bench: --import-rows takes a positive integer, e.g. --import-rows=100000");
  return options;
}

function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? null;
}

const round = (value: number | null | undefined, digits = 1): number | null =>
  value === null || value === undefined || !Number.isFinite(value)
    ? null
    : Math.round(value * 10 ** digits) / 10 ** digits;

/** Resolves with the promise's value, or with `fallback` once `ms` have passed. */
async function within<T, F>(promise: Promise<T>, ms: number, fallback: F): Promise<T | F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<F>((resolve) => {
    timer = setTimeout(() => resolve(fallback), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const TIMED_OUT = Symbol("timed out");

// ---------------------------------------------------------------------------------------------
// Build and data

async function buildPages(outDir: string, minify: boolean): Promise<void> {
  const previous = process.env["BENCH_MINIFY"];
  process.env["BENCH_MINIFY"] = minify ? "1" : "0";
  try {
    await build({
      configFile: fileURLToPath(new URL("./vite.bench.config.ts", import.meta.url)),
      build: { outDir },
      logLevel: "warn",
    });
  } finally {
    if (previous === undefined) delete process.env["BENCH_MINIFY"];
    else process.env["BENCH_MINIFY"] = previous;
  }
}

async function benchGoldstein(): Promise<GoldsteinTable> {
  const tableText = await readFile(join(root, "data/cameo/CAMEO.goldsteinscale.txt"), "utf8");
  const table = parseGoldsteinTable(tableText);
  if (!table.ok) throw new Error(`CAMEO table: ${table.error}`);
  return table.value;
}

async function writeDatasets(
  outDir: string,
  sizes: readonly number[],
  container: Options["container"],
): Promise<string[]> {
  const table = { value: await benchGoldstein() };
  await mkdir(join(outDir, "data"), { recursive: true });
  const lines: string[] = [];
  for (const size of sizes) {
    const dataset = syntheticDataset(size, table.value);
    // The pages validate every size; check the smallest here too, so a generator bug fails fast.
    if (size === Math.min(...sizes)) {
      const checked = validateDataset(dataset, table.value);
      if (!checked.ok)
        throw new Error(
          `synthetic dataset is invalid: ${checked.error
            .slice(0, 3)
            .map((p) => `${p.path}: ${p.message}`)
            .join("; ")}`,
        );
    }
    const text = JSON.stringify(dataset);
    await writeFile(join(outDir, "data", `${size}.json`), text);
    const arrow = container === "arrow" ? serializeArrow(dataset) : undefined;
    if (arrow) await writeFile(join(outDir, "data", `${size}.arrow`), arrow);
    const precisions = { day: 0, month: 0, year: 0 };
    for (const e of dataset.events)
      precisions[e.date.length === 10 ? "day" : e.date.length === 7 ? "month" : "year"]++;
    const spans = dataset.events.filter((e) => e.end !== undefined).length;
    lines.push(
      `  ${size.toLocaleString("en").padStart(7)} events: ${(text.length / 1e6).toFixed(1)} MB JSON, ` +
        (arrow ? `${(arrow.length / 1e6).toFixed(1)} MB Arrow, ` : "") +
        `${pct(precisions.day, size)} day / ${pct(precisions.month, size)} month / ` +
        `${pct(precisions.year, size)} year precision, ${pct(spans, size)} with an end`,
    );
  }
  return lines;
}

const pct = (n: number, of: number): string => `${Math.round((100 * n) / of)}%`;

// ---------------------------------------------------------------------------------------------
// One engine at one size

interface CpuProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and total (inclusive) time per function, hottest first. */
function hotFunctions(profile: CpuProfile, top = 12): string[] {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const keyOf = (node: CpuProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split("/").pop() ?? "";
    return file ? `${functionName || "(anonymous)"}  ${file}:${lineNumber + 1}` : functionName;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    const node = byNode.get(id);
    const ms = (deltas[i + 1] ?? deltas[i] ?? 0) / 1000;
    if (!node || node.callFrame.functionName === "(idle)") return;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + ms);
    total += ms;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const frame = byNode.get(at);
      if (!frame || frame.callFrame.functionName === "(root)") continue;
      const k = keyOf(frame);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const list = (times: Map<string, number>): string[] =>
    [...times.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(
        ([key, ms]) =>
          `        ${ms.toFixed(1).padStart(8)} ms ${pct(ms, total).padStart(4)}  ${key.slice(0, 100)}`,
      );
  return [
    `      busy ${total.toFixed(0)} ms; self time:`,
    ...list(self),
    "      total time (with callees):",
    ...list(inclusive),
  ];
}

async function profiled<T>(
  cdp: CDPSession | undefined,
  label: string,
  run: () => Promise<T>,
): Promise<T> {
  if (!cdp) return run();
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  try {
    return await run();
  } finally {
    const stopped = await within(cdp.send("Profiler.stop"), 30_000, TIMED_OUT);
    if (stopped !== TIMED_OUT) {
      console.log(`    CPU profile, ${label} (idle excluded):`);
      for (const line of hotFunctions(stopped.profile as CpuProfile)) console.log(line);
    }
  }
}

function emptyRow(engine: EngineId, size: number): TimelineRow {
  return {
    engine: ENGINE_NAMES[engine],
    size,
    renderMs: null,
    interactiveMs: null,
    longTaskMaxMs: null,
    frameP50Ms: null,
    frameP95Ms: null,
    domNodes: null,
    heapMB: null,
    status: "ok",
    detail: {
      fetchMs: null,
      parseMs: null,
      validateMs: null,
      indexMs: null,
      loadMs: null,
      longestTasks: [],
      sinceNavigationMs: null,
      frames: 0,
      slowFrames: null,
      frameMaxMs: null,
      longTasks: null,
      longTaskMs: null,
      domNodesZoomedOut: null,
      domNodesZoomedIn: null,
      spanDaysZoomedOut: null,
      spanDaysZoomedIn: null,
      sequenceMs: null,
    },
    notes: [],
  };
}

function skippedRow(engine: EngineId, size: number, why: string): TimelineRow {
  const row = emptyRow(engine, size);
  row.status = "skipped";
  row.notes.push(`not run: ${why}`);
  return row;
}

async function measure(
  browser: Browser,
  baseUrl: string,
  engine: EngineId,
  size: number,
  profile: boolean,
  container: Options["container"] = "json",
  /** A file to write the run's Chrome trace to. */
  tracePath?: string,
): Promise<TimelineRow> {
  const row = emptyRow(engine, size);
  const errors: string[] = [];
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    colorScheme: "light",
    locale: "en-US",
    timezoneId: "UTC",
  });
  try {
    const page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const cdp = await context.newCDPSession(page);
    const traceEvents: unknown[] = [];
    if (tracePath) {
      cdp.on("Tracing.dataCollected", ({ value }) => traceEvents.push(...value));
      await cdp.send("Tracing.start", {
        categories: TRACE_CATEGORIES,
        transferMode: "ReportEvents",
      });
    }
    const url =
      `${baseUrl}/${engine}.html?n=${size}${profile ? "&hold=1" : ""}` +
      (engine === "detente" && container === "arrow" ? "&container=arrow" : "");
    await page.goto(url, { waitUntil: "load" });

    const untilPhase = (phases: readonly string[]): Promise<boolean> =>
      within(
        page
          .waitForFunction((p) => p.includes(window.__bench?.phase ?? ""), phases, {
            timeout: RENDER_TIMEOUT_MS + 5_000,
            polling: 100,
          })
          .then(() => true),
        RENDER_TIMEOUT_MS,
        false,
      );
    if (profile) {
      await untilPhase(["held"]);
      await profiled(cdp, "fetch, JSON.parse and validation", async () => {
        await page.evaluate(() => window.__benchGo?.());
        return untilPhase(["loaded", "error"]);
      });
    }
    const ready = await profiled(profile ? cdp : undefined, "first render", async () => {
      if (profile) await page.evaluate(() => window.__benchGo?.());
      return untilPhase(["ready", "error"]);
    });
    if (!ready) {
      row.status = "render-timeout";
      row.notes.push(`no first render within ${RENDER_TIMEOUT_MS / 1000} s: stopped waiting`);
      return row;
    }
    const state = await page.evaluate(() => {
      const b = window.__bench;
      return b
        ? {
            phase: b.phase,
            error: b.error,
            fetchMs: b.fetchMs,
            parseMs: b.parseMs,
            validateMs: b.validateMs,
            indexMs: b.indexMs,
            loadMs: b.loadMs,
            renderMs: b.renderMs,
            interactiveMs: b.interactiveMs,
            sinceNavigationMs: b.sinceNavigationMs,
            events: b.events,
          }
        : undefined;
    });
    if (!state || state.phase !== "ready") {
      row.status = "error";
      row.notes.push(`page error: ${state?.error ?? "no bench state"}`);
      return row;
    }
    if (state.events !== size) row.notes.push(`page loaded ${state.events} events, not ${size}`);
    row.renderMs = round(state.renderMs);
    row.interactiveMs = round(state.interactiveMs);
    row.detail.fetchMs = round(state.fetchMs);
    row.detail.parseMs = round(state.parseMs);
    row.detail.validateMs = round(state.validateMs);
    row.detail.indexMs = round(state.indexMs);
    row.detail.loadMs = round(state.loadMs);
    row.detail.sinceNavigationMs = round(state.sinceNavigationMs);

    // Zoomed out: the initial window, once anything scheduled after the first paint has run.
    await page.waitForTimeout(SETTLE_MS);
    const domSamples: number[] = [];
    const sampleDom = async (): Promise<number> => {
      const count = (await page.evaluate(() => window.__bench?.domNodes() ?? 0)) as number;
      domSamples.push(count);
      return count;
    };
    row.detail.domNodesZoomedOut = await sampleDom();
    row.detail.spanDaysZoomedOut = round(
      await page.evaluate(() => window.__bench?.spanDays() ?? NaN),
    );

    const box = await page.locator(PLOT_SELECTOR[engine]).first().boundingBox();
    if (!box) {
      row.notes.push(`no ${PLOT_SELECTOR[engine]} element to zoom`);
      return row;
    }
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;

    // Ctrl + wheel notches over the plot's centre. Past the deadline no more notches are sent:
    // the frames recorded so far are still reported, flagged as a cut-short sequence.
    const deadline = performance.now() + SEQUENCE_TIMEOUT_MS;
    const left = (): number => Math.max(deadline - performance.now(), 0);
    let notches = 0;
    const zoom = async (deltaY: number): Promise<boolean> => {
      for (let i = 0; i < ZOOM_STEPS; i++) {
        if (left() === 0) return false;
        const sent = await within(
          page.mouse.wheel(0, deltaY).then(() => true),
          left(),
          false,
        );
        if (!sent) return false;
        notches++;
        await page.waitForTimeout(WHEEL_PAUSE_MS);
        if (i % 5 === 4) await sampleDom();
      }
      return true;
    };
    const sequence = async (): Promise<boolean> => {
      await page.mouse.move(x, y);
      await page.evaluate(() => window.__bench?.startFrames());
      const started = performance.now();
      await page.keyboard.down("Control");
      let complete = await zoom(-WHEEL_DELTA);
      if (complete) {
        await page.waitForTimeout(SETTLE_MS);
        row.detail.domNodesZoomedIn = await sampleDom();
        row.detail.spanDaysZoomedIn = round(
          await page.evaluate(() => window.__bench?.spanDays() ?? NaN),
          2,
        );
        complete = await zoom(WHEEL_DELTA);
      }
      await page.keyboard.up("Control");
      if (complete) {
        await page.waitForTimeout(SETTLE_MS);
        await sampleDom();
      }
      row.detail.sequenceMs = round(performance.now() - started, 0);
      return complete;
    };
    const complete = await profiled(profile ? cdp : undefined, "zoom sequence", sequence);
    const frames = await within(
      page.evaluate(() => window.__bench?.stopFrames()),
      30_000,
      undefined,
    );
    if (frames && frames.intervals.length > 0) {
      row.detail.frames = frames.intervals.length;
      row.frameP50Ms = round(percentile(frames.intervals, 50), 2);
      row.frameP95Ms = round(percentile(frames.intervals, 95), 2);
      row.detail.frameMaxMs = round(Math.max(...frames.intervals), 1);
      row.detail.slowFrames = frames.intervals.filter((ms) => ms > SLOW_FRAME_MS).length;
      row.detail.longTasks = frames.longTasks;
      row.detail.longTaskMs = round(frames.longTaskMs, 0);
    }
    if (domSamples.length > 0) row.domNodes = Math.max(...domSamples);
    const longest = await within(
      page.evaluate(() => window.__bench?.longTaskMaxMs() ?? null),
      20_000,
      null,
    );
    row.longTaskMaxMs = round(longest, 0);
    if (tracePath) {
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
      await cdp.send("Tracing.end");
      await complete;
      await writeFile(tracePath, JSON.stringify({ traceEvents }));
      console.log(`    trace: ${tracePath}`);
      const traced = traceEvents as Parameters<typeof longTasks>[0];
      const profiles = mainThreadProfiles(traced);
      for (const { startUs, durationUs } of longTasks(traced)) {
        console.log(`    a ${Math.round(durationUs / 1000)} ms task (traced):`);
        for (const profile of profiles) {
          // The profile is on the trace's clock: its end time is its own "page clock".
          const endMs = (profile.endTime ?? 0) / 1000;
          const slice = profileWindow(
            profile,
            endMs,
            startUs / 1000,
            (startUs + durationUs) / 1000,
          );
          if ((slice.samples ?? []).length > 0)
            for (const line of hotFunctions(slice, 8)) console.log(line);
        }
      }
    }
    const tasks = await within(
      page.evaluate(() => ({
        list: window.__bench?.longTaskList() ?? [],
        marks: window.__bench?.marks,
      })),
      20_000,
      null,
    );
    if (tasks?.marks) {
      const { loadStart, loaded, mountStart, ready } = tasks.marks;
      const phaseAt = (at: number): string =>
        at < loadStart
          ? "page start"
          : at < loaded
            ? "loading"
            : at < mountStart
              ? "loaded"
              : at < ready
                ? "first render"
                : "zoom sequence";
      row.detail.longestTasks = [...tasks.list]
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 3)
        .map((task) => ({ ms: Math.round(task.ms), during: phaseAt(task.startMs) }));
    }
    // After a forced GC; also after a cut-short sequence, if the page answers in time.
    const heap = await within(
      (async () => {
        await cdp.send("HeapProfiler.collectGarbage");
        return cdp.send("Runtime.getHeapUsage");
      })(),
      20_000,
      TIMED_OUT,
    );
    if (heap !== TIMED_OUT) row.heapMB = round(heap.usedSize / 1024 / 1024, 1);
    if (!complete) {
      row.status = "sequence-timeout";
      row.notes.push(
        `zoom sequence cut short after ${SEQUENCE_TIMEOUT_MS / 1000} s, at ${notches} of ` +
          `${2 * ZOOM_STEPS} notches: frame figures cover that part only` +
          (frames ? "" : " (none could be read: the page stayed busy)"),
      );
      return row;
    }
    const zoomedOut = row.detail.spanDaysZoomedOut;
    if (zoomedOut !== null) {
      const back = await page.evaluate(() => window.__bench?.spanDays() ?? NaN);
      if (Math.abs(back - zoomedOut) > zoomedOut * 0.02)
        row.notes.push(`zoomed back out to ${Math.round(back)} days, not ${zoomedOut}`);
    }
    return row;
  } catch (error) {
    row.status = "error";
    row.notes.push(`failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    return row;
  } finally {
    if (errors.length > 0) row.notes.push(`page errors: ${errors.slice(0, 3).join(" | ")}`);
    // A page stuck in a long task must not hold the run: give up on a clean close after a while.
    await within(context.close(), 15_000, undefined);
  }
}

/**
 * Loads each engine's page once at the smallest size, unmeasured, so that neither engine's first
 * measured run pays for the browser's own warm-up (process start, font and code caches).
 */
async function warmUp(
  browser: Browser,
  baseUrl: string,
  engines: readonly EngineId[],
  size: number,
): Promise<void> {
  for (const engine of engines) {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${engine}.html?n=${size}`, { waitUntil: "load" });
      await page.waitForFunction(
        () => window.__bench?.phase === "ready" || window.__bench?.phase === "error",
        undefined,
        { timeout: 30_000, polling: 100 },
      );
    } catch {
      // A failing engine shows up in its measured run.
    } finally {
      await within(context.close(), 15_000, undefined);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Soak and bundle

export interface SoakResult {
  size: number;
  cycles: number;
  /** JS heap after a forced GC once the page is ready, at cycle 100 and at the last cycle. */
  heapMB: { ready: number | null; atFirstReading: number | null; atEnd: number | null };
  firstReadingCycle: number;
  /** Heap at the last cycle minus heap at cycle 100. */
  growthMB: number | null;
  /** Mean wall time of one cycle (each step waits for a frame). */
  cycleMs: number | null;
  status: "ok" | "error";
  notes: string[];
}

/**
 * 1,000 cycles (zoom in, zoom out, hide a topic and show all, type a word and clear it) through
 * the store's actions on the Détente page, a frame after each step; the heap after a forced GC at
 * cycle 100 and at the end. Growth between the two readings is what a leak would show as.
 */
async function runSoak(browser: Browser, baseUrl: string, cycles: number): Promise<SoakResult> {
  const result: SoakResult = {
    size: SOAK_SIZE,
    cycles,
    heapMB: { ready: null, atFirstReading: null, atEnd: null },
    firstReadingCycle: SOAK_FIRST_READING,
    growthMB: null,
    cycleMs: null,
    status: "ok",
    notes: [],
  };
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const heapMB = async (): Promise<number | null> => {
      await cdp.send("HeapProfiler.collectGarbage");
      const heap = await cdp.send("Runtime.getHeapUsage");
      return round(heap.usedSize / 1024 / 1024, 1);
    };
    await page.goto(`${baseUrl}/detente.html?n=${SOAK_SIZE}`, { waitUntil: "load" });
    await page.waitForFunction(
      () => window.__bench?.phase === "ready" || window.__bench?.phase === "error",
      undefined,
      { timeout: RENDER_TIMEOUT_MS, polling: 100 },
    );
    result.heapMB.ready = await heapMB();
    const run = (count: number): Promise<void> =>
      page.evaluate((n) => window.__bench?.soak?.(n), count);
    const started = performance.now();
    await run(SOAK_FIRST_READING);
    result.heapMB.atFirstReading = await heapMB();
    const resumed = performance.now();
    await run(cycles - SOAK_FIRST_READING);
    const ended = performance.now();
    result.heapMB.atEnd = await heapMB();
    result.cycleMs = round((resumed - started + (ended - resumed)) / cycles, 1);
    if (result.heapMB.atEnd !== null && result.heapMB.atFirstReading !== null)
      result.growthMB = round(result.heapMB.atEnd - result.heapMB.atFirstReading, 1);
  } catch (error) {
    result.status = "error";
    result.notes.push(error instanceof Error ? error.message : String(error));
  } finally {
    await within(context.close(), 15_000, undefined);
  }
  return result;
}

export interface BundleChunk {
  name: string;
  gzipBytes: number;
  limitBytes: number | null;
  passed: boolean;
}

/**
 * The app's production build (`npm run build`, as CI makes it) and size-limit's report of it
 * (.size-limit.js): every first load, worker and lazy chunk, gzipped.
 */
function runBundle(): BundleChunk[] {
  const npm = (args: string[]) =>
    spawnSync("npm", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const built = npm(["run", "build"]);
  if (built.status !== 0) throw new Error(`npm run build failed:\n${built.stderr.slice(-2000)}`);
  const sized = spawnSync("npx", ["--no", "--", "size-limit", "--json"], {
    cwd: root,
    encoding: "utf8",
  });
  const report = JSON.parse(sized.stdout) as {
    name: string;
    size: number;
    sizeLimit?: number;
    passed?: boolean;
  }[];
  return report.map((check) => ({
    name: check.name,
    gzipBytes: check.size,
    limitBytes: check.sizeLimit ?? null,
    passed: check.passed !== false,
  }));
}

function printBundle(chunks: readonly BundleChunk[]): void {
  table(
    [
      ["chunk", "gzip kB", "budget kB"],
      ...chunks.map((c) => [
        c.name,
        fmt(c.gzipBytes / 1000, 1),
        c.limitBytes === null ? "" : `${fmt(c.limitBytes / 1000, 1)}${c.passed ? "" : " OVER"}`,
      ]),
    ],
    (c) => c > 0,
  );
}

function printSoak(soak: SoakResult): void {
  console.log(
    `  heap after GC: ready ${fmt(soak.heapMB.ready)} MB, cycle ${soak.firstReadingCycle} ` +
      `${fmt(soak.heapMB.atFirstReading)} MB, cycle ${soak.cycles.toLocaleString("en")} ` +
      `${fmt(soak.heapMB.atEnd)} MB; growth ${fmt(soak.growthMB)} MB ` +
      `(target < ${TARGETS.soakGrowthMB} MB); ${fmt(soak.cycleMs)} ms per cycle`,
  );
  for (const note of soak.notes) console.log(`  note: ${note}`);
}

// ---------------------------------------------------------------------------------------------
// Report

const fmt = (value: number | null, digits = 1): string =>
  value === null ? "—" : value.toLocaleString("en", { maximumFractionDigits: digits });

function ratio(a: number | null, b: number | null): number | null {
  return a === null || b === null || b === 0 ? null : round(a / b, 3);
}

function table(rows: readonly (readonly string[])[], rightAligned: (c: number) => boolean): void {
  const widths = (rows[0] ?? []).map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  rows.forEach((row, i) => {
    console.log(
      row
        .map((cell, c) =>
          rightAligned(c) ? cell.padStart(widths[c] ?? 0) : cell.padEnd(widths[c] ?? 0),
        )
        .join("  ")
        .trimEnd(),
    );
    if (i === 0) console.log(widths.map((w) => "-".repeat(w)).join("  "));
  });
}

function printTimeline(rows: readonly TimelineRow[]): void {
  table(
    [
      [
        "engine",
        "size",
        "interactiveMs",
        "longTaskMaxMs",
        "renderMs",
        "frameP50Ms",
        "frameP95Ms",
        "domNodes",
        "heapMB",
      ],
      ...rows.map((r) => [
        r.engine,
        r.size.toLocaleString("en"),
        fmt(r.interactiveMs),
        fmt(r.longTaskMaxMs, 0),
        fmt(r.renderMs),
        fmt(r.frameP50Ms, 2),
        fmt(r.frameP95Ms, 2),
        fmt(r.domNodes, 0),
        fmt(r.heapMB),
      ]),
    ],
    (c) => c > 0,
  );
  console.log(
    `\nDétente targets at ${TARGETS.size.toLocaleString("en")} events: interactiveMs ≤ ${TARGETS.interactiveMs}, ` +
      `longTaskMaxMs ≤ ${TARGETS.longTaskMaxMs}, renderMs < ${TARGETS.renderMs}, ` +
      `frameP95Ms ≤ ${TARGETS.frameP95Ms} (one 60 Hz frame; up to ${TARGETS.frameP95Ms + FRAME_JITTER_MS} ` +
      `is timestamp jitter), domNodes < ${TARGETS.domNodes}`,
  );
  const against = (value: number | null, ok: (v: number) => boolean): string =>
    value === null ? "not measured" : ok(value) ? "within target" : "over target";
  const big = rows.find((r) => r.engine === ENGINE_NAMES.detente && r.size === TARGETS.size);
  if (big) {
    console.log(
      `  measured: interactiveMs ${fmt(big.interactiveMs)} (${against(big.interactiveMs, (v) => v <= TARGETS.interactiveMs)}), ` +
        `longTaskMaxMs ${fmt(big.longTaskMaxMs, 0)} (${against(big.longTaskMaxMs, (v) => v <= TARGETS.longTaskMaxMs)}), ` +
        `renderMs ${fmt(big.renderMs)} (${against(big.renderMs, (v) => v < TARGETS.renderMs)}), ` +
        `frameP95Ms ${fmt(big.frameP95Ms, 2)} (${against(big.frameP95Ms, (v) => v <= TARGETS.frameP95Ms + FRAME_JITTER_MS)}), ` +
        `domNodes ${fmt(big.domNodes, 0)} (${against(big.domNodes, (v) => v < TARGETS.domNodes)})`,
    );
  }
  const m = TARGETS.million;
  const million = rows.find((r) => r.engine === ENGINE_NAMES.detente && r.size === m.size);
  if (million) {
    console.log(
      `Détente targets at ${m.size.toLocaleString("en")} events: renderMs ≤ ${m.renderMs} (from the data's arrival), ` +
        `frameP95Ms ≤ ${m.frameP95Ms}, domNodes ≤ ${m.domNodes}, heapMB ≤ ${m.heapMB}\n` +
        `  measured: renderMs ${fmt(million.renderMs)} (${against(million.renderMs, (v) => v <= m.renderMs)}), ` +
        `frameP95Ms ${fmt(million.frameP95Ms, 2)} (${against(million.frameP95Ms, (v) => v <= m.frameP95Ms + FRAME_JITTER_MS)}), ` +
        `domNodes ${fmt(million.domNodes, 0)} (${against(million.domNodes, (v) => v <= m.domNodes)}), ` +
        `heapMB ${fmt(million.heapMB)} (${against(million.heapMB, (v) => v <= m.heapMB)})`,
    );
  }

  console.log("\nDetails:");
  table(
    [
      [
        "engine",
        "size",
        "fetch",
        "JSON.parse",
        "validate",
        "index",
        "load",
        "nav→painted",
        "slow/frames",
        "frameMax",
        "longTasks",
        "DOM out/in",
        "span days out→in",
      ],
      ...rows.map((r) => [
        r.engine,
        r.size.toLocaleString("en"),
        fmt(r.detail.fetchMs),
        fmt(r.detail.parseMs),
        fmt(r.detail.validateMs),
        fmt(r.detail.indexMs),
        fmt(r.detail.loadMs),
        fmt(r.detail.sinceNavigationMs),
        `${fmt(r.detail.slowFrames, 0)} / ${r.detail.frames}`,
        fmt(r.detail.frameMaxMs),
        r.detail.longTasks === null
          ? "—"
          : `${r.detail.longTasks} (${fmt(r.detail.longTaskMs, 0)} ms)`,
        `${fmt(r.detail.domNodesZoomedOut, 0)} / ${fmt(r.detail.domNodesZoomedIn, 0)}`,
        `${fmt(r.detail.spanDaysZoomedOut, 0)} → ${fmt(r.detail.spanDaysZoomedIn, 2)}`,
      ]),
    ],
    (c) => c > 0,
  );
  for (const r of rows)
    if (r.detail.longestTasks.length > 0)
      console.log(
        `  longest tasks, ${r.engine} ${r.size.toLocaleString("en")}: ` +
          r.detail.longestTasks.map((t) => `${t.ms} ms (${t.during})`).join(", "),
      );
  for (const r of rows)
    for (const note of r.notes)
      console.log(`  note: ${r.engine} ${r.size.toLocaleString("en")}: ${note}`);
}

interface RatioRow {
  size: number;
  /** Why a ratio may rest on partial figures (a timed-out render or a cut-short sequence). */
  caveats: string[];
  renderMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  domNodes: number | null;
  heapMB: number | null;
}

function ratios(rows: readonly TimelineRow[]): RatioRow[] {
  const sizes = [...new Set(rows.map((r) => r.size))];
  return sizes.flatMap((size) => {
    const d = rows.find((r) => r.size === size && r.engine === ENGINE_NAMES.detente);
    const v = rows.find((r) => r.size === size && r.engine === ENGINE_NAMES.vis);
    if (!d || !v) return [];
    return [
      {
        size,
        caveats: [d, v].flatMap((r) =>
          r.status === "ok" ? [] : r.notes.map((note) => `${r.engine}: ${note}`),
        ),
        renderMs: ratio(d.renderMs, v.renderMs),
        frameP50Ms: ratio(d.frameP50Ms, v.frameP50Ms),
        frameP95Ms: ratio(d.frameP95Ms, v.frameP95Ms),
        domNodes: ratio(d.domNodes, v.domNodes),
        heapMB: ratio(d.heapMB, v.heapMB),
      },
    ];
  });
}

function printRatios(list: readonly RatioRow[]): void {
  if (list.length === 0) return;
  console.log(
    "\nDétente / vis-timeline (below 1: Détente is faster or smaller; — : not measured):",
  );
  table(
    [
      ["size", "renderMs", "frameP50Ms", "frameP95Ms", "domNodes", "heapMB"],
      ...list.map((r) => [
        r.size.toLocaleString("en"),
        fmt(r.renderMs, 3),
        fmt(r.frameP50Ms, 3),
        fmt(r.frameP95Ms, 3),
        fmt(r.domNodes, 3),
        fmt(r.heapMB, 3),
      ]),
    ],
    () => true,
  );
  for (const r of list)
    for (const caveat of r.caveats)
      console.log(`  caveat at ${r.size.toLocaleString("en")}: ${caveat}`);
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium package ` +
        "(apt-get install chromium) or set DETENTE_CHROMIUM=/path/to/chromium.",
    );
  }
  const outDir = options.trace
    ? join(options.trace, "pages")
    : await mkdtemp(join(tmpdir(), "detente-bench-"));
  if (options.trace) await mkdir(outDir, { recursive: true });
  const unminified = options.profile || options.trace !== undefined;
  const rows: TimelineRow[] = [];
  let importResult: ImportBenchResult | null = null;
  let aggregateResult: AggregateBenchResult | null = null;
  let soak: SoakResult | null = null;
  let hostile: HostileBenchResult[] | null = null;
  let bundle: BundleChunk[] | null = null;
  let chromiumVersion: string | undefined;
  try {
    console.log(
      `Building the bench pages (${unminified ? "unminified, for profiling" : "production"})…`,
    );
    await buildPages(outDir, !unminified);
    const datasetSizes = [
      ...new Set([
        ...(options.timeline ? options.sizes : []),
        ...(options.soak ? [SOAK_SIZE] : []),
      ]),
    ];
    if (datasetSizes.length > 0) {
      console.log("Generating datasets (seeded; 25 years, 6 topics):");
      for (const line of await writeDatasets(outDir, datasetSizes, options.container))
        console.log(line);
    }

    const server = await startStaticServer({ root: outDir });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: chromiumArgs,
    });
    chromiumVersion = browser.version();
    try {
      if (options.timeline)
        await warmUp(browser, server.url, options.engines, Math.min(...options.sizes));
      // An engine that could not render a size in time is not tried at larger sizes.
      const gaveUpAt = new Map<EngineId, number>();
      for (const size of options.timeline ? [...options.sizes].sort((a, b) => a - b) : []) {
        for (const engine of options.engines) {
          const smaller = gaveUpAt.get(engine);
          const why =
            smaller !== undefined
              ? `no first render at ${smaller.toLocaleString("en")} events within ` +
                `${RENDER_TIMEOUT_MS / 1000} s`
              : engine === "vis" && size > VIS_MAX_SIZE
                ? `vis-timeline is not run above ${VIS_MAX_SIZE.toLocaleString("en")} events ` +
                  "(about 50 s for a first render there)"
                : undefined;
          if (why !== undefined) {
            rows.push(skippedRow(engine, size, why));
            console.log(
              `  ${ENGINE_NAMES[engine]} at ${size.toLocaleString("en")} events: skipped (${why})`,
            );
            continue;
          }
          const t0 = performance.now();
          process.stdout.write(
            `  ${ENGINE_NAMES[engine]} at ${size.toLocaleString("en")} events… `,
          );
          if (options.profile) process.stdout.write("\n");
          const row = await measure(
            browser,
            server.url,
            engine,
            size,
            options.profile,
            options.container,
            options.trace && join(options.trace, `${engine}-${size}.trace.json`),
          );
          rows.push(row);
          if (row.status === "render-timeout") gaveUpAt.set(engine, size);
          console.log(
            `${((performance.now() - t0) / 1000).toFixed(1)} s` +
              (row.notes.length > 0 ? ` (${row.notes.join("; ")})` : ""),
          );
        }
      }
      if (options.soak) {
        console.log(
          `\nSoak: ${options.soakCycles.toLocaleString("en")} cycles at ${SOAK_SIZE.toLocaleString("en")} events…`,
        );
        soak = await runSoak(browser, server.url, options.soakCycles);
      }
      if (options.import) {
        console.log(
          `\nImport: synthetic GDELT 2.0 export, ${options.importRows.toLocaleString("en")} rows, ` +
            "through the app's Web Worker importer…",
        );
        importResult = await runImportBench({
          browser,
          baseUrl: server.url,
          outDir,
          rows: options.importRows,
          goldstein: await benchGoldstein(),
          profile: options.profile,
          hotFunctions: (profile: CpuProfile) => hotFunctions(profile, 16),
          log: (line) => console.log(line),
        });
      }
      if (options.hostile.length > 0) {
        // The app itself, as a reader gets it: its production build (the bundle's, when run);
        // with --profile, the same app unminified so the profile names its functions.
        let distDir = join(root, "dist");
        if (options.profile) {
          distDir = join(outDir, "app-unminified");
          console.log("\nBuilding the app unminified, for profiling…");
          await build({
            configFile: join(root, "vite.config.ts"),
            build: { outDir: distDir, emptyOutDir: true, minify: false },
            logLevel: "warn",
          });
        } else if (options.bundle) {
          console.log("\nBuilding the app (npm run build) for the bundle and large-data sections…");
          bundle = runBundle();
        } else if (!existsSync(join(root, "dist/index.html")))
          throw new Error(
            "bench: --no-bundle needs an existing dist/ (npm run build) for --hostile",
          );
        console.log("\nLarge and unusual data: pathological CSVs imported through Open data…");
        hostile = await runHostileBench({
          browser,
          distDir,
          outDir,
          kinds: options.hostile,
          log: (line) => console.log(line),
          ...(options.profile
            ? { hotFunctions: (profile: CpuProfile) => hotFunctions(profile, 16) }
            : {}),
        });
      }
      if (options.aggregate) {
        console.log(
          `\nAggregate: synthetic GDELT 2.0 export, ${options.aggregateRows.toLocaleString("en")} rows, ` +
            "through npm run aggregate's DuckDB query…",
        );
        aggregateResult = await runAggregateBench({
          outDir,
          rows: options.aggregateRows,
          goldstein: await benchGoldstein(),
          browserRowsPerSecond: importResult?.rowsPerSecond ?? null,
          log: (line) => console.log(line),
        });
      }
    } finally {
      await within(browser.close(), 20_000, undefined);
      await server.close();
    }
  } finally {
    // A trace's pages stay beside it: its line numbers point into them.
    if (!options.trace) await rm(outDir, { recursive: true, force: true });
  }

  if (options.timeline) {
    console.log(
      `\nTimeline, Chromium ${chromiumVersion ?? "?"} headless at ${VIEWPORT.width}×${VIEWPORT.height}, ` +
        `${ZOOM_STEPS} Ctrl+wheel notches in then out, ${WHEEL_PAUSE_MS} ms apart:\n`,
    );
    printTimeline(rows);
  }
  const ratioRows = ratios(rows);
  printRatios(ratioRows);
  if (importResult) {
    console.log(
      `\nImport (GDELT 2.0 text, Web Worker in Chromium ${chromiumVersion ?? "?"}; one run after a warm-up):`,
    );
    printImportBench(importResult, (line) => console.log(line));
  }
  if (aggregateResult) {
    console.log("\nAggregate (npm run aggregate, DuckDB embedded; one run):");
    printAggregateBench(aggregateResult, (line) => console.log(line));
  }

  if (soak) {
    console.log(
      `\nSoak (Détente, ${soak.size.toLocaleString("en")} events, ${soak.cycles} cycles):`,
    );
    printSoak(soak);
  }
  if (hostile) {
    console.log(
      `\nLarge and unusual data (the built app in Chromium ${chromiumVersion ?? "?"}, 1280×800):`,
    );
    printHostileBench(hostile, (line) => console.log(line));
  }
  if (options.bundle) {
    console.log("\nBundle (npm run build; gzipped, size-limit):");
    bundle ??= runBundle();
    printBundle(bundle);
  }

  let tension: Awaited<ReturnType<typeof runTensionBench>>[] | null = null;
  if (options.tension) {
    console.log("\nTension model (node, events over 25 years; median of 40 runs):");
    tension = [];
    for (const events of [100_000, 1_000_000]) {
      const result = await runTensionBench(events);
      tension.push(result);
      console.log(
        `  ${result.events.toLocaleString("en")} events → ${result.days.toLocaleString("en")} days: ` +
          `base series ${result.baseMs.toFixed(2)} ms, with uncertainty band ${result.bandMs.toFixed(2)} ms; ` +
          `from columns (a loaded dataset) ${result.baseColumnsMs.toFixed(2)} ms and ${result.bandColumnsMs.toFixed(2)} ms`,
      );
    }
    console.log(`  target at 1,000,000 events: base series ≤ ${TARGETS.tensionMillionMs} ms`);
  }

  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? "unknown",
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion ?? "unknown",
    platform: `${process.platform}-${process.arch}`,
    /** One-minute load average before and after the run: above the core count, figures are noisy. */
    loadAverage: [round(loadAtStart, 2), round(loadavg()[0], 2)],
  };
  const totalSeconds = (performance.now() - started) / 1000;
  console.log(
    `\nMachine: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, Chromium ${machine.chromium}; ` +
      `bench took ${totalSeconds.toFixed(0)} s; load average ${machine.loadAverage.join(" → ")}`,
  );
  if (Math.max(...machine.loadAverage.map((l) => l ?? 0)) > machine.cores)
    console.log(
      "Warning: other processes were busy (load average above the core count): the figures are noisy.",
    );
  if (unminified) {
    console.log("Profile mode: figures are skewed by the profiler; results.json not written.");
    return;
  }
  const results = {
    generated: new Date().toISOString(),
    method: {
      viewport: VIEWPORT,
      zoomSteps: ZOOM_STEPS,
      wheelDeltaY: WHEEL_DELTA,
      wheelPauseMs: WHEEL_PAUSE_MS,
      settleMs: SETTLE_MS,
      renderMs: "mount start → double requestAnimationFrame after the chart is on screen",
      frames: "requestAnimationFrame intervals from the first wheel notch to 300 ms after the last",
      domNodes: "most elements in the document, sampled zoomed out, every 5 notches, zoomed in",
      heapMB: "Runtime.getHeapUsage usedSize after the sequence and a forced GC",
      interactiveMs:
        "navigation start → double requestAnimationFrame after the chart is on screen with the " +
        "whole dataset fetched, parsed and validated (Détente: in its load worker, as the app)",
      longTaskMaxMs:
        "longest PerformanceObserver longtask entry from navigation to the end of the zoom sequence",
      soak:
        "Détente page at 100,000 events: per cycle zoom in to a quarter and back, hide a topic " +
        "and show all, type a six-letter word a letter at a time and clear it, through the " +
        "store's actions, one animation frame after each step; heap after a forced GC at cycle " +
        "100 and at the last",
      bundle: "npm run build, then size-limit (.size-limit.js): gzip level 9 bytes per check",
      import:
        "a seeded synthetic GDELT 2.0 export chosen in a file input, imported by the app's Web " +
        "Worker importer; ms from choosing the file to the outcome on the page; MB/s of the " +
        "file's bytes; worker heap sampled every 100 ms with Runtime.getHeapUsage",
      hostile:
        "the built app (dist/) imports each seeded pathological CSV through Open data; longest " +
        "PerformanceObserver longtask from choosing the file to two frames after the report; " +
        "elements in the document with the filters open; per chip press and per search " +
        "keystroke, ms until the frame after it (median and worst)",
    },
    targets: { ...TARGETS, hostile: HOSTILE_TARGETS },
    timeline: rows,
    ratios: ratioRows,
    tension,
    import: importResult,
    hostile,
    aggregate: aggregateResult,
    soak,
    bundle,
    machine,
  };
  if (!options.timeline) {
    // Only the sections that ran are replaced; the timeline figures stay those of their own run.
    const previous = existsSync(resultsPath)
      ? (JSON.parse(await readFile(resultsPath, "utf8")) as Partial<typeof results>)
      : {};
    Object.assign(results, {
      timeline: previous.timeline ?? [],
      ratios: previous.ratios ?? [],
      ...(options.tension ? {} : { tension: previous.tension ?? null }),
      ...(options.soak ? {} : { soak: previous.soak ?? null }),
      ...(options.bundle ? {} : { bundle: previous.bundle ?? null }),
      ...(options.import ? {} : { import: previous.import ?? null }),
      ...(options.hostile.length > 0 ? {} : { hostile: previous.hostile ?? null }),
      ...(options.aggregate ? {} : { aggregate: previous.aggregate ?? null }),
    });
  }
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`Wrote ${resultsPath.slice(root.length)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
