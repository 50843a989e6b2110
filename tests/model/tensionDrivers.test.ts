import { driversBySide, netSign } from "../../src/model/tensionDrivers.ts";

describe("driversBySide", () => {
  it("totals each side on its own and gives shares of that side only", () => {
    const split = driversBySide([
      { eventId: "threat", contribution: -6, share: 0.4 },
      { eventId: "refusal", contribution: -4, share: 0.27 },
      { eventId: "reversal", contribution: 5, share: 0.33 },
    ]);
    expect(split.conflictTotal).toBe(-10);
    expect(split.cooperationTotal).toBe(5);
    expect(split.conflict).toEqual([
      { eventId: "threat", contribution: -6, shareOfSide: 0.6 },
      { eventId: "refusal", contribution: -4, shareOfSide: 0.4 },
    ]);
    // The reversal is all of the day's cooperation, not "33 % of the total".
    expect(split.cooperation).toEqual([{ eventId: "reversal", contribution: 5, shareOfSide: 1 }]);
  });

  it("caps each list but not the totals, and ignores zero contributions", () => {
    const split = driversBySide(
      [
        { eventId: "a", contribution: -1, share: 0 },
        { eventId: "b", contribution: -3, share: 0 },
        { eventId: "c", contribution: -2, share: 0 },
        { eventId: "z", contribution: 0, share: 0 },
      ],
      2,
    );
    expect(split.conflict.map((d) => d.eventId)).toEqual(["b", "c"]);
    expect(split.conflictTotal).toBe(-6);
    expect(split.cooperation).toEqual([]);
    expect(split.cooperationTotal).toBe(0);
  });
});

describe("netSign", () => {
  it("weighs each score: two small conflicts outweigh one weighted-down reversal", () => {
    expect(
      netSign([
        { score: -4, weight: 1 },
        { score: -5, weight: 1 },
        { score: 5, weight: 1 },
      ]),
    ).toBe(-1);
    expect(
      netSign([
        { score: -2, weight: 1 },
        { score: 6, weight: 0.5 },
      ]),
    ).toBe(1);
    expect(netSign([])).toBe(0);
  });
});

describe("drivers and net sign at zero and with weights", () => {
  it("puts a driver that moved nothing on neither side", () => {
    const sides = driversBySide([
      { eventId: "none", contribution: 0, share: 0 },
      { eventId: "war", contribution: -2, share: 1 },
    ]);
    expect(sides.conflict.map((d) => d.eventId)).toEqual(["war"]);
    expect(sides.cooperation).toEqual([]);
  });

  it("weighs each score by its weight", () => {
    expect(
      netSign([
        { score: 1, weight: 3 },
        { score: -2, weight: 1 },
      ]),
    ).toBe(1);
    expect(
      netSign([
        { score: 1, weight: 1 },
        { score: -2, weight: 3 },
      ]),
    ).toBe(-1);
  });
});
