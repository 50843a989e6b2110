/**
 * A dataset as an Arrow IPC file (layout: fields.ts). Loaded on demand only (the export
 * editor's chunk, the aggregation command): apache-arrow never weighs on a first load.
 */
import {
  Dictionary,
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from "apache-arrow";
import type { Dataset, DatasetEvent } from "../../model/schema.ts";
import {
  ARROW_FORMAT_VERSION,
  COLUMN_FIELDS,
  COLUMNS,
  DATASET_KEY,
  VERSION_KEY,
  type ColumnSpec,
} from "./fields.ts";

const stringType = (dictionary: boolean): DataType =>
  dictionary ? new Dictionary(new Utf8(), new Int32()) : new Utf8();

function typeOf(spec: ColumnSpec): DataType {
  if (spec.kind === "number") return new Float64();
  if (spec.kind === "string") return stringType(spec.dictionary);
  return new List(new Field("item", stringType(spec.dictionary), spec.nullItems === true));
}

/** The column's value for one event: null where the event has none. */
function cell(event: DatasetEvent, name: string): unknown {
  switch (name) {
    case "citations":
      return event.citations.map((c) => c.source);
    case "citation_quotes":
      return event.citations.map((c) => c.quote ?? null);
    case "citation_notes":
      return event.citations.map((c) => c.note ?? null);
    case "extra": {
      const rest = Object.entries(event).filter(([key]) => !COLUMN_FIELDS.has(key));
      return rest.length === 0 ? null : JSON.stringify(Object.fromEntries(rest));
    }
    default:
      return (event as unknown as Record<string, unknown>)[name] ?? null;
  }
}

/** Quote and note columns only when some citation has one: most event data has neither. */
function used(spec: ColumnSpec, events: readonly DatasetEvent[]): boolean {
  if (spec.name === "citation_quotes") return events.some((e) => e.citations.some((c) => c.quote));
  if (spec.name === "citation_notes") return events.some((e) => e.citations.some((c) => c.note));
  return true;
}

export function datasetToArrowTable(dataset: Dataset): Table {
  const { events, ...rest } = dataset;
  const columns: Record<string, Vector> = {};
  for (const spec of COLUMNS) {
    if (!used(spec, events)) continue;
    columns[spec.name] = vectorFromArray(
      events.map((event) => cell(event, spec.name)),
      typeOf(spec),
    );
  }
  const table = new Table(columns);
  table.schema.metadata.set(DATASET_KEY, JSON.stringify(rest));
  table.schema.metadata.set(VERSION_KEY, String(ARROW_FORMAT_VERSION));
  return table;
}

/** The Arrow IPC file format (it opens with "ARROW1"), which DuckDB and pyarrow read too. */
export function serializeArrow(dataset: Dataset): Uint8Array<ArrayBuffer> {
  return tableToIPC(datasetToArrowTable(dataset), "file") as Uint8Array<ArrayBuffer>;
}
