/**
 * GDELT details the larger tests pass over, each written out by hand: cells trimmed before they
 * are read, long cells cut in the problem text, a line reader fed awkward pieces, the default
 * parties' tie-breaks, rows left out when the parties were chosen from the file, and the parts
 * of an event made from a row (quad class from the code's root, actors, id, dropped links).
 */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { GdeltLineReader } from "../../../src/io/gdelt/lines.ts";
import { parseGdelt, type GdeltImportResult } from "../../../src/io/gdelt/parse.ts";
import { chooseGdeltParties } from "../../../src/io/gdelt/parties.ts";
import { parseGdeltLine } from "../../../src/io/gdelt/row.ts";
import { expectDataset, skipped } from "../fixtures.ts";
import { gdeltLine as line } from "./gdeltLine.ts";

describe("parseGdeltLine, cell by cell", () => {
  it("trims the actor cells", () => {
    const trimmed = parseGdeltLine(
      line({ 5: " USA ", 6: " UNITED STATES ", 7: " USA ", 12: " GOV ", 17: " COL " }),
      1,
    );
    expect(trimmed.ok && trimmed.row.actor1).toEqual({
      code: "USA",
      name: "UNITED STATES",
      country: "USA",
      type: "GOV",
    });
    expect(trimmed.ok && trimmed.row.actor2.country).toBe("COL");
  });

  it("refuses a Goldstein cell of spaces (it is not 0)", () => {
    expect(parseGdeltLine(line({ 30: "   " }), 3)).toEqual({
      ok: false,
      reason: "invalid GoldsteinScale",
      detail: 'GoldsteinScale "" is not a number from -10 to 10',
    });
  });

  it("quotes at most 20 characters of a bad cell", () => {
    const long = "abcdefghijklmnopqrstuvwxyz";
    const detail = (set: Record<number, string>) => {
      const parsed = parseGdeltLine(line(set), 1);
      return parsed.ok ? "" : parsed.detail;
    };
    expect(detail({ 1: long })).toBe('SQLDATE "abcdefghijklmnopqrst" is not a YYYYMMDD date');
    expect(detail({ 59: long })).toBe('DATEADDED "abcdefghijklmnopqrst" is not a date');
    expect(detail({ 26: long })).toBe('EventCode "abcdefghijklmnopqrst" is not 2 to 4 digits');
    expect(detail({ 30: long })).toBe(
      'GoldsteinScale "abcdefghijklmnopqrst" is not a number from -10 to 10',
    );
  });
});

describe("GdeltLineReader, awkward pieces", () => {
  it("ends a carried line at a piece that starts with its newline", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    const first = line();
    reader.push(first.slice(0, 30));
    reader.push(first.slice(30));
    reader.push(`\n${line({ 0: "2" })}`);
    reader.push("\n");
    expect(reader.end().map((key) => key.line)).toEqual([1, 2]);
    expect(reader.lineCount).toBe(2);
    expect(log.report("gdelt", 0).skipped).toEqual([]);
  });

  it("passes over a line of spaces without calling it a bad row, and counts a last line once", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    reader.push(`   \n\t \n${line()}`);
    expect(reader.end()).toHaveLength(1);
    expect(reader.lineCount).toBe(3);
    expect(reader.end()).toHaveLength(1);
    expect(reader.lineCount).toBe(3);
    expect(log.report("gdelt", 0).skipped).toEqual([]);
  });

  it("strips a byte-order mark only at the start of the file", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    reader.push(`\uFEFF${line()}\n`);
    // A mark opening a later piece is part of the text: here it spoils the event id's cell.
    reader.push(`\uFEFF${line({ 0: "2" })}\n`);
    const keys = reader.end();
    expect(keys.map((key) => key.line)).toEqual([1, 2]);
    const rows = keys.map((key) => (key.text === undefined ? "" : key.text.split("\t")[0]));
    expect(rows).toEqual(["101", "\uFEFF2"]);
  });

  it("warns about undecodable characters in a later piece too", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    reader.push(`${line()}\n`);
    reader.push(`${line({ 6: "BOGOT\uFFFD" })}\n`);
    reader.end();
    expect(log.report("gdelt", 0).warnings).toEqual([
      "the file contains undecodable characters (shown as �): it is probably not UTF-8; " +
        "re-save it as UTF-8 to keep accented letters",
    ]);
  });

  it("keeps the line of a row between the caller's parties in either direction only", () => {
    const reader = new GdeltLineReader(new ImportLog(), [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ]);
    reader.push(
      [
        line({ 7: "USA", 17: "COL" }),
        line({ 7: "COL", 17: "USA" }),
        line({ 7: "USA", 17: "USA" }),
        line({ 7: "COL", 17: "COL" }),
        line({ 7: "COL", 17: "VEN" }),
        line({ 7: "VEN", 17: "USA" }),
      ].join("\n"),
    );
    expect(reader.end().map((key) => key.text !== undefined)).toEqual([
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("chooseGdeltParties, tie-breaks", () => {
  const pair = (x: string, y: string) => ({ actor1: { country: x }, actor2: { country: y } });

  it("breaks a tie of rows by how often the codes appear before the alphabet", () => {
    // One row each for ARG–BRA and COL–USA, but USA appears twice more: COL–USA wins.
    expect(
      chooseGdeltParties([
        pair("ARG", "BRA"),
        pair("USA", "COL"),
        pair("USA", ""),
        pair("", "USA"),
      ]),
    ).toEqual({ codes: ["COL", "USA"], rows: 1 });
  });

  it("falls back to the most frequent countries, not the first ones seen", () => {
    expect(
      chooseGdeltParties([pair("ZWE", ""), pair("COL", ""), pair("USA", ""), pair("USA", "USA")]),
    ).toEqual({ codes: ["USA", "COL"], rows: 0 });
    expect(chooseGdeltParties([pair("ZWE", ""), pair("COL", "")])).toEqual({
      codes: ["COL", "ZWE"],
      rows: 0,
    });
  });
});

describe("parseGdelt, rows made into events", () => {
  const words = (result: GdeltImportResult) => result.report.warnings;

  describe("parties chosen from the file", () => {
    let result: GdeltImportResult;
    beforeEach(() => {
      result = parseGdelt(
        [
          line({ 0: "1", 7: "USA", 17: "COL", 26: "040" }),
          line({ 0: "2", 7: "COL", 17: "USA", 26: "041" }),
          line({ 0: "3", 7: "USA", 17: "COL", 26: "042" }),
          line({ 0: "4", 7: "USA", 17: "VEN" }),
          line({ 0: "5", 7: "COL", 17: "VEN" }),
          line({ 0: "6", 7: "VEN", 17: "USA" }),
          line({ 0: "7", 7: "VEN", 17: "COL" }),
        ].join("\n"),
      );
    });

    it("leaves out the rows with a third country, in either column", () => {
      expect(expectDataset(result).events.map((event) => event.id)).toEqual([
        "gdelt-1",
        "gdelt-2",
        "gdelt-3",
      ]);
      expect(skipped(result.report, "not between the two parties (COL and USA)")).toEqual({
        reason: "not between the two parties (COL and USA)",
        count: 4,
        lines: [4, 5, 6, 7],
      });
    });
  });

  describe("one row's event", () => {
    let result: GdeltImportResult;
    beforeEach(() => {
      result = parseGdelt(
        [
          // No quad class: the code's root decides, 05 → verbal, 09 → material cooperation.
          line({ 0: "", 26: "051", 29: "", 15: "", 16: "", 60: "" }),
          line({ 0: "22", 1: "20200310", 26: "090", 29: "" }),
          line({ 0: "23", 1: "20200309", 26: "10", 29: "" }),
        ].join("\n"),
        {
          parties: [
            { code: "USA", name: "United States" },
            { code: "COL", name: "Colombia" },
          ],
        },
      );
    });

    it("names the quad class from the code's root when the row has none", () => {
      const titles = expectDataset(result).events.map((event) => event.title);
      expect(titles).toEqual([
        "United States → Colombia: Verbal conflict (CAMEO 10)",
        "United States → Colombia: Material cooperation (CAMEO 090)",
        "United States → COL: Verbal cooperation (CAMEO 051)",
      ]);
    });

    it("lists only actors with a code, and makes no id from an empty event id", () => {
      const dataset = expectDataset(result);
      const empty = dataset.events[2];
      expect(empty?.id.startsWith("gdelt-")).toBe(false);
      expect(empty?.actors).toHaveLength(1);
      expect(dataset.events[1]?.actors).toHaveLength(2);
    });

    it("warns about no dropped link for a row without a URL", () => {
      expect(words(result).filter((w) => w.includes("not an http(s) URL"))).toEqual([]);
      // Only the file itself is cited, with the row's counts.
      expect(expectDataset(result).events[2]?.citations).toEqual([
        { source: "imported-file", note: "GDELT 2.0 event ; 10 mentions, 2 sources, 9 articles" },
      ]);
    });
  });
});
