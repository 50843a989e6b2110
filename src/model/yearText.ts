/**
 * Years in words for deep time: "500 BCE" (astronomical year −499), and at geological scales
 * "13.8 billion years ago", the way TimelineJS's cosmological scale labels its axis.
 */
import type { Lang } from "./lang.ts";
import { numberFormat } from "./numberFormat.ts";

const ERA_BCE: Record<Lang, string> = { en: "BCE", es: "a. e. c." };

/** Years before this (astronomical) are told as years ago rather than as BCE years. */
export const YEARS_AGO_BEFORE = -9999;

/** A calendar year: "2025", "602", "500 BCE" for −499 (year 0 is 1 BCE), "12,000 BCE". */
export function formatYear(year: number, lang: Lang = "en"): string {
  // Years below 10,000 need no grouping, so no number format (whose first use loads locale data).
  const grouped = (value: number): string =>
    value < 10_000
      ? String(value)
      : numberFormat(lang === "es" ? "es" : "en-US", { useGrouping: "min2" }).format(value);
  if (year > 0) return grouped(year);
  return `${grouped(1 - year)} ${ERA_BCE[lang]}`;
}

interface Magnitude {
  readonly size: number;
  readonly words: Readonly<Record<Lang, string>>;
}

const MAGNITUDES: readonly Magnitude[] = [
  { size: 1e9, words: { en: "billion", es: "mil millones de" } },
  { size: 1e6, words: { en: "million", es: "millones de" } },
];

/**
 * A span back from the present in words, to at most `digits` significant digits (what deep-time
 * dates can claim): "13.8 billion years ago", "65 million years ago", "12,000 years ago".
 */
export function formatYearsAgo(yearsAgo: number, lang: Lang = "en", digits = 3): string {
  const locale = lang === "es" ? "es" : "en-US";
  // Intl takes 1 to 21 significant digits; no year needs more.
  const significant = Math.min(21, Math.max(1, Math.round(digits)));
  const rounded = Number(yearsAgo.toPrecision(significant));
  for (const magnitude of MAGNITUDES) {
    if (Math.abs(rounded) >= magnitude.size) {
      const value = numberFormat(locale, { maximumSignificantDigits: significant }).format(
        rounded / magnitude.size,
      );
      const unit = magnitude.words[lang];
      if (lang === "es")
        return `hace ${value} ${value === "1" ? unit.replace("millones", "millón") : unit} años`;
      return `${value} ${unit} years ago`;
    }
  }
  const value = numberFormat(locale).format(Math.round(rounded));
  return lang === "es" ? `hace ${value} años` : `${value} years ago`;
}

/** The present year for "years ago": the calendar year now, unless a test pins it. */
export function presentYear(nowMs: number = Date.now()): number {
  return new Date(nowMs).getUTCFullYear();
}
