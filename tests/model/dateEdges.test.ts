/**
 * The date parser's error paths and the edges of its forms, as worked examples: every message
 * says what was expected, and each form holds exactly to its range.
 */
import {
  MAX_YEAR,
  MIN_YEAR,
  edtfYear,
  isoDayOfMs,
  mustParseEdtf,
  parseEdtf,
  parseEdtfInterval,
  utcMs,
  yearOfMs,
} from "../../src/model/date.ts";

describe("parseEdtf: years of the Y form", () => {
  it("takes the Y form only for years beyond four digits, and says the four-digit form", () => {
    expect(parseEdtf("Y10000")).toEqual({ year: 10_000, precision: "year" });
    expect(parseEdtf("Y-10000")).toEqual({ year: -10_000, precision: "year" });
    // Five digits or more, with leading zeros, can still spell a four-digit year.
    expect(parseEdtf("Y09999")).toEqual({ error: 'expected "9999" for year 9999' });
    expect(parseEdtf("Y-00100")).toEqual({ error: 'expected "-0100" for year -100' });
  });

  it("holds years to MIN_YEAR … MAX_YEAR, both included", () => {
    expect(parseEdtf(`Y${MAX_YEAR}`)).toEqual({ year: MAX_YEAR, precision: "year" });
    expect(parseEdtf(`Y${MIN_YEAR}`)).toEqual({ year: MIN_YEAR, precision: "year" });
    expect(parseEdtf(`Y${MAX_YEAR + 1}`)).toEqual({
      error: `year ${MAX_YEAR + 1} is beyond ${MIN_YEAR} … ${MAX_YEAR}`,
    });
    expect(parseEdtf(`Y${MIN_YEAR - 1}`)).toEqual({
      error: `year ${MIN_YEAR - 1} is beyond ${MIN_YEAR} … ${MAX_YEAR}`,
    });
  });

  it("words months 00 and 13 of a day as the month's error", () => {
    expect(parseEdtf("2025-13-01")).toEqual({ error: "month 13 is not between 01 and 12" });
    expect(parseEdtf("2025-00-01")).toEqual({ error: "month 00 is not between 01 and 12" });
  });

  it("says what it expected for anything else, and mustParseEdtf throws that message", () => {
    const expected =
      'expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (before year 1: "-0499" for 500 BCE, "Y-13797999999"), got "March 2025"';
    expect(parseEdtf("March 2025")).toEqual({ error: expected });
    expect(() => mustParseEdtf("March 2025")).toThrow(expected);
    expect(mustParseEdtf("2025-03")).toEqual({ year: 2025, month: 3, precision: "month" });
  });
});

describe("parseEdtfInterval", () => {
  it("wants exactly one slash and at least one end", () => {
    expect(parseEdtfInterval("2025")).toEqual({ error: 'expected "FROM/TO", got "2025"' });
    expect(parseEdtfInterval("2025/2026/2027")).toEqual({
      error: 'expected "FROM/TO", got "2025/2026/2027"',
    });
    expect(parseEdtfInterval("../..")).toEqual({ error: "an interval needs at least one end" });
    expect(parseEdtfInterval("../2026")).toEqual({
      from: undefined,
      to: { year: 2026, precision: "year" },
    });
  });

  it("passes on the error of a side it cannot read", () => {
    expect(parseEdtfInterval("2025-13/..")).toEqual({ error: "month 13 is not between 01 and 12" });
    expect(parseEdtfInterval("2025/")).toEqual({
      error:
        'expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (before year 1: "-0499" for 500 BCE, "Y-13797999999"), got ""',
    });
  });
});

describe("years at the edges of their written forms", () => {
  it("writes four digits up to 9999 and the Y form from 10,000, on either side of year 0", () => {
    expect(edtfYear(9999)).toBe("9999");
    expect(edtfYear(10_000)).toBe("Y10000");
    expect(edtfYear(-9999)).toBe("-9999");
    expect(edtfYear(-10_000)).toBe("Y-10000");
  });

  it("writes an instant's day with a sign only before year 0 and after 9999", () => {
    expect(isoDayOfMs(utcMs(0, 0, 1))).toBe("0000-01-01");
    expect(isoDayOfMs(utcMs(-1, 0, 1))).toBe("-0001-01-01");
    expect(isoDayOfMs(utcMs(9999, 11, 31))).toBe("9999-12-31");
    expect(isoDayOfMs(utcMs(10_000, 0, 1))).toBe("+10000-01-01");
  });

  it("computes years 0 to 99 as themselves, not as 1900 to 1999", () => {
    for (const year of [0, 1, 50, 99, 100]) {
      const ms = utcMs(year, 5, 15);
      expect(yearOfMs(ms)).toBe(year);
      expect(new Date(ms).getUTCFullYear()).toBe(year);
    }
  });
});
