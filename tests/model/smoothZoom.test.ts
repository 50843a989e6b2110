import fc from "fast-check";
import { interpolateZoom as d3InterpolateZoom } from "d3-interpolate";
import { interpolateZoom } from "../../src/model/smoothZoom.ts";

const view = fc.tuple(
  fc.double({ min: -1e13, max: 1e13, noNaN: true }),
  fc.constantFrom(0, 1, -250),
  fc.double({ min: 1, max: 1e13, noNaN: true }),
);

describe("interpolateZoom", () => {
  it("follows d3-interpolate's path and duration exactly", () => {
    fc.assert(
      fc.property(view, view, fc.double({ min: 0, max: 1, noNaN: true }), (p0, p1, t) => {
        const ours = interpolateZoom(p0, p1);
        const theirs = d3InterpolateZoom([...p0], [...p1]);
        expect(ours.duration).toBe(theirs.duration);
        expect(ours(t)).toEqual(theirs(t));
      }),
    );
  });

  it("treats nearly equal centres as a pure zoom", () => {
    const path = interpolateZoom([5, 0, 10], [5, 0, 40]);
    expect(path(0)).toEqual([5, 0, 10]);
    expect(path(1)[2]).toBeCloseTo(40, 9);
    expect(path.duration).toBe(d3InterpolateZoom([5, 0, 10], [5, 0, 40]).duration);
  });
});
