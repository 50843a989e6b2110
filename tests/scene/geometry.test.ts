import {
  AXIS_HEIGHT,
  ERA_ROW,
  LANE_HEAD,
  LANE_HEIGHT,
  ROW_HEIGHT,
  laneGeometry,
  laneHeight,
  laneTop,
  lanesBottom,
  markY,
  msToX,
  plotHeight,
  signpostSlot,
  xToMs,
} from "../../src/scene/geometry.ts";

describe("timeline geometry", () => {
  it("stacks lanes below the era row, each as tall as its rows (one at least)", () => {
    expect(ERA_ROW).toBe(20);
    expect(laneHeight(1)).toBe(LANE_HEAD + ROW_HEIGHT + 2);
    expect(laneHeight(0)).toBe(laneHeight(1));
    expect(laneHeight(3)).toBe(LANE_HEAD + 3 * ROW_HEIGHT + 2);
    expect(LANE_HEIGHT).toBe(laneHeight(1));
    const geometry = laneGeometry([1, 3, 0]);
    expect(Array.from(geometry.tops)).toEqual([20, 54, 124, 158]);
    expect(laneTop(geometry, 1)).toBe(54);
    expect(lanesBottom(geometry)).toBe(158);
  });

  it("centres a row's marks in the row below the lane's name", () => {
    const geometry = laneGeometry([1, 3]);
    expect(markY(geometry, 0, 0)).toBe(20 + 14 + 9);
    expect(markY(geometry, 1, 2)).toBe(54 + 14 + 2 * 18 + 9);
  });

  it("makes the plot the lanes plus the axis, and at least one lane tall", () => {
    expect(plotHeight(laneGeometry([1, 3]))).toBe(124 + AXIS_HEIGHT);
    expect(plotHeight(laneGeometry([]))).toBe(ERA_ROW + LANE_HEIGHT + AXIS_HEIGHT);
  });

  it("maps times to x and back over the window", () => {
    expect(msToX(150, 100, 300, 800)).toBe(200);
    expect(msToX(100, 100, 300, 800)).toBe(0);
    expect(msToX(350, 100, 300, 800)).toBe(1000);
    expect(xToMs(200, 100, 300, 800)).toBe(150);
    expect(xToMs(0, 100, 300, 800)).toBe(100);
  });
});

describe("signpostSlot", () => {
  it("is the middle row of the lane at the plot's vertical middle", () => {
    // Lanes of 3, 1, 1 and 4 rows: tops 20, 90, 124, 158, bottom 246; the middle, 123, is in
    // lane 1 (90–124), whose one row is row 0.
    expect(signpostSlot(laneGeometry([3, 1, 1, 4]), [3, 1, 1, 4])).toEqual({ lane: 1, row: 0 });
    // One lane of four rows: its second row (rows 0–3, the lower middle of an even count).
    expect(signpostSlot(laneGeometry([4]), [4])).toEqual({ lane: 0, row: 1 });
    expect(signpostSlot(laneGeometry([]), [])).toBeUndefined();
  });
});
