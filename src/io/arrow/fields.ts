/**
 * The columnar form of a Détente dataset: one Apache Arrow IPC table, one row per event. The
 * serializer writes and the parser reads exactly these columns, so the contract lives here once.
 *
 * Hot fields (the ones a million-event chart reads) are typed columns; every other field an event
 * carries goes, losslessly, into `extra` as JSON text, and the dataset-level parts (title,
 * parties, sources, topics, actors, eras…) into the schema's custom metadata under DATASET_KEY.
 * Repeated strings (topic and actor ids, party codes, CAMEO codes, source ids) are
 * dictionary-encoded: a million events name a few hundred of them.
 */

/** Raised only when a reader of an older version could no longer read what is written. */
export const ARROW_FORMAT_VERSION = 1;
/** Schema metadata: the dataset without its events, as JSON. */
export const DATASET_KEY = "detente:dataset";
/** Schema metadata: ARROW_FORMAT_VERSION as text. */
export const VERSION_KEY = "detente:version";

/** What a column holds: one string, one number, or a list of strings per event. */
export type ColumnKind = "string" | "number" | "strings";

export interface ColumnSpec {
  readonly name: string;
  readonly kind: ColumnKind;
  /** A file without this column is not in Détente's layout. */
  readonly required: boolean;
  /** Strings (or list items) written dictionary-encoded. */
  readonly dictionary: boolean;
  /** Items of a list may be null (a citation without a quote). */
  readonly nullItems?: boolean;
}

export const COLUMNS: readonly ColumnSpec[] = [
  { name: "id", kind: "string", required: true, dictionary: false },
  { name: "title", kind: "string", required: true, dictionary: false },
  { name: "summary", kind: "string", required: true, dictionary: false },
  { name: "date", kind: "string", required: true, dictionary: false },
  { name: "end", kind: "string", required: false, dictionary: false },
  { name: "topics", kind: "strings", required: true, dictionary: true },
  { name: "actors", kind: "strings", required: true, dictionary: true },
  { name: "initiator", kind: "string", required: true, dictionary: true },
  { name: "target", kind: "string", required: true, dictionary: true },
  { name: "cameo", kind: "string", required: false, dictionary: true },
  { name: "score", kind: "number", required: false, dictionary: false },
  { name: "weight", kind: "number", required: false, dictionary: false },
  /** The source id of each citation, in order. */
  { name: "citations", kind: "strings", required: true, dictionary: true },
  /** Each citation's quote (null where it has none), parallel to `citations`. */
  { name: "citation_quotes", kind: "strings", required: false, dictionary: false, nullItems: true },
  { name: "citation_notes", kind: "strings", required: false, dictionary: false, nullItems: true },
  /** The event's other fields (after, within, discrepancies, media…) as a JSON object's text. */
  { name: "extra", kind: "string", required: false, dictionary: false },
];

/** Event fields that have a column of their own (citations are split over three). */
export const COLUMN_FIELDS: ReadonlySet<string> = new Set([
  "id",
  "title",
  "summary",
  "date",
  "end",
  "topics",
  "actors",
  "initiator",
  "target",
  "cameo",
  "score",
  "weight",
  "citations",
]);
