// Dates are joined from date-fns's month names instead of written through its `format` patterns
// (which cost the first load about 4 kB): these properties hold the joins to what the patterns
// wrote, for every plain-year date, day and month tick in both languages.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { format } from "date-fns";
import { es } from "date-fns/locale/es";
import { enUS } from "date-fns/locale/en-US";
import { formatPreciseDate } from "../../src/i18n/format.ts";
import { computeTicks } from "../../src/model/ticks.ts";
import { addDateLocale, monthName } from "../../src/model/dateLocale.ts";
import { MS_PER_DAY, daysInMonth, utcMs } from "../../src/model/date.ts";
import type { Lang } from "../../src/model/lang.ts";

addDateLocale("es", es);
const LOCALES = { en: enUS, es };
const PATTERNS: Record<Lang, Record<"day" | "month", string>> = {
  en: { day: "d MMMM yyyy", month: "MMMM yyyy" },
  es: { day: "d 'de' MMMM 'de' yyyy", month: "MMMM 'de' yyyy" },
};
const TICK_PATTERNS = { day: "d MMM", month: "MMM yyyy" } as const;
const CONTEXT: Record<Lang, string> = { en: "MMMM yyyy", es: "MMMM 'de' yyyy" };
/** date-fns's `format` reads local time: a local date with the instant's UTC day stands in. */
const written = (ms: number, pattern: string, lang: Lang): string => {
  const utc = new Date(ms);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return format(local, pattern, { locale: LOCALES[lang] });
};

const lang = fc.constantFrom<Lang>("en", "es");
/** Plain years; a tick view may run up to 400 days on, still before 10,000 ("10,000" is grouped). */
const day = fc
  .record({ year: fc.integer({ min: 1000, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInMonth(year, month) }),
    }),
  );

describe("dates joined from month names", () => {
  it("names months as date-fns's locales do (wide and abbreviated)", () => {
    expect(monthName(3, "en")).toBe("March");
    expect(monthName(9, "en", "abbreviated")).toBe("Sep");
    expect(monthName(2, "es")).toBe("febrero");
    expect(monthName(12, "es", "abbreviated")).toBe("dic");
  });

  it("writes every plain-year day and month as date-fns's patterns did", () => {
    fc.assert(
      fc.property(day, lang, ({ year, month, day }, lang) => {
        const ms = utcMs(year, month - 1, day);
        expect(formatPreciseDate({ year, month, day, precision: "day" }, lang)).toBe(
          written(ms, PATTERNS[lang].day, lang),
        );
        expect(formatPreciseDate({ year, month, precision: "month" }, lang)).toBe(
          written(ms, PATTERNS[lang].month, lang),
        );
      }),
    );
  });

  it("labels day and month ticks, and their context, as date-fns's patterns did", () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 3, max: 400 }), lang, (first, span, lang) => {
        const from = utcMs(first.year, first.month - 1, first.day);
        const ticks = computeTicks({ from, to: from + span * MS_PER_DAY }, 1200, lang);
        if (ticks.unit === "year") return;
        for (const tick of ticks.ticks)
          expect(tick.label).toBe(written(tick.ms, TICK_PATTERNS[ticks.unit], lang));
        expect(ticks.context).toBe(
          ticks.unit === "day" ? written(from, CONTEXT[lang], lang) : String(first.year),
        );
      }),
      { numRuns: 200 },
    );
  });
});
