/**
 * Tension model benchmark: 100,000 (or `count`) synthetic events over 25 years, timing the base series and
 * the series with its uncertainty band (5 runs). Run with `npx tsx tests/bench/tension.bench.ts`,
 * or import runTensionBench from a bench driver.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { TensionInput } from "../../src/model/tension.ts";
import { computeTension, computeTensionWithUncertainty } from "../../src/model/tension.ts";
import { rememberColumns } from "../../src/model/eventColumns.ts";
import type { TimelineEvent } from "../../src/model/events.ts";

const EVENTS = 100_000;
const YEARS = 25;
const FIRST_YEAR = 2000;
const WARMUP = 10;
const RUNS = 40;

/** mulberry32: tiny, seeded, good enough that every run benchmarks the same data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Mostly day-precision events with some month and year ones, as in real chronologies. Spans are
 * built with Date.UTC directly: the model only reads startMs and anchorMs.
 */
export function syntheticEvents(count = EVENTS, seed = 20250126): TensionInput[] {
  const random = mulberry32(seed);
  const events: TensionInput[] = [];
  const firstMs = Date.UTC(FIRST_YEAR, 0, 1);
  const lastMs = Date.UTC(FIRST_YEAR + YEARS, 0, 1);
  for (let i = 0; i < count; i++) {
    const at = new Date(firstMs + random() * (lastMs - firstMs));
    const y = at.getUTCFullYear();
    const m = at.getUTCMonth();
    const kind = random();
    let startMs: number;
    let endMs: number;
    if (kind < 0.75) {
      startMs = Date.UTC(y, m, at.getUTCDate());
      endMs = startMs + 86_400_000;
    } else if (kind < 0.95) {
      startMs = Date.UTC(y, m, 1);
      endMs = Date.UTC(y, m + 1, 1);
    } else {
      startMs = Date.UTC(y, 0, 1);
      endMs = Date.UTC(y + 1, 0, 1);
    }
    // Goldstein-like scores, rounded to tenths as coders record them, leaning slightly cooperative.
    const score = Math.round((random() * 20 - 9.5) * 10) / 10;
    const weight = random() < 0.9 ? 1 : 1 + Math.floor(random() * 4);
    events.push({ id: `e${i}`, startMs, anchorMs: (startMs + endMs) / 2, score, weight });
  }
  return events;
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

interface Timing {
  readonly median: number;
  readonly p95: number;
}

function time(run: () => unknown): Timing {
  let sink = 0;
  for (let i = 0; i < WARMUP; i++) sink += run() === undefined ? 0 : 1;
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += run() === undefined ? 0 : 1;
    samples.push(performance.now() - t0);
  }
  // Using the results keeps the optimiser from discarding the calls being timed.
  if (sink < 0) console.log(sink);
  samples.sort((a, b) => a - b);
  return { median: percentile(samples, 50), p95: percentile(samples, 95) };
}

interface BenchDetail {
  readonly events: number;
  readonly days: number;
  readonly base: Timing;
  readonly band: Timing;
  /** The same events with their columns known, as a loaded dataset's are (eventColumns.ts). */
  readonly baseColumns: Timing;
  readonly bandColumns: Timing;
}

/** The inputs again, with their times and scores as columns, as the page holds a loaded dataset. */
function withColumns(events: readonly TensionInput[]): readonly TensionInput[] {
  const list = [...events];
  const n = list.length;
  rememberColumns(
    // The model reads only the columns of a list whose columns are known; these inputs stand in
    // for the loaded events that would carry them.
    list as unknown as TimelineEvent[],
    {
      startMs: Float64Array.from(list, (e) => e.startMs),
      endMs: new Float64Array(n),
      anchorMs: Float64Array.from(list, (e) => e.anchorMs),
      score: Float64Array.from(list, (e) => e.score),
      weight: Float64Array.from(list, (e) => e.weight ?? 1),
      flags: new Uint8Array(n),
    },
  );
  return list;
}

function measure(count = EVENTS): BenchDetail {
  const events = syntheticEvents(count);
  const columns = withColumns(events);
  const days = computeTension(events).length;
  return {
    events: events.length,
    days,
    base: time(() => computeTension(events)),
    band: time(() => computeTensionWithUncertainty(events)),
    baseColumns: time(() => computeTension(columns)),
    bandColumns: time(() => computeTensionWithUncertainty(columns)),
  };
}

/** Median milliseconds of the base series and of the series with its uncertainty band. */
export async function runTensionBench(count = EVENTS): Promise<{
  events: number;
  days: number;
  baseMs: number;
  bandMs: number;
  baseColumnsMs: number;
  bandColumnsMs: number;
}> {
  // Yield once so a driver running several benches keeps its event loop responsive between them.
  await Promise.resolve();
  const result = measure(count);
  return {
    events: result.events,
    days: result.days,
    baseMs: result.base.median,
    bandMs: result.band.median,
    baseColumnsMs: result.baseColumns.median,
    bandColumnsMs: result.bandColumns.median,
  };
}

function printTable(result: BenchDetail): void {
  const rows = [
    ["series", "median ms", "p95 ms"],
    ["base (1 run)", result.base.median.toFixed(2), result.base.p95.toFixed(2)],
    ["with band (5 runs)", result.band.median.toFixed(2), result.band.p95.toFixed(2)],
    ["base, from columns", result.baseColumns.median.toFixed(2), result.baseColumns.p95.toFixed(2)],
    ["band, from columns", result.bandColumns.median.toFixed(2), result.bandColumns.p95.toFixed(2)],
  ];
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  console.log(
    `tension model: ${result.events.toLocaleString("en")} events, ${result.days.toLocaleString("en")} days, ${RUNS} runs after ${WARMUP} warm-up`,
  );
  for (const row of rows)
    console.log(
      row
        .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
        .join("  "),
    );
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) printTable(measure());
