import type { EdtfInterval, PreciseDate } from "../model/date.ts";
import { MS_PER_DAY, civilOfMs } from "../model/date.ts";
import { YEARS_AGO_BEFORE, formatYear, formatYearsAgo, presentYear } from "../model/yearText.ts";
import type { Viewport } from "../model/viewport.ts";

import type { Lang } from "../model/lang.ts";
import { dayMonthWords, withYear } from "../model/dateLocale.ts";

export type { Lang };

/**
 * A date at its precision, never finer: "3 February 2026", "January 2025", "2000"; Spanish "3 de
 * febrero de 2026". Years outside 1000–9999 in words ("602", "15 March 44 BCE"), and before
 * 10,000 BCE as years ago ("13.8 billion years ago"), as TimelineJS tells its cosmological scale.
 */
export function formatPreciseDate(date: PreciseDate, lang: Lang = "en"): string {
  if (date.year < YEARS_AGO_BEFORE) return formatYearsAgo(presentYear() - date.year, lang);
  const year = formatYear(date.year, lang);
  if (date.precision === "year") return year;
  const day = date.precision === "day" ? (date.day ?? 1) : undefined;
  return withYear(dayMonthWords(date.month ?? 1, day, lang), year, lang);
}

/** An instant's UTC day, month or year in words, for any instant (Dates stop at ±273,790 years). */
function formatInstant(ms: number, precision: PreciseDate["precision"], lang: Lang): string {
  const { year, month, day } = civilOfMs(ms);
  if (precision === "year") return formatPreciseDate({ year, precision }, lang);
  if (precision === "month") return formatPreciseDate({ year, month, precision }, lang);
  return formatPreciseDate({ year, month, day, precision }, lang);
}

/** Formats a range; an approximate date is prefixed with "c." (circa) / "hacia". */
export function formatEventDate(
  start: PreciseDate,
  end: PreciseDate | undefined,
  approximate: boolean,
  lang: Lang = "en",
): string {
  const prefix = approximate ? (lang === "es" ? "hacia " : "c. ") : "";
  const from = formatPreciseDate(start, lang);
  if (!end) return prefix + from;
  return `${prefix}${from} – ${formatPreciseDate(end, lang)}`;
}

/**
 * An event known only to lie in an interval: "between 3 January 2026 and 2 February 2026",
 * "by 2 February 2026" (open start) or "from 3 January 2026" (open end).
 */
export function formatWithin(within: EdtfInterval, lang: Lang = "en"): string {
  const from = within.from ? formatPreciseDate(within.from, lang) : undefined;
  const to = within.to ? formatPreciseDate(within.to, lang) : undefined;
  if (from && to) return lang === "es" ? `entre ${from} y ${to}` : `between ${from} and ${to}`;
  if (to) return lang === "es" ? `hasta ${to}` : `by ${to}`;
  return lang === "es" ? `desde ${from ?? ""}` : `from ${from ?? ""}`;
}

/** Formats an instant as a UTC day, for axes and crosshairs. */
export function formatUtcDay(ms: number, lang: Lang = "en"): string {
  return formatInstant(ms, "day", lang);
}

const YEARS_FROM_DAYS = 3 * 365;
const MONTHS_FROM_DAYS = 60;

/**
 * A window `[from, to)` in words at the precision its span deserves: years for a span of three
 * years or more ("2000 – 2026"), months down to two months ("January 2025 – February 2026"),
 * else days. Equal ends collapse ("2025", "26 January 2025").
 */
export function formatWindow(view: Viewport, lang: Lang = "en"): string {
  const firstDay = Math.floor(view.from / MS_PER_DAY) * MS_PER_DAY;
  const lastDay = Math.max(firstDay, (Math.ceil(view.to / MS_PER_DAY) - 1) * MS_PER_DAY);
  const days = (lastDay - firstDay) / MS_PER_DAY + 1;
  const precision = days >= YEARS_FROM_DAYS ? "year" : days >= MONTHS_FROM_DAYS ? "month" : "day";
  const from = formatInstant(firstDay, precision, lang);
  const to = formatInstant(lastDay, precision, lang);
  return from === to ? from : `${from} – ${to}`;
}
