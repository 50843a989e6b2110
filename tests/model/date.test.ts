import fc from "fast-check";
import {
  compareDates,
  daysInMonth,
  midpoint,
  mustParseEdtf,
  parseEdtf,
  spanEnd,
  spanStart,
  toEdtf,
} from "../../src/model/date.ts";
import { formatEventDate, formatPreciseDate } from "../../src/i18n/format.ts";

describe("EDTF dates with precision", () => {
  it("takes precision from the string's length", () => {
    expect(mustParseEdtf("2000").precision).toBe("year");
    expect(mustParseEdtf("2025-01").precision).toBe("month");
    expect(mustParseEdtf("2025-01-26").precision).toBe("day");
  });

  it("rejects impossible dates with a reason", () => {
    expect(parseEdtf("2025-02-29")).toEqual({
      error: "day 29 does not exist in 2025-02 (it has 28 days)",
    });
    expect(parseEdtf("2024-02-29")).toMatchObject({ day: 29 });
    expect(parseEdtf("2025-13")).toEqual({ error: "month 13 is not between 01 and 12" });
    expect(parseEdtf("26/01/2025")).toHaveProperty("error");
  });

  it("rejects day 00 and month 00, which EDTF does not have", () => {
    expect(parseEdtf("2025-03-00")).toEqual({
      error: "day 00 does not exist in 2025-03 (it has 31 days)",
    });
    expect(parseEdtf("2025-00-01")).toEqual({ error: "month 00 is not between 01 and 12" });
    expect(parseEdtf("2025-00")).toEqual({ error: "month 00 is not between 01 and 12" });
    // The edges that do exist: the 1st and the last day, January and December.
    expect(parseEdtf("2025-03-01")).toEqual({ year: 2025, month: 3, day: 1, precision: "day" });
    expect(parseEdtf("2025-03-31")).toEqual({ year: 2025, month: 3, day: 31, precision: "day" });
    expect(parseEdtf("2025-03-32")).toEqual({
      error: "day 32 does not exist in 2025-03 (it has 31 days)",
    });
    expect(parseEdtf("2025-01")).toEqual({ year: 2025, month: 1, precision: "month" });
    expect(parseEdtf("2025-12")).toEqual({ year: 2025, month: 12, precision: "month" });
  });

  it("computes spans in UTC regardless of the local time zone", () => {
    const day = mustParseEdtf("2025-01-26");
    expect(new Date(spanStart(day)).toISOString()).toBe("2025-01-26T00:00:00.000Z");
    expect(new Date(spanEnd(day)).toISOString()).toBe("2025-01-27T00:00:00.000Z");
    const month = mustParseEdtf("2025-02");
    expect(new Date(spanEnd(month)).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    expect(new Date(midpoint(month)).toISOString()).toBe("2025-02-15T00:00:00.000Z");
    const year = mustParseEdtf("2000");
    expect(new Date(spanEnd(year)).toISOString()).toBe("2001-01-01T00:00:00.000Z");
  });

  it("sorts a coarser date before a finer one that starts at the same instant", () => {
    const dates = ["2025-01-01", "2025", "2025-01"].map(mustParseEdtf).sort(compareDates);
    expect(dates.map(toEdtf)).toEqual(["2025", "2025-01", "2025-01-01"]);
  });

  it("round-trips any valid date through toEdtf", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.constantFrom(4, 7, 10),
        (date, length) => {
          const text = date.toISOString().slice(0, length);
          expect(toEdtf(mustParseEdtf(text))).toBe(text);
        },
      ),
    );
  });
});

describe("formatting at the date's precision", () => {
  it("never shows a month-precision date with a day", () => {
    expect(formatPreciseDate(mustParseEdtf("2025-01"))).toBe("January 2025");
    expect(formatPreciseDate(mustParseEdtf("2000"))).toBe("2000");
    expect(formatPreciseDate(mustParseEdtf("2026-02-03"))).toBe("3 February 2026");
  });

  it("formats Spanish dates with date-fns locales", () => {
    expect(formatPreciseDate(mustParseEdtf("2026-02-03"), "es")).toBe("3 de febrero de 2026");
    expect(formatPreciseDate(mustParseEdtf("2025-01"), "es")).toBe("enero de 2025");
  });

  it("shows the first of a month as that day, not the previous one (TZ is UTC−5 here)", () => {
    expect(formatPreciseDate(mustParseEdtf("2025-03-01"))).toBe("1 March 2025");
  });

  it("formats ranges and approximate dates", () => {
    expect(formatEventDate(mustParseEdtf("2022-03-10"), mustParseEdtf("2022-05"), false)).toBe(
      "10 March 2022 – May 2022",
    );
    expect(formatEventDate(mustParseEdtf("2000"), undefined, true)).toBe("c. 2000");
  });
});

describe("early years", () => {
  it("keeps year 0000 as written, the lower end of that rule", () => {
    const year0 = mustParseEdtf("0000");
    expect(new Date(spanStart(year0)).toISOString()).toBe("0000-01-01T00:00:00.000Z");
    expect(new Date(spanEnd(year0)).toISOString()).toBe("0001-01-01T00:00:00.000Z");
  });

  it("keeps years 0–99 as written (Date.UTC would read them as 1900–1999)", () => {
    const year99 = mustParseEdtf("0099");
    const year100 = mustParseEdtf("0100");
    expect(new Date(spanStart(year99)).getUTCFullYear()).toBe(99);
    expect(spanEnd(year99)).toBe(spanStart(year100));
    expect(compareDates(year99, year100)).toBeLessThan(0);
    expect(parseEdtf("0004-02-29")).toMatchObject({ day: 29 });
    expect(parseEdtf("0100-02-29")).toHaveProperty("error");
  });

  it("computes span ends exactly like calendar addition", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0001-01-01"), max: new Date("9998-12-31"), noInvalidDate: true }),
        fc.constantFrom(4, 7, 10),
        (date, length) => {
          const text = date.toISOString().slice(0, length);
          const parsed = mustParseEdtf(text);
          const start = new Date(spanStart(parsed));
          const expected = new Date(start.getTime());
          if (parsed.precision === "day") expected.setUTCDate(expected.getUTCDate() + 1);
          else if (parsed.precision === "month") expected.setUTCMonth(expected.getUTCMonth() + 1);
          else expected.setUTCFullYear(expected.getUTCFullYear() + 1);
          expect(spanEnd(parsed)).toBe(expected.getTime());
        },
      ),
    );
  });
});

describe("daysInMonth", () => {
  it("agrees with the calendar for every month of four centuries", () => {
    for (let year = 1600; year < 2000; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });
});

describe("parsing a date text again", () => {
  it("gives the answer already given, frozen, for dates and for errors alike", () => {
    const first = parseEdtf("2025-10-24");
    expect(parseEdtf("2025-10-24")).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual({ year: 2025, month: 10, day: 24, precision: "day" });
    const error = parseEdtf("2025-02-30");
    expect(parseEdtf("2025-02-30")).toBe(error);
    expect(error).toEqual({ error: expect.stringContaining("does not exist") });
  });

  it("keeps no answer for a text longer than any date", () => {
    const long = `${"9".repeat(40)}-01-01`;
    expect(parseEdtf(long)).not.toBe(parseEdtf(long));
    expect(parseEdtf(long)).toEqual({ error: expect.stringContaining("expected an EDTF date") });
  });

  it("answers alike once it has started afresh past its bound", () => {
    const first = parseEdtf("1999-12-31");
    // More distinct dates than are kept: the map starts afresh, the answers stay right.
    for (let i = 0; i < 60_000; i++) parseEdtf(`Y${100_000 + i}`);
    const again = parseEdtf("1999-12-31");
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
