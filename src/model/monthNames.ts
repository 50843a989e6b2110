/**
 * Month names as date-fns' enUS and es locales print them ("MMMM", "MMM"), kept here so the first
 * load carries two short tables instead of date-fns' formatter and locales (about 7 kB gzipped).
 * tests/model/monthNames.test.ts checks every name against date-fns, which tests still use.
 */
import type { Lang } from "./lang.ts";

export type MonthWidth = "long" | "short";

const NAMES: Record<Lang, Record<MonthWidth, readonly string[]>> = {
  en: {
    long: "January February March April May June July August September October November December".split(
      " ",
    ),
    short: "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" "),
  },
  es: {
    long: "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(
      " ",
    ),
    short: "ene feb mar abr may jun jul ago sep oct nov dic".split(" "),
  },
};

/** The name of `month` (1–12) in `lang`, whole ("March", "marzo") or short ("Mar", "mar"). */
export function monthName(month: number, lang: Lang, width: MonthWidth = "long"): string {
  return NAMES[lang][width][month - 1] ?? "";
}

/**
 * A month and the words that tie a year to it: "March" or "marzo de" (Spanish joins month and
 * year with "de"). `day` puts the day before it: "15 March", "15 de marzo de".
 */
export function monthBeforeYear(month: number, lang: Lang, day?: number): string {
  const name = monthName(month, lang);
  if (lang === "es") return day === undefined ? `${name} de` : `${day} de ${name} de`;
  return day === undefined ? name : `${day} ${name}`;
}
