import fc from "fast-check";
import { MS_PER_DAY } from "../../src/model/date.ts";
import { resolveEvents } from "../../src/model/events.ts";
import type { LaneIndex } from "../../src/model/lanes.ts";
import { buildLaneIndex } from "../../src/model/lanes.ts";
import type { LayoutItem } from "../../src/model/layout.ts";
import { LayoutEngine, clusterSorted, gapForLevel, gapLevel } from "../../src/model/layout.ts";
import type { Viewport } from "../../src/model/viewport.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

/** Pixel slack for floating-point rounding in `toX`; far below anything visible. */
const EPS_PX = 1e-6;

/** A lane index straight from per-lane anchors; event indices are numbered lane after lane. */
function laneIndexOf(lanes: readonly (readonly number[])[]): LaneIndex {
  let next = 0;
  const anchors: Float64Array[] = [];
  const order: Int32Array[] = [];
  const laneOfEvent: number[] = [];
  lanes.forEach((lane, l) => {
    const sorted = [...lane].sort((a, b) => a - b);
    anchors.push(Float64Array.from(sorted));
    order.push(Int32Array.from(sorted.map(() => next++)));
    sorted.forEach(() => laneOfEvent.push(l));
  });
  return {
    lanes: lanes.map((_, l) => ({ id: `lane-${l}`, label: `Lane ${l}` })),
    anchors,
    order,
    laneOfEvent: Int32Array.from(laneOfEvent),
  };
}

/** The clusters as arrays of anchors, which reads better in expectations than start/end pairs. */
function groups(anchors: readonly number[], gapMs: number): number[][] {
  const { starts, ends } = clusterSorted(Float64Array.from(anchors), gapMs);
  return Array.from(starts, (s, c) => anchors.slice(s, ends[c]));
}

function itemsOfLane(items: readonly LayoutItem[], lane: number): LayoutItem[] {
  return items.filter((item) => item.lane === lane);
}

/** Sorted arrays of integer anchors (ms), possibly with duplicates. */
const sortedAnchors = (maxLength = 200, max = 1_000_000) =>
  fc
    .array(fc.integer({ min: 0, max }), { maxLength })
    .map((values) => [...values].sort((a, b) => a - b));

/** Lanes of anchors spread over ~30 years, dense enough to cluster at most zooms. */
const laneAnchors = fc.array(
  fc.array(fc.integer({ min: 0, max: 30 * 365 * MS_PER_DAY }), { maxLength: 150 }),
  { minLength: 1, maxLength: 4 },
);

/** A viewport over that range: from a day to ~40 years wide, possibly partly outside the data. */
const viewport = fc
  .record({
    from: fc.integer({ min: -5 * 365 * MS_PER_DAY, max: 30 * 365 * MS_PER_DAY }),
    span: fc.integer({ min: MS_PER_DAY, max: 40 * 365 * MS_PER_DAY }),
  })
  .map(({ from, span }): Viewport => ({ from, to: from + span }));

const widthPx = fc.integer({ min: 50, max: 2000 });
const minGapPx = fc.integer({ min: 2, max: 40 });

describe("clusterSorted: greedy clustering of sorted anchors", () => {
  it("returns no clusters for no anchors", () => {
    const { starts, ends } = clusterSorted(new Float64Array(0), 10);
    expect(Array.from(starts)).toEqual([]);
    expect(Array.from(ends)).toEqual([]);
  });

  it("merges marks closer than the gap; exactly a gap apart stays separate", () => {
    expect(groups([0, 9], 10)).toEqual([[0, 9]]);
    expect(groups([0, 10], 10)).toEqual([[0], [10]]);
    expect(groups([0, 9.999], 10)).toEqual([[0, 9.999]]);
    // Same instant: always together.
    expect(groups([5, 5, 5], 1)).toEqual([[5, 5, 5]]);
  });

  it("takes the next anchor while it is closer than the gap to the cluster's midpoint so far", () => {
    // 6 is within 10 of 0 (midpoint 0); 9 within 10 of 3; 14 is 14 from 0 but 9.5 from
    // the midpoint 4.5 (the mark would be drawn there), so it joins; 18 is 11 from 7: new cluster.
    expect(groups([0, 6, 9, 14, 18, 27, 40], 10)).toEqual([[0, 6, 9, 14], [18, 27], [40]]);
    // Exactly a gap from the midpoint (4.5 + 10): a new cluster; just under: it joins.
    expect(groups([0, 9, 14.5], 10)).toEqual([[0, 9], [14.5]]);
    expect(groups([0, 9, 14.49], 10)).toEqual([[0, 9, 14.49]]);
  });

  it("does not chain without limit: a cluster spans less than two gaps", () => {
    // Marks 4 apart at gap 10: 12 is 8 from the midpoint 4 of 0–8; 16 is 10 from 6: cut.
    expect(groups([0, 4, 8, 12, 16, 20, 24, 28, 32], 10)).toEqual([
      [0, 4, 8, 12],
      [16, 20, 24, 28],
      [32],
    ]);
    // Marks 1 apart: 0–18 (18 < 8.5 + 10; 19 = 9 + 10 is not): 19 marks, a span of 18 < 20.
    const dense = Array.from({ length: 40 }, (_, i) => i);
    expect(groups(dense, 10).map((g) => g.length)).toEqual([19, 19, 2]);
  });

  it("start/end pairs are half-open positions into the sorted anchors", () => {
    const { starts, ends } = clusterSorted(Float64Array.from([0, 1, 50, 51, 52, 200]), 10);
    expect(Array.from(starts)).toEqual([0, 2, 5]);
    expect(Array.from(ends)).toEqual([2, 5, 6]);
    expect(starts).toBeInstanceOf(Int32Array);
    expect(ends).toBeInstanceOf(Int32Array);
  });

  it("a gap of 0 or less keeps every mark alone, even marks at the same instant", () => {
    expect(groups([1, 1, 2], 0)).toEqual([[1], [1], [2]]);
  });

  it("partitions the anchors: clusters are contiguous, in order, and their counts add up to n", () => {
    fc.assert(
      fc.property(sortedAnchors(), fc.integer({ min: 1, max: 100_000 }), (anchors, gap) => {
        const { starts, ends } = clusterSorted(Float64Array.from(anchors), gap);
        expect(starts.length).toBe(ends.length);
        let expectedStart = 0;
        let total = 0;
        for (let c = 0; c < starts.length; c++) {
          expect(starts[c]).toBe(expectedStart);
          expect(ends[c]).toBeGreaterThan(starts[c] as number);
          total += (ends[c] as number) - (starts[c] as number);
          expectedStart = ends[c] as number;
        }
        expect(expectedStart).toBe(anchors.length);
        expect(total).toBe(anchors.length);
      }),
    );
  });

  it("clusters never overlap; consecutive marks (midpoints) and first anchors are ≥ gap apart", () => {
    fc.assert(
      fc.property(sortedAnchors(), fc.integer({ min: 1, max: 100_000 }), (anchors, gap) => {
        const { starts, ends } = clusterSorted(Float64Array.from(anchors), gap);
        for (let c = 0; c < starts.length; c++) {
          const first = anchors[starts[c] as number] as number;
          const last = anchors[(ends[c] as number) - 1] as number;
          // Narrow enough to read as one mark.
          expect(last - first).toBeLessThan(2 * gap);
          if (c + 1 < starts.length) {
            const nextFirst = anchors[starts[c + 1] as number] as number;
            const nextLast = anchors[(ends[c + 1] as number) - 1] as number;
            // Clusters never overlap …
            expect(nextFirst).toBeGreaterThanOrEqual(last);
            // … the next one starts at least a gap after this one's first anchor and midpoint …
            expect(nextFirst - first).toBeGreaterThanOrEqual(gap);
            expect(nextFirst - (first + last) / 2).toBeGreaterThanOrEqual(gap);
            // … so the marks, drawn at the midpoints, are a gap apart too.
            expect((nextFirst + nextLast) / 2 - (first + last) / 2).toBeGreaterThanOrEqual(gap);
          }
        }
      }),
    );
  });

  it("keeps every anchor within the gap of a cluster's first anchor in that cluster", () => {
    fc.assert(
      fc.property(sortedAnchors(), fc.integer({ min: 1, max: 100_000 }), (anchors, gap) => {
        const { starts, ends } = clusterSorted(Float64Array.from(anchors), gap);
        for (let c = 0; c < starts.length; c++) {
          const first = anchors[starts[c] as number] as number;
          for (let p = ends[c] as number; p < anchors.length; p++) {
            expect((anchors[p] as number) - first).toBeGreaterThanOrEqual(gap);
          }
        }
      }),
    );
  });

  it("is deterministic: the same input gives the same clusters", () => {
    fc.assert(
      fc.property(sortedAnchors(), fc.integer({ min: 1, max: 100_000 }), (anchors, gap) => {
        const a = clusterSorted(Float64Array.from(anchors), gap);
        const b = clusterSorted(Float64Array.from(anchors), gap);
        expect(Array.from(b.starts)).toEqual(Array.from(a.starts));
        expect(Array.from(b.ends)).toEqual(Array.from(a.ends));
      }),
    );
  });

  it("never has fewer clusters at a smaller gap (clusters split as the zoom widens)", () => {
    fc.assert(
      fc.property(
        sortedAnchors(),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (anchors, g1, g2) => {
          const [fine, coarse] = g1 <= g2 ? [g1, g2] : [g2, g1];
          const data = Float64Array.from(anchors);
          expect(clusterSorted(data, fine).starts.length).toBeGreaterThanOrEqual(
            clusterSorted(data, coarse).starts.length,
          );
        },
      ),
    );
  });
});

describe("zoom ladder: gapLevel / gapForLevel", () => {
  it("has four rungs per doubling", () => {
    expect(gapForLevel(0)).toBe(1);
    expect(gapForLevel(4)).toBe(2);
    expect(gapForLevel(8)).toBe(4);
    expect(gapForLevel(2)).toBeCloseTo(Math.SQRT2, 12);
    expect(gapForLevel(-4)).toBe(0.5);
  });

  it("maps exact powers of two to their rung", () => {
    expect(gapLevel(1)).toBe(0);
    expect(gapLevel(2)).toBe(4);
    expect(gapLevel(1024)).toBe(40);
    expect(gapLevel(MS_PER_DAY)).toBe(Math.ceil(4 * Math.log2(MS_PER_DAY)));
  });

  it("rounds up between rungs", () => {
    // 3 lies between 2^(6/4) ≈ 2.83 and 2^(7/4) ≈ 3.36.
    expect(gapLevel(3)).toBe(7);
    expect(gapLevel(2.9)).toBe(7);
    expect(gapLevel(2.8)).toBe(6);
  });

  it("treats gaps below 1 ms as 1 ms", () => {
    expect(gapLevel(0)).toBe(0);
    expect(gapLevel(0.25)).toBe(0);
    expect(gapLevel(-5)).toBe(0);
  });

  it("the rung is the smallest at or above the gap (never below: marks stay ≥ minGapPx apart)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e13, noNaN: true }), (gap) => {
        const level = gapLevel(gap);
        expect(Number.isInteger(level)).toBe(true);
        expect(gapForLevel(level)).toBeGreaterThanOrEqual(gap);
        // The rung below is too small (up to rounding in the last bits).
        expect(gapForLevel(level - 1)).toBeLessThan(gap * (1 + 1e-12));
      }),
    );
  });

  it("holds exactly at every rung, where log2 rounding bites", () => {
    for (let level = -8; level <= 200; level++) {
      const g = gapForLevel(level);
      for (const gap of [g, g * (1 + Number.EPSILON), g * (1 + 2 * Number.EPSILON)]) {
        if (gap < 1) continue;
        expect(gapForLevel(gapLevel(gap))).toBeGreaterThanOrEqual(gap);
      }
    }
  });

  it("is monotone: a wider gap never maps to a lower rung", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        fc.double({ min: 0, max: 1e13, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(gapLevel(lo)).toBeLessThanOrEqual(gapLevel(hi));
        },
      ),
    );
  });
});

describe("LayoutEngine.layout", () => {
  it("worked example: 1000 px for 1000 ms, min gap 10 px (10 ms → rung 2^(14/4) ≈ 11.31 ms)", () => {
    const engine = new LayoutEngine(laneIndexOf([[100, 105, 111, 118, 500], [300]]));
    const { level, items } = engine.layout({ from: 0, to: 1000 }, 1000, 10);
    expect(level).toBe(14);
    // Lane 0: 105 is within 11.31 of 100, 111 of 102.5; 118 is 12.5 ≥ 11.31 from 105.5: new mark.
    expect(
      items.map(({ lane, first, count, minMs, maxMs }) => ({ lane, first, count, minMs, maxMs })),
    ).toEqual([
      { lane: 0, first: 0, count: 3, minMs: 100, maxMs: 111 },
      { lane: 0, first: 3, count: 1, minMs: 118, maxMs: 118 },
      { lane: 0, first: 4, count: 1, minMs: 500, maxMs: 500 },
      { lane: 1, first: 5, count: 1, minMs: 300, maxMs: 300 },
    ]);
    const [cluster, single, last, other] = items as [
      LayoutItem,
      LayoutItem,
      LayoutItem,
      LayoutItem,
    ];
    expect(cluster.x0).toBeCloseTo(100, 9);
    expect(cluster.x1).toBeCloseTo(111, 9);
    expect(cluster.laneStart).toBe(0);
    expect(cluster.laneEnd).toBe(3);
    // A cluster is drawn at its midpoint, a single event at its anchor: 12.5 px apart (≥ 10).
    expect(cluster.x).toBeCloseTo(105.5, 9);
    expect(single.x).toBeCloseTo(118, 9);
    expect(single.x0).toBe(single.x1);
    // Room: from this mark's last anchor to the next mark's first anchor; none after the last.
    expect(cluster.room).toBeCloseTo(7, 9);
    expect(single.room).toBeCloseTo(382, 9);
    expect(last.room).toBe(Infinity);
    expect(other.room).toBe(Infinity);
  });

  it("maps event indices through the lane order (first = events index of the cluster's first mark)", () => {
    const events = resolveEvents(
      smallDataset([
        sampleEvent({ id: "a", date: "2025-01-10", topics: ["diplomacy"] }),
        sampleEvent({ id: "b", date: "2025-01-11", topics: ["migration"] }),
        sampleEvent({ id: "c", date: "2025-06-01", topics: ["diplomacy"] }),
        sampleEvent({ id: "d", date: "2025-06-02", topics: ["migration"] }),
      ]),
      goldsteinTable(),
    );
    const index = buildLaneIndex(smallDataset(), events, "topic");
    const engine = new LayoutEngine(index);
    const view = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) };
    // One day ≈ 2.7 px at 1000 px for a year: with a 4 px gap nothing merges across lanes.
    const { items } = engine.layout(view, 1000, 4);
    for (const item of items) {
      const event = events[item.first];
      expect(event?.anchorMs).toBe(item.minMs);
      expect(index.laneOfEvent[item.first]).toBe(item.lane);
    }
    // Lanes follow the dataset's topic order: migration (b, d) first, then diplomacy (a, c).
    expect(items.map((item) => [item.lane, events[item.first]?.id])).toEqual([
      [0, "b"],
      [0, "d"],
      [1, "a"],
      [1, "c"],
    ]);
    // Zoomed out to 30 years on 300 px with a 12 px gap, both lanes collapse into one mark each.
    const wide = engine.layout({ from: Date.UTC(2000, 0, 1), to: Date.UTC(2030, 0, 1) }, 300, 12);
    expect(wide.items.map((item) => [item.lane, item.count])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("keeps consecutive marks in a lane at least minGapPx apart, at any viewport", () => {
    fc.assert(
      fc.property(laneAnchors, viewport, widthPx, minGapPx, (lanes, view, width, minGap) => {
        const { items } = new LayoutEngine(laneIndexOf(lanes)).layout(view, width, minGap);
        lanes.forEach((_, lane) => {
          const marks = itemsOfLane(items, lane);
          for (let k = 1; k < marks.length; k++) {
            const prev = marks[k - 1] as LayoutItem;
            const cur = marks[k] as LayoutItem;
            expect(cur.x - prev.x).toBeGreaterThanOrEqual(minGap - EPS_PX);
            expect(cur.x0 - prev.x0).toBeGreaterThanOrEqual(minGap - EPS_PX);
          }
        });
      }),
    );
  });

  it("draws a single event at its anchor and a cluster at its midpoint", () => {
    fc.assert(
      fc.property(laneAnchors, viewport, widthPx, minGapPx, (lanes, view, width, minGap) => {
        const { items } = new LayoutEngine(laneIndexOf(lanes)).layout(view, width, minGap);
        for (const item of items) {
          expect(item.x0).toBeLessThanOrEqual(item.x1);
          expect(item.x).toBe(item.count === 1 ? item.x0 : (item.x0 + item.x1) / 2);
          expect(item.count).toBe(item.laneEnd - item.laneStart);
          // A cluster spans less than two gaps (the rung is < 2^¼ × minGapPx).
          expect(item.x1 - item.x0).toBeLessThan(2 * minGap * 2 ** 0.25 + EPS_PX);
        }
      }),
    );
  });

  it("only lays out marks that reach the visible window plus a pad of minGapPx, and all of those", () => {
    fc.assert(
      fc.property(laneAnchors, viewport, widthPx, minGapPx, (lanes, view, width, minGap) => {
        const index = laneIndexOf(lanes);
        const { items } = new LayoutEngine(index).layout(view, width, minGap);
        const pad = (minGap * (view.to - view.from)) / width;
        for (const item of items) {
          expect(item.maxMs).toBeGreaterThanOrEqual(view.from - pad);
          expect(item.minMs).toBeLessThanOrEqual(view.to + pad);
        }
        // Every event inside the window is in exactly one item.
        const covered = new Map<number, number>();
        for (const item of items) {
          const order = index.order[item.lane] as Int32Array;
          for (let p = item.laneStart; p < item.laneEnd; p++) {
            const event = order[p] as number;
            covered.set(event, (covered.get(event) ?? 0) + 1);
          }
        }
        index.anchors.forEach((anchors, lane) => {
          anchors.forEach((ms, p) => {
            if (ms < view.from || ms > view.to) return;
            expect(covered.get((index.order[lane] as Int32Array)[p] as number)).toBe(1);
          });
        });
      }),
    );
  });

  it("counts add up to the number of events when the whole range is in view", () => {
    fc.assert(
      fc.property(laneAnchors, widthPx, minGapPx, (lanes, width, minGap) => {
        const all = lanes.flat();
        const view =
          all.length === 0
            ? { from: 0, to: MS_PER_DAY }
            : { from: Math.min(...all), to: Math.max(...all) + 1 };
        const { items } = new LayoutEngine(laneIndexOf(lanes)).layout(view, width, minGap);
        expect(items.reduce((sum, item) => sum + item.count, 0)).toBe(all.length);
        lanes.forEach((lane, l) => {
          expect(itemsOfLane(items, l).reduce((sum, item) => sum + item.count, 0)).toBe(
            lane.length,
          );
        });
      }),
    );
  });

  it("panning (same span, shifted) keeps the zoom level and does not regroup events", () => {
    fc.assert(
      fc.property(
        laneAnchors,
        viewport,
        fc.integer({ min: -10 * 365 * MS_PER_DAY, max: 10 * 365 * MS_PER_DAY }),
        widthPx,
        minGapPx,
        (lanes, view, shift, width, minGap) => {
          const engine = new LayoutEngine(laneIndexOf(lanes));
          const a = engine.layout(view, width, minGap);
          const b = engine.layout({ from: view.from + shift, to: view.to + shift }, width, minGap);
          expect(b.level).toBe(a.level);
          const key = (item: LayoutItem): string => `${item.lane}:${item.laneStart}`;
          const inB = new Map(b.items.map((item) => [key(item), item]));
          const overlapFrom = Math.max(view.from, view.from + shift);
          const overlapTo = Math.min(view.to, view.to + shift);
          for (const item of a.items) {
            const twin = inB.get(key(item));
            // A mark entirely inside both windows must be in both layouts …
            if (item.minMs >= overlapFrom && item.maxMs <= overlapTo) expect(twin).toBeDefined();
            // … and any mark present in both groups exactly the same events.
            if (twin) {
              expect(twin.laneEnd).toBe(item.laneEnd);
              expect(twin.first).toBe(item.first);
              expect(twin.count).toBe(item.count);
              // Same span: positions shift by exactly the pan in pixels.
              expect(twin.x - item.x).toBeCloseTo((-shift / (view.to - view.from)) * width, 6);
            }
          }
        },
      ),
    );
  });

  it("is deterministic across calls and engines, and caches clusters per level", () => {
    fc.assert(
      fc.property(laneAnchors, viewport, widthPx, minGapPx, (lanes, view, width, minGap) => {
        const index = laneIndexOf(lanes);
        const engine = new LayoutEngine(index);
        const first = engine.layout(view, width, minGap);
        expect(engine.layout(view, width, minGap)).toEqual(first);
        expect(new LayoutEngine(index).layout(view, width, minGap)).toEqual(first);
        expect(engine.clustersAt(first.level)).toBe(engine.clustersAt(first.level));
      }),
    );
  });

  it("splits clusters as the zoom widens: a finer level never has fewer clusters per lane", () => {
    fc.assert(
      fc.property(
        laneAnchors,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        (lanes, l1, l2) => {
          const engine = new LayoutEngine(laneIndexOf(lanes));
          const fine = engine.clustersAt(Math.min(l1, l2));
          const coarse = engine.clustersAt(Math.max(l1, l2));
          fine.forEach((clusters, lane) => {
            expect(clusters.starts.length).toBeGreaterThanOrEqual(
              (coarse[lane] as (typeof coarse)[number]).starts.length,
            );
          });
        },
      ),
    );
  });

  it("zooming in on a fixed-width chart shows more, smaller marks", () => {
    // 100 events one day apart in one lane.
    const anchors = Array.from({ length: 100 }, (_, i) => i * MS_PER_DAY);
    const engine = new LayoutEngine(laneIndexOf([anchors]));
    const counts = [400, 200, 100].map((days) => {
      const { items } = engine.layout({ from: 0, to: days * MS_PER_DAY }, 400, 10);
      return items.filter((item) => item.maxMs < 100 * MS_PER_DAY).length;
    });
    // 100 days on 400 px: 10 px = 2.5 days → rung 2^(111/4) ms ≈ 2.61 days. Day k joins a
    // cluster starting on day 0 while k < (k − 1)/2 + 2.61, i.e. days 0–4: 20 clusters of 5.
    // 200 days: rung ≈ 5.22 days, clusters of 10; 400 days: rung ≈ 10.45 days, clusters of 20.
    expect(counts).toEqual([5, 10, 20]);
  });

  it("lays out marks in the pads: width/minGap + 3 marks when every mark is exactly a gap apart", () => {
    // 96 px showing 96 · 2^20 ms, 8 px gap = 2^23 ms exactly (a rung), marks every 2^23 ms = 8 px.
    const px = 2 ** 20;
    const anchors = Array.from({ length: 19 }, (_, k) => (k - 3) * 8 * px);
    const { level, items } = new LayoutEngine(laneIndexOf([anchors])).layout(
      { from: 0, to: 96 * px },
      96,
      8,
    );
    expect(gapForLevel(level)).toBe(8 * px);
    // −8 px … 104 px: the pad of one gap on each side holds one more mark each.
    expect(items.map((item) => item.x)).toEqual(Array.from({ length: 15 }, (_, k) => (k - 1) * 8));
    expect(items.length).toBe(96 / 8 + 3);
  });

  it("lays out 100k events in a bounded number of items", () => {
    const lanes = 5;
    let seed = 1;
    const random = (): number => {
      // Park–Miller: deterministic, so the test never flakes.
      seed = (seed * 48_271) % 2_147_483_647;
      return seed / 2_147_483_647;
    };
    const start = Date.UTC(2000, 0, 1);
    const extent = 26 * 365 * MS_PER_DAY;
    const perLane = Array.from({ length: lanes }, () =>
      Array.from({ length: 20_000 }, () => start + Math.floor(random() * extent)),
    );
    const engine = new LayoutEngine(laneIndexOf(perLane));
    const width = 1200;
    const minGap = 12;
    for (const view of [
      { from: start, to: start + extent },
      { from: start + extent / 3, to: start + extent / 3 + 365 * MS_PER_DAY },
      { from: start + extent / 2, to: start + extent / 2 + 7 * MS_PER_DAY },
    ]) {
      const { items } = engine.layout(view, width, minGap);
      // Within a lane marks are ≥ one gap (≥ minGap px) apart and lie in (−pad − gap, width + pad]
      // px (a mark reaches the pad; a cluster's midpoint is < a gap before its last anchor), with
      // pad = minGap px: at most width/minGap + 4 marks per lane. (+2 is not a bound: the pads
      // add two marks, the gap a third, the fence post a fourth.)
      expect(items.length).toBeLessThanOrEqual((width / minGap + 4) * lanes);
      expect(items.length).toBeGreaterThan(0);
    }
    // The whole range in view: everything is accounted for.
    const whole = engine.layout({ from: start, to: start + extent }, width, minGap);
    expect(whole.items.reduce((sum, item) => sum + item.count, 0)).toBe(100_000);
  });
});

describe("anchors by date precision (resolveEvents)", () => {
  function anchorOf(date: string): string {
    const [event] = resolveEvents(smallDataset([sampleEvent({ date })]), goldsteinTable());
    return new Date(event?.anchorMs ?? NaN).toISOString();
  }

  it("draws a day-precision event at midday (UTC) of its day", () => {
    expect(anchorOf("2025-01-26")).toBe("2025-01-26T12:00:00.000Z");
    expect(anchorOf("2024-02-29")).toBe("2024-02-29T12:00:00.000Z");
  });

  it("draws a month-precision event in the middle of its month", () => {
    // January: 31 days → 15.5 days after the 1st.
    expect(anchorOf("2025-01")).toBe("2025-01-16T12:00:00.000Z");
    // February 2025: 28 days → 14 days; 2024 is a leap year: 14.5 days.
    expect(anchorOf("2025-02")).toBe("2025-02-15T00:00:00.000Z");
    expect(anchorOf("2024-02")).toBe("2024-02-15T12:00:00.000Z");
    // April: 30 days.
    expect(anchorOf("2025-04")).toBe("2025-04-16T00:00:00.000Z");
  });

  it("draws a year-precision event in the middle of its year", () => {
    // 365 days → 182.5 days after 1 January; a leap year: 183 days.
    expect(anchorOf("2025")).toBe("2025-07-02T12:00:00.000Z");
    expect(anchorOf("2024")).toBe("2024-07-02T00:00:00.000Z");
  });

  it("mixed precisions: marks are laid out in anchor order, not start order", () => {
    // Start order: 2025, 2025-01-26, 2025-03, 2025-12-31; anchors: 2 Jul, 26 Jan, 16 Mar, 31 Dec.
    const events = resolveEvents(
      smallDataset([
        sampleEvent({ id: "year", date: "2025" }),
        sampleEvent({ id: "day", date: "2025-01-26" }),
        sampleEvent({ id: "month", date: "2025-03" }),
        sampleEvent({ id: "end", date: "2025-12-31" }),
      ]),
      goldsteinTable(),
    );
    const engine = new LayoutEngine(buildLaneIndex(smallDataset(), events, "none"));
    // January to March on 900 px: 10 px a day, 10 px gap → rung ≈ 1.1 days, nothing merges.
    const q1 = engine.layout({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2025, 3, 1) }, 900, 10);
    expect(q1.items.map((item) => events[item.first]?.id)).toEqual(["day", "month"]);
    const year = engine.layout({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) }, 365, 10);
    expect(year.items.map((item) => events[item.first]?.id)).toEqual([
      "day",
      "month",
      "year",
      "end",
    ]);
    expect(year.items.map((item) => item.count)).toEqual([1, 1, 1, 1]);
  });

  it("a month-precision event's mark sits mid-month in the layout", () => {
    const events = resolveEvents(
      smallDataset([sampleEvent({ id: "month", date: "2025-03" })]),
      goldsteinTable(),
    );
    const engine = new LayoutEngine(buildLaneIndex(smallDataset(), events, "none"));
    const view = { from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 3, 1) };
    const { items } = engine.layout(view, 310, 10);
    expect(items).toHaveLength(1);
    // March: 31 days on 310 px, 10 px a day: the middle (16 March 12:00) is at 155 px.
    expect(items[0]?.x).toBeCloseTo(155, 9);
  });
});
