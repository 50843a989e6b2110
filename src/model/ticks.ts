/**
 * Axis ticks that adapt to the zoom: years, then months, then days, chosen so labels keep a
 * minimum spacing. d3-time supplies the UTC calendar intervals; date-fns formats the labels.
 */
import { utcDay, utcMonth, utcYear, type TimeInterval } from "d3-time";
import { format } from "date-fns";
import { enUS, es } from "date-fns/locale";
import { UTCDate } from "@date-fns/utc";
import type { Lang } from "./lang.ts";
import type { Viewport } from "./viewport.ts";
import { MS_PER_DAY, daysInMonth } from "./date.ts";

export type TickUnit = "year" | "month" | "day";

interface Candidate {
  readonly unit: TickUnit;
  readonly step: number;
  /** The shortest gap between two ticks (28-day months, 365-day years), so labels always fit. */
  readonly minMs: number;
}

const YEAR = 365 * MS_PER_DAY;
const MONTH = 28 * MS_PER_DAY;

/** From finest to coarsest; the first whose labels fit wins. */
const CANDIDATES: readonly Candidate[] = [
  ...[1, 2, 7, 14].map((step) => ({ unit: "day" as const, step, minMs: step * MS_PER_DAY })),
  ...[1, 3, 6].map((step) => ({ unit: "month" as const, step, minMs: step * MONTH })),
  ...[1, 2, 5, 10, 20, 50, 100].map((step) => ({
    unit: "year" as const,
    step,
    minMs: step * YEAR,
  })),
];

/** Minimum pixels between labels per unit: day and month labels are wider than years. */
const MIN_SPACING: Record<TickUnit, number> = { day: 64, month: 72, year: 48 };

const CONTEXT_PATTERNS: Record<Lang, Record<TickUnit, string>> = {
  en: { day: "MMMM yyyy", month: "yyyy", year: "" },
  es: { day: "MMMM 'de' yyyy", month: "yyyy", year: "" },
};

const LABEL_PATTERNS: Record<Lang, Record<TickUnit, string>> = {
  en: { day: "d MMM", month: "MMM yyyy", year: "yyyy" },
  es: { day: "d MMM", month: "MMM yyyy", year: "yyyy" },
};

export interface Tick {
  readonly ms: number;
  readonly label: string;
}

export interface TickSet {
  readonly unit: TickUnit;
  readonly step: number;
  readonly ticks: readonly Tick[];
  /**
   * What the tick labels leave out, for the axis's left edge (as d3's multi-scale formats put
   * the year on the first tick): the month and year at day zooms, the year at month zooms, so
   * the reader always knows which year they are in. Empty at year zooms.
   */
  readonly context: string;
}

function interval(unit: TickUnit, step: number): TimeInterval {
  if (unit === "day" && step > 1) {
    // utcDay.every(step) restarts each month (…, 29, 31, 1): drop the days less than a step
    // before the 1st so day ticks stay at least a step apart.
    return utcDay.filter((date) => {
      const day = date.getUTCDate() - 1;
      const days = daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
      return day % step === 0 && days - day >= step;
    });
  }
  const base = unit === "day" ? utcDay : unit === "month" ? utcMonth : utcYear;
  // every() returns null only for invalid steps; our steps are fixed positive integers.
  return base.every(step) ?? base;
}

export function chooseTickUnit(view: Viewport, widthPx: number): Candidate {
  const msPerPx = (view.to - view.from) / Math.max(widthPx, 1);
  for (const candidate of CANDIDATES) {
    if (candidate.minMs / msPerPx >= MIN_SPACING[candidate.unit]) return candidate;
  }
  return CANDIDATES[CANDIDATES.length - 1] as Candidate;
}

export function computeTicks(view: Viewport, widthPx: number, lang: Lang = "en"): TickSet {
  const { unit, step } = chooseTickUnit(view, widthPx);
  const locale = lang === "es" ? es : enUS;
  const pattern = LABEL_PATTERNS[lang][unit];
  const dates = interval(unit, step).range(new Date(view.from), new Date(view.to + 1));
  const ticks = dates.map((date) => ({
    ms: date.getTime(),
    label: format(new UTCDate(date.getTime()), pattern, { locale }),
  }));
  const contextPattern = CONTEXT_PATTERNS[lang][unit];
  // The left edge's first whole day: a window starting at 23:00 on the 31st is read from the 1st.
  const edge = Math.max(Math.ceil(view.from / MS_PER_DAY) * MS_PER_DAY, view.from);
  const context =
    contextPattern === "" ? "" : format(new UTCDate(edge), contextPattern, { locale });
  return { unit, step, ticks, context };
}
