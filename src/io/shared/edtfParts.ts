/**
 * Builds an EDTF level-0 date from separate year/month/day parts, the way TimelineJS, its
 * spreadsheet and most CSVs store dates. The precision is whatever parts are present.
 *
 * Years before 1 mean different things to different tools. TimelineJS writes 500 BCE as
 * `-500` and shows it as "500 BCE" (no year 0 in its labels); JavaScript Dates and EDTF count
 * astronomically, where year 0 is 1 BCE and −499 is 500 BCE. Each importer says which it reads;
 * formats that never meant a negative year keep rejecting it. Years of more than four digits
 * keep only their year (EDTF's "Y" years have no month or day).
 */
import { MAX_YEAR, MIN_YEAR, edtfYear, isPreciseDate, parseEdtf } from "../../model/date.ts";

export const REASON_BCE = "date before year 0 cannot be represented";
export const REASON_FAR_FUTURE = "date too far in the future";

/**
 * How a negative year is read: refused ("reject", for formats with no BCE), as N BCE ("bce",
 * TimelineJS: −500 is 500 BCE, stored as −0499), or as it stands ("astronomical", JS Dates).
 */
export type NegativeYears = "reject" | "bce" | "astronomical";

export const REASON_TOO_LONG_AGO = "date beyond the age of the universe";
export const REASON_DEEP_MONTH = "month or day given for a year of more than four digits";

/** The astronomical year (EDTF, ISO 8601) of a TimelineJS-style year: −500 → −499, 0 → 0. */
export function astronomicalFromBce(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** The TimelineJS-style year of an astronomical year: −499 → −500, 0 (1 BCE) → −1. */
export function bceFromAstronomical(year: number): number {
  return year <= 0 ? year - 1 : year;
}

export type EdtfParts = { readonly ok: true; readonly date: string } | DateFailure;

export interface DateFailure {
  readonly ok: false;
  /** Short, groupable reason ("date before year 0 cannot be represented"). */
  readonly reason: string;
  /** The specific value and why it fails, for the problem list. */
  readonly detail: string;
}

/** An integer part: a number, or a string of digits (TimelineJS writes "08"); "" is absent. */
export type Part = { readonly present: false } | { readonly present: true; readonly value: number };

const ABSENT: Part = { present: false };

export function readPart(raw: unknown): Part | undefined {
  if (raw === undefined || raw === null) return ABSENT;
  if (typeof raw === "number")
    return Number.isSafeInteger(raw) ? { present: true, value: raw } : undefined;
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  if (text === "") return ABSENT;
  if (!/^[+-]?\d{1,16}$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? { present: true, value } : undefined;
}

const fail = (reason: string, detail: string): DateFailure => ({ ok: false, reason, detail });

export function edtfFromParts(
  year: unknown,
  month: unknown,
  day: unknown,
  reasonPrefix = "",
  negativeYears: NegativeYears = "reject",
): EdtfParts {
  const invalid = `${reasonPrefix}invalid date`;
  const y = readPart(year);
  const m = readPart(month);
  const d = readPart(day);
  if (y === undefined || !y.present)
    return fail(
      `${reasonPrefix}missing or invalid year`,
      `year ${JSON.stringify(year) ?? "absent"} is not a whole number`,
    );
  if (y.value < 0 && negativeYears === "reject")
    return fail(`${reasonPrefix}${REASON_BCE}`, `year ${y.value} is before year 0`);
  const astronomical = negativeYears === "bce" ? astronomicalFromBce(y.value) : y.value;
  if (astronomical < MIN_YEAR)
    return fail(`${reasonPrefix}${REASON_TOO_LONG_AGO}`, `year ${y.value} is before ${MIN_YEAR}`);
  if (astronomical > MAX_YEAR)
    return fail(`${reasonPrefix}${REASON_FAR_FUTURE}`, `year ${y.value} is after ${MAX_YEAR}`);
  if (m === undefined) return fail(invalid, `month ${JSON.stringify(month)} is not a whole number`);
  if (d === undefined) return fail(invalid, `day ${JSON.stringify(day)} is not a whole number`);
  if (!m.present && d.present) return fail(invalid, `day ${d.value} is given without a month`);
  const yyyy = edtfYear(astronomical);
  if (Math.abs(astronomical) > 9999) {
    return m.present
      ? fail(`${reasonPrefix}${REASON_DEEP_MONTH}`, `year ${y.value} cannot have a month or day`)
      : { ok: true, date: yyyy };
  }
  if (!m.present) return { ok: true, date: yyyy };
  const mm = String(m.value).padStart(2, "0");
  const text = d.present ? `${yyyy}-${mm}-${String(d.value).padStart(2, "0")}` : `${yyyy}-${mm}`;
  if (m.value > 99 || (d.present && d.value > 99) || m.value < 1 || (d.present && d.value < 1))
    return fail(invalid, `${JSON.stringify(text)} is not a calendar date`);
  const parsed = parseEdtf(text);
  return isPreciseDate(parsed)
    ? { ok: true, date: text }
    : fail(invalid, `${text}: ${parsed.error}`);
}
