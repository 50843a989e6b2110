/**
 * The Arrow reader's problems in Spanish: every message it words on files that are Arrow but not
 * in Détente's layout (or not Arrow at all) has a message key and a Spanish wording. Paths
 * (`columns.topics`, `events[3]`) are shown as written, like the validator's.
 */
import {
  Field,
  Float64,
  Int32,
  List,
  Table,
  Utf8,
  tableToIPC,
  vectorFromArray,
} from "apache-arrow";
import { localizeReportText, reportTextKey } from "../../src/i18n/reportText.ts";
import { importDetenteArrow } from "../../src/io/arrow/import.ts";
import { datasetToArrowTable, serializeArrow } from "../../src/io/arrow/serialize.ts";
import { importText } from "../../src/io/pipeline/detect.ts";
import { usColombia } from "../helpers/render.tsx";
import { goldstein } from "../io/fixtures.ts";

function messagesOf(bytes: Uint8Array): string[] {
  const result = importDetenteArrow(bytes, { goldstein });
  expect(result.ok).toBe(false);
  return result.report.problems.map((p) => p.message);
}

const table = datasetToArrowTable(usColombia());
const n = table.numRows;
const columns = Object.fromEntries(
  table.schema.fields.map((f) => [f.name, table.getChild(f.name)]),
);

const layoutBroken = (() => {
  const { topics: _dropped, ...kept } = columns;
  const altered = new Table({
    ...kept,
    score: vectorFromArray(
      Array.from({ length: n }, () => "high"),
      new Utf8(),
    ),
    colour: vectorFromArray(
      Array.from({ length: n }, () => 1),
      new Float64(),
    ),
    actors: vectorFromArray(
      Array.from({ length: n }, () => [1]),
      new List(new Field("item", new Int32())),
    ),
  } as never);
  altered.schema.metadata.set("detente:version", "9");
  altered.schema.metadata.set("detente:dataset", "[]");
  return tableToIPC(altered, "file");
})();

const rowsBroken = (() => {
  const altered = new Table({
    ...columns,
    extra: vectorFromArray(
      Array.from({ length: n }, (_, i) => (i === 3 ? "[1" : null)),
      new Utf8(),
    ),
    citation_notes: vectorFromArray(
      Array.from({ length: n }, (_, i) => (i === 5 ? ["a", "b", "c", "d", "e", "f"] : null)),
      new List(new Field("item", new Utf8(), true)),
    ),
  } as never);
  for (const [key, value] of table.schema.metadata) altered.schema.metadata.set(key, value);
  return tableToIPC(altered, "file");
})();

const noMetadata = tableToIPC(new Table({ id: vectorFromArray(["a"], new Utf8()) }), "file");

describe("the Arrow reader's problems in Spanish", () => {
  it.each([
    ["a table in another layout", layoutBroken, 6],
    ["a table with broken rows", rowsBroken, 2],
    ["a table without Détente's metadata", noMetadata, 2],
    ["bytes that are not Arrow", serializeArrow(usColombia()).slice(0, 100), 1],
  ])("every message on %s", (_name, bytes, least) => {
    const messages = messagesOf(bytes);
    expect(messages.length).toBeGreaterThanOrEqual(least);
    expect(messages.filter((text) => reportTextKey(text) === undefined)).toEqual([]);
    for (const text of messages) expect(localizeReportText(text, "es")).not.toBe(text);
  });

  it("Arrow read as text", () => {
    const [problem] = importText("ARROW1\u0000\u0000", { goldstein }).report.problems;
    expect(localizeReportText(problem?.message ?? "", "es")).toBe(
      "un archivo Arrow se lee como bytes, no como texto",
    );
  });
});
