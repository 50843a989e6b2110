/**
 * Positions in time order, from the sort keys as columns: start ascending, then the start
 * date's span end descending (a month before the days in it), then id by code unit, not locale.
 *
 * A comparator sort calls back into JavaScript n·log n times: 1.7 million calls, over 100 ms of a
 * 100,000-event load. Here the starts are put in order without one (keyOrder.ts), and the
 * comparator only orders events that share a start: about eleven a day in a dense dataset.
 */
import { keyOrder, type KeyOrder } from "./keyOrder.ts";

/** Tie-breaks for events sharing a start: coarser date first, then id. */
function tieOrder(spanEnds: Float64Array, idOf: (position: number) => string) {
  return (a: number, b: number): number => {
    const byEnd = (spanEnds[b] as number) - (spanEnds[a] as number);
    if (byEnd !== 0) return byEnd;
    const idA = idOf(a);
    const idB = idOf(b);
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
}

/**
 * Starts already ascending (a file written in date order): the positions as they stand and the
 * runs of equal starts, in one pass. Undefined as soon as a start goes back.
 */
function runsInPlace(starts: Float64Array): KeyOrder | undefined {
  const n = starts.length;
  const order = new Uint32Array(n);
  const ends: number[] = [];
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i === 0) continue;
    const previous = starts[i - 1] as number;
    const start = starts[i] as number;
    if (previous > start) return undefined;
    if (start !== previous) ends.push(i);
  }
  if (n > 0) ends.push(n);
  return { order, runEnds: Uint32Array.from(ends) };
}

/**
 * The positions 0…n−1 of `starts` (and `spanEnds`, same length) in time order; `idOf` gives a
 * position's id. Equal keys keep their positions' order, as a stable sort does.
 */
export function timeOrder(
  starts: Float64Array,
  spanEnds: Float64Array,
  idOf: (position: number) => string,
): Uint32Array {
  const ties = tieOrder(spanEnds, idOf);
  const { order: byStart, runEnds } = runsInPlace(starts) ?? keyOrder(starts);
  // Events sharing a start are ordered by the tie-breaks.
  let from = 0;
  for (const to of runEnds) {
    if (to - from > SMALL_RUN) byStart.subarray(from, to).sort(ties);
    else if (to - from > 1) insertionSort(byStart, from, to, ties);
    from = to;
  }
  return byStart;
}

/** Runs up to this length are sorted in place by insertion, without a sort call's overhead. */
const SMALL_RUN = 16;

/** Sorts `order[from…to)` by `compare`, stably. */
function insertionSort(
  order: Uint32Array,
  from: number,
  to: number,
  compare: (a: number, b: number) => number,
): void {
  for (let i = from + 1; i < to; i++) {
    const item = order[i] as number;
    let j = i - 1;
    while (j >= from && compare(order[j] as number, item) > 0) {
      order[j + 1] = order[j] as number;
      j--;
    }
    order[j + 1] = item;
  }
}
