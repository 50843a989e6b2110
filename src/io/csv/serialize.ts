/**
 * A dataset as a Détente CSV, for spreadsheets and scripts, that the CSV importer reads back to
 * the same dataset (README "Round trips"). One row per event first, in the dataset's order,
 * then one row per party, source, topic, actor, era and correction, told apart by the `record`
 * column; the columns are the shared contract of io/csv/columns.ts.
 *
 * Lists and references name records by label where that reads back exactly (io/csv/names.ts),
 * else by id. Every citation has its own source, quote and note columns ("source 2"…), so
 * nothing depends on a separator that a quote might contain.
 *
 * Quoting is left to papaparse (MIT), which handles commas, quotes and line breaks inside cells
 * the way spreadsheets expect (RFC 4180), rather than a hand-rolled escaper. Text cells that a
 * spreadsheet would run as a formula get an apostrophe in front (io/csv/formulaGuard.ts), which
 * the importer removes again; numbers are left alone so a negative score stays a number.
 */
import Papa from "papaparse";
import type { Dataset, DatasetEvent } from "../../model/schema.ts";
import {
  CHART_SCORE_COLUMN,
  citationColumns,
  detenteCsvColumns,
  LIST_SEPARATOR,
  RECORD_COLUMN,
  type RecordKind,
} from "./columns.ts";
import { GUARDED_TEXT } from "./formulaGuard.ts";
import { cellNames } from "./names.ts";

type Cell = string | number;
type Row = Record<string, Cell | undefined>;

/** The score the charts use for an event (its own, else its CAMEO code's). */
export type ChartScore = (event: DatasetEvent) => number | undefined;

function kind(record: RecordKind, cells: Row): Row {
  return { [RECORD_COLUMN]: record, ...cells };
}

function eventRows(dataset: Dataset, chartScore: ChartScore): Row[] {
  const topic = cellNames(
    dataset.topics.map((t) => ({ id: t.id, name: t.label })),
    true,
  );
  const actor = cellNames(dataset.actors, true);
  const source = cellNames(
    dataset.sources.map((s) => ({ id: s.id, name: s.title })),
    false,
  );
  const list = (ids: readonly string[], names: ReadonlyMap<string, string>): string =>
    ids.map((id) => names.get(id) ?? id).join(LIST_SEPARATOR);
  return dataset.events.map((e) => {
    const row: Row = {
      id: e.id,
      date: e.date,
      end: e.end,
      title: e.title,
      summary: e.summary,
      topics: list(e.topics, topic),
      actors: list(e.actors, actor),
      initiator: e.initiator,
      target: e.target,
      cameo: e.cameo,
      score: e.score,
      [CHART_SCORE_COLUMN]: chartScore(e),
      approximate: e.approximate === undefined ? undefined : String(e.approximate),
      within: e.within,
      after: e.after?.join(LIST_SEPARATOR),
      "score note": e.scoreNote,
      weight: e.weight,
      discrepancies: e.discrepancies === undefined ? undefined : JSON.stringify(e.discrepancies),
      "date label": e.dateLabel,
      media: e.media === undefined ? undefined : JSON.stringify(e.media),
    };
    e.citations.forEach((c, i) => {
      const [sourceColumn, quoteColumn, noteColumn] = citationColumns(i + 1);
      row[sourceColumn] = source.get(c.source) ?? c.source;
      row[quoteColumn] = c.quote;
      row[noteColumn] = c.note;
    });
    return kind("event", row);
  });
}

function datasetRows(dataset: Dataset): Row[] {
  const [first, second] = dataset.parties;
  return [
    kind("dataset", {
      id: dataset.id,
      title: dataset.title,
      summary: dataset.description,
      schema: dataset.$schema,
      lang: dataset.lang,
      translations:
        dataset.translations === undefined ? undefined : JSON.stringify(dataset.translations),
    }),
    ...[first, second].map((p) => kind("party", { id: p.code, title: p.name })),
    ...(dataset.thirdParties ?? []).map((p) => kind("third-party", { id: p.code, title: p.name })),
    ...dataset.sources.map((s) =>
      kind("source", {
        id: s.id,
        title: s.title,
        publisher: s.publisher,
        url: s.url,
        date: s.published,
        lang: s.lang,
      }),
    ),
    ...dataset.topics.map((t) => kind("topic", { id: t.id, title: t.label })),
    ...dataset.actors.map((a) =>
      kind("actor", { id: a.id, title: a.name, party: a.party, role: a.role }),
    ),
    ...(dataset.eras ?? []).map((era) =>
      kind("era", {
        id: era.id,
        title: era.label,
        date: era.start,
        end: era.end,
        summary: era.summary,
      }),
    ),
    ...(dataset.view === undefined
      ? []
      : [kind("view", { date: dataset.view.from, end: dataset.view.to })]),
    ...(dataset.corrections ?? []).map((c) =>
      kind("correction", {
        date: c.date,
        title: c.change,
        summary: c.reason,
        events: c.events?.join(LIST_SEPARATOR),
      }),
    ),
  ];
}

/**
 * The dataset as CSV text with its header; CRLF line ends as RFC 4180 and spreadsheets expect.
 * `chartScore` fills the read-only "chart score" column.
 */
export function datasetToCsv(dataset: Dataset, chartScore: ChartScore): string {
  // A loop, not Math.max(...list): spreading a million arguments overflows the stack.
  const citations = dataset.events.reduce((most, e) => Math.max(most, e.citations.length), 1);
  const columns = detenteCsvColumns(citations);
  const rows = [...eventRows(dataset, chartScore), ...datasetRows(dataset)];
  const data = rows.map((row) => columns.map((column) => row[column] ?? ""));
  return Papa.unparse(
    { fields: columns, data },
    // Only the first characters matter; papaparse's own `escapeFormulae: true` pattern,
    // /^[=+\-@\t\r].*$/, would let a multi-line "=cmd…\n…" cell through.
    { escapeFormulae: GUARDED_TEXT, newline: "\r\n", header: true },
  );
}
