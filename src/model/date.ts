/**
 * Dates that carry their precision. An EDTF date string's length is its precision:
 * "2000" is a year, "2025-01" a month, "2025-01-26" a day. All arithmetic is in UTC.
 *
 * Deep time: years count astronomically as EDTF and ISO 8601 do (year 0 is 1 BCE, -0499 is
 * 500 BCE), with EDTF level 1's forms for years before 1: "-0499", "-0499-03-15", and
 * "Y-13797999999" for years of more than four digits (year precision only). Instants stay UTC ms
 * as plain numbers: a double holds the age of the universe in ms (about 4.4e20) to within a
 * minute, though a JavaScript Date only reaches ±273,790 years, so nothing here builds a Date
 * for a year it cannot hold.
 */

export type Precision = "year" | "month" | "day";

export interface PreciseDate {
  readonly year: number;
  readonly month?: number; // 1–12
  readonly day?: number; // 1–31
  readonly precision: Precision;
}

const EDTF_DAY = /^(-?\d{4})-(\d{2})-(\d{2})$/;
const EDTF_MONTH = /^(-?\d{4})-(\d{2})$/;
const EDTF_YEAR = /^(-?\d{4})$/;
/** EDTF level 1 "Y" years: more than four digits, year precision only. */
const EDTF_LONG_YEAR = /^Y(-?)(\d{5,16})$/;

/** The earliest and latest years a date may have: beyond the age of the universe is a typo. */
export const MIN_YEAR = -100_000_000_000;
export const MAX_YEAR = 100_000_000_000;

export const MS_PER_DAY = 86_400_000;

/**
 * Date.UTC without its two-digit-year rule (it reads years 0–99 as 1900–1999). Overflowing
 * months and days still normalise, which the span arithmetic below relies on.
 */
export function utcMs(year: number, monthIndex: number, day: number): number {
  if (year < -DATE_SAFE_YEARS || year > DATE_SAFE_YEARS) return deepUtcMs(year, monthIndex, day);
  const ms = Date.UTC(year, monthIndex, day);
  if (year >= 0 && year < 100) return new Date(ms).setUTCFullYear(year, monthIndex, day);
  return ms;
}

/** Years well inside what Date.UTC computes (it stops at ±8.64e15 ms, about ±273,790 years). */
const DATE_SAFE_YEARS = 200_000;
/** The Gregorian calendar repeats every 400 years, which are exactly 146,097 days. */
const CYCLE_YEARS = 400;
const CYCLE_MS = 146_097 * MS_PER_DAY;

/** utcMs for any year: the same day in a nearby 400-year cycle, shifted by whole cycles. */
function deepUtcMs(year: number, monthIndex: number, day: number): number {
  const cycles = Math.floor(year / CYCLE_YEARS);
  const near = year - cycles * CYCLE_YEARS + 2000;
  return Date.UTC(near, monthIndex, day) + (cycles - 2000 / CYCLE_YEARS) * CYCLE_MS;
}

/** The proleptic Gregorian year an instant falls in, for any instant (no Date beyond its range). */
export function yearOfMs(ms: number): number {
  return civilOfMs(ms).year;
}

/** The UTC calendar day of any instant: year (astronomical), month 1–12, day 1–31. */
export function civilOfMs(ms: number): { year: number; month: number; day: number } {
  let shift = 0;
  let near = ms;
  if (Math.abs(ms) > DATE_SAFE_YEARS * 365 * MS_PER_DAY) {
    // Out there a double is only good to a few minutes: a day's first instant computed by
    // utcMs can land a rounding error before midnight, so read a few units in the last place on.
    ms += Math.abs(ms) * 2 ** -48;
    const cycles = Math.floor(ms / CYCLE_MS);
    near = ms - cycles * CYCLE_MS;
    shift = cycles * CYCLE_YEARS;
  }
  const date = new Date(near);
  return {
    year: date.getUTCFullYear() + shift,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar; no Date is built (hot at load). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

const EXPECTED_DATE =
  'an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (before year 1: "-0499" for 500 BCE, "Y-13797999999")';

/**
 * Answers already given, by text. A dataset repeats its dates (100,000 events over 25 years
 * share about 9,000 days), and a load parses each one twice, to validate and to index: a map
 * lookup is a fraction of a parse. Bounded, and only for texts as short as a date can be, so a
 * hostile file's long strings are never kept. The answers are frozen: every caller shares them.
 */
const answers = new Map<string, PreciseDate | { error: string }>();
const MAX_ANSWERS = 50_000;
/** A valid date is at most 14 characters ("Y-100000000000"): longer texts are errors, not kept. */
const MAX_DATE_LENGTH = 16;

/** Parses an EDTF calendar date; returns a message saying what was expected on failure. */
export function parseEdtf(text: string): PreciseDate | { error: string } {
  if (text.length > MAX_DATE_LENGTH) return parseEdtfText(text);
  let answer = answers.get(text);
  if (answer === undefined) {
    answer = Object.freeze(parseEdtfText(text));
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(text, answer);
  }
  return answer;
}

function parseEdtfText(text: string): PreciseDate | { error: string } {
  // EDTF has no negative zero: year 0 is written 0000.
  if (text.startsWith("-0000")) return { error: `year -0000 does not exist (year 0 is 0000)` };
  const long = EDTF_LONG_YEAR.exec(text);
  if (long) {
    const year = Number(`${long[1] ?? ""}${long[2] ?? ""}`);
    if (year < MIN_YEAR || year > MAX_YEAR)
      return { error: `year ${year} is beyond ${MIN_YEAR} … ${MAX_YEAR}` };
    // Four-digit years have a four-digit form; "Y" is for the longer ones.
    if (Math.abs(year) <= 9999)
      return { error: `expected "${toEdtf({ year, precision: "year" })}" for year ${year}` };
    return { year, precision: "year" };
  }
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
  return { error: `expected ${EXPECTED_DATE}, got "${text}"` };
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

/** The EDTF year: "2025", "0000" (1 BCE), "-0499" (500 BCE), "Y-13797999999". */
export function edtfYear(year: number): string {
  if (Math.abs(year) > 9999) return `Y${year}`;
  const digits = String(Math.abs(year)).padStart(4, "0");
  return year < 0 ? `-${digits}` : digits;
}

export function toEdtf(date: PreciseDate): string {
  const y = edtfYear(date.year);
  if (date.precision === "year") return y;
  const m = String(date.month ?? 1).padStart(2, "0");
  if (date.precision === "month") return `${y}-${m}`;
  return `${y}-${m}-${String(date.day ?? 1).padStart(2, "0")}`;
}

/**
 * An instant's UTC day as ISO 8601 text (expanded with a sign before year 1 or after 9999:
 * "-0499-03-15", "+12025-01-01"), for file names and links. Never throws, unlike toISOString.
 */
export function isoDayOfMs(ms: number): string {
  const { year, month, day } = civilOfMs(ms);
  const digits = String(Math.abs(year)).padStart(4, "0");
  const y = year < 0 ? `-${digits}` : year > 9999 ? `+${digits}` : digits;
  return `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
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
