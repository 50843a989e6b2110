/**
 * The date-fns locale each interface language writes dates with. English is always here; the
 * Spanish locale comes in the chunk of Spanish words (i18n/translate.ts `loadMessages("es")`
 * adds it), so a reader in English never downloads it. Nothing renders in Spanish before those
 * words are in; until then a Spanish date would use English month names rather than fail.
 */
import type { Locale } from "date-fns";
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
