import { format } from "date-fns";
import { enUS, es } from "date-fns/locale";
import { UTCDate } from "@date-fns/utc";
import type { EdtfInterval, PreciseDate } from "./date.ts";
import { spanStart } from "./date.ts";

export type Lang = "en" | "es";

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
