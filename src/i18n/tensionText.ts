import { MS_PER_DAY } from "../model/date.ts";
import type { Lang } from "./format.ts";
import { formatUtcDay } from "./format.ts";
import type { TensionSummary } from "../model/tension.ts";
import type { Translate } from "./translate.ts";

export function dayLabel(day: number, lang: Lang): string {
  return formatUtcDay(day * MS_PER_DAY, lang);
}

/** "Tension peaked at 88 (Hostile) on 24 October 2025; it stood at 47 (Normal) on 3 February 2026." */
export function tensionSummaryText(
  summary: TensionSummary | undefined,
  lang: Lang,
  t: Translate,
): string {
  if (!summary) return t("tension.noData");
  return t("tension.summary", {
    peak: Math.round(summary.peak.tension),
    peakBand: summary.peak.band.label[lang],
    peakDate: dayLabel(summary.peak.day, lang),
    last: Math.round(summary.last.tension),
    lastBand: summary.last.band.label[lang],
    lastDate: dayLabel(summary.last.day, lang),
  });
}
