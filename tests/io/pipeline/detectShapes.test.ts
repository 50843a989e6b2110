/**
 * detectFormat's clues one at a time, on small texts written for the purpose: which keys make a
 * JSON file Détente's, a broken file's keys, newline-delimited PLOVER, what a GDELT line needs,
 * the event-data headers, how few columns a CSV may have, and the file-name fallback. Then
 * importText handing each event-data format to its importer.
 */
import { detectFormat, importText } from "../../../src/io/pipeline/detect.ts";
import { fixture, goldstein } from "../fixtures.ts";
import { gdeltLine } from "../gdelt/gdeltLine.ts";

const PLOVER = '{"event": "ASSAULT", "date": "2020-01-01", "actor": "A"}';

describe("detectFormat, clue by clue", () => {
  it.each([
    // JSON objects: an event list with parties, a schema or sources is Détente's.
    ['{"events": [], "parties": []}', "detente-json"],
    ['{"events": [], "$schema": "x"}', "detente-json"],
    ['{"events": [], "sources": []}', "detente-json"],
    ['{"events": []}', "timelinejs-json"],
    ['{"title": "no events"}', "unknown"],
    ['  \n {"events": [], "parties": []}', "detente-json"],
    // PLOVER: one record, a list of records, or one record per line.
    [PLOVER, "plover-json"],
    [`[${PLOVER}]`, "plover-json"],
    [`${PLOVER}\n${PLOVER}\n`, "plover-json"],
    ['{"a": 1}\n{"b": 2}\n', "unknown"],
    [`${PLOVER}}`, "unknown"],
    // JSON too broken to parse, told by its keys (spaces before the colon allowed).
    ['{"parties" : [ oops', "detente-json"],
    ['{"unique_id" : "a", oops', "timelinejs-json"],
    ['[{"start" : "2020", "content" : "x", oops', "vis-json"],
    ['[{"start": "2020", oops', "unknown"],
    ["{ oops", "unknown"],
  ])("reads %j as %s", (text, format) => {
    expect(detectFormat(text)).toBe(format);
  });

  it("tells a GDELT line by its column count, a numeric id and an 8-digit date", () => {
    expect(detectFormat(gdeltLine())).toBe("gdelt");
    expect(detectFormat(gdeltLine({}, 58))).toBe("gdelt");
    expect(detectFormat(gdeltLine({ 0: "x101" }))).toBe("unknown");
    expect(detectFormat(gdeltLine({ 0: "101x" }))).toBe("unknown");
    expect(detectFormat(gdeltLine({ 1: "x20200311" }))).toBe("unknown");
    expect(detectFormat(gdeltLine({ 1: "202003111" }))).toBe("unknown");
    expect(detectFormat(gdeltLine().split("\t").slice(0, 60).join("\t"))).toBe("unknown");
  });

  it("tells ICEWS, POLECAT and ACLED by their headers", () => {
    expect(
      detectFormat(
        "Event ID\tEvent Date\tSource Name\tSource Country\tCAMEO Code\tIntensity\tTarget Country\n",
      ),
    ).toBe("icews");
    // Four columns are enough for POLECAT.
    expect(detectFormat("Event Date\tEvent Type\tActor Country\tRecipient Country\n")).toBe(
      "polecat",
    );
    expect(detectFormat("event_id_cnty,event_date,event_type,actor1,actor2,country,notes\n")).toBe(
      "acled",
    );
  });

  it("wants two header cells and one of date and title for a plain CSV", () => {
    expect(detectFormat("date\n2025-01-01\n")).toBe("unknown");
    expect(detectFormat("foo,bar\n1,2\n")).toBe("unknown");
    expect(detectFormat("foo,title\n1,2\n")).toBe("csv");
  });

  it.each([
    ["notes.txt", "csv"],
    ["notes.export.csv.txt", "csv"],
    ["events.TSV", "gdelt"],
    ["events.tsv.json", "detente-json"],
    ["data.json", "detente-json"],
    ["data.arrows", "detente-arrow"],
    ["data.arrow.txt", "csv"],
    ["json", "unknown"],
  ])("falls back to the file name %s: %s", (name, format) => {
    expect(detectFormat("just some words", name)).toBe(format);
  });

  it("falls back to the file name for JSON too broken to tell", () => {
    expect(detectFormat("{ oops", "x.json")).toBe("detente-json");
    expect(detectFormat("{ oops", "x.txt")).toBe("csv");
  });
});

describe("importText, event data", () => {
  it.each([
    ["icews/events.2018.sample.head.tab", "icews"],
    ["plover/handmade-polecat.tsv", "polecat"],
    ["plover/handmade-plover.ndjson", "plover-json"],
    ["acled/handmade-acled.csv", "acled"],
  ])("hands %s to the %s importer", (path, format) => {
    expect(importText(fixture(path), { goldstein }).report.format).toBe(format);
  });

  it("detects the format when the choice is 'unknown'", () => {
    const result = importText("date,title,score\n2025-01-01,x,1\n", {
      goldstein,
      format: "unknown",
    });
    expect(result.ok).toBe(true);
    expect(result.report.format).toBe("csv");
  });

  it("lists every format it knows when it cannot tell", () => {
    expect(importText("hello world").report.problems[0]?.message).toBe(
      "could not tell what kind of file this is: expected Détente JSON, TimelineJS JSON or " +
        "spreadsheet CSV, vis-timeline JSON, a CSV with a header row, a GDELT event export, an " +
        "ICEWS or POLECAT tab-separated file, PLOVER JSON, or an ACLED CSV export",
    );
  });
});
