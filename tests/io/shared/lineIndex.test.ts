/** Offsets to lines and columns, and the line of each item of a JSON array. */
import { jsonItemLines } from "../../../src/io/shared/jsonLocations.ts";
import { LineIndex } from "../../../src/io/shared/lineIndex.ts";

describe("LineIndex", () => {
  const text = "ab\ncde\n\nf";
  const index = new LineIndex(text);

  it.each([
    [0, 1, 1],
    [2, 1, 3], // the newline itself belongs to its line
    [3, 2, 1],
    [6, 2, 4],
    [7, 3, 1],
    [8, 4, 1],
    [50, 4, 43], // past the end: the last line
  ])("offset %i is line %i, column %i", (offset, line, column) => {
    expect(index.lineOf(offset)).toBe(line);
    expect(index.columnOf(offset)).toBe(column);
  });

  it("has one line without newlines, and a line after a trailing newline", () => {
    expect(new LineIndex("").lineOf(0)).toBe(1);
    expect(new LineIndex("abc").lineOf(2)).toBe(1);
    expect(new LineIndex("a\n").lineOf(2)).toBe(2);
    expect(new LineIndex("\n\n\n").lineOf(1)).toBe(2);
  });

  it("puts an offset before the text on the first line", () => {
    expect(index.lineOf(-1)).toBe(1);
  });
});

describe("jsonItemLines", () => {
  const text = '{\n  "events": [\n    {"a": 1},\n\n    {"b": 2}\n  ],\n  "n": 3\n}';

  it("gives each item the line it starts on, and none past the end", () => {
    const lines = jsonItemLines(text, ["events"]);
    expect(lines(0)).toBe(3);
    expect(lines(1)).toBe(5);
    expect(lines(2)).toBeUndefined();
  });

  it("has no lines where the path is not a non-empty array", () => {
    expect(jsonItemLines(text, ["n"])(0)).toBeUndefined();
    expect(jsonItemLines(text, ["missing"])(0)).toBeUndefined();
    expect(jsonItemLines('{"events": []}', ["events"])(0)).toBeUndefined();
    expect(jsonItemLines("", ["events"])(0)).toBeUndefined();
  });

  it("reads a top-level array", () => {
    expect(jsonItemLines("[1,\n2,\n\n3]", [])(2)).toBe(4);
  });
});
