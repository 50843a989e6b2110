/**
 * Cell values of the plain CSV format: dates, scores and CAMEO codes, each either read or
 * rejected with a groupable reason and a specific detail. Spreadsheets write dates with
 * slashes and decimals with commas; both are accepted where unambiguous.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { DateFailure } from "../shared/edtfParts.ts";
import { edtfFromParts } from "../shared/edtfParts.ts";

export type Read<T> = { readonly ok: true; readonly value: T } | DateFailure;

const DATE =
  /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

export const REASON_BAD_DATE = "invalid date (expected YYYY, YYYY-MM or YYYY-MM-DD)";

/** Year, year-month or full date; a time of day is ignored (hasTime says whether there was one). */
export function readCsvDate(cell: string): Read<{ date: string; hasTime: boolean }> {
  const text = cell.trim();
  const m = DATE.exec(text);
  if (!m) {
    return {
      ok: false,
      reason: REASON_BAD_DATE,
      detail: `date "${text.slice(0, 40)}" is not YYYY, YYYY-MM or YYYY-MM-DD`,
    };
  }
  const parts = edtfFromParts(m[1], m[2], m[3]);
  if (!parts.ok) return { ok: false, reason: REASON_BAD_DATE, detail: `date ${parts.detail}` };
  const hasTime = [m[4], m[5], m[6]].some((t) => t !== undefined && Number(t) !== 0);
  return { ok: true, value: { date: parts.date, hasTime } };
}

/** A Goldstein score: empty → undefined; anything but a number from −10 to 10 is rejected. */
export function readScore(cell: string): Read<number | undefined> {
  const text = cell.trim();
  if (text === "") return { ok: true, value: undefined };
  // "2,8" is how a comma-decimal locale writes 2.8.
  const normal = /^[+-]?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal)) {
    return {
      ok: false,
      reason: "score is not a number",
      detail: `score "${text.slice(0, 40)}" is not a number`,
    };
  }
  const value = Number(normal);
  if (!Number.isFinite(value) || value < -10 || value > 10) {
    return {
      ok: false,
      reason: "score outside −10…10",
      detail: `score ${text} is outside the Goldstein scale (−10 to 10)`,
    };
  }
  return { ok: true, value };
}

/** A CAMEO code kept as written (leading zeros matter: "010" ≠ "10"). */
export function readCameo(
  cell: string,
  table: GoldsteinTable | undefined,
): Read<string | undefined> {
  const code = cell.trim();
  if (code === "") return { ok: true, value: undefined };
  if (!/^\d{2,4}$/.test(code)) {
    return {
      ok: false,
      reason: "CAMEO code is not 2 to 4 digits",
      detail: `CAMEO code "${code.slice(0, 40)}" is not 2 to 4 digits`,
    };
  }
  if (table && !table.has(code)) {
    return {
      ok: false,
      reason: "CAMEO code not in the CAMEO table",
      detail: `CAMEO code "${code}" is not in the CAMEO table`,
    };
  }
  return { ok: true, value: code };
}
