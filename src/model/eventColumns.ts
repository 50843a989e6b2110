/**
 * The times of a list of events as columns (typed arrays, in the list's order), for the loops
 * that visit every event of a million: the zoom bounds, the opening window, the edge counts. A list adopted from
 * the worker's index (eventIndex.ts) has them already; any other list is read once into them,
 * on first use, and remembered for as long as the list lives.
 */
import type { TimelineEvent } from "./events.ts";

export interface EventColumns {
  readonly startMs: Float64Array;
  readonly endMs: Float64Array;
  readonly anchorMs: Float64Array;
}

const known = new WeakMap<readonly TimelineEvent[], EventColumns>();

/** Records `columns` as those of `events` (same length, same order). */
export function rememberColumns(events: readonly TimelineEvent[], columns: EventColumns): void {
  const n = events.length;
  if (columns.startMs.length === n && columns.endMs.length === n && columns.anchorMs.length === n)
    known.set(events, columns);
}

export function eventColumns(events: readonly TimelineEvent[]): EventColumns {
  let columns = known.get(events);
  if (!columns) {
    const n = events.length;
    const startMs = new Float64Array(n);
    const endMs = new Float64Array(n);
    const anchorMs = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const event = events[i] as TimelineEvent;
      startMs[i] = event.startMs;
      endMs[i] = event.endMs;
      anchorMs[i] = event.anchorMs;
    }
    columns = { startMs, endMs, anchorMs };
    known.set(events, columns);
  }
  return columns;
}
