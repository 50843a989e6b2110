import { msToX } from "../../src/scene/geometry.ts";
import { RecordingSink } from "../../src/scene/sinks/recordingSink.ts";
import { SCREEN_TIMELINE, drawTimeline } from "../../src/scene/timelineScene.ts";
import { WIDTH, day, frameOf, sampleEvent, window } from "./sceneFixture.ts";

const EVENTS = [
  sampleEvent({ id: "raid", date: "2025-03-10", score: -7, title: "Raid on the border" }),
  sampleEvent({ id: "aid", date: "2025-06-10", score: 4, title: "Aid package signed" }),
  sampleEvent({ id: "note", date: "2025-09-10", score: 0, title: "A neutral note" }),
  // Three on consecutive days: their labels overlap at most zooms.
  sampleEvent({ id: "c1", date: "2025-11-01", title: "First of three" }),
  sampleEvent({ id: "c2", date: "2025-11-02", title: "Second of three" }),
  sampleEvent({ id: "c3", date: "2025-11-03", title: "Third of three" }),
];

function draw(
  frame = frameOf(EVENTS, window("2025-01-01", "2025-12-31")),
  options = SCREEN_TIMELINE,
) {
  const sink = new RecordingSink();
  drawTimeline(sink, frame, options);
  return sink;
}

function markOf(sink: RecordingSink, id: string) {
  return sink.calls.filter((call) => call.data["event-id"] === id);
}

describe("the timeline scene", () => {
  it("draws each event's tone as a shape at its date: ▼ conflict, ● cooperation, ■ neutral", () => {
    const sink = draw();
    const view = window("2025-01-01", "2025-12-31");
    for (const [id, tone, date] of [
      ["raid", "conflict", "2025-03-10"],
      ["aid", "cooperation", "2025-06-10"],
      ["note", "neutral", "2025-09-10"],
    ] as const) {
      const [symbol] = markOf(sink, id).filter((call) => call.kind === "symbol");
      expect(symbol).toMatchObject({ kind: "symbol", tone });
      expect(symbol?.kind === "symbol" && symbol.x).toBeCloseTo(
        msToX(day(date) + 12 * 3600_000, view.from, view.to, WIDTH),
        0,
      );
    }
  });

  it("labels each mark with its whole title; one the right edge would cut goes left of its mark", () => {
    const label = (sink: RecordingSink, id: string) =>
      markOf(sink, id).flatMap((call) => (call.kind === "text" ? [call.content] : []));
    const year = draw();
    for (const [id, title] of [
      ["raid", "Raid on the border"],
      ["aid", "Aid package signed"],
      ["c1", "First of three"],
    ]) {
      expect(label(year, id as string)).toEqual([title]);
    }
    // The window ends a week after the third event: its label would run past the edge, and its
    // row is free to the left, so it ends 10 px before the mark instead.
    const edge = draw(frameOf(EVENTS, window("2025-06-01", "2025-11-10")));
    const calls = markOf(edge, "c3");
    const mark = calls.find((call) => call.kind === "symbol");
    const text = calls.find((call) => call.kind === "text");
    expect(text?.kind === "text" && [text.content, text.style.anchor]).toEqual([
      "Third of three",
      "end",
    ]);
    expect(text?.kind === "text" && mark?.kind === "symbol" && mark.x - text.x).toBeCloseTo(10, 6);
  });

  it("stacks marks whose labels would overlap into rows, and folds the rest into a group", () => {
    const rows = (sink: RecordingSink) =>
      new Set(sink.of("symbol").map((call) => Math.round(call.y)));
    // Three events a day apart: over a year their labels overlap, so they take three rows.
    const year = draw();
    const ys = ["c1", "c2", "c3"].map((id) => markOf(year, id).find((c) => c.kind === "symbol"));
    expect(new Set(ys.map((c) => c?.kind === "symbol" && c.y)).size).toBe(3);
    // Nine on one day: three rows of marks, and a fourth row saying "+6 more".
    const crowd = Array.from({ length: 9 }, (_, i) =>
      sampleEvent({ id: `same-${i}`, date: "2025-05-05", title: `Event number ${i}` }),
    );
    const sink = draw(frameOf(crowd, window("2025-01-01", "2025-12-31")));
    expect(sink.of("symbol")).toHaveLength(3);
    expect(rows(sink).size).toBe(3);
    const badge = sink.of("text").filter((call) => call.groups.includes("detente-cluster"));
    expect(badge.map((call) => call.content)).toEqual(["+6 more"]);
    expect(badge[0]?.data).toEqual({ count: "6" });
    expect(badge[0]?.y).toBeGreaterThan(Math.max(...rows(sink)));
  });

  it("rings an overflow group that holds the selected event, only when selection is drawn", () => {
    const crowd = Array.from({ length: 9 }, (_, i) =>
      sampleEvent({ id: `same-${i}`, date: "2025-05-05", title: `Event number ${i}` }),
    );
    const view = window("2025-01-01", "2025-12-31");
    const drawnAlone = draw(frameOf(crowd, view));
    const grouped = crowd.find((e) => !markOf(drawnAlone, e.id).some((c) => c.kind === "symbol"));
    const single = crowd.find((e) => markOf(drawnAlone, e.id).some((c) => c.kind === "symbol"));
    const groupRings = (sink: RecordingSink) =>
      sink
        .of("rect")
        .filter(
          (call) =>
            call.groups.includes("detente-cluster") && call.paint.role === "detente-selected",
        );
    expect(groupRings(draw(frameOf(crowd, view, { selectedId: grouped?.id ?? "" })))).toHaveLength(
      1,
    );
    expect(groupRings(draw(frameOf(crowd, view, { selectedId: single?.id ?? "" })))).toHaveLength(
      0,
    );
    expect(
      groupRings(
        draw(frameOf(crowd, view, { selectedId: grouped?.id ?? "" }), {
          ...SCREEN_TIMELINE,
          selection: false,
        }),
      ),
    ).toHaveLength(0);
  });

  it("haloes search matches and rings the selection only when the options ask for it", () => {
    const frame = frameOf(EVENTS, window("2025-01-01", "2025-12-31"), {
      matches: (event) => event.id === "aid",
      selectedId: "raid",
      hoveredId: "note",
    });
    const circles = (sink: RecordingSink, id: string) =>
      markOf(sink, id)
        .filter((call) => call.kind === "circle")
        .map((call) => call.kind === "circle" && call.paint.role);
    const screen = draw(frame);
    expect(circles(screen, "aid")).toContain("detente-match");
    expect(circles(screen, "raid")).toEqual(["detente-selected"]);
    expect(circles(screen, "note")).toEqual(["detente-hovered"]);
    const plain = draw(frame, {
      ...SCREEN_TIMELINE,
      matches: false,
      selection: false,
      hover: false,
    });
    expect(circles(plain, "aid")).not.toContain("detente-match");
    expect(circles(plain, "raid")).toEqual([]);
    expect(circles(plain, "note")).toEqual([]);
  });

  it("fades events the filters leave out in fade mode", () => {
    const sink = draw(
      frameOf(EVENTS, window("2025-01-01", "2025-12-31"), { passing: new Set(["aid"]) }),
    );
    expect(markOf(sink, "aid").every((call) => call.opacity === 1)).toBe(true);
    expect(markOf(sink, "raid").length).toBeGreaterThan(0);
    expect(markOf(sink, "raid").every((call) => call.opacity === 0.25)).toBe(true);
  });

  it("draws the today line only when asked and in view, and eras with their names", () => {
    const frame = frameOf(EVENTS, window("2025-01-01", "2025-12-31"), {
      todayMs: day("2025-07-01"),
      eras: [{ label: "The long spring", fromMs: day("2025-03-01"), toMs: day("2025-06-01") }],
    });
    const today = (sink: RecordingSink) =>
      sink.of("path").filter((c) => c.paint.role === "detente-today");
    expect(today(draw(frame))).toHaveLength(1);
    expect(today(draw(frame, { ...SCREEN_TIMELINE, today: false }))).toHaveLength(0);
    expect(today(draw({ ...frame, todayMs: day("2030-01-01") }))).toHaveLength(0);
    const era = draw(frame).calls.filter((call) => call.groups.includes("detente-era"));
    expect(era.some((call) => call.kind === "text" && call.content === "The long spring")).toBe(
      true,
    );
  });

  it("draws one grid line per tick and, for documents, lane names and only anchored marks", () => {
    const frame = frameOf(EVENTS, window("2025-01-01", "2025-12-31"));
    const [grid] = draw(frame)
      .of("path")
      .filter((call) => call.paint.role === "detente-grid");
    expect(grid?.points.length).toBe(frame.ticks.length * 2);
    const doc = draw(frame, {
      ...SCREEN_TIMELINE,
      laneName: (lane) => lane.label.toUpperCase(),
      anchoredOnly: true,
    });
    const names = doc.of("text").filter((call) => call.style.role === "detente-lane-label");
    expect(names.map((call) => call.content)).toEqual(
      frame.lanes.map((l) => l.label.toUpperCase()),
    );
  });
});
