import type { Lang } from "./format.ts";

/** The interface language for a browser locale such as "es-CO": the rule a fresh page starts from. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith("es") ? "es" : "en";
}
