/**
 * The events outside a window, on each side: how many, the farthest (to zoom out to), and the
 * nearest few (to list). One pass with a small heap per side, so a million events left of the
 * window cost no sort: only the listed few are ever put in order.
 */
import type { Viewport } from "./viewport.ts";

export interface EdgeSide<T> {
  readonly count: number;
  /** The nearest to the window first, at most `listed` of them. */
  readonly nearest: readonly T[];
  /** The one farthest from the window (the earliest before it, the latest after it). */
  readonly far: T | undefined;
}

interface Anchored {
  readonly anchorMs: number;
}

/**
 * A bounded heap keeping the `size` best items, the worst of them on top. "Better" is nearer the
 * window; between equal anchors, the one later in the list before the window and the one earlier
 * in the list after it (the order a stable sort by anchor gives).
 */
class Nearest {
  readonly #anchors: Float64Array;
  readonly #positions: Uint32Array;
  #length = 0;
  constructor(
    private readonly size: number,
    /** True when (a, i) is worse than (b, j). */
    private readonly worse: (a: number, i: number, b: number, j: number) => boolean,
  ) {
    this.#anchors = new Float64Array(size);
    this.#positions = new Uint32Array(size);
  }

  #worseAt(x: number, y: number): boolean {
    return this.worse(
      this.#anchors[x] as number,
      this.#positions[x] as number,
      this.#anchors[y] as number,
      this.#positions[y] as number,
    );
  }

  #swap(x: number, y: number): void {
    const anchor = this.#anchors[x] as number;
    const position = this.#positions[x] as number;
    this.#anchors[x] = this.#anchors[y] as number;
    this.#positions[x] = this.#positions[y] as number;
    this.#anchors[y] = anchor;
    this.#positions[y] = position;
  }

  offer(anchor: number, position: number): void {
    if (this.size === 0) return;
    if (this.#length < this.size) {
      let at = this.#length++;
      this.#anchors[at] = anchor;
      this.#positions[at] = position;
      // Up while worse than the parent: the worst rises to the top.
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!this.#worseAt(at, parent)) break;
        this.#swap(at, parent);
        at = parent;
      }
      return;
    }
    // Not better than the worst kept: most offers end here.
    if (!this.worse(this.#anchors[0] as number, this.#positions[0] as number, anchor, position))
      return;
    this.#anchors[0] = anchor;
    this.#positions[0] = position;
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < this.#length && this.#worseAt(left, worst)) worst = left;
      if (right < this.#length && this.#worseAt(right, worst)) worst = right;
      if (worst === at) break;
      this.#swap(at, worst);
      at = worst;
    }
  }

  /** The kept positions, best first. */
  bestFirst(): number[] {
    const kept = Array.from({ length: this.#length }, (_, k) => k);
    kept.sort((x, y) => (this.#worseAt(x, y) ? 1 : this.#worseAt(y, x) ? -1 : 0));
    return kept.map((k) => this.#positions[k] as number);
  }
}

export function edgeEvents<T extends Anchored>(
  events: readonly T[],
  view: Viewport,
  listed: number,
): { readonly before: EdgeSide<T>; readonly after: EdgeSide<T> } {
  // Before the window, nearer is later; after it, nearer is earlier.
  const before = new Nearest(listed, (a, i, b, j) => a < b || (a === b && i < j));
  const after = new Nearest(listed, (a, i, b, j) => a > b || (a === b && i > j));
  let beforeCount = 0;
  let afterCount = 0;
  let earliest = -1;
  let latest = -1;
  for (let i = 0; i < events.length; i++) {
    const anchor = (events[i] as T).anchorMs;
    if (anchor < view.from) {
      beforeCount++;
      before.offer(anchor, i);
      // The first of equal anchors, as the head of a stable sort.
      if (earliest < 0 || anchor < (events[earliest] as T).anchorMs) earliest = i;
    } else if (anchor > view.to) {
      afterCount++;
      after.offer(anchor, i);
      // The last of equal anchors, as the tail of a stable sort.
      if (latest < 0 || anchor >= (events[latest] as T).anchorMs) latest = i;
    }
  }
  const pick = (positions: number[]): T[] => positions.map((i) => events[i] as T);
  return {
    before: {
      count: beforeCount,
      nearest: pick(before.bestFirst()),
      far: earliest < 0 ? undefined : events[earliest],
    },
    after: {
      count: afterCount,
      nearest: pick(after.bestFirst()),
      far: latest < 0 ? undefined : events[latest],
    },
  };
}
