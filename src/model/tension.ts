/**
 * The tension model: sparse events on the Goldstein scale (−10 conflict … +10 cooperation)
 * become a daily series through a decaying sum, the way political-event research builds
 * cooperation/conflict indexes, then are squashed onto a 0–100 tension scale.
 *
 *   impulse_i = w_i · s_i · scale
 *   E(d)      = E(d−1) · 2^(−1/h) + Σ impulses of day d        (E = 0 before the first event)
 *   R(d)      = 10 · tanh((B + E(d)) / K)                     (relations, −10 … +10)
 *   T(d)      = 50 − 5 · R(d)                                  (tension, 0 … 100, 100 = hostile)
 *
 * The baseline B sits inside the tanh rather than seeding E, so it is a permanent offset
 * ("these two countries are normally cool") instead of a memory that decays away.
 *
 * Everything here is linear in events + days: impulses are binned into one Float64Array
 * first, then a single pass per half-life walks the days. No allocation happens per day.
 */
import type { TimelineEvent } from "./events.ts";
import type { PreciseDate } from "./date.ts";
import { dayIndex, spanEnd, spanStart } from "./date.ts";
import { knownColumns, type EventColumns } from "./eventColumns.ts";
import type { Lang } from "./lang.ts";

// ---------------------------------------------------------------------------------------------
// Inputs and options

/**
 * The part of a TimelineEvent the model reads, so tests and benchmarks can build inputs without
 * a dataset. The start date's span is recovered from startMs and anchorMs (its midpoint), which
 * keeps calendar arithmetic out of the hot loop.
 */
export type TensionInput = Pick<TimelineEvent, "id" | "startMs" | "anchorMs" | "score"> & {
  /** Defaults to 1; TimelineEvent always carries it already defaulted. */
  readonly weight?: number;
};

export interface TensionOptions {
  /** Days for an event's impulse to halve. */
  readonly halfLife: number;
  /** Permanent offset of the relations, added inside the tanh. */
  readonly baseline: number;
  /** Saturation constant: |B + E| ≈ K already reads as fairly close or fairly hostile. */
  readonly k: number;
  /** Multiplier applied to every score (the uncertainty band varies it). */
  readonly scale: number;
}

export const DEFAULT_TENSION_OPTIONS: TensionOptions = Object.freeze({
  halfLife: 45,
  baseline: 0,
  k: 15,
  scale: 1,
});

/** Which UTC days the series covers (both ends inclusive). */
export interface TensionRange {
  /** First day of the output; defaults to the first day of the earliest event. */
  readonly fromDay?: number;
  /** Last day of the output; defaults to max(last day of the latest event, untilDay). */
  readonly toDay?: number;
  /** Extends the default end, e.g. to today, so the decay after the last event is visible. */
  readonly untilDay?: number;
}

/** Validates and fills options; bad values are programmer errors, hence RangeError. */
export function resolveTensionOptions(options: Partial<TensionOptions> = {}): TensionOptions {
  const resolved: TensionOptions = { ...DEFAULT_TENSION_OPTIONS, ...options };
  const { halfLife, baseline, k, scale } = resolved;
  if (!Number.isFinite(halfLife) || halfLife <= 0)
    throw new RangeError(`tension halfLife must be a finite number of days > 0, got ${halfLife}`);
  if (!Number.isFinite(k) || k <= 0)
    throw new RangeError(`tension k must be a finite number > 0, got ${k}`);
  if (!Number.isFinite(baseline))
    throw new RangeError(`tension baseline must be a finite number, got ${baseline}`);
  if (!Number.isFinite(scale) || scale < 0)
    throw new RangeError(`tension scale must be a finite number ≥ 0, got ${scale}`);
  return resolved;
}

// ---------------------------------------------------------------------------------------------
// Bands

export interface TensionBand {
  readonly id: "close" | "good" | "normal" | "strained" | "tense" | "hostile";
  /** Inclusive lower bound. */
  readonly min: number;
  /** Exclusive upper bound, except Hostile which also holds 100. */
  readonly max: number;
  readonly label: Readonly<Record<Lang, string>>;
}

export type TensionBandId = TensionBand["id"];

/**
 * The one table of bands, low tension first. Edge rule: a boundary value belongs to the band
 * nearer the neutral midpoint (20 is Good, 80 is Tense), so T = 50, a relationship with no
 * events or perfectly balanced ones, reads Normal, and the table is symmetric around 50.
 */
export const TENSION_BANDS: readonly TensionBand[] = Object.freeze([
  { id: "close", min: 0, max: 20, label: { en: "Close", es: "Estrecha" } },
  { id: "good", min: 20, max: 35, label: { en: "Good", es: "Buena" } },
  { id: "normal", min: 35, max: 50, label: { en: "Normal", es: "Normal" } },
  { id: "strained", min: 50, max: 65, label: { en: "Strained", es: "Tirante" } },
  { id: "tense", min: 65, max: 80, label: { en: "Tense", es: "Tensa" } },
  { id: "hostile", min: 80, max: 100, label: { en: "Hostile", es: "Hostil" } },
] as const satisfies readonly TensionBand[]);

const CLOSE_BAND = TENSION_BANDS[0] as TensionBand;
const NORMAL_INDEX = TENSION_BANDS.findIndex((band) => band.id === "normal");

/** The band of a tension value; values a rounding error outside 0–100 go to the nearest end. */
export function bandOf(tension: number): TensionBand {
  if (Number.isNaN(tension)) throw new RangeError("bandOf: tension is NaN");
  if (tension <= 50) {
    // Cooperation side: lower bounds inclusive, walking down from Normal.
    for (let i = NORMAL_INDEX; i > 0; i--) {
      const band = TENSION_BANDS[i] as TensionBand;
      if (tension >= band.min) return band;
    }
    return CLOSE_BAND;
  }
  // Conflict side: upper bounds inclusive, walking up from Strained.
  for (let i = NORMAL_INDEX + 1; i < TENSION_BANDS.length - 1; i++) {
    const band = TENSION_BANDS[i] as TensionBand;
    if (tension <= band.max) return band;
  }
  return TENSION_BANDS[TENSION_BANDS.length - 1] as TensionBand;
}

// ---------------------------------------------------------------------------------------------
// Scalar maps

/** R = 10 · tanh((B + E) / K), the relations score on the Goldstein range. */
export function relationsFromEnergy(energy: number, options: TensionOptions): number {
  return 10 * Math.tanh((options.baseline + energy) / options.k);
}

/** T = 50 − 5 · R. */
export function tensionFromEnergy(energy: number, options: TensionOptions): number {
  return 50 - 50 * Math.tanh((options.baseline + energy) / options.k);
}

// ---------------------------------------------------------------------------------------------
// Series

export interface TensionSeries {
  /** UTC day index of element 0. */
  readonly fromDay: number;
  /** UTC day index of the last element (inclusive). */
  readonly toDay: number;
  readonly length: number;
  /**
   * Days per element: 1 (a daily series) unless the span is longer than MAX_SERIES_POINTS
   * days; element i then covers the `step` days from fromDay + i · step.
   */
  readonly step: number;
  readonly options: TensionOptions;
  /** E(d), the decayed sum of impulses. */
  readonly energy: Float64Array;
  /** T(d) on 0–100. */
  readonly tension: Float64Array;
  /**
   * Days since the last day ≤ d that an event covers (0 on such a day; Infinity before any
   * event). A month- or year-precision event covers its whole span, as its impulse does.
   */
  readonly staleness: Float64Array;
}

export interface UncertainTensionSeries extends TensionSeries {
  /** Pointwise min of T over the base run and the h/2, 2h, ×0.8 and ×1.2 runs. */
  readonly lower: Float64Array;
  /** Pointwise max of T over the same runs. */
  readonly upper: Float64Array;
}

/**
 * Most elements a series holds. A daily series over the 10,000 years a dataset may span would be
 * 3.7 million days (seconds of work and 150 MB) for a chart a thousand pixels wide; past this
 * many days (about 270 years) each element covers several days instead.
 */
export const MAX_SERIES_POINTS = 100_000;

/** The day index of element i of a series (the first day it covers). */
export function dayOfIndex(series: TensionSeries, i: number): number {
  return series.fromDay + i * series.step;
}

/** The element of a series covering `day` (out of range when the series does not). */
export function indexOfDay(series: Pick<TensionSeries, "fromDay" | "step">, day: number): number {
  return Math.floor((day - series.fromDay) / series.step);
}

/** True where the latest event is more than one half-life old, so the UI can fade the line. */
export function isStale(series: TensionSeries, i: number): boolean {
  const age = series.staleness[i];
  return age === undefined || age > series.options.halfLife;
}

interface Binned {
  /** Day index of element 0 (may precede the requested fromDay so earlier events count). */
  readonly startDay: number;
  readonly fromDay: number;
  readonly toDay: number;
  /** Days per element (see MAX_SERIES_POINTS). */
  readonly step: number;
  /** Impulse landing on each day, already multiplied by weight and scale. */
  readonly impulse: Float64Array;
  readonly staleness: Float64Array;
}

function checkDay(name: string, day: number | undefined): void {
  if (day !== undefined && !Number.isSafeInteger(day))
    throw new RangeError(`tension ${name} must be an integer UTC day index, got ${day}`);
}

/** Exclusive end day of the span an event's impulse is spread over (at least one day). */
function spanEndDay(startMs: number, anchorMs: number, first: number): number {
  // anchorMs is the midpoint of the start date's span, so its exclusive end is 2·anchor − start.
  const end = dayIndex(2 * anchorMs - startMs);
  return end > first ? end : first + 1;
}

type InputColumns = Pick<EventColumns, "startMs" | "anchorMs" | "score" | "weight">;

/** The inputs' times, scores and weights as columns, in one pass over the objects. */
function inputColumns(events: readonly TensionInput[]): InputColumns {
  const n = events.length;
  const columns = {
    startMs: new Float64Array(n),
    anchorMs: new Float64Array(n),
    score: new Float64Array(n),
    weight: new Float64Array(n),
  };
  for (let j = 0; j < n; j++) {
    const event = events[j] as TensionInput;
    columns.startMs[j] = event.startMs;
    columns.anchorMs[j] = event.anchorMs;
    columns.score[j] = event.score;
    columns.weight[j] = event.weight ?? 1;
  }
  return columns;
}

function binImpulses(
  events: readonly TensionInput[],
  scale: number,
  range: TensionRange,
): Binned | undefined {
  checkDay("fromDay", range.fromDay);
  checkDay("toDay", range.toDay);
  checkDay("untilDay", range.untilDay);

  // The loops read flat columns, not 100,000 objects: a loaded dataset's own (eventColumns.ts),
  // or copied from the inputs in one pass.
  const count = events.length;
  const columns = knownColumns(events) ?? inputColumns(events);
  const { startMs, anchorMs, score, weight } = columns;
  let firstDay = Infinity;
  let lastDay = -Infinity;
  for (let j = 0; j < count; j++) {
    const start = startMs[j] as number;
    const first = dayIndex(start);
    const end = spanEndDay(start, anchorMs[j] as number, first);
    if (first < firstDay) firstDay = first;
    if (end - 1 > lastDay) lastDay = end - 1;
  }
  const fromDay = range.fromDay ?? (count > 0 ? firstDay : undefined);
  const toDay = range.toDay ?? Math.max(lastDay, range.untilDay ?? -Infinity);
  if (fromDay === undefined || !Number.isFinite(toDay) || toDay < fromDay) return undefined;

  // Events before fromDay still weigh on it, so the walk starts at the earliest of the two.
  const earliest = Math.min(fromDay, firstDay);
  const days = toDay - earliest + 1;
  const step = days > MAX_SERIES_POINTS ? Math.ceil(days / MAX_SERIES_POINTS) : 1;
  // Elements are aligned on fromDay, so the output starts on an element's first day (with a
  // step of 1 this is `earliest`, and everything below is the daily computation).
  const startDay = fromDay - Math.ceil((fromDay - earliest) / step) * step;
  const n = Math.ceil((toDay - startDay + 1) / step);
  const impulse = new Float64Array(n);
  // Month- and year-precision events are spread evenly over the days of their span: putting the
  // whole impulse on the 1st (or mid-month) would invent a spike on a day nobody recorded, and an
  // even spread gives the same curve whatever the unknown true day was, once the span is over.
  // A rate difference array keeps that linear: +rate where a span opens, −rate where it closes.
  const rateDiff = new Float64Array(n + 1);
  // Integer counts of open spans let the running rate snap back to exactly 0 between spans, so
  // floating-point residue from +rate/−rate never leaks into the decay after the last event.
  const openDiff = new Int32Array(n + 1);
  const pointCount = new Uint32Array(n);

  for (let j = 0; j < count; j++) {
    const start = startMs[j] as number;
    const first = dayIndex(start);
    if (first > toDay) continue;
    const end = spanEndDay(start, anchorMs[j] as number, first);
    const total = (weight[j] as number) * (score[j] as number) * scale;
    const a = Math.floor((first - startDay) / step);
    const spanEndIndex = Math.ceil((end - startDay) / step);
    const len = spanEndIndex - a;
    if (len === 1) {
      impulse[a] = (impulse[a] ?? 0) + total;
      pointCount[a] = (pointCount[a] ?? 0) + 1;
    } else {
      const b = Math.min(spanEndIndex, n);
      const rate = total / len;
      rateDiff[a] = (rateDiff[a] ?? 0) + rate;
      rateDiff[b] = (rateDiff[b] ?? 0) - rate;
      openDiff[a] = (openDiff[a] ?? 0) + 1;
      openDiff[b] = (openDiff[b] ?? 0) - 1;
    }
  }

  const staleness = new Float64Array(n);
  let rate = 0;
  let open = 0;
  let lastCovered = -Infinity;
  for (let i = 0; i < n; i++) {
    open += openDiff[i] ?? 0;
    rate = open === 0 ? 0 : rate + (rateDiff[i] ?? 0);
    impulse[i] = (impulse[i] ?? 0) + rate;
    if (open > 0 || (pointCount[i] ?? 0) > 0) lastCovered = i;
    staleness[i] = (i - lastCovered) * step;
  }
  return { startDay, fromDay, toDay, step, impulse, staleness };
}

/** E(d) = E(d−1) · 2^(−1/h) + impulse(d), written into out. */
function decay(impulse: Float64Array, halfLife: number, out: Float64Array): void {
  // halfLife is in elements: days / step.
  const q = Math.pow(2, -1 / halfLife);
  let e = 0;
  for (let i = 0; i < impulse.length; i++) {
    e = e * q + (impulse[i] ?? 0);
    out[i] = e;
  }
}

function emptySeries(options: TensionOptions): TensionSeries {
  const none = new Float64Array(0);
  return {
    fromDay: 0,
    toDay: -1,
    length: 0,
    step: 1,
    options,
    energy: none,
    tension: none,
    staleness: none,
  };
}

/**
 * The base series. Events later than the range's end are ignored; events before its start
 * still contribute their decayed impulse.
 */
export function computeTension(
  events: readonly TensionInput[],
  options: Partial<TensionOptions> = {},
  range: TensionRange = {},
): TensionSeries {
  const opts = resolveTensionOptions(options);
  const binned = binImpulses(events, opts.scale, range);
  if (!binned) return emptySeries(opts);
  const energy = new Float64Array(binned.impulse.length);
  decay(binned.impulse, opts.halfLife / binned.step, energy);
  return seriesFrom(binned, energy, opts, () => undefined);
}

/**
 * The series over the output range from a full-length E: T for each day, with `perDay` called
 * for each output index (the uncertainty band fills its bounds there, in the same pass).
 */
function seriesFrom(
  binned: Binned,
  energy: Float64Array,
  opts: TensionOptions,
  perDay: (i: number, source: number, t: number) => void,
): TensionSeries {
  const offset = (binned.fromDay - binned.startDay) / binned.step;
  const length = Math.ceil((binned.toDay - binned.fromDay + 1) / binned.step);
  const tension = new Float64Array(length);
  for (let i = 0; i < length; i++) {
    const t = tensionFromEnergy(energy[offset + i] ?? 0, opts);
    tension[i] = t;
    perDay(i, offset + i, t);
  }
  return {
    fromDay: binned.fromDay,
    toDay: binned.toDay,
    length,
    step: binned.step,
    options: opts,
    energy: energy.subarray(offset),
    tension,
    staleness: binned.staleness.subarray(offset),
  };
}

/**
 * The base series plus an uncertainty band: T recomputed with half-life h/2 and 2h, and with
 * every score ×0.8 and ×1.2; lower/upper are the pointwise min/max over those runs and the base.
 * Impulses are binned once; E is linear in the scores, so the score-scaled runs are just the
 * base E scaled, and only the two other half-lives need another pass over the days.
 */
export function computeTensionWithUncertainty(
  events: readonly TensionInput[],
  options: Partial<TensionOptions> = {},
  range: TensionRange = {},
): UncertainTensionSeries {
  const opts = resolveTensionOptions(options);
  const binned = binImpulses(events, opts.scale, range);
  if (!binned)
    return { ...emptySeries(opts), lower: new Float64Array(0), upper: new Float64Array(0) };
  const n = binned.impulse.length;
  const energy = new Float64Array(n);
  const fast = new Float64Array(n);
  const slow = new Float64Array(n);
  const h = opts.halfLife / binned.step;
  decay(binned.impulse, h, energy);
  decay(binned.impulse, h / 2, fast);
  decay(binned.impulse, h * 2, slow);
  const length = Math.ceil((binned.toDay - binned.fromDay + 1) / binned.step);
  const lower = new Float64Array(length);
  const upper = new Float64Array(length);
  const base = seriesFrom(binned, energy, opts, (i, source, t) => {
    const e = energy[source] ?? 0;
    const runs = [
      tensionFromEnergy(fast[source] ?? 0, opts),
      tensionFromEnergy(slow[source] ?? 0, opts),
      tensionFromEnergy(0.8 * e, opts),
      tensionFromEnergy(1.2 * e, opts),
    ] as const;
    lower[i] = Math.min(t, ...runs);
    upper[i] = Math.max(t, ...runs);
  });
  return { ...base, lower, upper };
}

// ---------------------------------------------------------------------------------------------
// Drivers

export interface TensionDriver {
  readonly eventId: string;
  /** The event's share of E(d): its impulse decayed to day d (negative = pushes to conflict). */
  readonly contribution: number;
  /** |contribution| / Σ|contributions| over every contributing event, 0–1. */
  readonly share: number;
}

/**
 * What drives E on one day: each event's remaining contribution, largest |contribution| first
 * (ties by id, so the order is stable). O(events) per call, which is fine per hover.
 * The contributions of all events sum to the series' E(day).
 */
export function drivers(
  events: readonly TensionInput[],
  day: number,
  options: Partial<TensionOptions> = {},
  limit = Infinity,
): TensionDriver[] {
  const opts = resolveTensionOptions(options);
  const h = opts.halfLife;
  const ln2OverH = Math.LN2 / h;
  // Σ_{j=0}^{c−1} q^j = (1 − q^c) / (1 − q); expm1 keeps it accurate when q is close to 1.
  const oneMinusQ = -Math.expm1(-ln2OverH);
  const found: { eventId: string; contribution: number }[] = [];
  let totalAbs = 0;
  for (const event of events) {
    const first = dayIndex(event.startMs);
    if (first > day) continue;
    const end = spanEndDay(event.startMs, event.anchorMs, first);
    const total = (event.weight ?? 1) * event.score * opts.scale;
    if (total === 0) continue;
    const last = Math.min(end - 1, day);
    const covered = last - first + 1;
    const rate = total / (end - first);
    const contribution =
      (rate * Math.pow(2, -(day - last) / h) * -Math.expm1(-covered * ln2OverH)) / oneMinusQ;
    found.push({ eventId: event.id, contribution });
    totalAbs += Math.abs(contribution);
  }
  found.sort(
    (x, y) =>
      Math.abs(y.contribution) - Math.abs(x.contribution) ||
      (x.eventId < y.eventId ? -1 : x.eventId > y.eventId ? 1 : 0),
  );
  const kept = Number.isFinite(limit) ? found.slice(0, Math.max(0, limit)) : found;
  return kept.map((d) => ({
    eventId: d.eventId,
    contribution: d.contribution,
    share: totalAbs > 0 ? Math.abs(d.contribution) / totalAbs : 0,
  }));
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface TensionPoint {
  readonly tension: number;
  readonly day: number;
  readonly band: TensionBand;
}

export interface TensionSummary {
  /** The highest T (earliest day on ties). */
  readonly peak: TensionPoint;
  /** T on the last day summarized. */
  readonly last: TensionPoint;
}

/**
 * Peak and last value, for a text alternative such as "Tension peaked at 74 (Tense) on 3 March
 * 2020; it stood at 52 (Strained) on 1 January 2025". Undefined for an empty series.
 */
export function summarize(
  series: TensionSeries,
  lastDay: number = series.toDay,
): TensionSummary | undefined {
  const { tension } = series;
  // A series may run on past the data (the faded decay); the summary stops where the data stops.
  const length = Math.min(series.length, Math.max(0, indexOfDay(series, lastDay) + 1));
  if (length === 0) return undefined;
  let peakIndex = 0;
  let peak = -Infinity;
  for (let i = 0; i < length; i++) {
    const t = tension[i] ?? -Infinity;
    if (t > peak) {
      peak = t;
      peakIndex = i;
    }
  }
  const lastValue = tension[length - 1] ?? Number.NaN;
  return {
    peak: { tension: peak, day: dayOfIndex(series, peakIndex), band: bandOf(peak) },
    last: { tension: lastValue, day: dayOfIndex(series, length - 1), band: bandOf(lastValue) },
  };
}

// ---------------------------------------------------------------------------------------------
// Input helper

/** Builds a model input from a date, for tests, benchmarks and ad-hoc series. */
export function tensionInput(
  id: string,
  date: PreciseDate,
  score: number,
  weight = 1,
): TensionInput {
  const startMs = spanStart(date);
  return { id, startMs, anchorMs: (startMs + spanEnd(date)) / 2, score, weight };
}
