/** EDTF dates from year, month and day parts, with each failure's reason and detail. */
import {
  astronomicalFromBce,
  bceFromAstronomical,
  edtfFromParts,
  readPart,
} from "../../../src/io/shared/edtfParts.ts";

describe("readPart", () => {
  it.each([
    [undefined, { present: false }],
    [null, { present: false }],
    ["", { present: false }],
    ["  ", { present: false }],
    [7, { present: true, value: 7 }],
    [-3, { present: true, value: -3 }],
    [" 08 ", { present: true, value: 8 }],
    ["+12", { present: true, value: 12 }],
    ["-0500", { present: true, value: -500 }],
    ["1234567890123456", { present: true, value: 1234567890123456 }],
  ])("%j → %j", (raw, part) => {
    expect(readPart(raw)).toEqual(part);
  });

  it.each([
    [1.5],
    [Number.MAX_SAFE_INTEGER + 2],
    ["1.5"],
    ["12a"],
    ["a12"],
    ["12345678901234567"],
    ["9999999999999999"],
    [true],
    [{}],
  ])("refuses %j", (raw) => {
    expect(readPart(raw)).toBeUndefined();
  });
});

describe("BCE years", () => {
  it("maps TimelineJS years to astronomical ones and back", () => {
    expect(astronomicalFromBce(-500)).toBe(-499);
    expect(astronomicalFromBce(-1)).toBe(0);
    expect(astronomicalFromBce(0)).toBe(0);
    expect(astronomicalFromBce(5)).toBe(5);
    expect(bceFromAstronomical(-499)).toBe(-500);
    expect(bceFromAstronomical(0)).toBe(-1);
    expect(bceFromAstronomical(1)).toBe(1);
  });
});

describe("edtfFromParts", () => {
  it.each([
    [[2024, 3, 9], "2024-03-09"],
    [["2024", "12", "31"], "2024-12-31"],
    [[2024, 3, undefined], "2024-03"],
    [[2024, "", ""], "2024"],
    [[12, 1, 1], "0012-01-01"],
    [[0, 1, 1], "0000-01-01"],
    [[2024, 2, 29], "2024-02-29"],
    [[123456, undefined, undefined], "Y123456"],
    [[10000, undefined, undefined], "Y10000"],
    [[9999, 12, 31], "9999-12-31"],
  ])("%j → %s", ([year, month, day], date) => {
    expect(edtfFromParts(year, month, day)).toEqual({ ok: true, date });
  });

  it("reads negative years as asked", () => {
    expect(edtfFromParts(-500, undefined, undefined, "", "bce")).toEqual({
      ok: true,
      date: "-0499",
    });
    expect(edtfFromParts(-1, 6, undefined, "", "bce")).toEqual({ ok: true, date: "0000-06" });
    expect(edtfFromParts(-500, undefined, undefined, "", "astronomical")).toEqual({
      ok: true,
      date: "-0500",
    });
    expect(edtfFromParts(-10000, undefined, undefined, "", "astronomical")).toEqual({
      ok: true,
      date: "Y-10000",
    });
    expect(edtfFromParts(-500, 1, 1)).toEqual({
      ok: false,
      reason: "date before year 0 cannot be represented",
      detail: "year -500 is before year 0",
    });
  });

  it.each([
    [[undefined, 1, 1], "p: missing or invalid year", "year absent is not a whole number"],
    [["", 1, 1], "p: missing or invalid year", 'year "" is not a whole number'],
    [["x", 1, 1], "p: missing or invalid year", 'year "x" is not a whole number'],
    [[2024, "x", 1], "p: invalid date", 'month "x" is not a whole number'],
    [[2024, 1, 1.5], "p: invalid date", "day 1.5 is not a whole number"],
    [[2024, undefined, 5], "p: invalid date", "day 5 is given without a month"],
    [[2024, 13, 1], "p: invalid date", "2024-13-01: "],
    [[2024, 2, 30], "p: invalid date", "2024-02-30: "],
    [[2024, 0, 1], "p: invalid date", '"2024-00-01" is not a calendar date'],
    [[2024, 1, 0], "p: invalid date", '"2024-01-00" is not a calendar date'],
    [[2024, 100, undefined], "p: invalid date", '"2024-100" is not a calendar date'],
    [[2024, 1, 100], "p: invalid date", '"2024-01-100" is not a calendar date'],
    [[2024, -1, undefined], "p: invalid date", '"2024--1" is not a calendar date'],
    [
      [123456, 1, undefined],
      "p: month or day given for a year of more than four digits",
      "year 123456 cannot have a month or day",
    ],
    [
      [-100_000_000_001, undefined, undefined],
      "p: date beyond the age of the universe",
      "year -100000000001 is before -100000000000",
    ],
    [
      [100_000_000_001, undefined, undefined],
      "p: date too far in the future",
      "year 100000000001 is after 100000000000",
    ],
  ])("%j fails: %s", ([year, month, day], reason, detail) => {
    const result = edtfFromParts(year, month, day, "p: ", "astronomical");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    if (detail.endsWith(": ")) expect(result.detail.startsWith(detail)).toBe(true);
    else expect(result.detail).toBe(detail);
  });

  it("takes the edges of the representable years", () => {
    expect(edtfFromParts(-100_000_000_000, undefined, undefined, "", "astronomical")).toEqual({
      ok: true,
      date: "Y-100000000000",
    });
    expect(edtfFromParts(100_000_000_000, undefined, undefined)).toEqual({
      ok: true,
      date: "Y100000000000",
    });
    expect(edtfFromParts(-100_000_000_000, undefined, undefined, "", "bce")).toEqual({
      ok: true,
      date: "Y-99999999999",
    });
  });
});
