/**
 * The events outside a window, on each side: how many, the farthest (to zoom out to), and the
 * nearest few (to list). Counting is a pass over the anchors' column; the nearest are kept in a
 * small heap, offered nearest-first (the list is in time order, so the events just before the
 * window are at its end), so that once the heap is full almost every other event is turned away
 * by one comparison. A million events outside the window cost no sort: only the listed few are
 * ever put in order.
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
 * The `size` nearest positions offered, the least near on top. Nearness is `sign · anchor`
 * (larger is nearer), ties broken by `sign · position`: before the window the later event is the
 * nearer, after it the earlier (the order a stable sort by anchor gives).
 */
class Nearest {
  readonly #keys: Float64Array;
  readonly #positions: Uint32Array;
  #length = 0;
  constructor(
    private readonly size: number,
    private readonly sign: 1 | -1,
  ) {
    this.#keys = new Float64Array(size);
    this.#positions = new Uint32Array(size);
  }

  /** True when the entry at x is less near than the entry at y. */
  #lessNear(x: number, y: number): boolean {
    const kx = this.#keys[x] as number;
    const ky = this.#keys[y] as number;
    return (
      kx < ky ||
      (kx === ky &&
        this.sign * (this.#positions[x] as number) < this.sign * (this.#positions[y] as number))
    );
  }

  #swap(x: number, y: number): void {
    const key = this.#keys[x] as number;
    const position = this.#positions[x] as number;
    this.#keys[x] = this.#keys[y] as number;
    this.#positions[x] = this.#positions[y] as number;
    this.#keys[y] = key;
    this.#positions[y] = position;
  }

  offer(anchor: number, position: number): void {
    const key = this.sign * anchor;
    if (this.#length < this.size) {
      let at = this.#length++;
      this.#keys[at] = key;
      this.#positions[at] = position;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.#lessNear(at, parent)) break;
        this.#swap(at, parent);
        at = parent;
      }
      return;
    }
    if (this.size === 0) return;
    const top = this.#keys[0] as number;
    if (
      key < top ||
      (key === top && this.sign * position <= this.sign * (this.#positions[0] as number))
    )
      return;
    this.#keys[0] = key;
    this.#positions[0] = position;
    for (let at = 0; ;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let least = at;
      if (left < this.#length && this.#lessNear(left, least)) least = left;
      if (right < this.#length && this.#lessNear(right, least)) least = right;
      if (least === at) break;
      this.#swap(at, least);
      at = least;
    }
  }

  /** The kept positions, nearest first. */
  nearestFirst(): number[] {
    const kept = Array.from({ length: this.#length }, (_, k) => k);
    kept.sort((x, y) => (this.#lessNear(x, y) ? 1 : this.#lessNear(y, x) ? -1 : 0));
    return kept.map((k) => this.#positions[k] as number);
  }
}

/** `anchors[i]` is `events[i].anchorMs` (eventColumns). */
export function edgeEvents<T>(
  events: readonly T[],
  anchors: Float64Array,
  view: Viewport,
  listed: number,
): { readonly before: EdgeSide<T>; readonly after: EdgeSide<T> } {
  const before = new Nearest(listed, 1);
  const after = new Nearest(listed, -1);
  const n = anchors.length;
  let beforeCount = 0;
  let afterCount = 0;
  let earliest = -1;
  let latest = -1;
  for (let i = 0; i < n; i++) {
    const anchor = anchors[i] as number;
    if (anchor < view.from) {
      beforeCount++;
      // The first of equal anchors, as the head of a stable sort.
      if (earliest < 0 || anchor < (anchors[earliest] as number)) earliest = i;
    } else if (anchor > view.to) {
      afterCount++;
      after.offer(anchor, i);
      // The last of equal anchors, as the tail of a stable sort.
      if (latest < 0 || anchor >= (anchors[latest] as number)) latest = i;
    }
  }
  // Backwards, so the events just before the window are offered first.
  if (beforeCount > 0)
    for (let i = n - 1; i >= 0; i--) {
      const anchor = anchors[i] as number;
      if (anchor < view.from) before.offer(anchor, i);
    }
  const pick = (positions: number[]): T[] => positions.map((i) => events[i] as T);
  return {
    before: {
      count: beforeCount,
      nearest: pick(before.nearestFirst()),
      far: earliest < 0 ? undefined : events[earliest],
    },
    after: {
      count: afterCount,
      nearest: pick(after.nearestFirst()),
      far: latest < 0 ? undefined : events[latest],
    },
  };
}
