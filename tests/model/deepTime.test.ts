import fc from "fast-check";
import {
  civilOfMs,
  isoDayOfMs,
  mustParseEdtf,
  parseEdtf,
  spanEnd,
  spanStart,
  toEdtf,
  utcMs,
  yearOfMs,
} from "../../src/model/date.ts";
import { computeTicks } from "../../src/model/ticks.ts";
import { formatYear, formatYearsAgo } from "../../src/model/yearText.ts";
import { formatPreciseDate, formatWindow } from "../../src/i18n/format.ts";
import { datasetSchema } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const view = (from: string, to: string) => ({
  from: spanStart(mustParseEdtf(from)),
  to: spanEnd(mustParseEdtf(to)),
});

describe("EDTF years before 1", () => {
  it("counts astronomically: 0000 is 1 BCE, -0499 is 500 BCE", () => {
    expect(parseEdtf("-0499")).toEqual({ year: -499, precision: "year" });
    expect(parseEdtf("-0043-03-15")).toEqual({ year: -43, month: 3, day: 15, precision: "day" });
    expect(parseEdtf("0000")).toEqual({ year: 0, precision: "year" });
    // Year 0 directly precedes year 1: the span of 1 BCE ends where 1 CE starts.
    expect(spanEnd(mustParseEdtf("0000"))).toBe(spanStart(mustParseEdtf("0001")));
    expect(new Date(spanStart(mustParseEdtf("-0043-03-15"))).toISOString()).toBe(
      "-000043-03-15T00:00:00.000Z",
    );
  });

  it("reads EDTF's Y years of more than four digits, year precision only", () => {
    expect(parseEdtf("Y-13797999999")).toEqual({ year: -13_797_999_999, precision: "year" });
    expect(parseEdtf("Y12025")).toEqual({ year: 12_025, precision: "year" });
    expect(parseEdtf("Y-1000")).toHaveProperty("error"); // four digits are written -1000
    expect(parseEdtf("Y-13797999999-01")).toHaveProperty("error");
    expect(parseEdtf("-0000")).toHaveProperty("error");
    expect(parseEdtf("Y-999999999999")).toHaveProperty("error"); // before the universe
  });

  it("writes what it reads", () => {
    for (const text of ["-0499", "-0043-03-15", "0000", "Y-13797999999", "Y12025", "0602"])
      expect(toEdtf(mustParseEdtf(text))).toBe(text);
  });

  it("keeps calendar arithmetic exact far beyond the reach of a Date", () => {
    // The Gregorian calendar repeats every 400 years (146,097 days), a Date or not.
    const cycle = 146_097 * 86_400_000;
    expect(utcMs(-400_000, 0, 1) - utcMs(-400_400, 0, 1)).toBe(cycle);
    expect(utcMs(2000, 0, 1) - utcMs(1600, 0, 1)).toBe(cycle);
    expect(Number.isFinite(spanStart(mustParseEdtf("Y-13797999999")))).toBe(true);
    expect(spanStart(mustParseEdtf("Y-13797999999"))).toBeLessThan(
      spanStart(mustParseEdtf("Y-4797999999")),
    );
  });

  it("finds the calendar day of any instant, before and beyond Date's range", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -50_000_000_000, max: 50_000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, month, day) => {
          const ms = utcMs(year, month - 1, day) + 43_200_000; // midday
          expect(civilOfMs(ms)).toEqual({ year, month, day });
          expect(yearOfMs(spanStart({ year, precision: "year" }))).toBe(year);
        },
      ),
    );
    expect(isoDayOfMs(spanStart(mustParseEdtf("-0043-03-15")))).toBe("-0043-03-15");
    expect(isoDayOfMs(spanStart(mustParseEdtf("Y-13797999999")))).toBe("-13797999999-01-01");
  });

  it("takes BCE and Y dates in datasets, and reports malformed ones", () => {
    const dataset = smallDataset([
      sampleEvent({ date: "-0431", end: "-0404", dateLabel: "431–404 BCE" }),
    ]);
    expect(datasetSchema.safeParse(dataset).success).toBe(true);
    expect(validateDataset(dataset, goldsteinTable()).ok).toBe(true);
    const bad = dataset.events.map((e, i) => (i === 0 ? { ...e, date: "-431" } : e));
    expect(datasetSchema.safeParse({ ...dataset, events: bad }).success).toBe(false);
  });
});

describe("deep-time words", () => {
  it("names years BCE without a year 0", () => {
    expect(formatYear(-499)).toBe("500 BCE");
    expect(formatYear(0)).toBe("1 BCE");
    expect(formatYear(1)).toBe("1");
    expect(formatYear(-11_999)).toBe("12,000 BCE");
    expect(formatYear(-499, "es")).toBe("500 a. e. c.");
  });

  it("tells geological spans in years ago, to the digits deep time can claim", () => {
    expect(formatYearsAgo(13_798_002_026)).toBe("13.8 billion years ago");
    expect(formatYearsAgo(65_000_000)).toBe("65 million years ago");
    expect(formatYearsAgo(1_000_000)).toBe("1 million years ago");
    expect(formatYearsAgo(12_345)).toBe("12,300 years ago");
    expect(formatYearsAgo(13_800_000_000, "es")).toBe("hace 13,8 mil millones de años");
    expect(formatYearsAgo(1_000_000, "es")).toBe("hace 1 millón de años");
  });

  it("formats event dates before year 1000 and deep ones", () => {
    expect(formatPreciseDate(mustParseEdtf("-0043-03-15"))).toBe("15 March 44 BCE");
    expect(formatPreciseDate(mustParseEdtf("-0043-03"), "es")).toBe("marzo de 44 a. e. c.");
    expect(formatPreciseDate(mustParseEdtf("0602"))).toBe("602");
    expect(formatPreciseDate(mustParseEdtf("Y-13797999999"))).toBe("13.8 billion years ago");
    expect(formatWindow(view("-0499", "0200"))).toBe("500 BCE – 200");
  });
});

describe("deep-time axis", () => {
  it("labels BCE years on round numbers and skips year 0", () => {
    const ticks = computeTicks(view("-0499", "0200"), 1280, "en", 2026);
    const labels = ticks.ticks.map((t) => t.label);
    expect(labels[0]).toBe("500 BCE");
    expect(labels).toContain("50 BCE");
    expect(labels).toContain("50");
    expect(labels.some((l) => /^0( |$)/.test(l))).toBe(false);
    for (const tick of ticks.ticks) expect(tick.label).toMatch(/^\d+( BCE)?$/);
  });

  it("labels a cosmological view in years ago, spaced so the long labels fit", () => {
    const ticks = computeTicks(view("Y-13797999999", "2026"), 1280, "en", 2026);
    const labels = ticks.ticks.map((t) => t.label);
    expect(labels).toContain("10 billion years ago");
    expect(labels.at(-1)).toBe("now");
    expect(labels.length).toBeGreaterThan(3);
    const { from, to } = view("Y-13797999999", "2026");
    const xs = ticks.ticks.map((t) => ((t.ms - from) / (to - from)) * 1280);
    ticks.ticks.forEach((tick, i) => {
      if (i > 0) expect((xs[i] ?? 0) - (xs[i - 1] ?? 0)).toBeGreaterThan(tick.label.length * 7.2);
    });
  });

  it("stays bounded for any view of deep time (no tick per day or year)", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -4e20, max: 1e12, noNaN: true }),
        fc.double({ min: 1e8, max: 4e20, noNaN: true }),
        fc.integer({ min: 1, max: 2000 }),
        (from, span, width) => {
          const ticks = computeTicks({ from, to: from + span }, width, "en", 2026);
          expect(ticks.ticks.length).toBeLessThanOrEqual(width / 40 + 2);
          for (const tick of ticks.ticks) expect(tick.label).not.toMatch(/NaN|Invalid/);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("names the month and BCE year at day zooms in antiquity", () => {
    const ticks = computeTicks(view("-0043-03-01", "-0043-03-20"), 1280, "en", 2026);
    expect(ticks.unit).toBe("day");
    expect(ticks.context).toBe("March 44 BCE");
    expect(ticks.ticks.map((t) => t.label)).toContain("15 Mar");
  });
});
