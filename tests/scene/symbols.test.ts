import { squareBox, traceSymbol } from "../../src/scene/symbols.ts";

function traced(tone: "conflict" | "neutral", x: number, y: number, r: number) {
  const steps: string[] = [];
  traceSymbol(tone, x, y, r, {
    moveTo: (px, py) => steps.push(`M${px},${py}`),
    lineTo: (px, py) => steps.push(`L${px},${py}`),
    closePath: () => steps.push("Z"),
  });
  return steps;
}

describe("tone symbols", () => {
  it("trace conflict as a downward triangle a little wider than the circle", () => {
    // Top edge 1.1 r either side, 0.8 r above the centre; the point 1.1 r below it.
    expect(traced("conflict", 0, 0, 10)).toEqual(["M-11,-8", "L11,-8", "L0,11", "Z"]);
    expect(traced("conflict", 100, 50, 10)).toEqual(["M89,42", "L111,42", "L100,61", "Z"]);
  });

  it("trace neutral as a square a little smaller than the circle", () => {
    expect(traced("neutral", 0, 0, 20)).toEqual(["M-17,-17", "L17,-17", "L17,17", "L-17,17", "Z"]);
  });

  it("give the square's corner and side for sinks that draw it as a rectangle", () => {
    expect(squareBox(100, 50, 20)).toEqual([83, 33, 34]);
    const [left, top, side] = squareBox(0, 0, 20);
    // The same square as the traced one.
    expect([left, top, left + side, top + side]).toEqual([-17, -17, 17, 17]);
  });
});
