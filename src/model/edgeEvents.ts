/**
 * The events outside a window, on each side: how many, the farthest (to zoom out to), and the
 * nearest few (to list). The anchors' column is read in blocks, each summed up once by its least
 * and greatest anchor: a block wholly on one side is counted without reading it, and only the
 * blocks the window's edges run through are read anchor by anchor. Events come in time order,
 * their anchors nearly so (a month-precision event sits at its month's middle), so that is a
 * few blocks: a million events outside the window cost neither a pass nor a sort.
 */
import type { Viewport } from "./viewport.ts";

export interface EdgeSide<T> {
  readonly count: number;
  /** The nearest to the window first, at most `listed` of them. */
  readonly nearest: readonly T[];
  /** The one farthest from the window (the earliest before it, the latest after it). */
  readonly far: T | undefined;
}

/**
 * Anchors in blocks of this many, each summed up by its least and greatest anchor: a side's
 * count takes a block whole, or skips it, by two comparisons, and only the blocks the window's
 * edge runs through are read anchor by anchor.
 */
const BLOCK = 64;

interface BlockBounds {
  readonly min: Float64Array;
  readonly max: Float64Array;
}

const boundsOf = new WeakMap<Float64Array, BlockBounds>();

/** Each block's least and greatest anchor, worked out once per column. */
function blockBounds(anchors: Float64Array): BlockBounds {
  let bounds = boundsOf.get(anchors);
  if (bounds) return bounds;
  const blocks = Math.ceil(anchors.length / BLOCK);
  const min = new Float64Array(blocks);
  const max = new Float64Array(blocks);
  for (let b = 0; b < blocks; b++) {
    let lo = Infinity;
    let hi = -Infinity;
    const end = Math.min(anchors.length, (b + 1) * BLOCK);
    for (let i = b * BLOCK; i < end; i++) {
      const anchor = anchors[i] as number;
      if (anchor < lo) lo = anchor;
      if (anchor > hi) hi = anchor;
      // A NaN is on neither side: its block is never taken whole nor skipped, but read.
      if (anchor !== anchor) {
        lo = -Infinity;
        hi = Infinity;
      }
    }
    min[b] = lo;
    max[b] = hi;
  }
  bounds = { min, max };
  boundsOf.set(anchors, bounds);
  return bounds;
}

/**
 * One side, block by block. Nearness is `sign · anchor`; between equal anchors the position met
 * first is the nearer (the order a stable sort by anchor gives, for the direction each side is
 * walked in). The nearest are offered to a short sorted list that, once full, turns away a whole
 * block whose nearest anchor is no nearer than its last: events in near time order cost a block
 * or two beyond the window's edge, not a pass.
 */
function side<T>(
  events: readonly T[],
  anchors: Float64Array,
  bounds: BlockBounds,
  limit: number,
  sign: 1 | -1,
  listed: number,
): EdgeSide<T> {
  const n = anchors.length;
  const blocks = bounds.min.length;
  // Before the window (sign 1) an anchor is inside when below `limit`; after it, when above.
  const lowest = sign === 1 ? bounds.min : bounds.max;
  const highest = sign === 1 ? bounds.max : bounds.min;
  const inside = (anchor: number): boolean => sign * anchor < sign * limit;
  const holdsInside = (b: number): boolean => sign * (lowest[b] as number) < sign * limit;
  // Each side walks from where its nearest lie (before the window: backwards from the end).
  const blockAt = (k: number): number => (sign === 1 ? blocks - 1 - k : k);
  let count = 0;
  for (let b = 0; b < blocks; b++) {
    const first = b * BLOCK;
    const end = Math.min(n, first + BLOCK);
    if (sign * (highest[b] as number) < sign * limit) count += end - first;
    else if (holdsInside(b)) {
      for (let i = first; i < end; i++) if (inside(anchors[i] as number)) count++;
    }
  }
  // The farthest, walked from the far end so that it is met early: the first of equal earliest
  // anchors, the last of equal latest ones (a stable sort's). A block whose farthest anchor is
  // no farther than the one found is turned away whole.
  let far = -1;
  let farKey = Infinity;
  for (let k = 0; k < blocks && count > 0; k++) {
    const b = blockAt(blocks - 1 - k);
    if (!holdsInside(b) || !(sign * (lowest[b] as number) < farKey)) continue;
    const first = b * BLOCK;
    const end = Math.min(n, first + BLOCK);
    for (let j = 0; j < end - first; j++) {
      const i = sign === 1 ? first + j : end - 1 - j;
      const anchor = anchors[i] as number;
      if (inside(anchor) && (far < 0 || sign * anchor < farKey)) {
        far = i;
        farKey = sign * anchor;
      }
    }
  }
  const kept: number[] = [];
  // The key of the last kept, the one a nearer anchor would push out.
  let lastKey = -Infinity;
  for (let k = 0; k < blocks && count > 0 && listed > 0; k++) {
    const b = blockAt(k);
    if (!holdsInside(b)) continue;
    if (kept.length === listed && sign * (highest[b] as number) <= lastKey) continue;
    const first = b * BLOCK;
    const end = Math.min(n, first + BLOCK);
    for (let j = 0; j < end - first; j++) {
      const i = sign === 1 ? end - 1 - j : first + j;
      const anchor = anchors[i] as number;
      if (!inside(anchor)) continue;
      const key = sign * anchor;
      let at = kept.length;
      while (at > 0 && sign * (anchors[kept[at - 1] as number] as number) < key) at--;
      if (at < listed) {
        kept.splice(at, 0, i);
        if (kept.length > listed) kept.pop();
        lastKey = sign * (anchors[kept[kept.length - 1] as number] as number);
      }
    }
  }
  return {
    count,
    nearest: kept.map((i) => events[i] as T),
    far: far < 0 ? undefined : events[far],
  };
}

/** `anchors[i]` is `events[i].anchorMs` (eventColumns). */
export function edgeEvents<T>(
  events: readonly T[],
  anchors: Float64Array,
  view: Viewport,
  listed: number,
): { readonly before: EdgeSide<T>; readonly after: EdgeSide<T> } {
  const bounds = blockBounds(anchors);
  return {
    before: side(events, anchors, bounds, view.from, 1, listed),
    after: side(events, anchors, bounds, view.to, -1, listed),
  };
}
