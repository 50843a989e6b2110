/**
 * Whether an event happened on a date a reader searched for. A query names a day or a month,
 * with or without a year ("26 January" finds the 26th of January of every year). An event is
 * compared at the precision it is known to: one dated only to its month matches that month, never
 * a day inside it, and one dated only to its year matches neither.
 */
import type { TimelineEvent } from "./events.ts";

export interface DateQuery {
  readonly year: number | undefined;
  /** 1–12. */
  readonly month: number;
  /** 1–31, or undefined for a whole month. */
  readonly day: number | undefined;
}

/** Comparable keys: year·10000 + month·100 + day, with day 0 for a whole month. */
function key(year: number, month: number, day: number): number {
  return year * 10_000 + month * 100 + day;
}

export function matchesDate(
  event: Pick<TimelineEvent, "start" | "end">,
  query: DateQuery,
): boolean {
  const { start, end } = event;
  if (start.month === undefined) return false;
  if (query.day !== undefined && start.precision !== "day") return false;
  const fromDay = query.day === undefined ? 0 : (start.day ?? 0);
  const from = key(start.year, start.month, fromDay);
  // A span runs to the end of its end date at that date's precision; a point event is its own end.
  const to =
    end?.month === undefined
      ? from
      : key(end.year, end.month, query.day === undefined ? 0 : (end.day ?? 31));
  const years =
    query.year === undefined ? yearsBetween(start.year, end?.year ?? start.year) : [query.year];
  return years.some((year) => {
    const q = key(year, query.month, query.day ?? 0);
    return from <= q && q <= to;
  });
}

/** The years a span touches (a handful: events last days or months, rarely years). */
function yearsBetween(from: number, to: number): number[] {
  const years: number[] = [];
  for (let year = from; year <= Math.min(Math.max(to, from), from + 200); year++) years.push(year);
  return years;
}
