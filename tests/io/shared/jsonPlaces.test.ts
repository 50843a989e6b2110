/**
 * Where a JSON error is, exactly: offsets turned into lines and columns, each engine's way of
 * saying where (a line and column, a position, or nothing, when the tolerant scanner finds it),
 * the engine's position words taken out of the message, and the JSON importers' first step.
 */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { readJson } from "../../../src/io/shared/jsonInput.ts";
import { lineAndColumn, parseJsonText } from "../../../src/io/shared/jsonText.ts";

describe("lineAndColumn", () => {
  it("counts lines and columns from 1, up to the offset and no further", () => {
    const text = "ab\ncd\n\nef";
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 });
    expect(lineAndColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn(text, 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn(text, 7)).toEqual({ line: 4, column: 1 });
    expect(lineAndColumn(text, 8)).toEqual({ line: 4, column: 2 });
    // Past the end: the end.
    expect(lineAndColumn(text, 50)).toEqual({ line: 4, column: 3 });
  });
});

describe("parseJsonText, each engine's message", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const failWith = (message: string): void => {
    vi.spyOn(JSON, "parse").mockImplementation(() => {
      throw new SyntaxError(message);
    });
  };

  it("takes a line and column the message gives", () => {
    failWith("Expected ',' or '}' after property value in JSON at position 25 (line 12 column 34)");
    expect(parseJsonText("{}")).toEqual({
      ok: false,
      error: [
        {
          path: "line 12, column 34",
          line: 12,
          column: 34,
          message: "malformed JSON: Expected ',' or '}' after property value",
        },
      ],
    });
  });

  it("turns a position into a line and column", () => {
    failWith("Unexpected token x in JSON at position 14");
    expect(parseJsonText('{\n  "a": 1,\n  x\n}')).toEqual({
      ok: false,
      error: [
        {
          path: "line 3, column 3",
          line: 3,
          column: 3,
          message: "malformed JSON: Unexpected token x",
        },
      ],
    });
  });

  it("finds the place itself when the message names none", () => {
    failWith("Unexpected token");
    expect(parseJsonText('{\n  "a": 1,\n  "b": ,\n}')).toEqual({
      ok: false,
      error: [
        {
          path: "line 3, column 8",
          line: 3,
          column: 8,
          message: "malformed JSON: Unexpected token",
        },
      ],
    });
  });

  it("refuses a trailing comma and a comment, as JSON does", () => {
    for (const [text, line, column] of [
      ['{\n  "a": 1,\n}', 3, 1],
      ['{\n  // note\n  "a": 1\n}', 2, 3],
    ] as const) {
      failWith("Unexpected token");
      const result = parseJsonText(text);
      expect(!result.ok && result.error[0]).toMatchObject({ line, column });
      vi.restoreAllMocks();
    }
  });
});

describe("readJson", () => {
  it("gives the value, or a failed report of the format with the located problem", () => {
    expect(readJson('{"a": [1]}', "vis-json", new ImportLog())).toEqual({
      ok: true,
      value: { a: [1] },
    });
    const failed = readJson('{"a": ', "vis-json", new ImportLog());
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.result.ok).toBe(false);
    expect(failed.result.report).toMatchObject({
      format: "vis-json",
      eventsTaken: 0,
      skipped: [],
      warnings: [],
    });
    expect(failed.result.report.problems).toHaveLength(1);
    expect(failed.result.report.problems[0]?.line).toBe(1);
  });
});
