/**
 * The window a reader first sees. A dataset may declare it (`view`); otherwise the shortest
 * window that holds most of the events, so a dataset whose story is dense at one end does not
 * open as a row of count badges squeezed against the edge of decades of context.
 */
import { MS_PER_DAY, mustParseEdtf, spanEnd, spanStart } from "./date.ts";
import type { Viewport } from "./viewport.ts";

/** Share of the events the default opening window must hold. */
export const OPENING_SHARE = 0.8;
/** Margin added on each side of the dense window, as a share of its span. */
export const OPENING_MARGIN = 0.05;
/** A dense window is never narrower than this, so a single busy day still shows its week. */
const MIN_OPENING_SPAN_MS = 14 * MS_PER_DAY;

interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The shortest window holding at least `share` of the events (each whole, from its start to its
 * end), widened by `margin` of its span on each side. Undefined for no events.
 *
 * Events are taken as a run in start order: among windows over runs of k = ⌈share·n⌉
 * consecutive starts, the shortest by start-to-latest-end wins (ties: the latest, since the
 * recent end of a relationship is what readers come for).
 */
export function denseWindow(
  events: readonly Span[],
  share = OPENING_SHARE,
  margin = OPENING_MARGIN,
): Viewport | undefined {
  return denseWindowOf(
    Float64Array.from(events, (e) => e.startMs),
    Float64Array.from(events, (e) => e.endMs),
    share,
    margin,
  );
}

/**
 * The columns in order of start, then end (the arrays given when they are in that order already).
 * A dataset's events come sorted by start (coarser dates first among equal starts), so only runs
 * of equal starts may need their ends put in order: each run's ends are sorted on their own, as
 * numbers (no comparator), and a million events cost one pass rather than a sort.
 */
function inStartEndOrder(
  starts: Float64Array,
  ends: Float64Array,
): { starts: Float64Array; ends: Float64Array } {
  const n = starts.length;
  let sorted: Float64Array | undefined;
  for (let run = 0; run < n;) {
    const start = starts[run] as number;
    let next = run + 1;
    let inOrder = true;
    for (; next < n && starts[next] === start; next++)
      if ((ends[next] as number) < (ends[next - 1] as number)) inOrder = false;
    if (next < n && (starts[next] as number) < start) return fullOrder(starts, ends);
    // Within a run every start is the same, so sorting the ends alone keeps each pair whole.
    if (!inOrder) sortRun((sorted ??= ends.slice()), run, next);
    run = next;
  }
  return { starts, ends: sorted ?? ends };
}

/**
 * Sorts `values[from..to)` ascending in place. Runs of equal starts are a day's events, a handful
 * each: an insertion sort there costs less than a typed array's sort call, made once per run.
 */
function sortRun(values: Float64Array, from: number, to: number): void {
  if (to - from > 16) {
    values.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const value = values[i] as number;
    let j = i - 1;
    for (; j >= from && (values[j] as number) > value; j--) values[j + 1] = values[j] as number;
    values[j + 1] = value;
  }
}

/** Columns sorted by start, then end: for columns not sorted by start at all. */
function fullOrder(
  starts: Float64Array,
  ends: Float64Array,
): { starts: Float64Array; ends: Float64Array } {
  const order = Uint32Array.from({ length: starts.length }, (_, i) => i);
  order.sort(
    (a, b) =>
      (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number),
  );
  return {
    starts: Float64Array.from(order, (i) => starts[i] as number),
    ends: Float64Array.from(order, (i) => ends[i] as number),
  };
}

/** denseWindow over columns: `starts[i]` and `ends[i]` are one event's. */
export function denseWindowOf(
  startColumn: Float64Array,
  endColumn: Float64Array,
  share = OPENING_SHARE,
  margin = OPENING_MARGIN,
): Viewport | undefined {
  const n = startColumn.length;
  const { starts, ends } = inStartEndOrder(startColumn, endColumn);
  const startAt = (j: number): number => starts[j] as number;
  const endAt = (j: number): number => ends[j] as number;
  const k = Math.min(n, Math.max(1, Math.ceil(share * n)));
  // Sliding window over runs of k starts; a monotonic deque (a ring of positions) keeps the
  // run's latest end, so a million events cost one pass (and a sort, only when out of order).
  const deque = new Uint32Array(n);
  let head = 0;
  let tail = 0;
  let best: Viewport | undefined;
  for (let j = 0; j < n; j++) {
    const endMs = endAt(j);
    while (tail > head && endAt(deque[tail - 1] as number) <= endMs) tail--;
    deque[tail++] = j;
    const i = j - k + 1;
    if (i < 0) continue;
    while ((deque[head] as number) < i) head++;
    const from = startAt(i);
    const end = endAt(deque[head] as number);
    if (best === undefined || end - from <= best.to - best.from) best = { from, to: end };
  }
  // Only without events: with any, the run at position 0 is a window.
  if (best === undefined) return undefined;
  const span = Math.max(best.to - best.from, MIN_OPENING_SPAN_MS);
  const center = (best.from + best.to) / 2;
  const from = Math.min(best.from, center - span / 2);
  const to = Math.max(best.to, center + span / 2);
  const pad = (to - from) * margin;
  return { from: from - pad, to: to + pad };
}

/** A declared opening window (`{from, to}` as EDTF dates): from the start of `from` to the end of `to`. */
export function declaredWindow(view: { readonly from: string; readonly to: string }): Viewport {
  return { from: spanStart(mustParseEdtf(view.from)), to: spanEnd(mustParseEdtf(view.to)) };
}
