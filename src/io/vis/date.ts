/**
 * vis-timeline start/end values → EDTF. vis accepts Date objects, milliseconds since 1970 and
 * ISO strings. The precision follows what was written: "2014" is a year, "2014-04" a month,
 * "2014-04-20" a day; a time of day is dropped (Détente dates are days at most) and reported
 * unless it is midnight. A string with a UTC offset keeps the calendar date as written, which
 * is what its author saw; milliseconds and Date objects are read in UTC, never local time.
 */
import type { DateFailure } from "../shared/edtfParts.ts";
import { edtfFromParts } from "../shared/edtfParts.ts";

export type VisDate =
  { readonly ok: true; readonly date: string; readonly hasTime: boolean } | DateFailure;

const ISO =
  /^([+-]?\d{4,6})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const MS_PER_DAY = 86_400_000;
/** Date's own range limit: ±8.64e15 ms. */
const MAX_MS = 8.64e15;

function fromMs(ms: number): VisDate {
  if (!Number.isFinite(ms) || Math.abs(ms) > MAX_MS) {
    return {
      ok: false,
      reason: "invalid date",
      detail: `${ms} is not a usable time in milliseconds`,
    };
  }
  const d = new Date(ms);
  const parts = edtfFromParts(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    "",
    "astronomical",
  );
  if (!parts.ok) return parts;
  return {
    ok: true,
    date: parts.date,
    hasTime: ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY !== 0,
  };
}

export function readVisDate(value: unknown): VisDate | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (value instanceof Date) return fromMs(value.getTime());
  if (typeof value === "number") return fromMs(value);
  if (typeof value !== "string") {
    return {
      ok: false,
      reason: "invalid date",
      detail: "expected an ISO date string or milliseconds",
    };
  }
  const text = value.trim();
  // More than six digits cannot be a year vis would mean: it is a millisecond timestamp.
  if (/^-?\d{7,}$/.test(text)) return fromMs(Number(text));
  const m = ISO.exec(text);
  if (!m) {
    return {
      ok: false,
      reason: "invalid date",
      detail: `"${text.slice(0, 40)}" is not an ISO date (YYYY-MM-DD) or a number of milliseconds`,
    };
  }
  const parts = edtfFromParts(m[1], m[2], m[3]);
  if (!parts.ok) return parts;
  const hasTime = [m[4], m[5], m[6]].some((t) => t !== undefined && Number(t) !== 0);
  return { ok: true, date: parts.date, hasTime };
}
