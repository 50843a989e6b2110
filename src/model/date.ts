/**
 * Dates that carry their precision. An EDTF level-0 date string's length is its precision:
 * "2000" is a year, "2025-01" a month, "2025-01-26" a day. All arithmetic is in UTC.
 */

export type Precision = "year" | "month" | "day";

export interface PreciseDate {
  readonly year: number;
  readonly month?: number; // 1–12
  readonly day?: number; // 1–31
  readonly precision: Precision;
}

const EDTF_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const EDTF_MONTH = /^(\d{4})-(\d{2})$/;
const EDTF_YEAR = /^(\d{4})$/;

export const MS_PER_DAY = 86_400_000;

/**
 * Date.UTC without its two-digit-year rule (it reads years 0–99 as 1900–1999). Overflowing
 * months and days still normalise, which the span arithmetic below relies on.
 */
export function utcMs(year: number, monthIndex: number, day: number): number {
  const ms = Date.UTC(year, monthIndex, day);
  if (year >= 0 && year < 100) return new Date(ms).setUTCFullYear(year, monthIndex, day);
  return ms;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar; no Date is built (hot at load). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/** Parses an EDTF level-0 calendar date; returns a message saying what was expected on failure. */
export function parseEdtf(text: string): PreciseDate | { error: string } {
  let m = EDTF_DAY.exec(text);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12) return { error: `month ${m[2]} is not between 01 and 12` };
    const last = daysInMonth(year, month);
    if (day < 1 || day > last)
      return { error: `day ${m[3]} does not exist in ${m[1]}-${m[2]} (it has ${last} days)` };
    return { year, month, day, precision: "day" };
  }
  m = EDTF_MONTH.exec(text);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { error: `month ${m[2]} is not between 01 and 12` };
    return { year: Number(m[1]), month, precision: "month" };
  }
  m = EDTF_YEAR.exec(text);
  if (m) return { year: Number(m[1]), precision: "year" };
  return { error: `expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD", got "${text}"` };
}

export function isPreciseDate(value: PreciseDate | { error: string }): value is PreciseDate {
  return !("error" in value);
}

/** Parses a date already known to be valid (validated datasets); throws on programmer error. */
export function mustParseEdtf(text: string): PreciseDate {
  const parsed = parseEdtf(text);
  if (!isPreciseDate(parsed)) throw new Error(parsed.error);
  return parsed;
}

/** First instant of the date's span, UTC ms. */
export function spanStart(date: PreciseDate): number {
  return utcMs(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/**
 * First instant after the date's span (exclusive end), UTC ms. utcMs normalises the
 * overflowing field (day 32, month 13), so this is exact calendar arithmetic without allocating:
 * it runs once per event when 100,000 events load.
 */
export function spanEnd(date: PreciseDate): number {
  const month = (date.month ?? 1) - 1;
  const day = date.day ?? 1;
  if (date.precision === "day") return utcMs(date.year, month, day + 1);
  if (date.precision === "month") return utcMs(date.year, month + 1, 1);
  return utcMs(date.year + 1, 0, 1);
}

/** The instant a date is drawn at: midday of its day, or the middle of its month or year. */
export function midpoint(date: PreciseDate): number {
  return (spanStart(date) + spanEnd(date)) / 2;
}

/** Compares by start of span, then coarser precision first so "2025" sorts before "2025-01-01". */
export function compareDates(a: PreciseDate, b: PreciseDate): number {
  const d = spanStart(a) - spanStart(b);
  if (d !== 0) return d;
  return spanEnd(b) - spanEnd(a);
}

export function toEdtf(date: PreciseDate): string {
  const y = String(date.year).padStart(4, "0");
  if (date.precision === "year") return y;
  const m = String(date.month ?? 1).padStart(2, "0");
  if (date.precision === "month") return `${y}-${m}`;
  return `${y}-${m}-${String(date.day ?? 1).padStart(2, "0")}`;
}

/** UTC day number (days since 1970-01-01) of an instant. */
export function dayIndex(ms: number): number {
  return Math.floor(ms / MS_PER_DAY);
}

export interface EdtfInterval {
  /** Undefined for an open start (".."). */
  readonly from: PreciseDate | undefined;
  readonly to: PreciseDate | undefined;
}

/** Parses "FROM/TO" where each side is an EDTF level-0 date or ".." (open). */
export function parseEdtfInterval(text: string): EdtfInterval | { error: string } {
  const parts = text.split("/");
  if (parts.length !== 2) return { error: `expected "FROM/TO", got "${text}"` };
  const sides = parts.map((part) => (part === ".." ? undefined : parseEdtf(part ?? "")));
  for (const side of sides) if (side !== undefined && !isPreciseDate(side)) return side;
  const [from, to] = sides as (PreciseDate | undefined)[];
  if (from === undefined && to === undefined)
    return { error: "an interval needs at least one end" };
  if (from && to && spanEnd(to) <= spanStart(from))
    return { error: `the interval ends (${parts[1]}) before it starts (${parts[0]})` };
  return { from, to };
}
