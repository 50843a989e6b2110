/**
 * The timeline scene's exact geometry, on a hand-made layout: where each stripe, band, line, mark,
 * ring and label goes, so a changed offset or a flipped edge test is caught (the behaviour tests
 * in timelineScene.test.ts use the real layout and check what is drawn, not where to the pixel).
 */
import { MS_PER_DAY } from "../../src/model/date.ts";
import { startSpanEndMs } from "../../src/model/events.ts";
import type { StackItem, StackLayout } from "../../src/model/stacking.ts";
import { FALLBACK_PALETTE } from "../../src/scene/palette.ts";
import { paintsFor } from "../../src/scene/paints.ts";
import { RecordingSink, type DrawCall } from "../../src/scene/sinks/recordingSink.ts";
import {
  SCREEN_TIMELINE,
  drawTimeline,
  type TimelineFrame,
  type TimelineOptions,
} from "../../src/scene/timelineScene.ts";
import { day, frameOf, sampleEvent } from "./sceneFixture.ts";

/** One pixel per day from 1 January 2025, 800 px wide. */
const FROM = day("2025-01-01");
const VIEW = { from: FROM, to: FROM + 800 * MS_PER_DAY };
const at = (days: number) => FROM + days * MS_PER_DAY;
const paints = paintsFor(FALLBACK_PALETTE);
/** Six pixels a character at the 12 px label size: wider than the layout's estimate. */
const wide = (text: string, size: number) => Array.from(text).length * size * 0.5;

const EVENTS = [
  sampleEvent({ id: "span", date: "2025-02-01", end: "2025-03-02", score: -6, title: "Span" }),
  sampleEvent({ id: "month", date: "2025-05", score: 5, title: "A month" }),
  sampleEvent({ id: "plain", date: "2025-07-01", score: 0, title: "Plain title" }),
  sampleEvent({
    id: "context",
    date: "2025-08-01",
    initiator: "VEN",
    target: "COL",
    score: -3,
    title: "Elsewhere",
  }),
  sampleEvent({ id: "edge", date: "2025-09-01", title: "A title cut by the edge" }),
];

/** Lane 0 has one row, lane 1 four: tops at 20, 54 and 142 (era row 20, head 14, rows of 18). */
const ROWS = [1, 4];

function frame(items: StackItem[], patch: Partial<TimelineFrame> = {}): TimelineFrame {
  const base = frameOf(EVENTS, VIEW);
  const layout: StackLayout = { level: 0, rowCounts: ROWS, items };
  return { ...base, layout, ticks: [], measure: wide, ...patch };
}

function indexOf(id: string): number {
  const index = frameOf(EVENTS, VIEW).events.findIndex((event) => event.id === id);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

function single(id: string, x: number, lane = 0, row = 0, labelWidth = 60): StackItem {
  const first = indexOf(id);
  return {
    lane,
    row,
    first,
    count: 1,
    members: new Int32Array(0),
    minMs: 0,
    maxMs: 0,
    x,
    labelWidth,
  };
}

function group(ids: string[], x: number, lane = 1, row = 3): StackItem {
  const members = Int32Array.from(ids.map(indexOf));
  return {
    lane,
    row,
    first: members[0] as number,
    count: ids.length,
    members,
    minMs: 0,
    maxMs: 0,
    x,
    labelWidth: 0,
  };
}

function draw(f: TimelineFrame, options: Partial<TimelineOptions> = {}): RecordingSink {
  const sink = new RecordingSink();
  drawTimeline(sink, f, { ...SCREEN_TIMELINE, ...options });
  return sink;
}

const ofEvent = (sink: RecordingSink, id: string) =>
  sink.calls.filter((call) => call.data["event-id"] === id);
/** Rounded to a millionth of a pixel: day arithmetic leaves float dust. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;
const rectTuple = (call: DrawCall | undefined) =>
  call?.kind === "rect" ? [call.x, call.y, call.width, call.height].map(round) : undefined;

describe("the timeline scene's geometry", () => {
  it("stripes each lane across the width, alternating two fills, as tall as its rows", () => {
    const rects = draw(frame([])).of("rect");
    expect(rects.map(rectTuple)).toEqual([
      [0, 20, 800, 34],
      [0, 54, 800, 88],
    ]);
    expect(rects.map((rect) => rect.paint)).toEqual([paints.laneA, paints.laneB]);
    const three = draw(frame([], { layout: { level: 0, rowCounts: [1, 4, 2], items: [] } }));
    expect(three.of("rect").map((rect) => rect.paint)).toEqual([
      paints.laneA,
      paints.laneB,
      paints.laneA,
    ]);
  });

  it("bands an era from its start to its end with an edge line and its name inside", () => {
    const sink = draw(frame([], { eras: [{ label: "Spring", fromMs: at(10), toMs: at(110) }] }));
    const era = sink.calls.filter((call) => call.groups.includes("detente-era"));
    expect(era.map((call) => call.kind)).toEqual(["rect", "path", "text"]);
    expect(rectTuple(era[0])).toEqual([10, 0, 100, 142]);
    expect(era[0]?.kind === "rect" && era[0].paint).toBe(paints.era);
    expect(era[1]?.kind === "path" && era[1].points).toEqual([
      [10.5, 0],
      [10.5, 142],
    ]);
    expect(era[2]?.kind === "text" && [era[2].x, era[2].y, era[2].content]).toEqual([
      14,
      14,
      "Spring",
    ]);
    expect(era[2]?.kind === "text" && era[2].style).toEqual({
      fill: FALLBACK_PALETTE.eraText,
      size: 12,
    });
  });

  it("clips an era to the window, cuts its name to the room left, and skips eras outside", () => {
    const sink = draw(
      frame([], {
        eras: [
          { label: "Before", fromMs: at(-50), toMs: at(0) },
          { label: "Left", fromMs: at(-50), toMs: at(60) },
          { label: "Right side", fromMs: at(760), toMs: at(900) },
          { label: "After", fromMs: at(800), toMs: at(900) },
        ],
      }),
    );
    const rects = sink.calls.filter((c) => c.kind === "rect" && c.groups.includes("detente-era"));
    expect(rects.map(rectTuple)).toEqual([
      [0, 0, 60, 142],
      [760, 0, 40, 142],
    ]);
    const texts = sink.of("text").filter((c) => c.groups.includes("detente-era"));
    // "Left" fits 52 px; "Right side" has 32 px: "Rig…" needs 24 px, "Righ…" 30 px.
    expect(texts.map((t) => [t.x, t.content])).toEqual([
      [4, "Left"],
      [764, "Righ…"],
    ]);
  });

  it("draws grid lines on whole pixels from the era row to just below the lanes", () => {
    const sink = draw(
      frame([], {
        ticks: [
          { ms: at(100.3), label: "a" },
          { ms: at(250.7), label: "b" },
        ],
      }),
    );
    const [grid] = sink.of("path").filter((c) => c.paint === paints.grid);
    expect(grid?.points).toEqual([
      [100.5, 20],
      [100.5, 146],
      [251.5, 20],
      [251.5, 146],
    ]);
    expect(draw(frame([])).of("path")).toEqual([]);
  });

  it("draws the today line with its label right of it, or left of it near the right edge", () => {
    const today = (days: number) => {
      const sink = draw(frame([], { todayMs: at(days), todayLabel: "Today" }));
      const line = sink.of("path").find((c) => c.paint === paints.today);
      const label = sink.of("text").find((c) => c.style.role === "detente-today-label");
      return { line: line?.points, label: label && [label.x, label.y, label.style.anchor] };
    };
    expect(today(400)).toEqual({
      line: [
        [400, 20],
        [400, 142],
      ],
      label: [404, 32, "start"],
    });
    expect(today(740).label).toEqual([744, 32, "start"]);
    expect(today(750).label).toEqual([746, 32, "end"]);
    expect(today(800).label).toEqual([796, 32, "end"]);
    expect(today(0).line).toBeDefined();
    expect(today(800.5).line).toBeUndefined();
    expect(today(-0.5).line).toBeUndefined();
  });

  it("writes lane names at the top of each lane, for documents", () => {
    const [lane] = frameOf(EVENTS, VIEW).lanes;
    if (!lane) throw new Error("the fixture has a lane");
    const lanes = [lane, { ...lane, id: "second", label: "Second" }];
    const sink = draw(frame([], { lanes }), { laneName: (lane) => `«${lane.label}»` });
    const names = sink.of("text").filter((c) => c.style.role === "detente-lane-label");
    expect(names.map((n) => [n.x, n.y])).toEqual([
      [6, 32],
      [6, 66],
    ]);
    expect(names[0]?.style).toMatchObject({
      size: 11,
      letterSpacing: 0.03,
      fill: FALLBACK_PALETTE.muted,
    });
  });

  it("places a mark at its x in its lane's row, its label right of it", () => {
    const sink = draw(frame([single("plain", 300, 1, 2)]));
    const [symbol] = ofEvent(sink, "plain").filter((c) => c.kind === "symbol");
    // Lane 1 starts at 54; row 2 is 14 + 2 × 18 below it, centred at + 9.
    expect(symbol?.kind === "symbol" && [symbol.x, symbol.y, symbol.r, symbol.tone]).toEqual([
      300,
      113,
      6,
      "neutral",
    ]);
    expect(symbol?.kind === "symbol" && symbol.paint).toBe(paints.mark.neutral);
    const [label] = ofEvent(sink, "plain").filter((c) => c.kind === "text");
    expect(label?.kind === "text" && [label.x, label.y, label.content]).toEqual([
      310,
      117,
      "Plain title",
    ]);
    expect(label?.kind === "text" && label.style).toEqual({
      fill: FALLBACK_PALETTE.text,
      size: 12,
      role: "detente-mark-label",
    });
    expect(sink.calls.find((c) => c.data["event-id"] === "plain")?.groups).toEqual([
      "detente-mark",
    ]);
  });

  it("draws a span's bar from its start to its end around the mark's row", () => {
    const f = frame([single("span", 50)]);
    const event = f.events[indexOf("span")];
    const [bar] = ofEvent(draw(f), "span").filter((c) => c.kind === "rect");
    const x0 = ((event?.startMs ?? 0) - FROM) / MS_PER_DAY;
    const x1 = ((event?.endMs ?? 0) - FROM) / MS_PER_DAY;
    expect(x1 - x0).toBeGreaterThan(20);
    expect(rectTuple(bar)).toEqual([x0, 43 - 3, x1 - x0, 6]);
    expect(bar?.kind === "rect" && bar.paint).toBe(paints.span.conflict);
  });

  it("brackets a date known to the month under the mark, across what it could be", () => {
    const f = frame([single("month", 140)]);
    const event = f.events[indexOf("month")];
    if (!event) throw new Error("the fixture has a month event");
    const [bracket] = ofEvent(draw(f), "month").filter((c) => c.kind === "path");
    const x0 = (event.startMs - FROM) / MS_PER_DAY;
    const x1 = (startSpanEndMs(event) - FROM) / MS_PER_DAY;
    expect(x1 - x0).toBeGreaterThan(25);
    expect(bracket?.kind === "path" && bracket.points).toEqual([
      [x0, 49],
      [x0, 53],
      [x1, 53],
      [x1, 49],
    ]);
    expect(bracket?.kind === "path" && bracket.paint).toBe(paints.bracket.cooperation);
    // A day's date has no bracket, a point event no bar.
    expect(ofEvent(draw(frame([single("plain", 140)])), "plain").map((c) => c.kind)).toEqual([
      "symbol",
      "text",
    ]);
  });

  it("rings the match, links, selection and hover at their own radii, in that order", () => {
    const f = frame([single("plain", 300)], {
      matches: (event) => event.id === "plain",
      linked: new Set(["plain"]),
      selectedId: "plain",
    });
    const circles = (sink: RecordingSink) =>
      ofEvent(sink, "plain").flatMap((c) =>
        c.kind === "circle" ? [[c.r, c.paint.role, c.x, c.y]] : [],
      );
    expect(circles(draw(f))).toEqual([
      [11, "detente-match", 300, 43],
      [13, "detente-linked", 300, 43],
      [10, "detente-selected", 300, 43],
    ]);
    expect(circles(draw({ ...f, selectedId: null, hoveredId: "plain" }))).toEqual([
      [11, "detente-match", 300, 43],
      [13, "detente-linked", 300, 43],
      [10, "detente-hovered", 300, 43],
    ]);
    expect(circles(draw(f, { linked: false, matches: false, selection: false }))).toEqual([]);
    expect(
      circles(
        draw(
          { ...f, selectedId: null, hoveredId: "plain" },
          { hover: false, linked: false, matches: false },
        ),
      ),
    ).toEqual([]);
  });

  it("marks a third country's event as context: hollow dashed shape, muted label, data flag", () => {
    const sink = draw(frame([single("context", 300)]));
    const calls = ofEvent(sink, "context");
    expect(calls[0]?.data).toEqual({ "event-id": "context", tone: "conflict", context: "true" });
    const symbol = calls.find((c) => c.kind === "symbol");
    expect(symbol?.kind === "symbol" && symbol.paint).toBe(paints.contextMark.conflict);
    const label = calls.find((c) => c.kind === "text");
    expect(label?.kind === "text" && label.style.fill).toBe(FALLBACK_PALETTE.muted);
    expect(ofEvent(draw(frame([single("plain", 300)])), "plain")[0]?.data).toEqual({
      "event-id": "plain",
      tone: "neutral",
    });
  });

  it("keeps a label whole when its reserved width fits before the edge, without measuring", () => {
    let measured = 0;
    const counting = (text: string, size: number) => {
      measured++;
      return wide(text, size) * 10;
    };
    // Reserved 60 px; 800 − 700 − 10 − 4 = 86 px left before the edge.
    const sink = draw(frame([single("edge", 700, 0, 0, 60)], { measure: counting }));
    const label = ofEvent(sink, "edge").find((c) => c.kind === "text");
    expect(label?.kind === "text" && label.content).toBe("A title cut by the edge");
    expect(measured).toBe(0);
    // Exactly the reserved width left: still whole.
    const exact = draw(frame([single("edge", 726, 0, 0, 60)], { measure: counting }));
    expect(ofEvent(exact, "edge").find((c) => c.kind === "text")?.kind === "text").toBe(true);
    expect(measured).toBe(0);
  });

  it("shares the row with the previous label when the right edge leaves a label too little", () => {
    // "Plain title" reserves 500 + 10 + 200 = 710; the edge mark's left room is 740 − 10 − 718,
    // and the right leaves 800 − 740 − 14 = 46 px. The gap between the marks, 740 − 500 − 28 =
    // 212 px, is split: 106 each, the edge's label on its left (17 characters at 6 px each).
    const before = single("plain", 500, 0, 0, 200);
    const shared = draw(frame([before, single("edge", 740, 0, 0, 200)]));
    const text = (id: string) => {
      const label = ofEvent(shared, id).find((c) => c.kind === "text");
      return label?.kind === "text" && [label.content, label.x, label.style.anchor];
    };
    expect(text("edge")).toEqual(["A title cut by t…", 730, "end"]);
    // The previous label needs 66 px of its 106: still whole, where it was.
    expect(text("plain")).toEqual(["Plain title", 510, undefined]);
    // Too close to share (780 − 760 − 28 < 96): the edge mark keeps its symbol and no label.
    const none = draw(frame([single("plain", 760, 0, 0, 20), single("edge", 780, 0, 0, 200)]));
    expect(ofEvent(none, "edge").map((c) => c.kind)).toEqual(["symbol"]);
  });

  it("fits a label the layout cut to its reserved room, measuring it, and never moves it left", () => {
    // Reserved 46 px by the row's next item: six characters and "…" at 6 px each, right of the
    // mark even near the edge (800 − 740 − 14 = 46 px there too; the left is free).
    const cut = { ...single("edge", 300, 0, 0, 46), cut: true };
    const label = ofEvent(draw(frame([cut])), "edge").find((c) => c.kind === "text");
    expect(label?.kind === "text" && [label.content, label.x]).toEqual(["A titl…", 310]);
    const nearEdge = { ...single("edge", 740, 0, 0, 46), cut: true };
    const right = ofEvent(draw(frame([nearEdge])), "edge").find((c) => c.kind === "text");
    expect(right?.kind === "text" && [right.content, right.x, right.style.anchor]).toEqual([
      "A titl…",
      750,
      undefined,
    ]);
  });

  it("moves a label the right edge would cut to the left of its mark, whole or cut", () => {
    // Alone in its row: 740 − 10 − 4 px on the left hold the 200 px reserved; ends at 730.
    const whole = draw(frame([single("edge", 740, 0, 0, 200)]));
    const label = ofEvent(whole, "edge").find((c) => c.kind === "text");
    expect(label?.kind === "text" && [label.content, label.x, label.style.anchor]).toEqual([
      "A title cut by the edge",
      730,
      "end",
    ]);
    // Taken back to 500 + 10 + 60 + 8 = 578: 780 − 10 − 578 = 192 px on the left, 6 on the
    // right; the 23-character title (138 px at 6 px a character) fits whole.
    const room = draw(frame([single("plain", 500), single("edge", 780, 0, 0, 300)]));
    const moved = ofEvent(room, "edge").find((c) => c.kind === "text");
    expect(moved?.kind === "text" && [moved.content, moved.x]).toEqual([
      "A title cut by the edge",
      770,
    ]);
    // Back to 660 + 10 + 60 + 8 = 738: 32 px on the left is too little to move for.
    const cramped = draw(frame([single("plain", 660), single("edge", 780, 0, 0, 300)]));
    expect(ofEvent(cramped, "edge").map((c) => c.kind)).toEqual(["symbol"]);
  });

  it("fades an event outside the filters to a quarter, and titles marks for documents", () => {
    const sink = draw(frame([single("plain", 300)], { passing: new Set(["span"]) }), {
      markTitle: (event) => `About ${event.id}`,
    });
    expect(ofEvent(sink, "plain").every((c) => c.opacity === 0.25)).toBe(true);
    const visible = draw(frame([single("plain", 300)], { passing: new Set(["plain"]) }));
    expect(ofEvent(visible, "plain").every((c) => c.opacity === 1)).toBe(true);
  });

  it("draws a group as a badge centred on its count in the lane's last row", () => {
    const sink = draw(
      frame([group(["plain", "edge", "month"], 300)], { moreLabel: (n) => `+${n} more` }),
    );
    const badge = sink.calls.filter((c) => c.groups.includes("detente-cluster"));
    expect(badge.map((c) => c.kind)).toEqual(["rect", "text"]);
    // Row 3 of lane 1: centre 54 + 14 + 54 + 9 = 131; the badge starts 10 px before x.
    expect(rectTuple(badge[0])).toEqual([290, 131 - 9 + 1, 74, 16]);
    expect(badge[0]?.kind === "rect" && [badge[0].paint, badge[0].radius]).toEqual([
      paints.cluster,
      9,
    ]);
    expect(badge[1]?.kind === "text" && [badge[1].x, badge[1].y, badge[1].content]).toEqual([
      327,
      135,
      "+3 more",
    ]);
    expect(badge[1]?.kind === "text" && badge[1].style).toEqual({
      fill: FALLBACK_PALETTE.clusterText,
      size: 12,
      anchor: "middle",
      role: "detente-cluster-count",
    });
    expect(badge[0]?.data).toEqual({ count: "3" });
  });

  it("keeps a group's badge inside the right edge and shortens its words to fit", () => {
    const sink = draw(
      frame([group(["plain", "edge"], 795)], {
        moreLabel: (n) => `+${n} more events`,
      }),
    );
    const [rect] = sink.of("rect").filter((c) => c.groups.includes("detente-cluster"));
    expect(rect?.x).toBe(800 - 64 - 10);
    const [text] = sink.of("text").filter((c) => c.groups.includes("detente-cluster"));
    // 62 px of room at 6 px a character: nine characters and "…".
    expect(text?.content).toBe("+2 more e…");
    const tight = draw(
      frame([group(["plain", "edge"], 300)], {
        moreLabel: (n) => `+${n} more`,
        measure: (t) => t.length * 30,
      }),
    );
    expect(tight.of("text").find((c) => c.groups.includes("detente-cluster"))?.content).toBe("+2");
  });

  it("rings a group holding a linked event, only when links are drawn", () => {
    const item = group(["plain", "edge"], 300);
    const ring = (f: TimelineFrame, options: Partial<TimelineOptions> = {}) =>
      draw(f, options)
        .of("rect")
        .filter((c) => c.paint === paints.linkedRing)
        .map((c) => [...(rectTuple(c) ?? []), c.radius]);
    expect(ring(frame([item], { linked: new Set(["edge"]) }))).toEqual([
      [287, 131 - 11, 80, 22, 11],
    ]);
    expect(ring(frame([item], { linked: new Set(["month"]) }))).toEqual([]);
    expect(ring(frame([item], { linked: new Set() }))).toEqual([]);
    expect(ring(frame([item], { linked: new Set(["edge"]) }), { linked: false })).toEqual([]);
  });

  it("rings a group holding the selected event, searching only a group whose range covers it", () => {
    const base = group(["plain", "edge"], 300);
    const events = frameOf(EVENTS, VIEW).events;
    const anchor = (id: string) => events[indexOf(id)]?.anchorMs ?? NaN;
    // The group's range runs from its first to its last member's anchor, as the layout sets it.
    const item = { ...base, minMs: anchor("plain"), maxMs: anchor("edge") };
    const ring = (f: TimelineFrame) =>
      draw(f)
        .of("rect")
        .filter((c) => c.paint === paints.selectedRing);
    expect(ring(frame([item], { selectedId: "edge" }))).toHaveLength(1);
    expect(
      ring(frame([item], { selectedId: "edge", selectedAnchorMs: anchor("edge") })),
    ).toHaveLength(1);
    expect(ring(frame([item], { selectedId: "month" }))).toHaveLength(0);
    // An anchor outside the group's range rules the group out without looking at its members.
    expect(
      ring(frame([item], { selectedId: "edge", selectedAnchorMs: anchor("edge") + MS_PER_DAY })),
    ).toHaveLength(0);
    expect(ring(frame([item], { selectedId: "edge" }))[0]).toMatchObject({ radius: 12 });
    // 4 px round the badge (290 to 364, rows of 18 centred at 131), 3 px above and below.
    expect(rectTuple(ring(frame([item], { selectedId: "edge" }))[0])).toEqual([286, 119, 82, 24]);
  });

  it("writes a document's whole labels a line per row, right or left of the mark", () => {
    const plain = indexOf("plain");
    const edge = indexOf("edge");
    const wholeLabels = new Map([
      [plain, { lines: ["Plain", "title"], side: "right" as const }],
      [edge, { lines: ["A title cut", "by the edge"], side: "left" as const }],
    ]);
    const sink = draw(
      frame([single("plain", 300, 1, 2), single("edge", 700, 0, 0)], { wholeLabels }),
    );
    const texts = (id: string) =>
      ofEvent(sink, id)
        .filter((c) => c.kind === "text")
        .map((c) => c.kind === "text" && [c.x, c.y, c.content, c.style.anchor]);
    // Row 2 of lane 1 is centred at 113, row 0 of lane 0 at 43; rows are 18 px apart.
    expect(texts("plain")).toEqual([
      [310, 117, "Plain", "start"],
      [310, 135, "title", "start"],
    ]);
    expect(texts("edge")).toEqual([
      [690, 47, "A title cut", "end"],
      [690, 65, "by the edge", "end"],
    ]);
  });

  it("keeps in documents only the marks anchored inside the window, edges included", () => {
    const items = [
      single("span", -1),
      single("month", 0),
      single("plain", 800),
      single("edge", 801),
    ];
    const drawnIds = (options: Partial<TimelineOptions>) => [
      ...new Set(draw(frame(items), options).calls.flatMap((c) => c.data["event-id"] ?? [])),
    ];
    expect(drawnIds({ anchoredOnly: true })).toEqual(["month", "plain"]);
    expect(drawnIds({ anchoredOnly: false })).toEqual(["span", "month", "plain", "edge"]);
  });
});
