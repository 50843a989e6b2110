/** Day cells of event files → EDTF, checked against the calendar. */
import { edtfFromParts } from "../shared/edtfParts.ts";

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * "2018-06-01", "2018-06-01T12:00:00Z", "20180601" or "1 June 2018" / "01-June-2018"
 * (ACLED's exports) → "2018-06-01"; undefined when it is not a calendar day.
 */
export function readDay(text: string): string | undefined {
  const value = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$/.exec(value);
  if (m) {
    const parts = edtfFromParts(m[1], m[2], m[3]);
    return parts.ok ? parts.date : undefined;
  }
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)[\s-]+(\d{4})$/.exec(value);
  if (m) {
    const month = MONTHS.findIndex((name) => name.startsWith((m?.[2] ?? "").toLowerCase()));
    if (month < 0 || (m[2] ?? "").length < 3) return undefined;
    const parts = edtfFromParts(m[3], String(month + 1), m[1]);
    return parts.ok ? parts.date : undefined;
  }
  return undefined;
}
