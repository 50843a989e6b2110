import { format } from "date-fns";
import { enUS, es } from "date-fns/locale";
import { UTCDate } from "@date-fns/utc";
import type { EdtfInterval, PreciseDate } from "../model/date.ts";
import { MS_PER_DAY, spanStart } from "../model/date.ts";
import type { Viewport } from "../model/viewport.ts";

import type { Lang } from "../model/lang.ts";

export type { Lang };

const LOCALES = { en: enUS, es } as const;

/** Day and month patterns per language; a date is never shown more precisely than it is known. */
const PATTERNS: Record<Lang, { day: string; month: string; year: string }> = {
  en: { day: "d MMMM yyyy", month: "MMMM yyyy", year: "yyyy" },
  es: { day: "d 'de' MMMM 'de' yyyy", month: "MMMM 'de' yyyy", year: "yyyy" },
};

export function formatPreciseDate(date: PreciseDate, lang: Lang = "en"): string {
  const pattern = PATTERNS[lang][date.precision];
  return format(new UTCDate(spanStart(date)), pattern, { locale: LOCALES[lang] });
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
  return format(new UTCDate(ms), PATTERNS[lang].day, { locale: LOCALES[lang] });
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
  const pattern = PATTERNS[lang][precision];
  const from = format(new UTCDate(firstDay), pattern, { locale: LOCALES[lang] });
  const to = format(new UTCDate(lastDay), pattern, { locale: LOCALES[lang] });
  return from === to ? from : `${from} – ${to}`;
}
