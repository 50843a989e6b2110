/**
 * Builds an EDTF level-0 date from separate year/month/day parts, the way TimelineJS, its
 * spreadsheet and most CSVs store dates. The precision is whatever parts are present. EDTF
 * level 0 only has four-digit years, so years before 0 (BCE) or after 9999 cannot be kept.
 */
import { isPreciseDate, parseEdtf } from "../../model/date.ts";

export const REASON_BCE = "date before year 0 cannot be represented";
export const REASON_FAR_FUTURE = "date after year 9999 cannot be represented";

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
  if (y.value < 0) return fail(`${reasonPrefix}${REASON_BCE}`, `year ${y.value} is before year 0`);
  if (y.value > 9999)
    return fail(`${reasonPrefix}${REASON_FAR_FUTURE}`, `year ${y.value} is after 9999`);
  if (m === undefined) return fail(invalid, `month ${JSON.stringify(month)} is not a whole number`);
  if (d === undefined) return fail(invalid, `day ${JSON.stringify(day)} is not a whole number`);
  if (!m.present && d.present) return fail(invalid, `day ${d.value} is given without a month`);
  const yyyy = String(y.value).padStart(4, "0");
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
