/**
 * Events as CSV, one row per event, for spreadsheets and scripts.
 *
 * Quoting is left to papaparse (MIT), which handles commas, quotes and line breaks inside cells
 * the way spreadsheets expect (RFC 4180), rather than a hand-rolled escaper.
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
 * return, which some strip before parsing) as a formula, so a crafted event title could call out
 * to the network when the file is opened. Text cells that start with one of those characters get
 * an apostrophe in front (the OWASP advice), which spreadsheets show as plain text. Numbers are
 * left alone so a negative Goldstein score stays a number.
 */
import Papa from "papaparse";
import type { TimelineEvent } from "../../model/events.ts";
import type { Dataset } from "../../model/schema.ts";
import { CSV_EVENT_FIELDS } from "./columns.ts";

/** The export's columns: the import's event fields, with the id and every citation. */
export const CSV_COLUMNS = ["id", ...CSV_EVENT_FIELDS, "sources", "quotes"] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separator of list cells (topics, actors, sources, quotes). */
export const LIST_SEPARATOR = "; ";

/**
 * papaparse's own `escapeFormulae: true` pattern is /^[=+\-@\t\r].*$/, whose `.` stops at a line
 * break and whose `$` then fails, so a multi-line "=cmd…\n…" summary would slip through; testing
 * only the first character has no such gap.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

type CsvRow = Record<CsvColumn, string | number>;

/**
 * One row per event. Lists show names (topic labels, actor names, source titles) rather than
 * ids: the CSV is for reading; the JSON export keeps the ids for machines. The score is the one
 * the charts use, the event's own or else its CAMEO code's Goldstein value.
 */
export function eventRow(dataset: Dataset, event: TimelineEvent): CsvRow {
  const topic = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const actor = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const source = new Map(dataset.sources.map((s) => [s.id, s.title]));
  const e = event.source;
  const cited = [...new Set(e.citations.map((c) => c.source))];
  return {
    id: e.id,
    date: e.date,
    end: e.end ?? "",
    title: e.title,
    summary: e.summary,
    topics: e.topics.map((id) => topic.get(id) ?? id).join(LIST_SEPARATOR),
    actors: e.actors.map((id) => actor.get(id) ?? id).join(LIST_SEPARATOR),
    initiator: e.initiator,
    target: e.target,
    cameo: e.cameo ?? "",
    score: event.score,
    sources: cited.map((id) => source.get(id) ?? id).join(LIST_SEPARATOR),
    quotes: e.citations
      .flatMap((c) => (c.quote === undefined ? [] : [c.quote]))
      .join(LIST_SEPARATOR),
  };
}

/** Serialises rows with the header; CRLF line ends as RFC 4180 and spreadsheets expect. */
export function eventsToCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const data = events.map((event) => {
    const row = eventRow(dataset, event);
    return CSV_COLUMNS.map((column) => row[column]);
  });
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data },
    { escapeFormulae: FORMULA_START, newline: "\r\n", header: true },
  );
}
