import fc from "fast-check";
import { MS_PER_DAY } from "../../src/model/date.ts";
import {
  INTERIM_FROM_EVENTS,
  MARK_METRICS,
  StackEngine,
  msPerLevel,
  stackLane,
  stackLevel,
  type StackItem,
  type StackMetrics,
} from "../../src/model/stacking.ts";
import type { Viewport } from "../../src/model/viewport.ts";
import { laneIndexOf } from "../helpers/laneIndex.ts";

/** Round numbers for worked examples: 1 ms per pixel. */
const METRICS: StackMetrics = {
  labelSize: 12,
  before: 10,
  labelOffset: 10,
  gap: 0,
  groupWidth: 50,
  maxRows: 3,
};

describe("stackLevel", () => {
  it("is the smallest rung of the quarter-power ladder at or above the scale", () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e12, noNaN: true }), (msPerPx) => {
        const level = stackLevel(msPerPx);
        expect(msPerLevel(level)).toBeGreaterThanOrEqual(msPerPx);
        expect(msPerLevel(level - 1)).toBeLessThan(msPerPx);
      }),
    );
  });
});

describe("stackLevel at a rounding edge", () => {
  it("takes the next rung where log2 rounds down by an ulp", () => {
    // Just above 2^-10 ms per pixel: log2 gives exactly −10, whose rung is finer than the scale.
    const scale = 2 ** -10 * (1 + Number.EPSILON);
    expect(msPerLevel(-40)).toBeLessThan(scale);
    expect(stackLevel(scale)).toBe(-39);
    expect(stackLevel(2 ** -10)).toBe(-40);
  });
});

describe("stackLane", () => {
  it("worked example: labels that would overlap go to the next free row", () => {
    // Each item spans [anchor − 10, anchor + 10 + label]; labels of 100 px.
    const anchors = Float64Array.from([0, 50, 100, 130, 200]);
    const widths = new Float64Array(5).fill(100);
    const stack = stackLane(anchors, (p) => widths[p] ?? 0, 1, METRICS);
    // 0 → row 0 (ends 110); 50 → row 1 (ends 160); 100 starts at 90 < 110 → row 2 (ends 210);
    // 130 starts at 120 ≥ 110 → row 0 (ends 240); 200 starts at 190 ≥ 160 → row 1.
    expect(Array.from(stack.rowOf)).toEqual([0, 1, 2, 0, 1]);
    expect(stack.rowCount).toBe(3);
    expect(stack.groupStarts).toHaveLength(0);
  });

  it("folds what needs more rows than the cap into overflow groups in the last row", () => {
    // Five events on the same spot: two rows for marks, the third holds the rest as one group.
    const anchors = Float64Array.from([100, 100, 100, 100, 100, 400]);
    const widths = new Float64Array(6).fill(80);
    const stack = stackLane(anchors, (p) => widths[p] ?? 0, 1, METRICS);
    expect(Array.from(stack.rowOf)).toEqual([0, 1, -1, -1, -1, 0]);
    expect(stack.rowCount).toBe(3);
    expect(Array.from(stack.groupStarts)).toEqual([0]);
    expect(Array.from(stack.groupMembers)).toEqual([2, 3, 4]);
  });

  it("starts a new group where the last one's badge ends", () => {
    // Groups take [anchor − 10, anchor + 50]: 100 and 140 share one, 170 starts another.
    const anchors = Float64Array.from([100, 100, 100, 140, 140, 140, 170, 170]);
    const widths = new Float64Array(8).fill(500);
    const stack = stackLane(anchors, (p) => widths[p] ?? 0, 1, { ...METRICS, maxRows: 2 });
    expect(Array.from(stack.rowOf)).toEqual([0, -1, -1, -1, -1, -1, -1, -1]);
    expect(Array.from(stack.groupStarts)).toEqual([0, 5]);
    expect(Array.from(stack.groupMembers)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe("stackLane at the edges", () => {
  const labels = () => 100;

  it("gives a row to an item that starts exactly where the row's last one ends", () => {
    // Two rows, both taken (0 ends at 110, 5 at 115); 120 starts at 110: row 0 again.
    const stack = stackLane(Float64Array.from([0, 5, 120]), labels, 1, { ...METRICS, maxRows: 2 });
    expect(Array.from(stack.rowOf)).toEqual([0, 1, 0]);
    expect(stack.rowCount).toBe(2);
  });

  it("does the same in the packing with the overflow row, and measures only items given a row", () => {
    // 6 finds no row: one row for marks, one for groups; 120 starts where row 0 ends (110).
    const measured: number[] = [];
    const stack = stackLane(Float64Array.from([0, 5, 6, 120]), (p) => (measured.push(p), 100), 1, {
      ...METRICS,
      maxRows: 2,
    });
    expect(Array.from(stack.rowOf)).toEqual([0, -1, -1, 0]);
    expect(Array.from(stack.groupMembers)).toEqual([1, 2]);
    expect(new Set(measured)).toEqual(new Set([0, 1, 3]));
  });

  it("starts a new group at exactly the end of the last one's badge", () => {
    // Group badges take [anchor − 10, anchor + 50]: the group from 100 ends at 150, and 160
    // starts at 150.
    const stack = stackLane(Float64Array.from([100, 100, 100, 160, 160]), () => 500, 1, {
      ...METRICS,
      maxRows: 2,
    });
    expect(Array.from(stack.groupStarts)).toEqual([0, 2]);
    expect(Array.from(stack.groupMembers)).toEqual([1, 2, 3, 4]);
  });

  it("keeps the gap after a group's badge before the next group", () => {
    // Badges take [anchor − 10, anchor + 50 + 5]: the group from 100 ends at 155.
    const metrics = { ...METRICS, maxRows: 2, gap: 5 };
    const at = (second: number) =>
      Array.from(
        stackLane(Float64Array.from([100, 100, 100, second, second]), () => 500, 1, metrics)
          .groupStarts,
      );
    expect(at(164)).toEqual([0]);
    expect(at(165)).toEqual([0, 2]);
  });

  it("draws an event a group would hold alone in the overflow row, labelled, its room kept", () => {
    // One row for marks (0 ends at 110, 200 at 310); 5, 205 and 210 find none. 5 is alone: the
    // next without a row starts at 195, past its badge (55), so it is drawn in the last row with
    // its whole 100 px label (ends at 115). 205 and 210 share a badge.
    const stack = stackLane(Float64Array.from([0, 5, 200, 205, 210]), () => 100, 1, {
      ...METRICS,
      maxRows: 2,
    });
    expect(Array.from(stack.rowOf)).toEqual([0, 1, 0, -1, -1]);
    expect(Array.from(stack.singles)).toEqual([0, 1, 2]);
    expect(Array.from(stack.groupStarts)).toEqual([0]);
    expect(Array.from(stack.groupMembers)).toEqual([3, 4]);
    expect(stack.cutRooms.size).toBe(0);
    expect(stack.rowCount).toBe(2);
  });

  it("cuts the label of an event alone in the overflow row at the row's next item", () => {
    // 5 is alone (the next without a row, 80, starts at 70: past its badge's end at 55); its
    // label, from 5 + 10, may take the 55 px up to 70, less than its 100. 80 and 90 share a badge, and the
    // last, 400, is alone with nothing after it: its whole label.
    const measured: number[] = [];
    const width = (p: number) => (measured.push(p), 100);
    const stack = stackLane(Float64Array.from([0, 5, 80, 90, 400, 400]), width, 1, {
      ...METRICS,
      maxRows: 2,
    });
    expect(Array.from(stack.rowOf)).toEqual([0, 1, -1, -1, 0, 1]);
    expect([...stack.cutRooms]).toEqual([[1, 55]]);
    expect(Array.from(stack.groupMembers)).toEqual([2, 3]);
    expect(stack.reach).toBe(110);
    expect(measured).not.toContain(2);
    expect(measured).not.toContain(3);
  });

  it("keeps the room in pixels, and the gap before the next item, at any scale", () => {
    // At 2 ms per pixel with a 4 px gap: 10 is alone (the next, 200, starts at 180, past its
    // badge at 10 + 54 × 2 = 118); its room is (180 − 10) / 2 − 10 − 4 = 71 px.
    const stack = stackLane(Float64Array.from([0, 10, 200, 210]), () => 500, 2, {
      ...METRICS,
      maxRows: 2,
      gap: 4,
    });
    expect([...stack.cutRooms]).toEqual([[1, 71]]);
  });

  it("keeps the room left of a mark in pixels, whatever the scale", () => {
    // At 2 ms per pixel the first item ends at 0 + (10 + 50) × 2 = 120 ms, and the second's 10 px
    // left of its anchor start at 125 − 20 = 105 ms: a second row.
    const stack = stackLane(Float64Array.from([0, 125]), () => 50, 2, METRICS);
    expect(Array.from(stack.rowOf)).toEqual([0, 1]);
    expect(Array.from(stackLane(Float64Array.from([0, 140]), () => 50, 2, METRICS).rowOf)).toEqual([
      0, 0,
    ]);
  });

  it("reaches as far as the longest label and the gap after it", () => {
    const stack = stackLane(Float64Array.from([0, 500]), (p) => [40, 70][p] ?? 0, 1, MARK_METRICS);
    expect(stack.reach).toBe(MARK_METRICS.labelOffset + 70 + MARK_METRICS.gap);
  });
});

describe("StackEngine.layout at the view's edges", () => {
  // 2 ms per pixel; labels 20 px: a mark takes [anchor − 20, anchor + 60] ms, a group's badge
  // [anchor − 20, anchor + 100] ms; the lane reaches 50 px (the badge) right of an anchor.
  const view: Viewport = { from: 10_000, to: 12_000 };
  const spots = [9_000, 9_500, 9_900, 11_000, 12_020, 12_200];
  const layoutOf = () =>
    new StackEngine(laneIndexOf([spots.flatMap((ms) => [ms, ms, ms])]), () => 20, {
      ...METRICS,
      maxRows: 2,
    }).layout(view, 1000);

  it("draws what reaches into the view: from 100 ms (the reach) left of it to 20 ms right", () => {
    // Each spot: one mark in row 0 and a group of two in the overflow row. 9,000 and 9,500 end
    // before 9,900; 12,200 starts after 12,020.
    const layout = layoutOf();
    expect(layout.level).toBe(stackLevel(2));
    const seen = layout.items.map(({ row, count, minMs, maxMs, x, first }) => {
      return { row, count, minMs, maxMs, x, first };
    });
    expect(seen).toEqual([
      { row: 0, count: 1, minMs: 9_900, maxMs: 9_900, x: -50, first: 6 },
      { row: 0, count: 1, minMs: 11_000, maxMs: 11_000, x: 500, first: 9 },
      { row: 0, count: 1, minMs: 12_020, maxMs: 12_020, x: 1010, first: 12 },
      { row: 1, count: 2, minMs: 9_900, maxMs: 9_900, x: -50, first: 7 },
      { row: 1, count: 2, minMs: 11_000, maxMs: 11_000, x: 500, first: 10 },
      { row: 1, count: 2, minMs: 12_020, maxMs: 12_020, x: 1010, first: 13 },
    ]);
  });

  it("finds the first group in reach among many before the view", () => {
    const many = Array.from({ length: 40 }, (_, i) => 1_000 + i * 200);
    const lane = [...many, 9_900, 11_000].flatMap((ms) => [ms, ms, ms]);
    const busy = new StackEngine(laneIndexOf([lane]), () => 20, { ...METRICS, maxRows: 2 });
    const groups = busy.layout(view, 1000).items.filter((item) => item.count > 1);
    expect(groups.map((group) => group.minMs)).toEqual([9_900, 11_000]);
  });
});

describe("StackEngine.layout", () => {
  const view: Viewport = { from: 0, to: 1000 };

  it("places marks by anchor and row, maps event indices through the lane order, and caches per level", () => {
    const index = laneIndexOf([[500, 100, 100], [300]]);
    const engine = new StackEngine(index, () => 60, METRICS);
    const layout = engine.layout(view, 1000);
    expect(layout.level).toBe(stackLevel(1));
    expect(layout.rowCounts).toEqual([2, 1]);
    expect(
      layout.items.map(({ lane, row, first, count, x }) => ({ lane, row, first, count, x })),
    ).toEqual([
      { lane: 0, row: 0, first: 0, count: 1, x: 100 },
      { lane: 0, row: 1, first: 1, count: 1, x: 100 },
      { lane: 0, row: 0, first: 2, count: 1, x: 500 },
      { lane: 1, row: 0, first: 3, count: 1, x: 300 },
    ]);
    expect(engine.stacksAt(layout.level)).toBe(engine.stacksAt(layout.level));
    expect(engine.placement(1, view, 1000)).toEqual({ lane: 0, row: 1 });
  });

  it("keeps a level's rows while panning, and includes marks whose label reaches into view", () => {
    const index = laneIndexOf([[-50, 40, 45, 2000]]);
    const engine = new StackEngine(index, () => 100, METRICS);
    const a = engine.layout(view, 1000);
    const b = engine.layout({ from: 1200, to: 2200 }, 1000);
    expect(a.level).toBe(b.level);
    expect(a.rowCounts).toEqual(b.rowCounts);
    // −50's label runs to +60: it still shows at the left edge.
    expect(a.items.map((item) => item.minMs)).toEqual([-50, 40, 45]);
    expect(b.items.map((item) => item.minMs)).toEqual([2000]);
  });

  it("gives a group its members as event indices, for a list of them", () => {
    const index = laneIndexOf([[100, 100, 100, 100, 100, 100, 100, 100]]);
    const engine = new StackEngine(index, () => 100, { ...METRICS, maxRows: 3 });
    const groups = engine.layout(view, 1000).items.filter((item) => item.count > 1);
    expect(groups).toHaveLength(1);
    expect(Array.from(groups[0]?.members ?? [])).toEqual([2, 3, 4, 5, 6, 7]);
    expect(groups[0]?.row).toBe(2);
  });
});

describe("StackEngine with a large lane index", () => {
  // One event a millisecond: at 1 ms per pixel (level 0) labels 100 px wide overlap heavily.
  const anchors = Array.from({ length: INTERIM_FROM_EVENTS }, (_, i) => i);
  const wide: Viewport = { from: 0, to: 4000 };
  const narrow: Viewport = { from: 0, to: 1000 };
  const tooNarrow: Viewport = { from: 0, to: 100 };

  it("draws a finer view from a coarser level already stacked until the view's own is", () => {
    const engine = new StackEngine(laneIndexOf([anchors]), () => 100, METRICS);
    const coarse = engine.layout(wide, 1000);
    expect(coarse.level).toBe(stackLevel(4));
    // Two doublings finer: the coarse level stands in, with the same rows.
    expect(engine.exactLevelFor(narrow, 1000)).toBe(stackLevel(1));
    const interim = engine.layout(narrow, 1000);
    expect(interim.level).toBe(coarse.level);
    expect(interim.rowCounts).toEqual(coarse.rowCounts);
    expect(engine.placement(0, narrow, 1000)).toEqual(engine.placement(0, wide, 1000));
    // More than two doublings finer: nothing stands in, the view's own level is stacked now.
    expect(engine.layout(tooNarrow, 1000).level).toBe(stackLevel(0.1));
    // Once stacked, a view has its own level.
    expect(engine.stackExact(narrow, 1000)).toBe(true);
    expect(engine.layout(narrow, 1000).level).toBe(stackLevel(1));
    expect(engine.stackExact(narrow, 1000)).toBe(false);
  });

  it("never lets a finer level stand in for a coarser view, whose labels it would overlap", () => {
    const engine = new StackEngine(laneIndexOf([anchors]), () => 100, METRICS);
    engine.layout(narrow, 1000);
    expect(engine.layout(wide, 1000).level).toBe(stackLevel(4));
    // Not even one rung finer.
    const other = new StackEngine(laneIndexOf([anchors]), () => 100, METRICS);
    const finer = other.layout({ from: 0, to: 3300 }, 1000).level;
    expect(finer).toBe(stackLevel(4) - 1);
    expect(other.layout(wide, 1000).level).toBe(stackLevel(4));
  });

  it("stacks every view at its own level below that size", () => {
    const engine = new StackEngine(laneIndexOf([anchors.slice(1)]), () => 100, METRICS);
    engine.layout(wide, 1000);
    expect(engine.layout(narrow, 1000).level).toBe(stackLevel(1));
    expect(engine.stackExact(narrow, 1000)).toBe(false);
  });
});

describe("StackEngine's label measuring", () => {
  const anchors = Array.from({ length: 600 }, (_, i) => i * 1000);
  /** An engine over one lane whose labels are all 40 px, recording each event it measures. */
  const measuring = (lane: readonly number[]) => {
    const measured: number[] = [];
    const engine = new StackEngine(
      laneIndexOf([lane]),
      (event) => (measured.push(event), 40),
      METRICS,
    );
    return { engine, measured };
  };

  it("measures in slices of 256 labels while asked to go on, each label once", () => {
    const { engine, measured } = measuring(anchors);
    let asked = 0;
    // Stop after the first slice: 256 labels, in order.
    expect(engine.measureWhile(() => (asked++, false))).toBe(false);
    expect(asked).toBe(1);
    expect(measured).toEqual(Array.from({ length: 256 }, (_, i) => i));
    // Go on: the rest, from where it stopped, asked after each slice.
    expect(engine.measureWhile(() => (asked++, true))).toBe(true);
    expect(asked).toBe(3);
    expect(measured).toEqual(Array.from({ length: 600 }, (_, i) => i));
    // Done: a layout reads the measured widths and measures nothing more.
    engine.measureAll();
    const items = engine.layout({ from: 0, to: 600_000 }, 600);
    expect(measured).toHaveLength(600);
    expect(items.items.every((item) => item.count > 1 || item.labelWidth === 40)).toBe(true);
  });

  it("measures every label at once when asked to", () => {
    const { engine, measured } = measuring(anchors);
    engine.measureAll();
    expect(measured).toHaveLength(600);
    expect(engine.measureWhile(() => true)).toBe(true);
    expect(measured).toHaveLength(600);
  });

  it("does not measure again what a layout has already measured", () => {
    const { engine, measured } = measuring(anchors.slice(0, 3));
    engine.layout({ from: 0, to: 3000 }, 3000);
    expect(measured).toEqual([0, 1, 2]);
    expect(engine.measureWhile(() => true)).toBe(true);
    expect(measured).toEqual([0, 1, 2]);
  });

  it("measures an empty label again, as it would one never measured", () => {
    let calls = 0;
    const engine = new StackEngine(laneIndexOf([[0]]), () => (calls++, 0), METRICS);
    engine.measureAll();
    engine.layout({ from: 0, to: 100 }, 100);
    expect(calls).toBeGreaterThanOrEqual(2);
  });
});

describe("StackEngine's level cache", () => {
  it("keeps the 48 most recently stacked levels and forgets the oldest first", () => {
    const engine = new StackEngine(laneIndexOf([[0, 10, 20]]), () => 40, METRICS);
    const first = engine.stacksAt(0);
    for (let level = 1; level < 48; level++) engine.stacksAt(level);
    expect(engine.stacksAt(0)).toBe(first);
    const second = engine.stacksAt(1);
    engine.stacksAt(48);
    expect(engine.stacksAt(1)).toBe(second);
    expect(engine.stacksAt(0)).not.toBe(first);
  });
});

describe("StackEngine.placement and rowCounts", () => {
  it("hands out an event alone in the overflow row as a single, its label cut where the row says", () => {
    // Lane 0: 0 takes the one row of marks; 5 and 80 find none, and 5 is alone (see above).
    const index = laneIndexOf([[0, 5, 80, 90]]);
    const engine = new StackEngine(index, () => 100, { ...METRICS, maxRows: 2 });
    const { items } = engine.layout({ from: 0, to: 1000 }, 1000);
    const alone = items.find((item) => item.first === 1);
    expect(alone).toMatchObject({ row: 1, count: 1, labelWidth: 55, cut: true });
    expect(items.find((item) => item.first === 0)).toMatchObject({ labelWidth: 100, cut: false });
    expect(items.find((item) => item.count === 2)).toMatchObject({ row: 1, cut: false });
    expect(engine.placement(1, { from: 0, to: 1000 }, 1000)).toEqual({ lane: 0, row: 1 });
  });

  it("puts an event counted in a group on its lane's last row", () => {
    // Six events on one spot in lane 1, two rows of marks and a group row.
    const index = laneIndexOf([[500], [100, 100, 100, 100, 100, 100]]);
    const engine = new StackEngine(index, () => 100, METRICS);
    const view: Viewport = { from: 0, to: 1000 };
    expect(engine.rowCounts(view, 1000)).toEqual([1, 3]);
    expect(engine.placement(0, view, 1000)).toEqual({ lane: 0, row: 0 });
    expect(engine.placement(1, view, 1000)).toEqual({ lane: 1, row: 0 });
    expect(engine.placement(2, view, 1000)).toEqual({ lane: 1, row: 1 });
    expect(engine.placement(6, view, 1000)).toEqual({ lane: 1, row: 2 });
  });

  it("draws a view narrower than a millisecond or a chart without width at a finite level", () => {
    const engine = new StackEngine(laneIndexOf([[0]]), () => 40, METRICS);
    expect(engine.exactLevelFor({ from: 5, to: 5 }, 0)).toBe(stackLevel(1));
    expect(engine.exactLevelFor({ from: 0, to: 4000 }, 0)).toBe(stackLevel(4000));
  });
});

/** The pixel interval an item takes in its row. */
function extent(item: StackItem, metrics: StackMetrics): [number, number] {
  const right = item.count === 1 ? metrics.labelOffset + item.labelWidth : metrics.groupWidth;
  return [item.x - metrics.before, item.x + right];
}

describe("stacked layout properties", () => {
  const lanesArb = fc.array(
    fc.array(
      fc.integer({ min: 0, max: 3650 }).map((day) => day * MS_PER_DAY),
      {
        maxLength: 60,
      },
    ),
    { minLength: 1, maxLength: 4 },
  );
  const widthsArb = fc.array(fc.integer({ min: 0, max: 260 }), { minLength: 1, maxLength: 32 });
  const viewArb = fc
    .tuple(
      fc.integer({ min: -400, max: 3650 }),
      fc.double({ min: 0.5, max: 5000, noNaN: true }),
      fc.integer({ min: 200, max: 1600 }),
    )
    .map(([fromDay, days, width]) => ({
      view: { from: fromDay * MS_PER_DAY, to: (fromDay + days) * MS_PER_DAY },
      width,
    }));

  it("at any zoom, no two items drawn in a lane's row overlap, labels included", () => {
    fc.assert(
      fc.property(lanesArb, widthsArb, viewArb, (lanes, widths, { view, width }) => {
        const engine = new StackEngine(
          laneIndexOf(lanes),
          (event) => widths[event % widths.length] as number,
          MARK_METRICS,
        );
        const { items, rowCounts } = engine.layout(view, width);
        const rows = new Map<string, [number, number][]>();
        for (const item of items) {
          expect(item.row).toBeGreaterThanOrEqual(0);
          expect(item.row).toBeLessThan(rowCounts[item.lane] ?? 0);
          expect(rowCounts[item.lane]).toBeLessThanOrEqual(MARK_METRICS.maxRows);
          const key = `${item.lane}/${item.row}`;
          rows.set(key, [...(rows.get(key) ?? []), extent(item, MARK_METRICS)]);
        }
        // Rounding the scale up to a rung makes each reserved extent a little wider than drawn.
        for (const spans of rows.values()) {
          spans.sort((a, b) => a[0] - b[0]);
          for (let i = 1; i < spans.length; i++) {
            expect(spans[i]?.[0]).toBeGreaterThanOrEqual((spans[i - 1]?.[1] ?? 0) - 1e-6);
          }
        }
      }),
    );
  });

  it("at any zoom, every event is drawn or counted in exactly one group", () => {
    fc.assert(
      fc.property(lanesArb, widthsArb, viewArb, (lanes, widths, { view, width }) => {
        const index = laneIndexOf(lanes);
        const engine = new StackEngine(
          index,
          (event) => widths[event % widths.length] as number,
          MARK_METRICS,
        );
        // The same scale as `view`, over a window wide enough to reach every event.
        const all = lanes.flat();
        const msPerPx = (view.to - view.from) / width;
        const from = Math.min(view.from, ...all) - MS_PER_DAY;
        const to = Math.max(view.to, ...all) + MS_PER_DAY;
        const whole = engine.layout({ from, to }, (to - from) / msPerPx);
        expect(whole.level).toBe(engine.layout(view, width).level);
        const counted = new Array<number>(all.length).fill(0);
        for (const item of whole.items) {
          const events = item.count === 1 ? [item.first] : Array.from(item.members);
          expect(events).toHaveLength(item.count);
          for (const event of events) counted[event] = (counted[event] ?? 0) + 1;
        }
        expect(counted).toEqual(all.map(() => 1));
      }),
      { numRuns: 60 },
    );
  });
});
