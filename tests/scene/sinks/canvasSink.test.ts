import { CanvasSink, canvasSinkFor } from "../../../src/scene/sinks/canvasSink.ts";
import { fakeContext } from "./fakeContext.ts";

function sinkOnFake() {
  const fake = fakeContext();
  return { fake, sink: new CanvasSink(fake.ctx, "Test Sans") };
}

const xs = (...values: number[]) => Float64Array.from(values);

describe("the canvas sink", () => {
  it("fills and strokes a rectangle with the paint's colours, opacities, width and dash", () => {
    const { fake, sink } = sinkOnFake();
    sink.rect(1, 2, 30, 40, {
      fill: "red",
      fillOpacity: 0.5,
      stroke: "blue",
      strokeWidth: 3,
      strokeOpacity: 0.25,
      dash: [4, 2],
    });
    expect(fake.calls("rect")).toEqual([[1, 2, 30, 40]]);
    expect(fake.calls("roundRect")).toEqual([]);
    expect(fake.valuesAt("fillStyle", "fill")).toEqual(["red"]);
    expect(fake.valuesAt("globalAlpha", "fill")).toEqual([0.5]);
    expect(fake.valuesAt("strokeStyle", "stroke")).toEqual(["blue"]);
    expect(fake.valuesAt("lineWidth", "stroke")).toEqual([3]);
    expect(fake.valuesAt("globalAlpha", "stroke")).toEqual([0.25]);
    // The dash is set for the stroke and cleared after it, so the next line is solid.
    expect(fake.calls("setLineDash")).toEqual([[[4, 2]], [[]]]);
    expect(fake.ctx.globalAlpha).toBe(1);
  });

  it("only fills or only strokes as the paint says, with width 1 and full opacity by default", () => {
    const { fake, sink } = sinkOnFake();
    sink.rect(0, 0, 1, 1, { fill: "green" });
    expect(fake.calls("fill")).toHaveLength(1);
    expect(fake.calls("stroke")).toHaveLength(0);
    expect(fake.valuesAt("globalAlpha", "fill")).toEqual([1]);
    fake.clearSteps();
    sink.rect(0, 0, 1, 1, { stroke: "black" });
    expect(fake.calls("fill")).toHaveLength(0);
    expect(fake.valuesAt("lineWidth", "stroke")).toEqual([1]);
    expect(fake.valuesAt("globalAlpha", "stroke")).toEqual([1]);
    // No dash asked: the solid dash is set and not reset a second time.
    expect(fake.calls("setLineDash")).toEqual([[[]]]);
  });

  it("rounds a rectangle's corners when given a radius", () => {
    const { fake, sink } = sinkOnFake();
    sink.rect(1, 2, 3, 4, { fill: "red" }, 2);
    expect(fake.calls("roundRect")).toEqual([[1, 2, 3, 4, 2]]);
    expect(fake.calls("rect")).toEqual([]);
  });

  it("draws cooperation as a full circle, conflict as a closed triangle, neutral as a square", () => {
    const { fake, sink } = sinkOnFake();
    sink.symbol("cooperation", 10, 20, 5, { fill: "green" });
    expect(fake.calls("arc")).toEqual([[10, 20, 5, 0, Math.PI * 2]]);
    fake.clearSteps();
    sink.symbol("conflict", 10, 20, 10, { fill: "red" });
    expect(fake.calls("moveTo")).toEqual([[-1, 12]]);
    expect(fake.calls("lineTo")).toEqual([
      [21, 12],
      [10, 31],
    ]);
    expect(fake.calls("closePath")).toHaveLength(1);
    expect(fake.calls("fill")).toHaveLength(1);
    fake.clearSteps();
    sink.symbol("neutral", 10, 20, 10, { fill: "grey" });
    expect(fake.calls("moveTo")).toEqual([[1.5, 11.5]]);
    expect(fake.calls("lineTo")).toEqual([
      [18.5, 11.5],
      [18.5, 28.5],
      [1.5, 28.5],
    ]);
    expect(fake.calls("arc")).toEqual([]);
  });

  it("traces a path on the context itself and finishes it with the paint", () => {
    const { fake, sink } = sinkOnFake();
    sink.path({ stroke: "black" }, (path) => {
      path.moveTo(0, 1);
      path.lineTo(2, 3);
    });
    const names = fake.steps.filter((s) => s.op === "call").map((s) => s.name);
    expect(names).toEqual(["beginPath", "moveTo", "lineTo", "setLineDash", "stroke"]);
  });

  it("draws a polyline through every point and nothing for an empty series", () => {
    const { fake, sink } = sinkOnFake();
    sink.polyline(xs(0, 1, 2, 9), xs(5, 6, 7, 9), 3, { stroke: "black" });
    expect(fake.calls("moveTo")).toEqual([[0, 5]]);
    expect(fake.calls("lineTo")).toEqual([
      [1, 6],
      [2, 7],
    ]);
    fake.clearSteps();
    sink.polyline(xs(), xs(), 0, { stroke: "black" });
    expect(fake.steps).toEqual([]);
  });

  it("draws a band along its top edge and back along its bottom edge, closed", () => {
    const { fake, sink } = sinkOnFake();
    sink.area(
      { xs: xs(0, 1, 2), tops: xs(1, 2, 3), bottoms: xs(7, 8, 9), count: 3 },
      {
        fill: "grey",
      },
    );
    expect(fake.calls("moveTo")).toEqual([[0, 1]]);
    expect(fake.calls("lineTo")).toEqual([
      [1, 2],
      [2, 3],
      [2, 9],
      [1, 8],
      [0, 7],
    ]);
    expect(fake.calls("closePath")).toHaveLength(1);
    fake.clearSteps();
    sink.area({ xs: xs(), tops: xs(), bottoms: xs(), count: 0 }, { fill: "grey" });
    expect(fake.steps).toEqual([]);
  });

  it("writes text in the sink's font, anchored as asked, and leaves the context left-aligned", () => {
    const { fake, sink } = sinkOnFake();
    sink.text(5, 6, "Start", { fill: "black", size: 12 });
    sink.text(5, 6, "Middle", { fill: "red", size: 12, weight: 600, anchor: "middle" });
    sink.text(5, 6, "End", { fill: "blue", size: 10, anchor: "end" });
    expect(fake.calls("fillText")).toEqual([
      ["Start", 5, 6],
      ["Middle", 5, 6],
      ["End", 5, 6],
    ]);
    expect(fake.valuesAt("font", "fillText")).toEqual([
      "12px Test Sans",
      "600 12px Test Sans",
      "10px Test Sans",
    ]);
    expect(fake.valuesAt("textAlign", "fillText")).toEqual([undefined, "center", "right"]);
    expect(fake.valuesAt("fillStyle", "fillText")).toEqual(["black", "red", "blue"]);
    expect(fake.ctx.textAlign).toBe("left");
  });

  it("sets the font only when it changes", () => {
    const { fake, sink } = sinkOnFake();
    sink.text(0, 0, "a", { fill: "black", size: 12 });
    sink.text(0, 0, "b", { fill: "black", size: 12 });
    sink.text(0, 0, "c", { fill: "black", size: 14 });
    const fonts = fake.steps.filter((s) => s.op === "set" && s.name === "font");
    expect(fonts.map((s) => s.op === "set" && s.value)).toEqual([
      "12px Test Sans",
      "14px Test Sans",
    ]);
  });

  it("measures text with the canvas in its font at the asked size", () => {
    const { fake, sink } = sinkOnFake();
    expect(sink.measure("abcd", 10)).toBe(20);
    expect(sink.measure("abcd", 20)).toBe(40);
    expect(fake.ctx.font).toBe("20px Test Sans");
  });

  it("asks the canvas once per text and size, however often a frame measures it", () => {
    const { fake, sink } = sinkOnFake();
    for (let frame = 0; frame < 3; frame++) {
      expect(sink.measure("+12 more", 12)).toBe(48);
      expect(sink.measure("+12 more", 10)).toBe(40);
    }
    expect(sink.measure("+13 more", 12)).toBe(48);
    expect(fake.calls("measureText")).toEqual([["+12 more"], ["+12 more"], ["+13 more"]]);
  });

  it("multiplies group opacities and restores the outer opacity when a group ends", () => {
    const { fake, sink } = sinkOnFake();
    sink.beginGroup({ opacity: 0.5 });
    sink.beginGroup({ opacity: 0.5 });
    sink.rect(0, 0, 1, 1, { fill: "red", fillOpacity: 0.5 });
    sink.text(0, 0, "faded", { fill: "black", size: 10 });
    sink.endGroup();
    sink.rect(0, 0, 1, 1, { fill: "red" });
    sink.endGroup();
    sink.rect(0, 0, 1, 1, { fill: "red" });
    expect(fake.valuesAt("globalAlpha", "fill")).toEqual([0.125, 0.5, 1]);
    expect(fake.valuesAt("globalAlpha", "fillText")).toEqual([0.25]);
    expect(fake.ctx.globalAlpha).toBe(1);
    // Opacity alone needs no save/restore of the context.
    expect(fake.calls("save")).toEqual([]);
    expect(fake.calls("restore")).toEqual([]);
  });

  it("clips a group with save, a rectangle and clip, and restores the context at its end", () => {
    const { fake, sink } = sinkOnFake();
    sink.beginGroup({ clip: { x: 1, y: 2, width: 3, height: 4 } });
    sink.beginGroup({ opacity: 0.5 });
    sink.endGroup();
    expect(fake.calls("restore")).toEqual([]);
    sink.endGroup();
    const names = fake.steps.filter((s) => s.op === "call").map((s) => s.name);
    expect(names).toEqual(["save", "beginPath", "rect", "clip", "restore"]);
    expect(fake.calls("rect")).toEqual([[1, 2, 3, 4]]);
  });

  it("draws inside a group without an opacity at the opacity outside it", () => {
    const { fake, sink } = sinkOnFake();
    sink.beginGroup({ opacity: 0.5 });
    sink.beginGroup({ role: "plain" });
    sink.rect(0, 0, 1, 1, { fill: "red" });
    expect(fake.valuesAt("globalAlpha", "fill")).toEqual([0.5]);
  });

  it("ignores an unmatched group end", () => {
    const { fake, sink } = sinkOnFake();
    sink.beginGroup({ opacity: 0.5 });
    sink.endGroup();
    sink.endGroup();
    sink.rect(0, 0, 1, 1, { fill: "red" });
    expect(fake.valuesAt("globalAlpha", "fill")).toEqual([1]);
    expect(fake.calls("restore")).toEqual([]);
  });

  it("starts a frame cleared, left-aligned on the alphabetic baseline, at full opacity", () => {
    const { fake, sink } = sinkOnFake();
    sink.beginGroup({ opacity: 0.2 });
    sink.text(0, 0, "a", { fill: "black", size: 12 });
    sink.clear(100, 50);
    expect(fake.calls("clearRect")).toEqual([[0, 0, 100, 50]]);
    expect(fake.ctx.textBaseline).toBe("alphabetic");
    expect(fake.ctx.textAlign).toBe("left");
    sink.rect(0, 0, 1, 1, { fill: "red" });
    expect(fake.valuesAt("globalAlpha", "fill").at(-1)).toBe(1);
    // A resized canvas forgets its font: the next text sets it again.
    fake.clearSteps();
    sink.text(0, 0, "b", { fill: "black", size: 12 });
    expect(fake.steps.some((s) => s.op === "set" && s.name === "font")).toBe(true);
  });

  it("keeps one sink per context", () => {
    const first = fakeContext().ctx;
    expect(canvasSinkFor(first)).toBe(canvasSinkFor(first));
    expect(canvasSinkFor(first)).not.toBe(canvasSinkFor(fakeContext().ctx));
  });
});
