/**
 * Reads a search text as a date, in English or Spanish whatever the interface language (a reader
 * types the date the way they write it): "26 January 2025", "January 26, 2025", "2025-01-26",
 * "January 2025", "enero 2025", "26 de enero de 2025", "Jan 26", "26 ene". A day or a month
 * must be named: a bare number or year stays a text search ("2025" finds the quotes saying it).
 */
import { daysInMonth } from "../model/date.ts";
import type { DateQuery } from "../model/dateMatch.ts";
import { foldText } from "../model/filters.ts";

/** Month names and their usual abbreviations, folded (no accents, lower case). */
const MONTH_WORDS: ReadonlyMap<string, number> = new Map(
  [
    ["january", "jan", "enero", "ene"],
    ["february", "feb", "febrero"],
    ["march", "mar", "marzo"],
    ["april", "apr", "abril", "abr"],
    ["may", "mayo"],
    ["june", "jun", "junio"],
    ["july", "jul", "julio"],
    ["august", "aug", "agosto", "ago"],
    ["september", "sep", "sept", "septiembre", "setiembre"],
    ["october", "oct", "octubre"],
    ["november", "nov", "noviembre"],
    ["december", "dec", "diciembre", "dic"],
  ].flatMap((words, i) => words.map((word): [string, number] => [word, i + 1])),
);

const ISO = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;
const SLASHED_ISO = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const YEAR = /^\d{4}$/;
const DAY = /^(\d{1,2})(?:st|nd|rd|th|º|o)?$/;
/** Words that only join the parts: "26 de enero de 2025", "the 26th of January". */
const FILLERS = new Set(["de", "del", "of", "the", "el"]);

function valid(year: number | undefined, month: number, day: number | undefined): DateQuery | null {
  if (month < 1 || month > 12) return null;
  // Without a year, 29 February is a real day (of leap years).
  if (day !== undefined && (day < 1 || day > daysInMonth(year ?? 2000, month))) return null;
  return { year, month, day };
}

export function parseDateQuery(text: string): DateQuery | null {
  const trimmed = text.trim();
  const iso = ISO.exec(trimmed) ?? SLASHED_ISO.exec(trimmed);
  if (iso) {
    return valid(Number(iso[1]), Number(iso[2]), iso[3] === undefined ? undefined : Number(iso[3]));
  }
  const words = foldText(trimmed)
    .replace(/[.,]/g, " ")
    .split(/\s+/)
    .filter((word) => word !== "" && !FILLERS.has(word));
  let month: number | undefined;
  let day: number | undefined;
  let year: number | undefined;
  for (const word of words) {
    const named = MONTH_WORDS.get(word);
    if (named !== undefined && month === undefined) {
      month = named;
      continue;
    }
    if (YEAR.test(word) && year === undefined) {
      year = Number(word);
      continue;
    }
    const dayMatch = DAY.exec(word);
    if (dayMatch && day === undefined) {
      day = Number(dayMatch[1]);
      continue;
    }
    // Anything else is not a date: the text is searched as words.
    return null;
  }
  if (month === undefined) return null;
  // A month name alone ("May", "marzo") is more likely a word than a date.
  if (day === undefined && year === undefined) return null;
  return valid(year, month, day);
}
