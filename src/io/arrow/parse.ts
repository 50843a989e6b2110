/**
 * An Arrow IPC file or stream in Détente's layout (fields.ts) back to the plain dataset value,
 * which the caller then validates exactly like parsed Détente JSON (so problems read
 * `events[12].score`). A file that is Arrow but not in this layout gets one problem per column
 * that is missing or of the wrong type; bytes that are not Arrow at all, one problem saying so.
 * Loaded on demand only (the workers' Arrow chunk): apache-arrow never weighs on a first load.
 */
import { DataType, tableFromIPC, type Field, type Table, type Vector } from "apache-arrow";
import type { Problem, Result } from "../../model/result.ts";
import {
  ARROW_FORMAT_VERSION,
  COLUMNS,
  DATASET_KEY,
  VERSION_KEY,
  type ColumnKind,
} from "./fields.ts";
import { numbers, stringLists, strings } from "./columns.ts";

type Loose = Record<string, unknown>;

/** Arrow's own type names: the same in every language. */
const KIND_WORDS: Record<ColumnKind, string> = {
  string: "Utf8 (or a dictionary of Utf8)",
  number: "Float64 (or another number type)",
  strings: "List<Utf8> (or a list of a dictionary of Utf8)",
};

const isText = (type: DataType): boolean =>
  DataType.isUtf8(type) ||
  DataType.isLargeUtf8(type) ||
  DataType.isUtf8View(type) ||
  (DataType.isDictionary(type) && isText(type.dictionary));

function fits(kind: ColumnKind, type: DataType): boolean {
  if (kind === "string") return isText(type);
  if (kind === "number") return DataType.isFloat(type) || DataType.isInt(type);
  return (
    (DataType.isList(type) || DataType.isLargeList(type)) &&
    type.children[0] !== undefined &&
    isText(type.children[0].type as DataType)
  );
}

/** The column's values as plain JavaScript, null where a row has none. */
function values(vector: Vector, kind: ColumnKind): unknown[] {
  if (kind === "strings") return stringLists(vector);
  if (kind === "number") return numbers(vector);
  return strings(vector);
}

/** Chunks as one array (jsdom's Blob cannot give its bytes back, so no Blob here). */
function joinBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

const located = (path: string, message: string): Problem => ({ path, message });

function readTable(bytes: Uint8Array): Result<Table> {
  try {
    return { ok: true, value: tableFromIPC(bytes) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: [located("(root)", `not a readable Arrow IPC file or stream (${reason})`)],
    };
  }
}

/** The dataset-level parts from the schema metadata. */
function readHeader(metadata: Map<string, string>, problems: Problem[]): Loose {
  const version = metadata.get(VERSION_KEY);
  if (version !== undefined && !(Number(version) <= ARROW_FORMAT_VERSION))
    problems.push(
      located(
        `metadata["${VERSION_KEY}"]`,
        `written in Arrow layout version ${version}; this version of Détente reads version ${ARROW_FORMAT_VERSION}`,
      ),
    );
  const text = metadata.get(DATASET_KEY);
  if (text === undefined) {
    problems.push(
      located(
        `metadata["${DATASET_KEY}"]`,
        `missing: expected the dataset's title, parties, sources, topics and actors as JSON in the schema's custom metadata under "${DATASET_KEY}"`,
      ),
    );
    return {};
  }
  try {
    const header: unknown = JSON.parse(text);
    if (typeof header === "object" && header !== null && !Array.isArray(header))
      return header as Loose;
  } catch {
    // Reported below.
  }
  problems.push(
    located(`metadata["${DATASET_KEY}"]`, "expected the dataset's parts as a JSON object"),
  );
  return {};
}

/** Which columns there are, and a problem for each one missing, mistyped or unknown. */
function checkColumns(fields: readonly Field[], problems: Problem[]): void {
  const byName = new Map(fields.map((field) => [field.name, field]));
  for (const spec of COLUMNS) {
    const field = byName.get(spec.name);
    if (field === undefined) {
      if (spec.required)
        problems.push(
          located(`columns.${spec.name}`, `missing column; expected ${KIND_WORDS[spec.kind]}`),
        );
    } else if (!fits(spec.kind, field.type as DataType))
      problems.push(
        located(
          `columns.${spec.name}`,
          `column of type ${String(field.type)}; expected ${KIND_WORDS[spec.kind]}`,
        ),
      );
  }
  const known = new Set(COLUMNS.map((spec) => spec.name));
  for (const field of fields)
    if (!known.has(field.name))
      problems.push(
        located(
          `columns.${field.name}`,
          `unknown column; expected only ${[...known].join(", ")} (an event's other fields go in "extra" as JSON)`,
        ),
      );
}

function citationsOf(
  sources: unknown,
  quotes: unknown,
  notes: unknown,
  row: number,
  problems: Problem[],
): unknown {
  if (!Array.isArray(sources)) return undefined;
  for (const [name, list] of [
    ["citation_quotes", quotes],
    ["citation_notes", notes],
  ] as const)
    if (Array.isArray(list) && list.length !== sources.length)
      problems.push(
        located(
          `events[${row}].citations`,
          `column "${name}" has ${list.length} entries for ${sources.length} citations; expected one per citation (null for none)`,
        ),
      );
  return sources.map((source: unknown, j) => {
    const citation: Loose = { source };
    const quote: unknown = Array.isArray(quotes) ? quotes[j] : null;
    const note: unknown = Array.isArray(notes) ? notes[j] : null;
    if (quote !== null && quote !== undefined) citation["quote"] = quote;
    if (note !== null && note !== undefined) citation["note"] = note;
    return citation;
  });
}

function extraOf(text: unknown, row: number, problems: Problem[]): Loose {
  try {
    const value: unknown = JSON.parse(String(text));
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Loose;
  } catch {
    // Reported below.
  }
  problems.push(located(`events[${row}]`, `column "extra": expected a JSON object's text`));
  return {};
}

/**
 * Arrow bytes (whole, or in the chunks they arrived in) → the dataset as a plain value (not yet
 * validated), or where the layout is wrong.
 */
export function parseArrow(bytes: Uint8Array | readonly Uint8Array[]): Result<unknown> {
  const read = readTable(bytes instanceof Uint8Array ? bytes : joinBytes(bytes));
  if (!read.ok) return read;
  const table = read.value;
  const problems: Problem[] = [];
  const header = readHeader(table.schema.metadata, problems);
  checkColumns(table.schema.fields, problems);
  if (problems.length > 0) return { ok: false, error: problems };

  const columns = new Map<string, unknown[]>();
  for (const spec of COLUMNS) {
    const vector = table.getChild(spec.name);
    if (vector) columns.set(spec.name, values(vector, spec.kind));
  }
  // The event's own columns, in one list so the row loop does no lookups.
  const plain = [...columns].filter(([name]) => !name.startsWith("citation") && name !== "extra");
  const none: unknown[] = [];
  const sources = columns.get("citations") ?? none;
  const quotes = columns.get("citation_quotes") ?? none;
  const notes = columns.get("citation_notes") ?? none;
  const extras = columns.get("extra") ?? none;
  const events: Loose[] = new Array<Loose>(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    // Columns win over a same-named field in "extra" (the serializer never writes both).
    const extra = extras[i];
    const event: Loose = extra === null || extra === undefined ? {} : extraOf(extra, i, problems);
    for (const [name, column] of plain) {
      const value = column[i];
      if (value !== null && value !== undefined) event[name] = value;
    }
    const citations = citationsOf(sources[i], quotes[i], notes[i], i, problems);
    if (citations !== undefined) event["citations"] = citations;
    events[i] = event;
  }
  if (problems.length > 0) return { ok: false, error: problems };
  const { events: _ignored, ...rest } = header;
  return { ok: true, value: { ...rest, events } };
}
