/** Warnings several importers give, worded once so reports read the same whatever the format. */
import type { ImportLog } from "./log.ts";
import { plural } from "./log.ts";

export function warnTimeOfDay(log: ImportLog, line: number | undefined): void {
  log.warn(
    "time-of-day",
    (n) =>
      `${plural(n, "date has", "dates have")} a time of day: kept the day only ` +
      "(Détente dates are days, months or years)",
    line,
  );
}

export function warnDroppedLink(log: ImportLog, line: number | undefined): void {
  log.warn(
    "unsafe-link",
    (n) =>
      `${plural(n, "link is", "links are")} not an http(s) URL (javascript:, embed code…): dropped`,
    line,
  );
}

export function warnBadEnd(log: ImportLog, line: number | undefined): void {
  log.warn(
    "bad-end",
    (n) => `${plural(n, "end date is", "end dates are")} not a usable date: dropped`,
    line,
  );
}

export function warnRagged(log: ImportLog, lines: readonly number[]): void {
  for (const line of lines) {
    log.warn(
      "ragged",
      (n) => `${plural(n, "row has", "rows have")} a different number of cells than the header`,
      line,
    );
  }
}

/** Latin-1 or Windows-1252 files decoded as UTF-8 carry U+FFFD where accents were. */
export function warnReplacementChars(log: ImportLog, text: string): void {
  if (!text.includes("\ufffd")) return;
  log.warn(
    "encoding",
    () =>
      "the file contains undecodable characters (shown as �): it is probably not UTF-8; " +
      "re-save it as UTF-8 to keep accented letters",
  );
}
