/**
 * Which CSV column holds which Détente field. Headers are matched by name, ignoring case,
 * spacing, punctuation and accents, against the field names and common aliases (including a
 * few Spanish ones). When the required fields are not all found, a UI shows the mapping and
 * lets the user pick columns, then passes it back as `parseCsv(text, { mapping })`.
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

export const CSV_FIELDS = [...CSV_EVENT_FIELDS, "source", "quote", "url"] as const;

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
  source: ["source", "source title", "publication", "outlet", "publisher", "fuente"],
  quote: ["quote", "excerpt", "citation", "cita"],
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
