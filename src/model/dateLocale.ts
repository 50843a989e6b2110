/**
 * Month names in each interface language, from date-fns's locales. English is always here; the
 * Spanish locale comes in the chunk of Spanish words (i18n/translate.ts `loadMessages("es")`
 * adds it), so a reader in English never downloads it. Nothing renders in Spanish before those
 * words are in; until then a Spanish date would use English month names rather than fail.
 *
 * Dates are put together from these names by plain joins ("3 March 2025", "3 de marzo de 2025")
 * rather than through date-fns's `format`, whose pattern language brings every token's formatter
 * into the first load (about 4 kB gzipped) for the three shapes a date takes here.
 */
import type { Locale, Month } from "date-fns";
import { enUS } from "date-fns/locale/en-US";
import type { Lang } from "./lang.ts";

const locales: Partial<Record<Lang, Locale>> = { en: enUS };

export function dateLocale(lang: Lang): Locale {
  return locales[lang] ?? enUS;
}

/** Called by the chunk that brings a language's words, before anything renders in it. */
export function addDateLocale(lang: Lang, locale: Locale): void {
  locales[lang] = locale;
}

/** "wide": March, marzo; "abbreviated": Mar, mar. */
export type MonthWidth = "wide" | "abbreviated";

/** A month (1–12) named as inside a date. */
export function monthName(month: number, lang: Lang, width: MonthWidth = "wide"): string {
  return dateLocale(lang).localize.month((month - 1) as Month, { width, context: "formatting" });
}

/** A day and its month, or a month alone: "3 March", "3 de marzo", "March". */
export function dayMonthWords(
  month: number,
  day: number | undefined,
  lang: Lang,
  width: MonthWidth = "wide",
): string {
  const name = monthName(month, lang, width);
  if (day === undefined) return name;
  return lang === "es" ? `${day} de ${name}` : `${day} ${name}`;
}

/** Day-and-month or month words with the year's: "3 March 2025", "marzo de 2025". */
export function withYear(words: string, year: string, lang: Lang): string {
  return lang === "es" ? `${words} de ${year}` : `${words} ${year}`;
}
