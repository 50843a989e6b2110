/**
 * Axis ticks that adapt to the zoom: years, then months, then days, chosen so labels keep a
 * minimum spacing. d3-time supplies the UTC calendar intervals; date-fns's locales name the months.
 */
import { utcDay, utcMonth, type TimeInterval } from "d3-time";
import type { Lang } from "./lang.ts";
import { monthName, withYear } from "./dateLocale.ts";
import type { Viewport } from "./viewport.ts";
import { MS_PER_DAY, civilOfMs, daysInMonth, utcMs, yearOfMs } from "./date.ts";
import { YEARS_AGO_BEFORE, formatYear, formatYearsAgo, presentYear } from "./yearText.ts";

export type TickUnit = "year" | "month" | "day";

interface Candidate {
  readonly unit: TickUnit;
  readonly step: number;
  /** The shortest gap between two ticks (28-day months, 365-day years), so labels always fit. */
  readonly minMs: number;
}

const YEAR = 365 * MS_PER_DAY;
const MONTH = 28 * MS_PER_DAY;

/** Year steps 1, 2, 5, 10, … up to 100 billion years: deep time reaches 13.8 billion. */
const YEAR_STEPS: readonly number[] = Array.from({ length: 34 }, (_, i) => {
  const base = [1, 2, 5][i % 3] as number;
  return base * 10 ** Math.floor(i / 3);
});

/** From finest to coarsest; the first whose labels fit wins. */
const CANDIDATES: readonly Candidate[] = [
  ...[1, 2, 7, 14].map((step) => ({ unit: "day" as const, step, minMs: step * MS_PER_DAY })),
  ...[1, 3, 6].map((step) => ({ unit: "month" as const, step, minMs: step * MONTH })),
  ...YEAR_STEPS.map((step) => ({
    unit: "year" as const,
    step,
    minMs: step * YEAR,
  })),
];

/** Minimum pixels between labels per unit: day and month labels are wider than years. */
const MIN_SPACING: Record<TickUnit, number> = { day: 64, month: 72, year: 48 };

/** Day and month zooms: year ticks are labelled by arithmetic (yearTicks) and have no context. */
type CalendarUnit = Exclude<TickUnit, "year">;

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

function interval(unit: CalendarUnit, step: number): TimeInterval {
  if (unit === "day" && step > 1) {
    // utcDay.every(step) restarts each month (…, 29, 31, 1): drop the days less than a step
    // before the 1st so day ticks stay at least a step apart.
    return utcDay.filter((date) => {
      const day = date.getUTCDate() - 1;
      const days = daysInMonth(date.getUTCFullYear(), date.getUTCMonth() + 1);
      return day % step === 0 && days - day >= step;
    });
  }
  const base = unit === "day" ? utcDay : utcMonth;
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

/** Rough label width per character at the axis's 12 px font (as charts/Axis.ts assumes). */
const CHAR_PX = 7.2;
/** No step may ask for more ticks than this, whatever the view: a guard, not a layout rule. */
const MAX_TICKS = 500;

/**
 * Year ticks by arithmetic rather than through Date (which stops at ±273,790 years): calendar
 * years, "500 BCE" (there is no year 0 between 1 BCE and 1), or, for a view reaching before
 * 10,000 BCE, round numbers of years ago ("13 billion years ago"), as TimelineJS's cosmological
 * scale does. The step grows until the longest label fits, so long labels never collide.
 */
function yearTicks(
  view: Viewport,
  widthPx: number,
  firstStep: number,
  lang: Lang,
  present: number,
): { step: number; ticks: Tick[] } {
  const msPerPx = (view.to - view.from) / Math.max(widthPx, 1);
  const fromYear = yearOfMs(view.from);
  const toYear = yearOfMs(view.to);
  const ago = fromYear < YEARS_AGO_BEFORE;
  let ticks: Tick[] = [];
  let chosen = firstStep;
  for (const step of YEAR_STEPS) {
    if (step < firstStep) continue;
    chosen = step;
    ticks = ago
      ? agoTicks(present - fromYear, present - toYear, step, present, lang)
      : calendarTicks(fromYear, toYear, step, lang);
    const longest = ticks.reduce((n, tick) => Math.max(n, tick.label.length), 0);
    const gapPx = (step * YEAR) / msPerPx;
    if (ticks.length <= MAX_TICKS && gapPx >= Math.max(MIN_SPACING.year, longest * CHAR_PX + 16))
      break;
  }
  // Each tick is the first instant of a year up to the view's last, so none lies past the view's
  // end; one at the very end stays (deep in time, `view.to + 1` is `view.to` again in a double).
  return { step: chosen, ticks: ticks.filter((t) => t.ms >= view.from) };
}

/** Signed BCE/CE numbering: 1 BCE is −1 (astronomical year 0), 500 BCE is −500 (year −499). */
const eraNumber = (year: number): number => (year > 0 ? year : year - 1);
const yearOfEra = (n: number): number => (n > 0 ? n : n + 1);

function calendarTicks(fromYear: number, toYear: number, step: number, lang: Lang): Tick[] {
  const first = Math.ceil(eraNumber(fromYear) / step);
  const last = Math.floor(eraNumber(toYear) / step);
  if (last - first > MAX_TICKS) return tooMany();
  const ticks: Tick[] = [];
  for (let k = first; k <= last; k++) {
    if (k === 0) continue;
    const year = yearOfEra(k * step);
    ticks.push({ ms: utcMs(year, 0, 1), label: formatYear(year, lang) });
  }
  return ticks;
}

const PRESENT: Record<Lang, string> = { en: "now", es: "hoy" };

/**
 * Every significant digit a tick needs: a tick is a multiple of its step, so its trailing zeros
 * fall away ("1.0004 million years ago" at a step of 100, not a fourth "1 million years ago").
 */
const EVERY_DIGIT = 21;

function agoTicks(
  fromAgo: number,
  toAgo: number,
  step: number,
  present: number,
  lang: Lang,
): Tick[] {
  const first = Math.ceil(Math.max(toAgo, 0) / step);
  const last = Math.floor(fromAgo / step);
  if (last - first > MAX_TICKS) return tooMany();
  const ticks: Tick[] = [];
  for (let k = last; k >= first; k--) {
    const yearsAgo = k * step;
    ticks.push({
      ms: utcMs(present - yearsAgo, 0, 1),
      label: yearsAgo === 0 ? PRESENT[lang] : formatYearsAgo(yearsAgo, lang, EVERY_DIGIT),
    });
  }
  return ticks;
}

/** A stand-in that fails every fit check, so the next coarser step is tried. */
function tooMany(): Tick[] {
  return Array.from({ length: MAX_TICKS + 1 }, () => ({ ms: 0, label: "" }));
}

export function computeTicks(
  view: Viewport,
  widthPx: number,
  lang: Lang = "en",
  present: number = presentYear(),
): TickSet {
  const chosen = chooseTickUnit(view, widthPx);
  const { unit } = chosen;
  if (unit === "year") {
    const { step, ticks } = yearTicks(view, widthPx, chosen.step, lang, present);
    return { unit, step, ticks, context: "" };
  }
  const { step } = chosen;
  // Day and month ticks walk Dates, which stop at ±273,790 years: beyond, no day or month is shown.
  const limit = 8.64e15;
  if (Math.abs(view.from) > limit || Math.abs(view.to) > limit)
    return { unit, step, ticks: [], context: formatYear(yearOfMs(view.from), lang) };
  const dates = interval(unit, step).range(new Date(view.from), new Date(view.to + 1));
  const ticks = dates.map((date) => {
    // Short labels in both languages: "3 Mar", "3 mar"; "Mar 2025", "mar 2025".
    const name = monthName(date.getUTCMonth() + 1, lang, "abbreviated");
    const label =
      unit === "day"
        ? `${date.getUTCDate()} ${name}`
        : `${name} ${formatYear(date.getUTCFullYear(), lang)}`;
    return { ms: date.getTime(), label };
  });
  // What the labels leave out, read at the left edge's first whole day (a window starting at
  // 23:00 on the 31st is read from the 1st): the month and year at day zooms, the year at months.
  const edge = civilOfMs(Math.max(Math.ceil(view.from / MS_PER_DAY) * MS_PER_DAY, view.from));
  const year = formatYear(edge.year, lang);
  const context = unit === "day" ? withYear(monthName(edge.month, lang), year, lang) : year;
  return { unit, step, ticks, context };
}
