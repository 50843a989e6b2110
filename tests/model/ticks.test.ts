import fc from "fast-check";
import { MS_PER_DAY, utcMs } from "../../src/model/date.ts";
import type { TickUnit } from "../../src/model/ticks.ts";
import { chooseTickUnit, computeTicks } from "../../src/model/ticks.ts";
import type { Viewport } from "../../src/model/viewport.ts";

const YEAR = 365.25 * MS_PER_DAY;

/** The label spacing the module promises per unit (ticks.ts MIN_SPACING). */
const MIN_SPACING: Record<TickUnit, number> = { day: 64, month: 72, year: 48 };

const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);
const view = (from: string, to: string): Viewport => ({ from: utc(from), to: utc(to) });
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Spans from a day to ~150 years, log-uniform so day, month and year steps all come up. */
const spanMs = fc
  .integer({ min: 0, max: Math.round(1000 * Math.log2(150 * 365.25)) })
  .map((e) => Math.round(MS_PER_DAY * 2 ** (e / 1000)));

describe("chooseTickUnit", () => {
  it("goes year → month → day as the view narrows on a 1000 px chart", () => {
    // 25 years: 9.1 days/px. A year is 40 px (< 48), two years 80 px.
    expect(chooseTickUnit({ from: 0, to: 25 * YEAR }, 1000)).toMatchObject({
      unit: "year",
      step: 2,
    });
    // 2 years: 0.73 days/px. Months are 42 px (< 72), quarters 125 px.
    expect(chooseTickUnit({ from: 0, to: 2 * YEAR }, 1000)).toMatchObject({
      unit: "month",
      step: 3,
    });
    // 1 year: 0.365 days/px. Fortnights are 38 px (< 64), months ≥ 77 px.
    expect(chooseTickUnit({ from: 0, to: YEAR }, 1000)).toMatchObject({ unit: "month", step: 1 });
    // 20 days: 50 px a day (< 64), 100 px every other day.
    expect(chooseTickUnit({ from: 0, to: 20 * MS_PER_DAY }, 1000)).toMatchObject({
      unit: "day",
      step: 2,
    });
    // 5 days: 200 px a day.
    expect(chooseTickUnit({ from: 0, to: 5 * MS_PER_DAY }, 1000)).toMatchObject({
      unit: "day",
      step: 1,
    });
  });

  it("sizes steps by their shortest instance: a 28-day February must fit too", () => {
    // 400 days on 1000 px: 0.4 days/px. An average month (30.4 days) would be 76 px, but
    // February is 70 px < 72, so months do not fit; quarters (≥ 89 days) do.
    expect(chooseTickUnit({ from: 0, to: 400 * MS_PER_DAY }, 1000)).toMatchObject({
      unit: "month",
      step: 3,
    });
    // 0.3 days/px: February is 93 px.
    expect(chooseTickUnit({ from: 0, to: 300 * MS_PER_DAY }, 1000)).toMatchObject({
      unit: "month",
      step: 1,
    });
  });

  it("coarsens year steps for long views, on to centuries and millennia", () => {
    // 200 years: 73 days/px; 5 years are 25 px, 10 years 50 px.
    expect(chooseTickUnit({ from: 0, to: 200 * YEAR }, 1000)).toMatchObject({
      unit: "year",
      step: 10,
    });
    // 5000 years: a century is only 20 px, two centuries 40 px, five 100 px.
    expect(chooseTickUnit({ from: 0, to: 5000 * YEAR }, 1000)).toMatchObject({
      unit: "year",
      step: 500,
    });
  });

  it("depends on the scale only: twice the width for twice the span picks the same step", () => {
    const narrow = chooseTickUnit({ from: 0, to: 3 * YEAR }, 500);
    const wide = chooseTickUnit({ from: 0, to: 6 * YEAR }, 1000);
    expect(wide).toEqual(narrow);
  });

  it("never picks a finer step for a wider view at the same width (monotone)", () => {
    const rank = (c: { unit: TickUnit; step: number }): number =>
      ({ day: 1, month: 30, year: 365 })[c.unit] * c.step;
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100_000, noNaN: true }),
        fc.double({ min: 0.1, max: 100_000, noNaN: true }),
        fc.integer({ min: 100, max: 3000 }),
        (a, b, width) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const fine = chooseTickUnit({ from: 0, to: lo * MS_PER_DAY }, width);
          const coarse = chooseTickUnit({ from: 0, to: hi * MS_PER_DAY }, width);
          expect(rank(fine)).toBeLessThanOrEqual(rank(coarse));
        },
      ),
    );
  });

  it("treats a zero-width chart as one pixel wide: the coarsest ticks, no division by zero", () => {
    const zero = chooseTickUnit({ from: 0, to: YEAR }, 0);
    expect(zero).toEqual(chooseTickUnit({ from: 0, to: YEAR }, 1));
    expect(zero).toMatchObject({ unit: "year", step: 50 });
  });
});

describe("computeTicks", () => {
  it("labels year ticks with the UTC year, even where local time is still the year before", () => {
    const { unit, step, ticks } = computeTicks(view("2000-01-01", "2025-01-01"), 1000);
    expect([unit, step]).toEqual(["year", 2]);
    expect(ticks.map((t) => t.label)).toEqual([
      "2000",
      "2002",
      "2004",
      "2006",
      "2008",
      "2010",
      "2012",
      "2014",
      "2016",
      "2018",
      "2020",
      "2022",
      "2024",
    ]);
    // In Bogotá 2000-01-01T00:00Z is still 31 December 1999: the label must not say 1999.
    expect(ticks[0]?.ms).toBe(utc("2000-01-01"));
  });

  it("labels month ticks in UTC: 2025-03-01T00:00Z is “Mar 2025”, never “Feb”", () => {
    // 59 days on 200 px: 0.295 days/px; fortnights 47 px (< 64), months ≥ 95 px.
    const { unit, step, ticks } = computeTicks(view("2025-02-15", "2025-04-15"), 200);
    expect([unit, step]).toEqual(["month", 1]);
    expect(ticks).toEqual([
      { ms: utc("2025-03-01"), label: "Mar 2025" },
      { ms: utc("2025-04-01"), label: "Apr 2025" },
    ]);
  });

  it("puts quarter ticks on January, April, July and October", () => {
    const { unit, step, ticks } = computeTicks(view("2024-01-01", "2025-12-31"), 1000);
    expect([unit, step]).toEqual(["month", 3]);
    expect(ticks.map((t) => t.label)).toEqual([
      "Jan 2024",
      "Apr 2024",
      "Jul 2024",
      "Oct 2024",
      "Jan 2025",
      "Apr 2025",
      "Jul 2025",
      "Oct 2025",
    ]);
  });

  it("labels day ticks with the UTC day", () => {
    // 4 days on 1000 px: 250 px a day.
    const { unit, step, ticks } = computeTicks(view("2025-02-27", "2025-03-03"), 1000);
    expect([unit, step]).toEqual(["day", 1]);
    expect(ticks.map((t) => t.label)).toEqual(["27 Feb", "28 Feb", "1 Mar", "2 Mar", "3 Mar"]);
    expect(ticks.map((t) => iso(t.ms))).toEqual([
      "2025-02-27",
      "2025-02-28",
      "2025-03-01",
      "2025-03-02",
      "2025-03-03",
    ]);
  });

  it("labels in Spanish with date-fns' es locale (lower-case abbreviations)", () => {
    const months = computeTicks(view("2025-01-01", "2025-12-31"), 1000, "es");
    expect(months.unit).toBe("month");
    expect(months.ticks.map((t) => t.label)).toEqual([
      "ene 2025",
      "feb 2025",
      "mar 2025",
      "abr 2025",
      "may 2025",
      "jun 2025",
      "jul 2025",
      "ago 2025",
      "sep 2025",
      "oct 2025",
      "nov 2025",
      "dic 2025",
    ]);
    const days = computeTicks(view("2025-02-27", "2025-03-03"), 1000, "es");
    expect(days.ticks.map((t) => t.label)).toEqual(["27 feb", "28 feb", "1 mar", "2 mar", "3 mar"]);
    expect(computeTicks(view("2000-01-01", "2025-01-01"), 1000, "es").ticks[0]?.label).toBe("2000");
  });

  it("defaults to English", () => {
    const march = view("2025-02-15", "2025-04-15");
    expect(computeTicks(march, 200)).toEqual(computeTicks(march, 200, "en"));
  });

  it("keeps day labels a full step apart across month ends (no “29 Jan” next to “1 Feb”)", () => {
    // 40 days on 1000 px: 25 px a day, so labels need ≥ 3 days; weekly ticks are chosen.
    const { unit, step, ticks } = computeTicks(view("2025-01-01", "2025-02-10"), 1000);
    expect([unit, step]).toEqual(["day", 7]);
    expect(ticks.map((t) => t.label)).toEqual([
      "1 Jan",
      "8 Jan",
      "15 Jan",
      "22 Jan",
      "1 Feb",
      "8 Feb",
    ]);
  });

  it("keeps every-other-day labels apart at the end of a 31-day month and a leap February", () => {
    // 30 days on 1000 px: 33 px a day; step 2.
    const jan = computeTicks(view("2025-01-20", "2025-02-19"), 1000);
    expect([jan.unit, jan.step]).toEqual(["day", 2]);
    expect(jan.ticks.map((t) => t.label)).not.toContain("31 Jan");
    const feb = computeTicks(view("2024-02-15", "2024-03-16"), 1000);
    expect(feb.ticks.map((t) => t.label)).not.toContain("29 Feb");
    expect(feb.ticks.map((t) => t.label)).toContain("27 Feb");
    expect(feb.ticks.map((t) => t.label)).toContain("1 Mar");
  });

  it("includes ticks exactly on the view's edges", () => {
    const { ticks } = computeTicks(view("2025-02-27", "2025-03-03"), 1000);
    expect(ticks[0]?.ms).toBe(utc("2025-02-27"));
    expect(ticks.at(-1)?.ms).toBe(utc("2025-03-03"));
  });

  it("for any view: ticks inside it, ascending, on unit boundaries, labels spaced ≥ the minimum", () => {
    const lo = utc("1900-01-01");
    const hi = utc("2100-01-01");
    fc.assert(
      fc.property(
        fc.integer({ min: lo, max: hi }),
        spanMs,
        fc.integer({ min: 150, max: 3000 }),
        fc.constantFrom("en" as const, "es" as const),
        (from, span, width, lang) => {
          const v = { from, to: from + span };
          const { unit, step, ticks } = computeTicks(v, width, lang);
          expect(chooseTickUnit(v, width)).toMatchObject({ unit, step });
          const pxPerMs = width / span;
          ticks.forEach((tick, k) => {
            expect(tick.ms).toBeGreaterThanOrEqual(v.from);
            expect(tick.ms).toBeLessThanOrEqual(v.to);
            const d = new Date(tick.ms);
            expect(d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds()).toBe(0);
            if (unit !== "day") expect(d.getUTCDate()).toBe(1);
            if (unit === "month") expect(d.getUTCMonth() % step).toBe(0);
            if (unit === "year") {
              expect(d.getUTCMonth()).toBe(0);
              expect(d.getUTCFullYear() % step).toBe(0);
            }
            if (k > 0) {
              const prev = ticks[k - 1]?.ms as number;
              expect((tick.ms - prev) * pxPerMs).toBeGreaterThanOrEqual(MIN_SPACING[unit] - 1e-6);
            }
          });
          // Labels never repeat within a view ("d MMM" could, in a view over a year long).
          if (unit !== "day" || span < 360 * MS_PER_DAY) {
            expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
          }
        },
      ),
    );
  });

  it("labels each tick with its own UTC date, whatever the step", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1950-01-01"), max: utc("2050-01-01") }),
        spanMs,
        (from, span) => {
          const { unit, ticks } = computeTicks({ from, to: from + span }, 1200);
          const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"];
          const moreMonths = ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
          const names = [...months, ...moreMonths];
          for (const { ms, label } of ticks) {
            const d = new Date(ms);
            const y = String(d.getUTCFullYear());
            const m = names[d.getUTCMonth()] as string;
            const expected =
              unit === "year" ? y : unit === "month" ? `${m} ${y}` : `${d.getUTCDate()} ${m}`;
            expect(label).toBe(expected);
          }
        },
      ),
    );
  });
});

describe("the axis context label", () => {
  const at = (from: number, days: number): Viewport => ({ from, to: from + days * MS_PER_DAY });

  it("names the month and year at day zooms, the year at month zooms, nothing at year zooms", () => {
    const week = computeTicks(at(Date.UTC(2025, 0, 1), 10), 1000, "en");
    expect(week.unit).toBe("day");
    expect(week.context).toBe("January 2025");
    const year = computeTicks(at(Date.UTC(2025, 2, 10), 300), 1000, "en");
    expect(year.unit).toBe("month");
    expect(year.context).toBe("2025");
    const decades = computeTicks(at(Date.UTC(2000, 0, 1), 9000), 1000, "en");
    expect(decades.unit).toBe("year");
    expect(decades.context).toBe("");
  });

  it("speaks Spanish and reads the first whole day at the left edge", () => {
    // 31 January 23:00 UTC: the first whole day shown is 1 February.
    const view = at(Date.UTC(2025, 0, 31, 23), 10);
    expect(computeTicks(view, 1000, "es").context).toBe("febrero de 2025");
  });
});

describe("year ticks around the calendar's edges", () => {
  // Views from the start of one year to the start of another, as EDTF years ("-0005" is 6 BCE).
  const years = (from: number, to: number): Viewport => ({
    from: utcMs(from, 0, 1),
    to: utcMs(to, 0, 1),
  });

  it("counts from 6 BCE to 6 with no year 0 between 1 BCE and 1", () => {
    const { unit, step, ticks } = computeTicks(years(-5, 6), 1000, "en", 2026);
    expect([unit, step]).toEqual(["year", 1]);
    expect(ticks.map((t) => t.label)).toEqual([
      ...["6 BCE", "5 BCE", "4 BCE", "3 BCE", "2 BCE", "1 BCE"],
      ...["1", "2", "3", "4", "5", "6"],
    ]);
  });

  it("steps by ten across the era boundary: 10 BCE, then 10", () => {
    const { step, ticks } = computeTicks(years(-10, 10), 200, "en", 2026);
    expect(step).toBe(10);
    expect(ticks.map((t) => t.label)).toEqual(["10 BCE", "10"]);
  });

  it("labels months in the first and the last four-digit years", () => {
    expect(computeTicks(years(1000, 1001), 1000, "en", 2026).ticks[0]?.label).toBe("Jan 1000");
    const last = computeTicks(
      { from: utcMs(9999, 0, 1), to: utcMs(9999, 0, 1) + 334 * MS_PER_DAY },
      1000,
    );
    expect(last.ticks.map((t) => t.label)).toEqual([
      ...["Jan 9999", "Feb 9999", "Mar 9999", "Apr 9999", "May 9999", "Jun 9999"],
      ...["Jul 9999", "Aug 9999", "Sep 9999", "Oct 9999", "Nov 9999", "Dec 9999"],
    ]);
  });
});

describe("ticks at their limits", () => {
  const labels = (set: { ticks: readonly { label: string }[] }) => set.ticks.map((t) => t.label);
  const days = (n: number): number => n * MS_PER_DAY;

  it("takes a step whose labels sit exactly the minimum apart", () => {
    // Ten 365-day years on 480 px: 48 px a year, the year labels' minimum; one day per 64 px.
    const decade = computeTicks(
      { from: utcMs(2000, 0, 1), to: utcMs(2000, 0, 1) + days(3650) },
      480,
    );
    expect([decade.unit, decade.step]).toEqual(["year", 1]);
    expect(labels(decade)).toEqual(Array.from({ length: 10 }, (_, i) => String(2000 + i)));
    expect(chooseTickUnit({ from: 0, to: days(10) }, 640)).toMatchObject({ unit: "day", step: 1 });
  });

  it("keeps the 27th of a 28-day February at every other day: two days before the 1st", () => {
    const feb = computeTicks(view("2025-02-20", "2025-03-10"), 1000);
    expect([feb.unit, feb.step]).toEqual(["day", 2]);
    expect(labels(feb)).toEqual([
      ...["21 Feb", "23 Feb", "25 Feb", "27 Feb"],
      ...["1 Mar", "3 Mar", "5 Mar", "7 Mar", "9 Mar"],
    ]);
  });

  it("never asks for more than 500 ticks, however wide the chart", () => {
    // 2,000 years on 100,000 px: 50 px a year would fit yearly labels, but 2,000 ticks are too
    // many, and so are 1,000; every fifth year gives 400.
    const wide = computeTicks({ from: utcMs(0, 0, 1), to: utcMs(2000, 0, 1) }, 100_000, "en", 2026);
    expect(wide.step).toBe(5);
    expect(wide.ticks).toHaveLength(400);
    expect([wide.ticks[0]?.label, wide.ticks.at(-1)?.label]).toEqual(["5", "2000"]);
    // Two million to one million years ago on the same width: labels such as "1.998 million years
    // ago" would fit every 2,000 years, but that is 501 ticks; every 5,000 years gives 201.
    const deep = computeTicks(
      { from: utcMs(2026 - 2_000_000, 0, 1), to: utcMs(2026 - 1_000_000, 0, 1) },
      100_000,
      "en",
      2026,
    );
    expect(deep.step).toBe(5000);
    expect(deep.ticks).toHaveLength(201);
    expect(labels(deep).slice(-2)).toEqual(["1.005 million years ago", "1 million years ago"]);
  });

  it("takes exactly 500 ticks", () => {
    // 2,499 years on 25,000 px: every fifth year is 50 px apart, from year 5 to 2500.
    const dense = computeTicks({ from: utcMs(1, 0, 1), to: utcMs(2500, 0, 1) }, 25_000, "en", 2026);
    expect(dense.step).toBe(5);
    expect(dense.ticks).toHaveLength(500);
  });

  it("words ticks a million years ago to the step's digits, the view's last year included", () => {
    // 400 years on 1000 px: "1.0004 million years ago" needs 182 px, so a step of 100 years.
    const deep = computeTicks(
      { from: utcMs(2026 - 1_000_400, 0, 1), to: utcMs(2026 - 1_000_000, 0, 1) },
      1000,
      "en",
      2026,
    );
    expect(deep.step).toBe(100);
    expect(labels(deep)).toEqual([
      "1.0004 million years ago",
      "1.0003 million years ago",
      "1.0002 million years ago",
      "1.0001 million years ago",
      "1 million years ago",
    ]);
  });

  it("counts calendar years from 10,000 BCE and years ago before it", () => {
    const calendar = computeTicks(
      { from: utcMs(-9999, 0, 1), to: utcMs(-9990, 0, 1) },
      1000,
      "en",
      2026,
    );
    expect(labels(calendar)).toEqual([
      "10,000 BCE",
      ...Array.from({ length: 9 }, (_, i) => `${9999 - i} BCE`),
    ]);
    const ago = computeTicks(
      { from: utcMs(-10000, 0, 1), to: utcMs(-9990, 0, 1) },
      1000,
      "en",
      2026,
    );
    expect(labels(ago)[0]).toBe("12,026 years ago");
  });

  it("groups the digits of years past 9999 in day and month labels", () => {
    const future = computeTicks(
      { from: utcMs(12025, 0, 1), to: utcMs(12025, 0, 1) + days(300) },
      1000,
    );
    expect(future.unit).toBe("month");
    expect(labels(future)).toEqual(
      ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct"].map(
        (m) => `${m} 12,025`,
      ),
    );
    expect(future.context).toBe("12,025");
  });

  it("tells the year in words as soon as a view begins before year 1000", () => {
    const turn = computeTicks({ from: utcMs(999, 10, 1), to: utcMs(1000, 3, 1) }, 1000);
    expect(turn.unit).toBe("day");
    expect(turn.context).toBe("November 999");
    expect(labels(turn).slice(0, 5)).toEqual(["1 Nov", "15 Nov", "1 Dec", "15 Dec", "1 Jan"]);
  });

  it("gives month ticks in antiquity their year (the view's last day included), day ticks their month in the context, in Spanish", () => {
    const months = computeTicks(
      { from: utcMs(-43, 0, 1), to: utcMs(-43, 10, 1) },
      1000,
      "es",
      2026,
    );
    expect(months.unit).toBe("month");
    expect(labels(months)).toEqual(
      ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov"].map(
        (m) => `${m} 44 a. e. c.`,
      ),
    );
    expect(months.context).toBe("44 a. e. c.");
    // From 23:00 on 31 January: the first whole day, and the month the reader is in, is February.
    const from = utcMs(-43, 0, 31) + 23 * 3_600_000;
    const week = computeTicks({ from, to: from + days(7) }, 1000, "es", 2026);
    expect(week.unit).toBe("day");
    expect(labels(week)).toEqual(["1 feb", "2 feb", "3 feb", "4 feb", "5 feb", "6 feb", "7 feb"]);
    // Written as every Spanish date here is, with "de" before the year (as "febrero de 2025").
    expect(week.context).toBe("febrero de 44 a. e. c.");
  });

  it("draws no day ticks for a view reaching past a Date's range, and still says where it is", () => {
    const limit = 8.64e15;
    const before = computeTicks({ from: -limit - days(2), to: -limit + days(2) }, 1000);
    expect(before).toEqual({ unit: "day", step: 1, ticks: [], context: "271,822 BCE" });
    const after = computeTicks({ from: limit - days(2), to: limit + days(2) }, 1000);
    expect(after).toEqual({ unit: "day", step: 1, ticks: [], context: "275,760" });
  });
});
