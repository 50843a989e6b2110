/**
 * Détente's Arrow form: the bundled dataset round trips, the layout is what the README says,
 * and files that are Arrow but not in the layout (or not Arrow at all) get located problems.
 */
import {
  Field,
  Float16,
  Float64,
  Int64,
  Int32,
  List,
  Table,
  Utf8,
  tableFromIPC,
  tableToIPC,
  vectorFromArray,
  type Vector,
} from "apache-arrow";
import { importDetenteArrow } from "../../../src/io/arrow/import.ts";
import { isArrowBytes, isArrowText } from "../../../src/io/arrow/magic.ts";
import { parseArrow } from "../../../src/io/arrow/parse.ts";
import { datasetToArrowTable, serializeArrow } from "../../../src/io/arrow/serialize.ts";
import { DATASET_KEY } from "../../../src/io/arrow/fields.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { usColombia } from "../../helpers/render.tsx";
import { goldstein } from "../fixtures.ts";

const problemsOf = (bytes: Uint8Array) => {
  const result = importDetenteArrow(bytes, { goldstein });
  expect(result.ok).toBe(false);
  return result.report.problems;
};

/** The bundled dataset's table with one column swapped or dropped. */
function alteredTable(change: (columns: Record<string, unknown>) => void): Uint8Array {
  const table = datasetToArrowTable(usColombia());
  const columns: Record<string, unknown> = {};
  for (const field of table.schema.fields) columns[field.name] = table.getChild(field.name);
  change(columns);
  const altered = new Table(columns as unknown as Record<string, Vector>);
  for (const [key, value] of table.schema.metadata) altered.schema.metadata.set(key, value);
  return tableToIPC(altered, "file");
}

describe("Détente Arrow", () => {
  it("round trips the bundled dataset, every field", () => {
    const dataset = usColombia();
    const bytes = serializeArrow(dataset);
    const result = importDetenteArrow(bytes, { goldstein });
    if (!result.ok) throw new Error(JSON.stringify(result.report.problems));
    expect(result.dataset).toEqual(dataset);
    expect(result.report).toEqual({
      format: "detente-arrow",
      eventsTaken: dataset.events.length,
      skipped: [],
      warnings: [],
      problems: [],
    });
  });

  it("writes the Arrow IPC file format, one row per event, with the documented columns", () => {
    const dataset = usColombia();
    const bytes = serializeArrow(dataset);
    expect(isArrowBytes(bytes)).toBe(true);
    const table = tableFromIPC(bytes);
    expect(table.numRows).toBe(dataset.events.length);
    expect(table.schema.fields.map((f) => `${f.name}: ${String(f.type)}`)).toEqual([
      "id: Utf8",
      "title: Utf8",
      "summary: Utf8",
      "date: Utf8",
      "end: Utf8",
      "topics: List<Dictionary<Int32, Utf8>>",
      "actors: List<Dictionary<Int32, Utf8>>",
      "initiator: Dictionary<Int32, Utf8>",
      "target: Dictionary<Int32, Utf8>",
      "cameo: Dictionary<Int32, Utf8>",
      "score: Float64",
      "weight: Float64",
      "citations: List<Dictionary<Int32, Utf8>>",
      "citation_quotes: List<Utf8>",
      "citation_notes: List<Utf8>",
      "extra: Utf8",
    ]);
    expect(table.schema.metadata.get("detente:version")).toBe("1");
    const header = JSON.parse(table.schema.metadata.get(DATASET_KEY) ?? "{}") as Partial<Dataset>;
    expect(header.events).toBeUndefined();
    expect(header.parties).toEqual(dataset.parties);
    // Fields without a column of their own ride in "extra", as JSON.
    const withAfter = dataset.events.findIndex((e) => e.after !== undefined);
    expect(JSON.parse(String(table.getChild("extra")?.get(withAfter)))).toMatchObject({
      after: dataset.events[withAfter]?.after,
    });
  });

  it("leaves out the quote and note columns when no citation has one", () => {
    const dataset = smallDataset([sampleEvent({ citations: [{ source: "article" }] })]);
    const table = tableFromIPC(serializeArrow(dataset));
    expect(table.schema.fields.map((f) => f.name)).not.toContain("citation_quotes");
    const result = importDetenteArrow(serializeArrow(dataset), { goldstein });
    expect(result.ok && result.dataset).toEqual(dataset);
  });

  it("an empty dataset", () => {
    const dataset = smallDataset([]);
    const result = importDetenteArrow(serializeArrow(dataset), { goldstein });
    expect(result.ok && result.dataset).toEqual(dataset);
  });

  it("reads the stream format too", () => {
    const dataset = usColombia();
    const bytes = tableToIPC(datasetToArrowTable(dataset), "stream");
    expect(isArrowBytes(bytes)).toBe(true);
    const result = importDetenteArrow(bytes, { goldstein });
    expect(result.ok && result.dataset).toEqual(dataset);
  });
});

describe("Arrow problems are located", () => {
  it("validation problems read as JSON paths", () => {
    const dataset = usColombia();
    const events = dataset.events.map((e, i) => (i === 12 ? { ...e, score: 42 } : e));
    const problems = problemsOf(serializeArrow({ ...dataset, events }));
    expect(problems).toEqual([
      { path: "events[12].score", message: "score must be at most 10 (Goldstein scale)" },
    ]);
  });

  it("a missing column and a column of the wrong type", () => {
    const bytes = alteredTable((columns) => {
      delete columns["topics"];
      columns["score"] = vectorFromArray(["high"], new Utf8());
      columns["colour"] = vectorFromArray([1], new Float64());
    });
    const problems = problemsOf(bytes);
    expect(problems.map((p) => p.path)).toEqual([
      "columns.topics",
      "columns.score",
      "columns.colour",
    ]);
    expect(problems[0]?.message).toBe(
      "missing column; expected List<Utf8> (or a list of a dictionary of Utf8)",
    );
    expect(problems[1]?.message).toBe(
      "column of type Utf8; expected Float64 (or another number type)",
    );
    expect(problems[2]?.message).toMatch(/unknown column/);
  });

  it("a list of numbers where a list of strings belongs", () => {
    const table = datasetToArrowTable(usColombia());
    const bytes = alteredTable((columns) => {
      columns["actors"] = vectorFromArray(
        Array.from({ length: table.numRows }, () => [1]),
        new List(new Field("item", new Int32())),
      );
    });
    expect(problemsOf(bytes)).toEqual([
      expect.objectContaining({
        path: "columns.actors",
        message: expect.stringMatching(/List<Int32>/),
      }),
    ]);
  });

  it("an Arrow table without Détente's metadata", () => {
    const table = new Table({ id: vectorFromArray(["a"], new Utf8()) });
    const problems = problemsOf(tableToIPC(table, "file"));
    expect(problems[0]).toEqual({
      path: `metadata["${DATASET_KEY}"]`,
      message: expect.stringMatching(/^missing: expected the dataset's title, parties/),
    });
    expect(problems.map((p) => p.path)).toContain("columns.title");
  });

  it("extra that is not a JSON object, and quote lists of the wrong length", () => {
    const table = datasetToArrowTable(usColombia());
    const n = table.numRows;
    const bytes = alteredTable((columns) => {
      columns["extra"] = vectorFromArray(
        Array.from({ length: n }, (_, i) => (i === 3 ? "[1" : null)),
        new Utf8(),
      );
      columns["citation_quotes"] = vectorFromArray(
        Array.from({ length: n }, (_, i) => (i === 5 ? ["a", "b", "c", "d", "e", "f"] : null)),
        new List(new Field("item", new Utf8(), true)),
      );
    });
    expect(problemsOf(bytes)).toEqual([
      { path: "events[3]", message: `column "extra": expected a JSON object's text` },
      {
        path: "events[5].citations",
        message: expect.stringMatching(/"citation_quotes" has 6 entries for \d citations/),
      },
    ]);
  });

  it("truncated or foreign bytes never crash", () => {
    const bytes = serializeArrow(usColombia());
    for (const cut of [6, 8, 64, 1000, bytes.length - 10]) {
      const result = importDetenteArrow(bytes.slice(0, cut), { goldstein });
      expect(result.ok).toBe(false);
      expect(result.report.problems.length).toBeGreaterThan(0);
    }
    expect(parseArrow(new TextEncoder().encode("ARROW1 but not really")).ok).toBe(false);
  });

  it("is told from text by its first bytes", () => {
    expect(isArrowBytes(new TextEncoder().encode('{"id": "x"}'))).toBe(false);
    expect(isArrowBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff, 8, 0, 0, 0]))).toBe(true);
    expect(isArrowBytes(new Uint8Array([0xff, 0xff]))).toBe(false);
    expect(isArrowText("ARROW1\u0000\u0000")).toBe(true);
    expect(isArrowText("id,title")).toBe(false);
  });
});

describe("columns written by other tools", () => {
  it("plain strings, 64-bit integers, half floats, nulls and several record batches", () => {
    const dataset = usColombia();
    const table = datasetToArrowTable(dataset);
    const n = table.numRows;
    const scores = dataset.events.map((e) => e.score ?? null);
    const columns: Record<string, unknown> = {};
    for (const field of table.schema.fields) columns[field.name] = table.getChild(field.name);
    columns["initiator"] = vectorFromArray(
      dataset.events.map((e) => e.initiator),
      new Utf8(),
    );
    columns["weight"] = vectorFromArray(
      dataset.events.map((e) => (e.weight === undefined ? null : BigInt(e.weight))),
      new Int64(),
    );
    columns["score"] = vectorFromArray(scores, new Float16());
    const altered = new Table(columns as unknown as Record<string, Vector>);
    for (const [key, value] of table.schema.metadata) altered.schema.metadata.set(key, value);
    // Two record batches: a reader must not assume one.
    const halves = new Table([...altered.slice(0, 10).batches, ...altered.slice(10, n).batches]);
    for (const [key, value] of table.schema.metadata) halves.schema.metadata.set(key, value);
    const result = importDetenteArrow(tableToIPC(halves, "stream"), { goldstein });
    if (!result.ok) throw new Error(JSON.stringify(result.report.problems));
    expect(result.dataset.events.map((e) => e.initiator)).toEqual(
      dataset.events.map((e) => e.initiator),
    );
    expect(result.dataset.events.map((e) => e.weight)).toEqual(dataset.events.map((e) => e.weight));
    // Half floats keep about three digits.
    result.dataset.events.forEach((e, i) => {
      const score = scores[i];
      if (score === null || score === undefined) expect(e.score).toBeUndefined();
      else expect(e.score).toBeCloseTo(score, 1);
    });
    expect(result.dataset.events.map((e) => e.topics)).toEqual(dataset.events.map((e) => e.topics));
  });
});
