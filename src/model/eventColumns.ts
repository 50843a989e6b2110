/**
 * The times, scores and flags of a list of events as columns (typed arrays, in the list's order),
 * for the loops that visit every event of a million: the zoom bounds, the opening window, the
 * edge counts, the tension line. A list adopted from the worker's index (eventIndex.ts) has them
 * already; any other list is read once into them, on first use, and remembered for as long as
 * the list lives.
 */
import type { TimelineEvent } from "./events.ts";

export interface EventColumns {
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly anchorMs: Float64Array;
  readonly score: Float64Array;
  readonly weight: Float64Array;
  /** Bits FROM_CAMEO, SPAN and CONTEXT, as TimelineEvent has them as booleans. */
  readonly flags: Uint8Array;
}

/** The score comes from the event's CAMEO code. */
export const FROM_CAMEO = 1;
/** The event is a span (it has an end). */
export const SPAN = 2;
/** The event is context: a third country takes part, so it never drives the tension line. */
export const CONTEXT = 4;

export function flagsOf(event: TimelineEvent): number {
  return (
    (event.scoreFromCameo ? FROM_CAMEO : 0) |
    (event.isSpan ? SPAN : 0) |
    (event.context ? CONTEXT : 0)
  );
}

const known = new WeakMap<readonly unknown[], EventColumns>();

/** Records `columns` as those of `events` (same length, same order). */
export function rememberColumns(events: readonly TimelineEvent[], columns: EventColumns): void {
  const n = events.length;
  const { startMs, endMs, anchorMs, score, weight, flags } = columns;
  const lengths = [startMs, endMs, anchorMs, score, weight, flags].map((column) => column.length);
  if (lengths.every((length) => length === n)) known.set(events, columns);
}

/**
 * The columns of `list` if they are known already, without reading the list: for code that
 * takes events or other inputs alike (the tension model) and has a faster path for events.
 */
export function knownColumns(list: readonly unknown[]): EventColumns | undefined {
  return known.get(list);
}

/** The columns, each in the key order of a column set, for loops that treat them alike. */
const COLUMN_NAMES = ["startMs", "endMs", "anchorMs", "score", "weight", "flags"] as const;

function emptyColumns(n: number): EventColumns {
  return {
    startMs: new Float64Array(n),
    endMs: new Float64Array(n),
    anchorMs: new Float64Array(n),
    score: new Float64Array(n),
    weight: new Float64Array(n),
    flags: new Uint8Array(n),
  };
}

/** Reads the columns of `events` from the objects (one pass), without remembering them. */
export function readColumns(events: readonly TimelineEvent[]): EventColumns {
  const columns = emptyColumns(events.length);
  events.forEach((event, i) => {
    columns.startMs[i] = event.startMs;
    columns.endMs[i] = event.endMs;
    columns.anchorMs[i] = event.anchorMs;
    columns.score[i] = event.score;
    columns.weight[i] = event.weight;
    columns.flags[i] = flagsOf(event);
  });
  return columns;
}

export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  let columns = known.get(events);
  if (!columns) {
    columns = readColumns(events);
    known.set(events, columns);
  }
  return columns;
}

/** A list made by pickEvents: the list it was picked from, and where each event sits in it. */
export interface PickedList {
  readonly from: readonly TimelineEvent[];
  readonly positions: readonly number[] | Uint32Array;
}

const pickedLists = new WeakMap<readonly TimelineEvent[], PickedList>();

/**
 * Where `events` was picked from, if pickEvents made it: what is known per event of the whole
 * list (its lane, say) then serves the picked list by position, without reading an event.
 */
export function pickedFrom(events: readonly TimelineEvent[]): PickedList | undefined {
  return pickedLists.get(events);
}

/**
 * The events at `positions` of `events` (ascending), their columns taken from `events`' without
 * reading an event: a filter's result over a million events, ready for the loops above.
 */
export function pickEvents(
  events: readonly TimelineEvent[],
  positions: readonly number[] | Uint32Array,
): TimelineEvent[] {
  const from = eventColumns(events);
  const picked = Array.from(positions, (p) => events[p] as TimelineEvent);
  const columns = emptyColumns(positions.length);
  for (const name of COLUMN_NAMES) {
    const source = from[name];
    const target = columns[name];
    positions.forEach((p, i) => (target[i] = source[p] as number));
  }
  known.set(picked, columns);
  pickedLists.set(picked, { from: events, positions });
  return picked;
}
