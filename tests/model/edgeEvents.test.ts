/** The events outside a window: counted, the farthest found and the nearest listed, with no sort. */
import fc from "fast-check";
import { edgeEvents } from "../../src/model/edgeEvents.ts";

interface Item {
  readonly id: number;
  readonly anchorMs: number;
}

const anchorsOf = (items: readonly Item[]): Float64Array =>
  Float64Array.from(items, (e) => e.anchorMs);

/** What a stable sort by anchor gives: the reference the one-pass version must match. */
function sorted(events: readonly Item[], view: { from: number; to: number }, listed: number) {
  const early = events
    .filter((e) => e.anchorMs < view.from)
    .sort((a, b) => a.anchorMs - b.anchorMs);
  const late = events.filter((e) => e.anchorMs > view.to).sort((a, b) => a.anchorMs - b.anchorMs);
  return {
    // slice(-0) would be the whole list.
    before: {
      count: early.length,
      nearest: early.slice(Math.max(0, early.length - listed)).reverse(),
      far: early[0],
    },
    after: { count: late.length, nearest: late.slice(0, listed), far: late.at(-1) },
  };
}

/**
 * The column behind a proxy that counts the anchors read by index (it behaves as the column
 * otherwise); `reads.since()` says how many since the last call.
 */
function countingReads(column: Float64Array) {
  let count = 0;
  const counted = new Proxy(column, {
    get(target, key) {
      if (typeof key === "string" && /^\d+$/.test(key)) count++;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  const reads = {
    since(): number {
      const read = count;
      count = 0;
      return read;
    },
  };
  return { counted, reads };
}

describe("edgeEvents", () => {
  it("counts each side, lists the nearest first and finds the farthest", () => {
    const items = [5, 1, 9, 3, 12, 20, 15, 2].map((anchorMs, id) => ({ id, anchorMs }));
    const edges = edgeEvents(items, anchorsOf(items), { from: 6, to: 11 }, 2);
    expect(edges.before.count).toBe(4);
    expect(edges.before.nearest.map((e) => e.anchorMs)).toEqual([5, 3]);
    expect(edges.before.far?.anchorMs).toBe(1);
    expect(edges.after.count).toBe(3);
    expect(edges.after.nearest.map((e) => e.anchorMs)).toEqual([12, 15]);
    expect(edges.after.far?.anchorMs).toBe(20);
  });

  it("has nothing to list on a side with no events, or when asked to list none", () => {
    const items = [{ id: 0, anchorMs: 1 }];
    const edges = edgeEvents(items, anchorsOf(items), { from: 0, to: 10 }, 5);
    expect(edges.before).toEqual({ count: 0, nearest: [], far: undefined });
    expect(edges.after).toEqual({ count: 0, nearest: [], far: undefined });
    const none = edgeEvents(items, anchorsOf(items), { from: 5, to: 10 }, 0);
    expect(none.before).toEqual({ count: 1, nearest: [], far: items[0] });
  });

  it("matches a stable sort when the anchors are in ascending order (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 120 }),
        fc.integer({ min: -2, max: 42 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 12 }),
        (anchors, from, width, listed) => {
          const items = anchors.sort((a, b) => a - b).map((anchorMs, id) => ({ id, anchorMs }));
          const view = { from, to: from + width };
          expect(edgeEvents(items, anchorsOf(items), view, listed)).toEqual(
            sorted(items, view, listed),
          );
        },
      ),
    );
  });

  it("reads an ordered column near the window's edges only: a few blocks, not a pass", () => {
    const n = 100_000;
    const column = Float64Array.from({ length: n }, (_, i) => i);
    const { counted, reads } = countingReads(column);
    const items = Array.from({ length: n }, (_, id) => ({ id, anchorMs: id }));
    const view = { from: 40_000, to: 60_000 };
    const first = edgeEvents(items, counted, view, 5);
    // Summing up the blocks reads the column once.
    expect(reads.since()).toBeGreaterThanOrEqual(n);
    const again = edgeEvents(items, counted, { from: 40_001, to: 60_001 }, 5);
    // Per side: the edge's block for the count, it and its neighbour for the nearest, the first or
    // last block for the farthest; ten blocks' worth at most, of 1,563.
    expect(reads.since()).toBeLessThanOrEqual(10 * 64);
    expect(first.before.count).toBe(40_000);
    expect(again.before.count).toBe(40_001);
    expect(again.after.nearest.map((e) => e.id)).toEqual([60_002, 60_003, 60_004, 60_005, 60_006]);
  });

  it("skips a NaN anchor, on neither side", () => {
    const items = [1, 2, NaN, 8, 9].map((anchorMs, id) => ({ id, anchorMs }));
    const edges = edgeEvents(items, anchorsOf(items), { from: 3, to: 7 }, 5);
    expect(edges.before.nearest.map((e) => e.id)).toEqual([1, 0]);
    expect(edges.after.nearest.map((e) => e.id)).toEqual([3, 4]);
  });

  it("matches a stable sort by anchor, ties included (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 120 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 12 }),
        (anchors, from, width, listed) => {
          const items = anchors.map((anchorMs, id) => ({ id, anchorMs }));
          const view = { from, to: from + width };
          expect(edgeEvents(items, anchorsOf(items), view, listed)).toEqual(
            sorted(items, view, listed),
          );
        },
      ),
    );
  });

  it("matches a stable sort over columns of many blocks in near time order (property)", () => {
    fc.assert(
      fc.property(
        // Anchors that rise with their position but wander: a month's or a year's middle
        // among day dates, as sorted starts give.
        fc.array(fc.integer({ min: -150, max: 150 }), { minLength: 200, maxLength: 600 }),
        fc.integer({ min: -50, max: 650 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 12 }),
        (wander, from, width, listed) => {
          const items = wander.map((w, id) => ({ id, anchorMs: id + w }));
          const view = { from, to: from + width };
          expect(edgeEvents(items, anchorsOf(items), view, listed)).toEqual(
            sorted(items, view, listed),
          );
        },
      ),
    );
  });

  it("reads only the blocks near the window's edges of a column in near time order", () => {
    const n = 100_000;
    // Every tenth anchor half a year late, as a year-precision event's middle among day dates.
    const column = Float64Array.from({ length: n }, (_, i) => (i % 10 === 0 ? i + 180 : i));
    const items = Array.from({ length: n }, (_, id) => ({ id, anchorMs: column[id] as number }));
    const { counted, reads } = countingReads(column);
    // The first view sums up the blocks (a pass); the next reads only near the edges.
    edgeEvents(items, counted, { from: 40_000, to: 60_000 }, 5);
    reads.since();
    const edges = edgeEvents(items, counted, { from: 40_001, to: 60_001 }, 5);
    // A pass would read 200,000; the blocks the two edges run through, a few hundred each.
    expect(reads.since()).toBeLessThan(2_000);
    expect(edges).toEqual(sorted(items, { from: 40_001, to: 60_001 }, 5));
  });
});
