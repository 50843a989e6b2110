/**
 * The tension series the charts draw, derived from the events and the half-life setting.
 * It starts at the left edge of the zoom bounds (baseline before the first event) and runs on
 * for two half-lives after the last event so the decay is visible; the chart fades that tail.
 */
import { dayIndex } from "../model/date.ts";
import { CONTEXT, eventColumns, pickEvents } from "../model/eventColumns.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { TensionInput, UncertainTensionSeries } from "../model/tension.ts";
import { computeTensionWithUncertainty, drivers } from "../model/tension.ts";
import { driversBySide, type DriversBySide } from "../model/tensionDrivers.ts";
import type { Viewport } from "../model/viewport.ts";
import { selectBounds, selectEventById, selectEvents, selectFilteredEvents } from "./selectors.ts";
import type { DetenteState } from "./types.ts";

export interface TensionView {
  readonly series: UncertainTensionSeries;
  /** Last day the data covers: summaries stop here, the line fades after it. */
  readonly lastDataDay: number;
  readonly events: readonly TimelineEvent[];
  /** What the series was computed from: the events, or the separate inputs (for drivers). */
  readonly inputs: readonly TensionInput[];
}

/**
 * The longest span a daily series is computed over (about 270 years). The model walks every
 * day, so a deep-time dataset (billions of years) gets no line rather than an array of trillions.
 */
export const MAX_SERIES_DAYS = 100_000;

const cache = new WeakMap<object, Map<string, TensionView>>();
const bilateralCache = new WeakMap<readonly TimelineEvent[], readonly TimelineEvent[]>();

/**
 * The events between the dataset's two parties: context events (a third country's) are shown
 * on the timeline but never drive the line, its drivers or the readout's lists.
 */
export function bilateralEvents(events: readonly TimelineEvent[]): readonly TimelineEvent[] {
  let bilateral = bilateralCache.get(events);
  if (!bilateral) {
    // From the flags column: a million imported events are never visited one by one.
    const { flags } = eventColumns(events);
    let kept = 0;
    for (const bits of flags) if ((bits & CONTEXT) === 0) kept++;
    if (kept === events.length) bilateral = events;
    else {
      const positions = new Uint32Array(kept);
      for (let i = 0, k = 0; i < flags.length; i++)
        if (((flags[i] as number) & CONTEXT) === 0) positions[k++] = i;
      bilateral = pickEvents(events, positions);
    }
    bilateralCache.set(events, bilateral);
  }
  return bilateral;
}

/**
 * `inputs`, when given, feed the series instead of the events (a GDELT import's daily impulses);
 * `events` are still the view's events, for the marks and the per-day lists.
 */
export function computeTensionView(
  viewEvents: readonly TimelineEvent[],
  halfLife: number,
  bounds: Viewport,
  inputs?: readonly TensionInput[],
): TensionView {
  const events = bilateralEvents(viewEvents);
  const source: readonly TensionInput[] = inputs ?? events;
  let byKey = cache.get(source);
  if (!byKey) {
    byKey = new Map();
    cache.set(source, byKey);
  }
  const key = `${halfLife}|${bounds.from}|${bounds.to}`;
  let view = byKey.get(key);
  // With separate inputs, one input array serves several event lists (all, filtered).
  if (!view || view.events !== events) {
    let lastEnd = -Infinity;
    for (const endMs of eventColumns(events).endMs) if (endMs > lastEnd) lastEnd = endMs;
    let lastDataDay = Math.max(dayIndex(bounds.from), dayIndex(lastEnd - 1));
    if (inputs)
      for (const input of inputs) lastDataDay = Math.max(lastDataDay, dayIndex(input.startMs));
    const toDay = Math.min(dayIndex(bounds.to), lastDataDay + Math.ceil(2 * halfLife));
    const fromDay = dayIndex(bounds.from);
    const range =
      toDay - fromDay > MAX_SERIES_DAYS ? { fromDay: 0, toDay: -1 } : { fromDay, toDay };
    const series = computeTensionWithUncertainty(source, { halfLife }, range);
    view = { series, lastDataDay, events, inputs: source };
    if (byKey.size > 8) byKey.clear();
    byKey.set(key, view);
  }
  return view;
}

export function selectTension(state: DetenteState): TensionView {
  const events =
    state.settings.tensionScope === "filtered" ? selectFilteredEvents(state) : selectEvents(state);
  // Daily impulses summarise every row of the file, so the filters (which act on the events
  // shown) cannot narrow them: with such inputs the line is always the whole file's.
  return computeTensionView(
    events,
    state.settings.halfLife,
    selectBounds(state),
    state.tensionInputs,
  );
}

/** Contributions smaller than this (a hundredth of a Goldstein point) have decayed to nothing. */
export const NOTICEABLE_CONTRIBUTION = 0.01;
/** Drivers named per side, in the readout and on the timeline. */
export const DRIVERS_PER_SIDE = 3;

export interface DayDrivers extends DriversBySide {
  readonly day: number;
  /** The drivers on both sides that are events (not aggregated daily inputs). */
  readonly eventIds: ReadonlySet<string>;
}

const driversCache = new WeakMap<readonly TensionInput[], Map<string, DayDrivers>>();

/** The main drivers of one day, by side (conflict and cooperation apart), memoized. */
export function selectDayDrivers(state: DetenteState, day: number): DayDrivers {
  const tension = selectTension(state);
  const halfLife = state.settings.halfLife;
  let byKey = driversCache.get(tension.inputs);
  if (!byKey) {
    byKey = new Map();
    driversCache.set(tension.inputs, byKey);
  }
  const key = `${day}|${halfLife}`;
  let found = byKey.get(key);
  if (!found) {
    const noticeable = drivers(tension.inputs, day, { halfLife }).filter(
      (d) => Math.abs(d.contribution) >= NOTICEABLE_CONTRIBUTION,
    );
    const sides = driversBySide(noticeable, DRIVERS_PER_SIDE);
    // The memoized id lookup, not a set of every event built per hovered day (100,000 ids).
    const eventIds = new Set(
      [...sides.conflict, ...sides.cooperation]
        .map((d) => d.eventId)
        .filter((id) => selectEventById(state, id) !== undefined),
    );
    found = { ...sides, day, eventIds };
    if (byKey.size > 64) byKey.clear();
    byKey.set(key, found);
  }
  return found;
}

const NONE: ReadonlySet<string> = new Set();

/** Events driving the day the tension chart points at; empty when it points nowhere. */
export function selectLinkedIds(state: DetenteState): ReadonlySet<string> {
  return state.linkedDay === null ? NONE : selectDayDrivers(state, state.linkedDay).eventIds;
}
