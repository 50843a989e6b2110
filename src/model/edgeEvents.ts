/**
 * The events outside a window, on each side: how many, the farthest (to zoom out to), and the
 * nearest few (to list). Counting is a pass over the anchors' column. The nearest are offered
 * nearest-first (the list is in time order, so the events just before the window are at its
 * end) to a short sorted list, which turns away by one comparison almost every event once it is
 * full: a million events outside the window cost no sort. When the anchors are in ascending order
 * (every event known to the day, as in most large files), each side is found by binary search
 * and its nearest are the events next to the window: no pass at all.
 */
import { bisectLeft, bisectRight } from "d3-array";
import type { Viewport } from "./viewport.ts";

export interface EdgeSide<T> {
  readonly count: number;
  /** The nearest to the window first, at most `listed` of them. */
  readonly nearest: readonly T[];
  /** The one farthest from the window (the earliest before it, the latest after it). */
  readonly far: T | undefined;
}

/**
 * The positions of the `listed` events nearest the window on one side, nearest first. Nearness is `sign · anchor`; between equal anchors the position met first is the nearer (the
 * order a stable sort by anchor gives, for the direction each side is walked in).
 */
function nearest(
  anchors: Float64Array,
  inside: (anchor: number) => boolean,
  sign: 1 | -1,
  listed: number,
): number[] {
  const kept: number[] = [];
  const n = anchors.length;
  for (let k = 0; k < n; k++) {
    // Before the window (sign 1) the walk goes backwards from the end.
    const i = sign === 1 ? n - 1 - k : k;
    const anchor = anchors[i] as number;
    if (!inside(anchor)) continue;
    const key = sign * anchor;
    let at = kept.length;
    while (at > 0 && sign * (anchors[kept[at - 1] as number] as number) < key) at--;
    if (at < listed) {
      kept.splice(at, 0, i);
      if (kept.length > listed) kept.pop();
    }
  }
  return kept;
}

/** Whether each anchor is at or after the one before it, worked out once per column. */
const ascending = new WeakMap<Float64Array, boolean>();

function isAscending(anchors: Float64Array): boolean {
  let known = ascending.get(anchors);
  if (known === undefined) {
    known = true;
    // `!(a <= b)` rather than `a > b`, so a NaN anchor makes the column unordered.
    for (let i = 1; i < anchors.length && known; i++)
      known = (anchors[i - 1] as number) <= (anchors[i] as number);
    ascending.set(anchors, known);
  }
  return known;
}

/** Both sides over anchors in ascending order: what the passes below give, by search. */
function edgesInOrder<T>(
  events: readonly T[],
  anchors: Float64Array,
  view: Viewport,
  listed: number,
): { readonly before: EdgeSide<T>; readonly after: EdgeSide<T> } {
  const n = anchors.length;
  // The first anchor at or after the window's start, and the first after its end.
  const start = bisectLeft(anchors, view.from);
  const end = bisectRight(anchors, view.to);
  const before: T[] = [];
  for (let i = start - 1; i >= 0 && before.length < listed; i--) before.push(events[i] as T);
  const after: T[] = [];
  for (let i = end; i < n && after.length < listed; i++) after.push(events[i] as T);
  return {
    before: { count: start, nearest: before, far: start > 0 ? events[0] : undefined },
    after: { count: n - end, nearest: after, far: end < n ? events[n - 1] : undefined },
  };
}

/** `anchors[i]` is `events[i].anchorMs` (eventColumns). */
export function edgeEvents<T>(
  events: readonly T[],
  anchors: Float64Array,
  view: Viewport,
  listed: number,
): { readonly before: EdgeSide<T>; readonly after: EdgeSide<T> } {
  if (isAscending(anchors)) return edgesInOrder(events, anchors, view, listed);
  const side = (inside: (anchor: number) => boolean, sign: 1 | -1): EdgeSide<T> => {
    let count = 0;
    let far = -1;
    for (let i = 0; i < anchors.length; i++) {
      const anchor = anchors[i] as number;
      if (!inside(anchor)) continue;
      count++;
      // The first of equal earliest anchors, the last of equal latest ones (a stable sort's).
      const farthest = anchors[far] as number;
      if (far < 0 || (sign === 1 ? anchor < farthest : anchor >= farthest)) far = i;
    }
    const near = count === 0 ? [] : nearest(anchors, inside, sign, listed);
    return {
      count,
      nearest: near.map((i) => events[i] as T),
      far: far < 0 ? undefined : events[far],
    };
  };
  return {
    before: side((anchor) => anchor < view.from, 1),
    after: side((anchor) => anchor > view.to, -1),
  };
}
