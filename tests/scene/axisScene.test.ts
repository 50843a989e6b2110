import { estimateTextWidth } from "../../src/model/textWidth.ts";
import { drawAxis } from "../../src/scene/axisScene.ts";
import { FALLBACK_PALETTE } from "../../src/scene/palette.ts";
import { paintsFor } from "../../src/scene/paints.ts";
import { RecordingSink } from "../../src/scene/sinks/recordingSink.ts";

const VIEW = { from: 0, to: 1000 };

function drawn(ticks: { ms: number; label: string }[], width = 500, top = 40) {
  const sink = new RecordingSink();
  drawAxis(sink, ticks, VIEW, width, top, FALLBACK_PALETTE);
  return sink;
}

describe("the document axis", () => {
  it("draws a baseline across the width half a pixel below its top, in the frame paint", () => {
    const sink = drawn([]);
    const [baseline] = sink.of("path");
    expect(baseline?.paint).toBe(paintsFor(FALLBACK_PALETTE).frame);
    expect(baseline?.points).toEqual([
      [0, 40.5],
      [500, 40.5],
    ]);
  });

  it("centres each tick label under its time, 17 px below the top, in the muted colour", () => {
    const sink = drawn([
      { ms: 100, label: "Feb" },
      { ms: 500, label: "Jun" },
    ]);
    const texts = sink.of("text");
    expect(texts.map((t) => [t.content, t.x, t.y])).toEqual([
      ["Feb", 50, 57],
      ["Jun", 250, 57],
    ]);
    expect(texts[0]?.style).toMatchObject({
      fill: FALLBACK_PALETTE.muted,
      size: 12,
      anchor: "middle",
      role: "detente-tick",
    });
  });

  it("leaves out ticks outside the width and keeps those on its edges", () => {
    const sink = drawn([
      { ms: -1, label: "before" },
      { ms: 0, label: "left edge" },
      { ms: 1000, label: "right edge" },
      { ms: 1001, label: "after" },
    ]);
    expect(sink.of("text").map((t) => t.content)).toEqual(["left edge", "right edge"]);
    // Alone, with no edge label to crowd them out.
    expect(drawn([{ ms: -1, label: "before" }]).of("text")).toEqual([]);
    expect(drawn([{ ms: 1001, label: "after" }]).of("text")).toEqual([]);
  });

  it("wraps the axis in its own group", () => {
    const sink = drawn([{ ms: 100, label: "Feb" }]);
    expect(sink.calls[0]).toMatchObject({ kind: "path", groups: ["detente-axis"] });
  });
});

describe("the document axis at its edges", () => {
  const half = (label: string): number => estimateTextWidth(label, 12) / 2;

  /** Each label's text, x and anchor. */
  const placed = (ticks: { ms: number; label: string }[]) =>
    drawn(ticks)
      .of("text")
      .map((t) => [t.content, t.x, t.style.anchor]);

  it("aligns a label that would hang past an edge to that edge", () => {
    expect(
      placed([
        { ms: 0, label: "left edge" },
        { ms: 1000, label: "right edge" },
      ]),
    ).toEqual([
      ["left edge", 0, "start"],
      ["right edge", 500, "end"],
    ]);
  });

  it("draws an edge-aligned label from the edge, not from its tick", () => {
    expect(
      placed([
        { ms: 20, label: "January 2025" },
        { ms: 980, label: "December 2025" },
      ]),
    ).toEqual([
      ["January 2025", 0, "start"],
      ["December 2025", 500, "end"],
    ]);
  });

  it("leaves out a label that would run into the one before it, and keeps one 4 px clear", () => {
    // "Jan 2025" at the left edge ends at its own width; "Feb" centred just after would overlap.
    const first = 2 * half("Jan 2025");
    const clash = drawn([
      { ms: 0, label: "Jan 2025" },
      { ms: (first + 2) * 2, label: "Feb" },
    ]).of("text");
    expect(clash.map((t) => t.content)).toEqual(["Jan 2025"]);
    // Exactly 4 px between the two labels: both drawn.
    const clearX = first + 4 + half("Feb");
    const clear = drawn([
      { ms: 0, label: "Jan 2025" },
      { ms: clearX * 2, label: "Feb" },
    ]).of("text");
    expect(clear.map((t) => [t.content, t.x])).toEqual([
      ["Jan 2025", 0],
      ["Feb", clearX],
    ]);
  });

  it("measures a right-aligned label from the right edge", () => {
    // "Dec" centred at x = 495 would hang past 500, so it ends at the edge. "Nov" ending 4 px
    // before Dec's start leaves both; 2 px before, Dec (drawn after it) is left out.
    const dec = 2 * half("Dec");
    const start = 500 - dec;
    const before = drawn([
      { ms: (start - 4 - half("Nov")) * 2, label: "Nov" },
      { ms: 990, label: "Dec" },
    ]).of("text");
    expect(before.map((t) => t.content)).toEqual(["Nov", "Dec"]);
    const tooClose = drawn([
      { ms: (start - 2 - half("Nov")) * 2, label: "Nov" },
      { ms: 990, label: "Dec" },
    ]).of("text");
    expect(tooClose.map((t) => t.content)).toEqual(["Nov"]);
  });
});
