/**
 * The tension scene's exact geometry on a hand-made series and hand-placed events: the bands'
 * heights, the rules, which days the line visits, and where ticks and rings go.
 */
import { MS_PER_DAY } from "../../src/model/date.ts";
import type { TimelineEvent } from "../../src/model/events.ts";
import { DEFAULT_TENSION_OPTIONS, type UncertainTensionSeries } from "../../src/model/tension.ts";
import { FALLBACK_PALETTE } from "../../src/scene/palette.ts";
import { paintsFor } from "../../src/scene/paints.ts";
import { RecordingSink } from "../../src/scene/sinks/recordingSink.ts";
import {
  MAX_TICKS,
  SCREEN_TENSION,
  dayToX,
  drawTension,
  tensionY,
  visibleEvents,
  type TensionFrame,
  type TensionOptions,
} from "../../src/scene/tensionScene.ts";

/** Day 20,000 is 2024-10-04; the series covers 20 days from there. */
const FROM_DAY = 20_000;
const LENGTH = 20;
const HEIGHT = 112; // 100 px between the paddings: one pixel per tension point.
const paints = paintsFor(FALLBACK_PALETTE);

function series(staleAfter = LENGTH): UncertainTensionSeries {
  const tension = Float64Array.from({ length: LENGTH }, (_, i) => 30 + i);
  return {
    fromDay: FROM_DAY,
    step: 1,
    toDay: FROM_DAY + LENGTH - 1,
    length: LENGTH,
    options: { ...DEFAULT_TENSION_OPTIONS, halfLife: 5 },
    energy: new Float64Array(LENGTH),
    tension,
    // Fresh (age 0) up to `staleAfter`, then ageing one day at a time past the half-life.
    staleness: Float64Array.from({ length: LENGTH }, (_, i) => (i < staleAfter ? 0 : 6 + i)),
    lower: tension.map((t) => t - 5),
    upper: tension.map((t) => t + 5),
  };
}

/** A view of whole days, `days` long from `fromDay`, 10 px a day. */
function view(fromDay: number, days: number) {
  return { from: fromDay * MS_PER_DAY, to: (fromDay + days) * MS_PER_DAY };
}

function event(id: string, day: number, score: number, weight = 1): TimelineEvent {
  const ms = day * MS_PER_DAY + MS_PER_DAY / 2;
  return { id, startMs: day * MS_PER_DAY, endMs: ms, anchorMs: ms, score, weight } as TimelineEvent;
}

function frame(patch: Partial<TensionFrame> = {}): TensionFrame {
  return {
    view: view(FROM_DAY + 5, 10),
    width: 100,
    height: HEIGHT,
    series: series(),
    events: [],
    showUncertainty: false,
    selectedId: null,
    palette: FALLBACK_PALETTE,
    ...patch,
  };
}

/** Rounded to a millionth of a pixel: day arithmetic leaves float dust. */
const px = (values: readonly number[] | undefined) => values?.map((v) => Math.round(v * 1e6) / 1e6);

function draw(f: TensionFrame = frame(), options: Partial<TensionOptions> = {}) {
  const sink = new RecordingSink();
  drawTension(sink, f, { ...SCREEN_TENSION, ...options });
  return sink;
}

describe("the tension scene's geometry", () => {
  it("maps tension 100 to the top padding and 0 to the bottom padding", () => {
    expect(tensionY(100, HEIGHT)).toBe(6);
    expect(tensionY(0, HEIGHT)).toBe(106);
    expect(tensionY(50, HEIGHT)).toBe(56);
    expect(tensionY(75, 212)).toBe(6 + 50);
  });

  it("puts a day's value in the middle of the day", () => {
    expect(dayToX(FROM_DAY + 5, view(FROM_DAY + 5, 10), 100)).toBe(5);
    expect(dayToX(FROM_DAY + 7, view(FROM_DAY + 5, 10), 100)).toBe(25);
  });

  it("tints each band from its upper to its lower value across the width", () => {
    const bands = draw()
      .of("rect")
      .map((r) => [r.x, r.y, r.width, r.height, r.paint]);
    expect(bands).toEqual([
      [0, 86, 100, 20, paints.bands[0]],
      [0, 71, 100, 15, paints.bands[1]],
      [0, 56, 100, 15, paints.bands[2]],
      [0, 41, 100, 15, paints.bands[3]],
      [0, 26, 100, 15, paints.bands[4]],
      [0, 6, 100, 20, paints.bands[5]],
    ]);
  });

  it("rules each band's lower edge and the midline on half pixels across the width", () => {
    const [rules, midline] = draw().of("path");
    expect(rules?.paint).toBe(paints.bandLines);
    expect(rules?.points).toEqual([
      [0, 106.5],
      [100, 106.5],
      [0, 86.5],
      [100, 86.5],
      [0, 71.5],
      [100, 71.5],
      [0, 56.5],
      [100, 56.5],
      [0, 41.5],
      [100, 41.5],
      [0, 26.5],
      [100, 26.5],
    ]);
    expect(midline?.paint).toBe(paints.midline);
    expect(midline?.points).toEqual([
      [0, 56.5],
      [100, 56.5],
    ]);
  });

  it("draws the line over the days in view and one more each side, at their heights", () => {
    const [line] = draw().of("polyline");
    // Days 4 to 16 of the series (the view holds 5 to 14; the last index is 15, then clamped).
    expect(px(line?.xs)).toEqual([-5, 5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 105, 115]);
    expect(line?.ys).toEqual(
      [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].map((i) => tensionY(30 + i, HEIGHT)),
    );
    expect(line?.paint).toBe(paints.freshLine);
  });

  it("clamps the line to the series at both ends", () => {
    const [line] = draw(frame({ view: view(FROM_DAY - 3, 30), width: 300 })).of("polyline");
    expect(line?.xs[0]).toBe(dayToX(FROM_DAY, view(FROM_DAY - 3, 30), 300));
    expect(line?.xs).toHaveLength(LENGTH);
    // A view entirely after the series draws no line.
    expect(draw(frame({ view: view(FROM_DAY + 40, 10) })).of("polyline")).toEqual([]);
    expect(draw(frame({ series: { ...series(), length: 0 } })).of("polyline")).toEqual([]);
  });

  it("splits the line where it goes stale, the fresh run reaching the first stale day", () => {
    const lines = draw(frame({ series: series(10) })).of("polyline");
    expect(lines.map((l) => l.paint)).toEqual([paints.freshLine, paints.staleLine]);
    expect(px(lines[0]?.xs)).toEqual([-5, 5, 15, 25, 35, 45, 55]);
    expect(px(lines[1]?.xs)).toEqual([55, 65, 75, 85, 95, 105, 115]);
  });

  it("shades the uncertainty between the upper and lower runs over the same days", () => {
    const [area] = draw(frame({ showUncertainty: true })).of("area");
    expect(px(area?.xs)).toEqual([-5, 5, 15, 25, 35, 45, 55, 65, 75, 85, 95, 105, 115]);
    expect(area?.tops[0]).toBe(tensionY(34 + 5, HEIGHT));
    expect(area?.bottoms[0]).toBe(tensionY(34 - 5, HEIGHT));
    expect(area?.paint).toBe(paints.uncertainty);
  });

  it("draws long views whole, past any scratch size", () => {
    const long = 5000;
    const tension = new Float64Array(long).fill(40);
    const big = {
      ...series(),
      length: long,
      toDay: FROM_DAY + long - 1,
      tension,
      staleness: new Float64Array(long),
      lower: tension,
      upper: tension,
    };
    const sink = draw(
      frame({ series: big, view: view(FROM_DAY, long), width: 1000, showUncertainty: true }),
    );
    expect(sink.of("polyline")[0]?.xs).toHaveLength(long);
    expect(sink.of("area")[0]?.xs).toHaveLength(long);
  });

  it("marks each day with events once, by the sign of its net weighted impulse", () => {
    const events = [
      event("a", FROM_DAY + 7, -3),
      event("b", FROM_DAY + 7, 2, 2),
      event("c", FROM_DAY + 9, -1),
      event("d", FROM_DAY + 9, 1),
    ];
    const symbols = draw(frame({ events })).of("symbol");
    expect(symbols.map((s) => [s.tone, s.x, s.y, s.r, s.paint])).toEqual([
      ["cooperation", 25, tensionY(37, HEIGHT), 4, paints.tick.cooperation],
      ["neutral", 45, tensionY(39, HEIGHT), 4, paints.tick.neutral],
    ]);
  });

  it("rings the selected event's day, or marks the hovered one's day with a rule and ring", () => {
    const events = [event("a", FROM_DAY + 7, -3), event("b", FROM_DAY + 9, 2)];
    const selected = draw(frame({ events, selectedId: "a" }));
    expect(selected.of("circle").map((c) => [c.x, c.y, c.r, c.paint])).toEqual([
      [25, tensionY(37, HEIGHT), 8, paints.tensionSelectedRing],
    ]);
    const hovered = draw(frame({ events, hoveredId: "b" }));
    const rule = hovered.of("path").find((p) => p.paint === paints.tensionHoverRule);
    expect(rule?.points).toEqual([
      [45, 0],
      [45, HEIGHT],
    ]);
    expect(hovered.of("symbol").map((s) => s.r)).toEqual([4, 6]);
    expect(hovered.of("circle").map((c) => [c.x, c.r, c.paint])).toEqual([
      [45, 8, paints.tensionHoverRing],
    ]);
    const still = draw(frame({ events, hoveredId: "b", selectedId: "a" }), {
      hover: false,
      selection: false,
    });
    expect(still.of("circle")).toEqual([]);
    expect(still.of("symbol").map((s) => s.r)).toEqual([4, 4]);
  });

  it("leaves out ticks for days outside the series, and all ticks past the maximum", () => {
    const outside = [event("early", FROM_DAY + 5, -3)];
    const shifted = { ...series(), fromDay: FROM_DAY + 6, toDay: FROM_DAY + 25 };
    expect(draw(frame({ events: outside, series: shifted })).of("symbol")).toEqual([]);
    const crowd = Array.from({ length: MAX_TICKS + 1 }, (_, i) => event(`e${i}`, FROM_DAY + 6, -1));
    expect(draw(frame({ events: crowd })).of("symbol")).toEqual([]);
    expect(draw(frame({ events: crowd.slice(1) })).of("symbol")).toHaveLength(1);
  });

  it("names no band on screen, where the names are HTML beside the chart", () => {
    expect(draw().of("text")).toEqual([]);
  });

  it("names the bands at their middles for documents", () => {
    const names = draw(frame(), { bandLabel: (i) => `band ${i}` }).of("text");
    expect(names.map((t) => [t.x, t.y, t.content])).toEqual([
      [6, tensionY(10, HEIGHT) + 4, "band 0"],
      [6, tensionY(27.5, HEIGHT) + 4, "band 1"],
      [6, tensionY(42.5, HEIGHT) + 4, "band 2"],
      [6, tensionY(57.5, HEIGHT) + 4, "band 3"],
      [6, tensionY(72.5, HEIGHT) + 4, "band 4"],
      [6, tensionY(90, HEIGHT) + 4, "band 5"],
    ]);
    expect(names[0]?.style).toEqual({
      fill: FALLBACK_PALETTE.muted,
      size: 11,
      role: "detente-band-label",
    });
  });
});

describe("the news-coded baseline", () => {
  const baselineOf = (sink: RecordingSink) =>
    sink.of("polyline").filter((line) => line.paint === paints.baselineLine);

  it("follows the days its file covers within the view and one day past it, under the line", () => {
    const baseline = { series: series(), firstDay: FROM_DAY + 8, lastDay: FROM_DAY + 30 };
    const sink = draw(frame({ baseline }));
    const [line] = baselineOf(sink);
    // The view is days 5 to 15 at 10 px a day; the file starts on day 8; the series ends on 19.
    expect(px(line?.xs)).toEqual([35, 45, 55, 65, 75, 85, 95, 105, 115]);
    expect(px(line?.ys)).toEqual(
      px([38, 39, 40, 41, 42, 43, 44, 45, 46].map((t) => tensionY(t, HEIGHT))),
    );
    const lines = sink.of("polyline");
    expect(lines.indexOf(line as (typeof lines)[number])).toBe(0);
  });

  it("stops where its file stops", () => {
    const baseline = { series: series(), firstDay: FROM_DAY, lastDay: FROM_DAY + 7 };
    expect(px(baselineOf(draw(frame({ baseline })))[0]?.xs)).toEqual([-5, 5, 15, 25]);
  });

  it("is left out where its file covers none of the view", () => {
    const before = { series: series(), firstDay: FROM_DAY, lastDay: FROM_DAY + 3 };
    const after = { series: series(), firstDay: FROM_DAY + 17, lastDay: FROM_DAY + 19 };
    expect(baselineOf(draw(frame({ baseline: before })))).toEqual([]);
    expect(baselineOf(draw(frame({ baseline: after })))).toEqual([]);
    expect(draw(frame({ baseline: before })).of("polyline")).toHaveLength(1);
  });

  it("ends with its series when its file claims days past it", () => {
    const baseline = { series: series(), firstDay: FROM_DAY + 15, lastDay: FROM_DAY + 40 };
    const [line] = baselineOf(draw(frame({ baseline, view: view(FROM_DAY + 15, 10) })));
    // Days 15 to 19 are the series' last; nothing is drawn at a made-up value past day 19.
    expect(px(line?.xs)).toEqual([5, 15, 25, 35, 45]);
    expect(px(line?.ys)).toEqual(px([45, 46, 47, 48, 49].map((t) => tensionY(t, HEIGHT))));
  });

  it("places a coarse series' elements at the days they start, four days each", () => {
    const coarse = { ...series(), step: 4, length: 5, toDay: FROM_DAY + 19 };
    const baseline = { series: coarse, firstDay: FROM_DAY, lastDay: FROM_DAY + 19 };
    const [line] = baselineOf(draw(frame({ baseline })));
    // Days 4 to 16 are in reach: elements 1 to 4, starting on days 4, 8, 12 and 16.
    expect(px(line?.xs)).toEqual([-5, 35, 75, 115]);
    expect(px(line?.ys)).toEqual(px([31, 32, 33, 34].map((t) => tensionY(t, HEIGHT))));
  });
});

describe("the events anchored in view", () => {
  const events = [
    event("long before", 100, 1),
    event("just before", 199, 1),
    event("first", 200, 1),
    event("last", 209, 1),
    event("after", 210, 1),
  ];
  it("keeps events anchored from the view's start to its end, edges included", () => {
    const v = { from: 200 * MS_PER_DAY + MS_PER_DAY / 2, to: 209 * MS_PER_DAY + MS_PER_DAY / 2 };
    expect(visibleEvents(events, v).map((e) => e.id)).toEqual(["first", "last"]);
  });

  it("keeps an event that starts and is anchored on the view's last instant", () => {
    const instant = {
      ...event("instant", 0, 1),
      startMs: 209 * MS_PER_DAY,
      anchorMs: 209 * MS_PER_DAY,
    };
    const v = { from: 200 * MS_PER_DAY, to: 209 * MS_PER_DAY };
    expect(visibleEvents([...events.slice(0, 3), instant], v).map((e) => e.id)).toEqual([
      "first",
      "instant",
    ]);
  });

  it("finds an event whose start is up to half a year before its anchor", () => {
    const yearEvent = { ...event("year", 0, 1), startMs: 0, anchorMs: 183 * MS_PER_DAY };
    const v = { from: 180 * MS_PER_DAY, to: 190 * MS_PER_DAY };
    expect(visibleEvents([yearEvent, ...events], v).map((e) => e.id)).toEqual(["year"]);
  });

  it("stops one past the maximum, enough to know there are too many", () => {
    const crowd = Array.from({ length: MAX_TICKS + 50 }, (_, i) => event(`e${i}`, 300, 1));
    expect(visibleEvents(crowd, view(300, 1))).toHaveLength(MAX_TICKS + 1);
  });
});
