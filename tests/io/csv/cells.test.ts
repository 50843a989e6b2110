/** CSV rows, dates, scores, CAMEO codes and record names, read exactly. */
import { cellNames, NameResolver } from "../../../src/io/csv/names.ts";
import { headerKey, malformedReason, ragged, readCsv, stripBom } from "../../../src/io/csv/rows.ts";
import { readCameo, readCsvDate, readScore, REASON_BAD_DATE } from "../../../src/io/csv/values.ts";

describe("readCsv", () => {
  it("reads rows with the line each starts on, whatever the line endings", () => {
    const table = readCsv('\uFEFFa,b\r\n\r\n"x\ny",2\r3,4\n , \n   \n,\n');
    expect(table.delimiter).toBe(",");
    expect(table.problems).toEqual([]);
    expect(table.rows).toEqual([
      { cells: ["a", "b"], line: 1 },
      { cells: ["x\ny", "2"], line: 3 },
      { cells: ["3", "4"], line: 5 },
      { cells: [" ", " "], line: 6 },
      { cells: ["", ""], line: 8 },
    ]);
  });

  it("guesses semicolons, tabs and pipes", () => {
    expect(readCsv("a;b\n1;2").delimiter).toBe(";");
    expect(readCsv("a\tb\n1\t2").delimiter).toBe("\t");
    expect(readCsv("a|b\n1|2").delimiter).toBe("|");
    // One column: no delimiter to find, and no problem for it.
    expect(readCsv("title\nx")).toEqual({
      delimiter: ",",
      problems: [],
      rows: [
        { cells: ["title"], line: 1 },
        { cells: ["x"], line: 2 },
      ],
    });
  });

  it("marks a row it could not read, with a located problem", () => {
    const table = readCsv('a,b\n1,2\n"open,3\n4,5');
    expect(table.rows[1]).toEqual({ cells: ["1", "2"], line: 2 });
    expect(table.rows[2]).toMatchObject({ line: 3, malformed: expect.stringMatching(/quote/) });
    expect(table.problems[0]).toMatchObject({ path: "line 3", line: 3 });
    expect(table.problems[0]?.message).toMatch(/^CSV: /);
    expect(malformedReason(table.rows[2] ?? { cells: [], line: 0 })).toMatch(
      /^malformed CSV row \(.*quote.*\): is the file truncated\?$/,
    );
    expect(malformedReason({ cells: [], line: 1 })).toBe(
      "malformed CSV row (unreadable): is the file truncated?",
    );
  });

  it("reports progress every 10,000 rows", () => {
    const heard: number[] = [];
    readCsv(`h\n${"x\n".repeat(20_500)}`, (n) => heard.push(n));
    expect(heard).toEqual([10_000, 20_000]);
  });

  it("compares headers loosely, strips a BOM, and finds ragged rows", () => {
    expect(headerKey(" End Year ")).toBe("endyear");
    expect(headerKey("end_year")).toBe("endyear");
    expect(headerKey("Año")).toBe("ano");
    expect(stripBom("\uFEFFx")).toBe("x");
    expect(stripBom("x\uFEFF")).toBe("x\uFEFF");
    expect(
      ragged(
        [
          { cells: ["a", "b"], line: 2 },
          { cells: ["a"], line: 3 },
          { cells: ["a", "b", "c"], line: 5 },
        ],
        2,
      ),
    ).toEqual([3, 5]);
  });
});

describe("CSV values", () => {
  it.each([
    ["2024", "2024", false],
    ["2024-3", "2024-03", false],
    ["2024/03/09", "2024-03-09", false],
    ["2024.3.9", "2024-03-09", false],
    [" 2024-03-09T00:00 ", "2024-03-09", false],
    ["2024-03-09 7:05", "2024-03-09", true],
    ["2024-03-09T00:00:01Z", "2024-03-09", true],
    ["2024-03-09T00:00:00.5+0100", "2024-03-09", false],
  ])("date %j → %s (time: %s)", (cell, date, hasTime) => {
    expect(readCsvDate(cell)).toEqual({ ok: true, value: { date, hasTime } });
  });

  it("refuses dates with their reason", () => {
    expect(readCsvDate("09/03/2024")).toEqual({
      ok: false,
      reason: REASON_BAD_DATE,
      detail: 'date "09/03/2024" is not YYYY, YYYY-MM or YYYY-MM-DD',
    });
    expect(readCsvDate(`${"x".repeat(50)}`)).toMatchObject({
      detail: `date "${"x".repeat(40)}" is not YYYY, YYYY-MM or YYYY-MM-DD`,
    });
    expect(readCsvDate("2024-02-30")).toMatchObject({
      ok: false,
      reason: REASON_BAD_DATE,
      detail: expect.stringMatching(/^date 2024-02-30: /),
    });
    expect(REASON_BAD_DATE).toBe("invalid date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
  });

  it.each([
    ["", undefined],
    ["  ", undefined],
    ["2.8", 2.8],
    ["-2,5", -2.5],
    ["+10", 10],
    ["-10", -10],
    [".5", 0.5],
    ["5.", 5],
    ["1e1", 10],
  ])("score %j → %s", (cell, value) => {
    expect(readScore(cell)).toEqual({ ok: true, value });
  });

  it("refuses scores that are no number or off the scale", () => {
    expect(readScore("high")).toEqual({
      ok: false,
      reason: "score is not a number",
      detail: 'score "high" is not a number',
    });
    expect(readScore("1,2,3")).toMatchObject({ reason: "score is not a number" });
    expect(readScore("1 2")).toMatchObject({ reason: "score is not a number" });
    expect(readScore(`${"9".repeat(50)}x`)).toMatchObject({
      detail: `score "${"9".repeat(40)}" is not a number`,
    });
    expect(readScore("10.01")).toEqual({
      ok: false,
      reason: "score outside −10…10",
      detail: "score 10.01 is outside the Goldstein scale (−10 to 10)",
    });
    expect(readScore("-10.5")).toMatchObject({ reason: "score outside −10…10" });
    expect(readScore("1e400")).toMatchObject({ reason: "score outside −10…10" });
  });

  it("keeps CAMEO codes as written, checked against a table when given", () => {
    const table = new Map([["043", 2.8]]);
    expect(readCameo(" 043 ", table)).toEqual({ ok: true, value: "043" });
    expect(readCameo("", table)).toEqual({ ok: true, value: undefined });
    expect(readCameo("0999", undefined)).toEqual({ ok: true, value: "0999" });
    expect(readCameo("0999", table)).toEqual({
      ok: false,
      reason: "CAMEO code not in the CAMEO table",
      detail: 'CAMEO code "0999" is not in the CAMEO table',
    });
    for (const bad of ["4", "04311", "x43", "43x"])
      expect(readCameo(bad, undefined)).toEqual({
        ok: false,
        reason: "CAMEO code is not 2 to 4 digits",
        detail: `CAMEO code "${bad}" is not 2 to 4 digits`,
      });
  });
});

describe("record names in cells", () => {
  it("writes a label only when it reads back as exactly that record", () => {
    const names = cellNames(
      [
        { id: "a", name: "Alpha" },
        { id: "b", name: "Same" },
        { id: "c", name: "Same" },
        { id: "d", name: "a" },
        { id: "e", name: " padded" },
        { id: "f", name: "two\nlines" },
        { id: "g", name: "" },
        { id: "h", name: "x; y" },
        { id: "i", name: "i" },
      ],
      true,
    );
    expect(Object.fromEntries(names)).toEqual({
      a: "Alpha",
      b: "b",
      c: "c",
      d: "d",
      e: "e",
      f: "f",
      g: "g",
      h: "h",
      i: "i",
    });
    expect(cellNames([{ id: "h", name: "x; y" }], false).get("h")).toBe("x; y");
  });

  it("resolves an id first, then a label only one record has", () => {
    const resolver = new NameResolver([
      { id: "a", name: "Alpha" },
      { id: "b", name: "Same" },
      { id: "c", name: "Same" },
      { id: "d", name: "a" },
    ]);
    expect(resolver.resolve("a")).toBe("a");
    expect(resolver.resolve("Alpha")).toBe("a");
    expect(resolver.resolve("Same")).toBeUndefined();
    expect(resolver.resolve("nobody")).toBeUndefined();
    resolver.add({ id: "e", name: "Echo" });
    expect(resolver.resolve("Echo")).toBe("e");
    expect(resolver.hasId("e")).toBe(true);
    expect(resolver.hasId("Echo")).toBe(false);
  });
});
