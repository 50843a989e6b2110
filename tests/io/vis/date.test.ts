/** vis-timeline start and end values read exactly: strings, milliseconds, Date objects. */
import { readVisDate } from "../../../src/io/vis/date.ts";

describe("readVisDate", () => {
  it.each([
    ["2014-04-20", "2014-04-20", false],
    [" 2014-4-2 ", "2014-04-02", false],
    ["2014-04-20T00:00:00.000Z", "2014-04-20", false],
    ["2014-04-20 00:00", "2014-04-20", false],
    ["2014-04-20T00:01", "2014-04-20", true],
    ["2014-04-20T01:00:00+02:00", "2014-04-20", true],
    ["2014-04-20T00:00:07", "2014-04-20", true],
    ["002014", "2014", false],
    ["123456", "Y123456", false],
    // Seven digits or more: milliseconds since 1970, in UTC.
    ["1000000", "1970-01-01", true],
    ["-86400000", "1969-12-31", false],
    [86_400_000, "1970-01-02", false],
    [-1, "1969-12-31", true],
    [-86_400_001, "1969-12-30", true],
    [Date.UTC(-500, 0, 1), "-0500-01-01", false],
    [new Date(Date.UTC(2020, 1, 29, 12)), "2020-02-29", true],
  ])("%j → %s (time of day: %s)", (value, date, hasTime) => {
    expect(readVisDate(value)).toEqual({ ok: true, date, hasTime });
  });

  it("has no date for nothing", () => {
    expect(readVisDate(undefined)).toBeUndefined();
    expect(readVisDate(null)).toBeUndefined();
    expect(readVisDate("")).toBeUndefined();
  });

  it.each([
    [Number.NaN, "NaN is not a usable time in milliseconds"],
    [Infinity, "Infinity is not a usable time in milliseconds"],
    [8.64e15 + 1, "8640000000000001 is not a usable time in milliseconds"],
    [-8.64e15 - 1, "-8640000000000001 is not a usable time in milliseconds"],
    [new Date(Number.NaN), "NaN is not a usable time in milliseconds"],
    [true, "expected an ISO date string or milliseconds"],
    [{ year: 2014 }, "expected an ISO date string or milliseconds"],
    [
      "next Tuesday at noon, or so the letter said",
      '"next Tuesday at noon, or so the letter s" is not an ISO date (YYYY-MM-DD) or a number of milliseconds',
    ],
    ["x1000000", '"x1000000" is not an ISO date (YYYY-MM-DD) or a number of milliseconds'],
    ["1000000x", '"1000000x" is not an ISO date (YYYY-MM-DD) or a number of milliseconds'],
    ["2014-13-01", "2014-13-01: "],
  ])("refuses %j", (value, detail) => {
    const result = readVisDate(value);
    expect(result).toMatchObject({ ok: false, reason: "invalid date" });
    if (result?.ok !== false) return;
    if (detail.endsWith(": ")) expect(result.detail.startsWith(detail)).toBe(true);
    else expect(result.detail).toBe(detail);
  });

  it("passes on the reason a year cannot be stored", () => {
    // Date's last instant is usable, but its year has too many digits for a day.
    expect(readVisDate(8.64e15)).toEqual({
      ok: false,
      reason: "month or day given for a year of more than four digits",
      detail: "year 275760 cannot have a month or day",
    });
    expect(readVisDate("-0500")).toEqual({
      ok: false,
      reason: "date before year 0 cannot be represented",
      detail: "year -500 is before year 0",
    });
  });
});
