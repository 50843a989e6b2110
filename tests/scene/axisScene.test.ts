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
  });

  it("wraps the axis in its own group", () => {
    const sink = drawn([{ ms: 100, label: "Feb" }]);
    expect(sink.calls[0]).toMatchObject({ kind: "path", groups: ["detente-axis"] });
  });
});
