/** One GDELT line read exactly, every layout and every refusal; lines fed in pieces. */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { GdeltLineReader, rebuildGdeltRow } from "../../../src/io/gdelt/lines.ts";
import { GDELT_COLUMN_COUNTS, parseGdeltLine, REASON_COLUMNS } from "../../../src/io/gdelt/row.ts";
import { gdeltLine as line } from "./gdeltLine.ts";

describe("parseGdeltLine", () => {
  it("reads a GDELT 2.0 row", () => {
    expect(parseGdeltLine(line(), 7)).toEqual({
      ok: true,
      row: {
        line: 7,
        version: "2.0",
        eventId: "101",
        date: "2020-03-11",
        dayNumber: Date.UTC(2020, 2, 11) / 86_400_000,
        added: "20200312101500",
        addedDayNumber: Date.UTC(2020, 2, 12) / 86_400_000,
        actor1: { code: "USA", name: "UNITED STATES", country: "USA", type: "GOV" },
        actor2: { code: "COLGOV", name: "COLOMBIA", country: "COL", type: "GOV" },
        eventCode: "043",
        quadClass: 1,
        goldstein: 2.8,
        mentions: 10,
        sources: 2,
        articles: 9,
        tone: -1.5,
        url: "https://news.example/a",
      },
    });
  });

  it("reads GDELT 1.0 rows, with and without the URL", () => {
    expect(parseGdeltLine(line({}, 58), 1)).toMatchObject({
      ok: true,
      row: { version: "1.0", added: "20200312", url: "https://news.example/b" },
    });
    expect(parseGdeltLine(line({}, 57), 1)).toMatchObject({
      ok: true,
      row: { version: "1.0 backfile", added: "20200312", url: "" },
    });
    expect(GDELT_COLUMN_COUNTS).toEqual([61, 58, 57]);
  });

  it("trims cells and leaves out a quad class or tone it cannot read", () => {
    const result = parseGdeltLine(
      line({ 0: " 5 ", 26: " 1411 ", 29: "5", 30: " -10 ", 31: " 1 ", 34: " ", 60: " u " }),
      1,
    );
    expect(result).toMatchObject({
      ok: true,
      row: { eventId: "5", eventCode: "1411", goldstein: -10, mentions: 1, url: "u" },
    });
    expect(result.ok && result.row.quadClass).toBeUndefined();
    expect(result.ok && result.row.tone).toBeUndefined();
    for (const [quad, read] of [
      ["0", undefined],
      ["4", 4],
      ["1.5", undefined],
      ["x", undefined],
    ] as const) {
      const parsed = parseGdeltLine(line({ 29: quad }), 1);
      expect(parsed.ok && parsed.row.quadClass).toBe(read);
    }
    const noTone = parseGdeltLine(line({ 34: "n/a" }), 1);
    expect(noTone.ok && noTone.row.tone).toBeUndefined();
    const zeroTone = parseGdeltLine(line({ 34: "0" }), 1);
    expect(zeroTone.ok && zeroTone.row.tone).toBe(0);
  });

  it.each([
    [line().split("\t").slice(0, 60).join("\t"), REASON_COLUMNS, "60 columns"],
    ["one", REASON_COLUMNS, "1 column"],
    [
      line({ 1: "2020-03-11 and more" }),
      "invalid event date (SQLDATE)",
      'SQLDATE "2020-03-11 and more" is not a YYYYMMDD date',
    ],
    [
      line({ 1: "20200230" }),
      "invalid event date (SQLDATE)",
      'SQLDATE "20200230" is not a YYYYMMDD date',
    ],
    [line({ 59: "2020031210" }), "invalid DATEADDED", 'DATEADDED "2020031210" is not a date'],
    [line({ 59: "x20200312" }), "invalid DATEADDED", 'DATEADDED "x20200312" is not a date'],
    [
      line({ 59: "20201340101500" }),
      "invalid DATEADDED",
      'DATEADDED "20201340101500" is not a date',
    ],
    [line({ 26: "0" }), "invalid CAMEO event code", 'EventCode "0" is not 2 to 4 digits'],
    [line({ 26: "04311" }), "invalid CAMEO event code", 'EventCode "04311" is not 2 to 4 digits'],
    [line({ 26: "a043" }), "invalid CAMEO event code", 'EventCode "a043" is not 2 to 4 digits'],
    [
      line({ 30: "" }),
      "invalid GoldsteinScale",
      'GoldsteinScale "" is not a number from -10 to 10',
    ],
    [
      line({ 30: "10.1" }),
      "invalid GoldsteinScale",
      'GoldsteinScale "10.1" is not a number from -10 to 10',
    ],
    [
      line({ 30: "-10.5" }),
      "invalid GoldsteinScale",
      'GoldsteinScale "-10.5" is not a number from -10 to 10',
    ],
    [
      line({ 30: "Infinity" }),
      "invalid GoldsteinScale",
      'GoldsteinScale "Infinity" is not a number from -10 to 10',
    ],
    [
      line({ 31: "1.5" }),
      "invalid mention counts",
      "NumMentions, NumSources and NumArticles must be whole numbers",
    ],
    [
      line({ 32: "" }),
      "invalid mention counts",
      "NumMentions, NumSources and NumArticles must be whole numbers",
    ],
    [
      line({ 33: "1234567890" }),
      "invalid mention counts",
      "NumMentions, NumSources and NumArticles must be whole numbers",
    ],
    [
      line({ 33: "x1" }),
      "invalid mention counts",
      "NumMentions, NumSources and NumArticles must be whole numbers",
    ],
  ])("refuses %#", (text, reason, detail) => {
    expect(parseGdeltLine(text, 1)).toEqual({ ok: false, reason, detail });
  });

  it("takes a date-only DATEADDED and the edges of the scale", () => {
    expect(parseGdeltLine(line({ 59: "20200312", 30: "10" }), 1)).toMatchObject({
      ok: true,
      row: { added: "20200312", goldstein: 10, addedDayNumber: Date.UTC(2020, 2, 12) / 86_400_000 },
    });
    expect(parseGdeltLine(line({ 31: "123456789", 1: "202003119" }), 1)).toMatchObject({
      ok: true,
      row: { mentions: 123456789, date: "2020-03-11" },
    });
  });
});

const NO_KEY = {
  line: 0,
  dayNumber: 0,
  addedDayNumber: 0,
  eventCode: "",
  actor1: { country: "" },
  actor2: { country: "" },
};

describe("GdeltLineReader", () => {
  const parties = [
    { code: "USA", name: "United States" },
    { code: "COL", name: "Colombia" },
  ] as const;

  it("reads lines across pieces, skips the header and blank lines, and counts lines", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    const text = `\uFEFFGLOBALEVENTID\tSQLDATE\r\n${line()}\r\n\n${line({ 0: "2", 7: "COL", 17: "USA" })}\nbad\n${line({ 0: "3", 17: "USA" })}`;
    for (let i = 0; i < text.length; i += 50) reader.push(text.slice(i, i + 50));
    expect(reader.lineCount).toBe(5);
    const keys = reader.end();
    expect(reader.rowCount).toBe(3);
    expect(
      keys.map((k) => [
        k.line,
        k.actor1.country,
        k.actor2.country,
        k.eventCode,
        k.text !== undefined,
      ]),
    ).toEqual([
      [2, "USA", "COL", "043", true],
      [4, "COL", "USA", "043", true],
      [6, "USA", "USA", "043", false],
    ]);
    expect(keys[0]?.dayNumber).toBe(Date.UTC(2020, 2, 11) / 86_400_000);
    expect(keys[0]?.addedDayNumber).toBe(Date.UTC(2020, 2, 12) / 86_400_000);
    // Shared values: one object per country, so millions of rows keep a few hundred.
    expect(keys[0]?.actor1).toBe(keys[1]?.actor2);
    expect(rebuildGdeltRow(keys[0] ?? { ...NO_KEY, text: "" })?.eventId).toBe("101");
    expect(rebuildGdeltRow(keys[2] ?? NO_KEY)).toBeUndefined();
    expect(log.report("gdelt", 0).skipped).toEqual([
      { reason: "header row", count: 1, lines: [1] },
      { reason: REASON_COLUMNS, count: 1, lines: [5] },
    ]);
    expect(log.report("gdelt", 0).problems[0]).toEqual({
      path: "line 5",
      line: 5,
      message: `${REASON_COLUMNS}: 1 column`,
    });
  });

  it("keeps the lines of rows between the given parties only, and reads a header only first", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log, parties);
    reader.push(
      `${line()}\n${line({ 7: "COL", 17: "USA" })}\n${line({ 7: "VEN" })}\n  GLOBALEVENTID\n`,
    );
    const keys = reader.end();
    expect(keys.map((k) => k.text !== undefined)).toEqual([true, true, false]);
    expect(log.report("gdelt", 0).skipped.map((g) => [g.reason, g.lines])).toEqual([
      [REASON_COLUMNS, [4]],
    ]);
  });

  it("keeps no line of a row with a region code when choosing parties itself", () => {
    const reader = new GdeltLineReader(new ImportLog());
    reader.push(line({ 7: "EUR" }));
    reader.push("");
    expect(reader.end().map((k) => k.text)).toEqual([undefined]);
  });

  it("warns once about undecodable characters", () => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log);
    reader.push("\ufffd\n");
    reader.push("\ufffd\n");
    reader.end();
    expect(log.report("gdelt", 0).warnings).toHaveLength(1);
  });
});
