/**
 * Which CSV column holds which Détente field: the ONE contract the CSV importer and the CSV
 * exporter share. Headers are matched by name, ignoring case, spacing, punctuation and accents,
 * against the field names and common aliases (including a few Spanish ones). When the required
 * fields are not all found, a UI shows the mapping and lets the user pick columns, then passes
 * it back as `parseCsv(text, { mapping })`.
 *
 * The exporter writes these event fields under these very names, then the columns of a Détente
 * CSV (DETENTE_CSV_COLUMNS below) that make the file a whole dataset: a `record` column says
 * what each row is, so parties, sources, topics, actors, eras and corrections travel as rows of
 * their own after the events, and a spreadsheet still opens one plain table.
 */
import { headerKey } from "./rows.ts";

/** The event fields a CSV row carries under the same name on import and on export. */
export const CSV_EVENT_FIELDS = [
  "date",
  "end",
  "title",
  "summary",
  "topics",
  "actors",
  "initiator",
  "target",
  "cameo",
  "score",
] as const;

/** The first citation: its source, quote and note, and a link for a source given by URL. */
export const CSV_CITATION_FIELDS = ["source", "quote", "note"] as const;

export const CSV_FIELDS = [...CSV_EVENT_FIELDS, ...CSV_CITATION_FIELDS, "url"] as const;

export type CsvField = (typeof CSV_FIELDS)[number];

/** Field → column index (0-based) in the header. */
export type CsvMapping = Partial<Record<CsvField, number>>;

export const REQUIRED_CSV_FIELDS: readonly CsvField[] = ["date", "title"];

const ALIASES: Record<CsvField, readonly string[]> = {
  date: [
    "date",
    "start",
    "startdate",
    "start_date",
    "from date",
    "when",
    "event date",
    "fecha",
    "sqldate",
  ],
  end: ["end", "enddate", "end_date", "until", "to date", "fecha fin"],
  title: ["title", "headline", "name", "event", "event title", "titulo", "titular"],
  summary: ["summary", "description", "text", "details", "body", "resumen", "descripcion"],
  topics: [
    "topics",
    "topic",
    "tags",
    "tag",
    "category",
    "categories",
    "group",
    "theme",
    "temas",
    "tema",
  ],
  actors: ["actors", "actor", "people", "participants", "actores"],
  initiator: [
    "initiator",
    "from",
    "by",
    "actor1",
    "actor 1 country",
    "source country",
    "iniciador",
  ],
  target: ["target", "to", "actor2", "actor 2 country", "target country", "objetivo"],
  cameo: ["cameo", "cameo code", "event code", "eventcode", "cameocode"],
  score: ["score", "goldstein", "goldstein score", "goldsteinscale", "tone score", "puntaje"],
  // The plural names are what Détente's CSV export wrote before it carried every citation.
  source: ["source", "sources", "source title", "publication", "outlet", "publisher", "fuente"],
  quote: ["quote", "quotes", "excerpt", "citation", "cita"],
  note: ["note", "citation note", "nota"],
  url: ["url", "link", "source url", "sourceurl", "href", "enlace"],
};

export interface ColumnDetection {
  readonly mapping: CsvMapping;
  /** Required fields with no column: the UI must ask for them. */
  readonly missing: readonly CsvField[];
  /** Header cells that no field uses, for the mapping step to offer. */
  readonly unmapped: readonly string[];
}

export function detectColumns(header: readonly string[]): ColumnDetection {
  const keys = header.map(headerKey);
  const used = new Set<number>();
  const mapping: CsvMapping = {};
  // Exact field names first, so a "source" column is not taken by another field's alias.
  for (const pass of [0, 1]) {
    for (const field of CSV_FIELDS) {
      if (mapping[field] !== undefined) continue;
      const names = pass === 0 ? [field] : ALIASES[field];
      for (const name of names) {
        const index = keys.findIndex((key, i) => key === headerKey(name) && !used.has(i));
        if (index >= 0) {
          mapping[field] = index;
          used.add(index);
          break;
        }
      }
    }
  }
  return {
    mapping,
    missing: REQUIRED_CSV_FIELDS.filter((f) => mapping[f] === undefined),
    unmapped: header.filter((cell, i) => !used.has(i) && cell.trim() !== ""),
  };
}

/** The column that says what a row of a Détente CSV is; without it every row is an event. */
export const RECORD_COLUMN = "record";

/**
 * What a row of a Détente CSV can be. Events come first in the file; the others carry the
 * dataset around them, each in the columns named in README "Round trips".
 */
export const RECORD_KINDS = [
  "event",
  "dataset",
  "party",
  "third-party",
  "source",
  "topic",
  "actor",
  "era",
  "view",
  "correction",
] as const;

export type RecordKind = (typeof RECORD_KINDS)[number];

/** Columns of citation number `n` (1-based): the first keeps the plain importer's names. */
export function citationColumns(n: number): readonly [string, string, string] {
  return n === 1 ? ["source", "quote", "note"] : [`source ${n}`, `quote ${n}`, `note ${n}`];
}

/** Event columns after the citations: fields a plain CSV rarely has. */
export const EVENT_DETAIL_COLUMNS = [
  "approximate",
  "within",
  "after",
  "score note",
  "weight",
  "discrepancies",
  "date label",
  "media",
] as const;

/** Columns only the dataset's other records use. */
export const RECORD_DETAIL_COLUMNS = [
  "publisher",
  "url",
  "party",
  "role",
  "events",
  "schema",
  "lang",
  "translations",
] as const;

/**
 * The score the charts use (the event's own, else its CAMEO code's Goldstein value), written
 * for readers of the spreadsheet; the importer ignores it, since `score` is the event's own.
 */
export const CHART_SCORE_COLUMN = "chart score";

/** A Détente CSV's header for events with up to `citations` citations each. */
export function detenteCsvColumns(citations: number): string[] {
  const slots = Array.from({ length: Math.max(1, citations) }, (_, i) => citationColumns(i + 1));
  return [
    RECORD_COLUMN,
    "id",
    ...CSV_EVENT_FIELDS,
    CHART_SCORE_COLUMN,
    ...slots.flat(),
    ...EVENT_DETAIL_COLUMNS,
    ...RECORD_DETAIL_COLUMNS,
  ];
}

/** Separator of list cells (topics, actors, `after`, a correction's events). */
export const LIST_SEPARATOR = "; ";

/** What splits a list cell of a Détente CSV back into items. */
export const LIST_SPLIT = /[;|]/;
