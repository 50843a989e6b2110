import fc from "fast-check";
import { format } from "date-fns";
import { enUS, es } from "date-fns/locale";
import { formatPreciseDate } from "../../src/i18n/format.ts";
import type { PreciseDate } from "../../src/model/date.ts";
import { daysInMonth } from "../../src/model/date.ts";
import type { Lang } from "../../src/model/lang.ts";
import { monthName } from "../../src/model/monthNames.ts";
import { computeTicks } from "../../src/model/ticks.ts";

// The app words dates without date-fns (to keep it off the first load); these tests hold its
// words to date-fns' own, with the patterns the app used: day "d MMMM yyyy" / "d 'de' MMMM 'de'
// yyyy", month "MMMM yyyy" / "MMMM 'de' yyyy", ticks "d MMM" and "MMM yyyy", axis context
// "MMMM yyyy" / "MMMM 'de' yyyy" beside days and "yyyy" beside months.
const LOCALES = { en: enUS, es } as const;
const PATTERNS: Record<Lang, Record<"day" | "month", string>> = {
  en: { day: "d MMMM yyyy", month: "MMMM yyyy" },
  es: { day: "d 'de' MMMM 'de' yyyy", month: "MMMM 'de' yyyy" },
};
const TICK_PATTERNS = { day: "d MMM", month: "MMM yyyy" } as const;
const CONTEXT_PATTERNS: Record<Lang, string> = { en: "MMMM yyyy", es: "MMMM 'de' yyyy" };

/** date-fns formats local time; a local Date with the same fields gives the UTC day's words. */
const local = (ms: number): Date => {
  const date = new Date(ms);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12);
};
const dateFns = (ms: number, pattern: string, lang: Lang): string =>
  format(local(ms), pattern, { locale: LOCALES[lang] });

const langs: Lang[] = ["en", "es"];

describe("monthName", () => {
  it.each(langs)("names every month as date-fns does (%s)", (lang) => {
    for (let month = 1; month <= 12; month++) {
      const date = new Date(2025, month - 1, 1);
      expect(monthName(month, lang)).toBe(format(date, "MMMM", { locale: LOCALES[lang] }));
      expect(monthName(month, lang, "short")).toBe(format(date, "MMM", { locale: LOCALES[lang] }));
    }
  });
});

const preciseDate = fc
  .record({
    year: fc.integer({ min: 1000, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    precision: fc.constantFrom("day" as const, "month" as const, "year" as const),
  })
  .map(({ year, month, day, precision }): PreciseDate => {
    if (precision === "year") return { year, precision };
    if (precision === "month") return { year, month, precision };
    return { year, month, day: Math.min(day, daysInMonth(year, month)), precision };
  });

describe("formatPreciseDate", () => {
  it("words years 1000–9999 as date-fns' patterns did, in both languages", () => {
    fc.assert(
      fc.property(preciseDate, fc.constantFrom(...langs), (date, lang) => {
        const ms = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
        const expected =
          date.precision === "year"
            ? String(date.year)
            : dateFns(ms, PATTERNS[lang][date.precision], lang);
        expect(formatPreciseDate(date, lang)).toBe(expected);
      }),
    );
  });
});

describe("computeTicks", () => {
  it("labels day and month ticks, and the axis context, as date-fns' patterns did", () => {
    const DAY = 86_400_000;
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9990, 0, 1) }),
        fc.integer({ min: DAY, max: 2 * 365 * DAY }),
        fc.integer({ min: 300, max: 2000 }),
        fc.constantFrom(...langs),
        (from, span, width, lang) => {
          const set = computeTicks({ from, to: from + span }, width, lang);
          if (set.unit === "year") return;
          for (const tick of set.ticks)
            expect(tick.label).toBe(dateFns(tick.ms, TICK_PATTERNS[set.unit], lang));
          const edge = Math.max(Math.ceil(from / DAY) * DAY, from);
          const context = set.unit === "day" ? CONTEXT_PATTERNS[lang] : "yyyy";
          expect(set.context).toBe(dateFns(edge, context, lang));
        },
      ),
    );
  });
});
