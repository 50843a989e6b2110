import type { Dataset } from "../../../src/model/schema.ts";
import Papa from "papaparse";
import { isTimelineJsHeader, parseTimelineJsCsv } from "../../../src/io/timelinejs/csv.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  goldstein,
  skipped,
  totalSkipped,
  warning,
} from "../fixtures.ts";

const original = fixture("timelinejs/my-own-timeline.csv");
const parse = (text: string) => parseTimelineJsCsv(text, { goldstein, fileName: "sheet.csv" });

/** The fixture's rows, for variations rebuilt with papaparse. */
const rows = (): string[][] => Papa.parse<string[]>(original.trim()).data;
const unparse = (data: string[][], delimiter = ",", newline = "\n") =>
  Papa.unparse(data, { delimiter, newline });

describe("TimelineJS CSV: my-own-timeline.csv", () => {
  let result: ReturnType<typeof parse>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parse(original);
    dataset = expectDataset(result);
  });

  it("takes the 10 slides as events and the title row as the dataset title", () => {
    expect(result.report.eventsTaken).toBe(10);
    expect(totalSkipped(result.report)).toBe(0);
    expect(dataset.title).toBe("MY OWN CSV");
    expect(dataset.description).toMatch(/^In this sample timeline, we'll walk you through/);
  });

  it("keeps each date's precision and end dates", () => {
    expect(dataset.events.map((e) => [e.date, e.end])).toEqual([
      ["1815-12-10", "1852-11-27"],
      ["1948-03-14", undefined],
      ["1943-07", "1946"],
      ["1943-06-05", undefined],
      ["1951", undefined],
      ["1952", undefined],
      ["1956", "1962"],
      ["1958", undefined],
      ["1972", undefined],
      ["1985", undefined],
    ]);
  });

  it("keeps accented and quoted headlines as plain text", () => {
    expect(dataset.events.map((e) => e.title)).toContain("Rózsa Péter writes recursion");
    expect(dataset.events.map((e) => e.title)).toContain('"The Mother of the Internet"');
    expect(dataset.events[0]?.summary).toMatch(/^Women have been programming since before/);
    expect(dataset.events[0]?.summary).not.toMatch(/</);
  });

  it("keeps media with caption and credit; drops the blockquote given as media (line 4)", () => {
    const ada = dataset.events[0];
    expect(ada?.media).toMatchObject({
      url: expect.stringMatching(/^https:\/\/upload\.wikimedia\.org\/.+\.jpg$/i),
      caption: "Portrait by Alfred Edward Chalon",
      credit: "Wikimedia Commons",
    });
    expect(ada?.citations).toHaveLength(1);
    expect(warning(result.report, /^1 link is not an http\(s\) URL/)).toMatch(/\(line 4\)$/);
  });
});

describe("TimelineJS CSV: variations", () => {
  it("reads ; and tab delimiters, CRLF line ends and a BOM the same way", () => {
    const expected = expectDataset(parse(original)).events.map((e) => [e.title, e.date]);
    for (const [delimiter, newline] of [
      [";", "\r\n"],
      ["\t", "\n"],
    ] as const) {
      const text = `\ufeff${unparse(rows(), delimiter, newline)}`;
      const dataset = expectDataset(parse(text));
      expect(dataset.events.map((e) => [e.title, e.date])).toEqual(expected);
    }
  });

  it("turns era rows into eras and counts a second title row", () => {
    const data = rows();
    data.push([
      "1940",
      "",
      "",
      "",
      "1950",
      "",
      "",
      "",
      "",
      "The forties",
      "",
      "",
      "",
      "",
      "",
      "era",
      "",
      "",
    ]);
    data.push([
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
      "Another title",
      "",
      "",
      "",
      "",
      "",
      "Title",
      "",
      "",
    ]);
    const text = unparse(data);
    const result = parse(text);
    const dataset = expectDataset(result);
    expect(dataset.eras).toEqual([
      { id: "the-forties", label: "The forties", start: "1940", end: "1950" },
    ]);
    // Quoted cells span lines in this sheet: the line is where the row starts, not its index.
    const line = text.split("\n").findIndex((l) => l.includes("Another title")) + 1;
    expect(line).toBeGreaterThan(data.length);
    expect(skipped(result.report, "a second title row (only the first is used)").lines).toEqual([
      line,
    ]);
  });

  it("reports quoted newlines with the line the row starts on", () => {
    const data = rows();
    data.push([
      "2025",
      "13",
      "40",
      "",
      "",
      "",
      "",
      "",
      "",
      "Bad\ndate",
      "multi\nline",
      "",
      "",
      "",
      "",
      "",
      "",
      "",
    ]);
    const text = unparse(data);
    const result = parse(text);
    const line = text.split("\n").findIndex((l) => l.startsWith("2025,13,40")) + 1;
    expect(skipped(result.report, "invalid date").lines).toEqual([line]);
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({ line, message: "2025-13-40: month 13 is not between 01 and 12" }),
    );
  });

  it("warns about times of day and rows with a different number of cells", () => {
    const data = rows();
    data.push(["2001", "9", "11", "08:46", "", "", "", "", "", "Timed", ""]);
    const result = parse(unparse(data));
    expectDataset(result);
    warning(result.report, /^1 date has a time of day/);
    warning(result.report, /^1 row has a different number of cells than the header \(line \d+\)$/);
  });

  it("fails with the missing columns named when the header is not a TimelineJS sheet", () => {
    const report = expectFailure(parse("Date,Title\n2025-01-01,Hello\n"));
    expect(report.problems[0]).toMatchObject({ line: 1 });
    expect(report.problems[0]?.message).toMatch(/missing columns Year, Headline/);
  });

  it("fails on an empty file and on a file truncated inside a quoted cell", () => {
    expect(expectFailure(parse("")).problems[0]?.message).toMatch(/not a TimelineJS sheet/);
    const cut = original.slice(0, original.indexOf("Daughter of Lord Byron"));
    const report = expectFailure(parse(cut));
    expect(skipped(report, /^malformed CSV row \(quoted field unterminated\)/).lines).toEqual([3]);
    expect(report.problems).toContainEqual(
      expect.objectContaining({ line: 3, message: "CSV: Quoted field unterminated" }),
    );
  });

  it("names one missing column in the singular, exactly, with every column expected", () => {
    const report = expectFailure(parse("Year,Text\n2025,Hello\n"));
    expect(report.problems).toEqual([
      {
        path: "line 1",
        line: 1,
        message:
          "not a TimelineJS sheet: missing column Headline (expected Year, Month, Day, Time, " +
          "End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, " +
          "Media Credit, Media Caption, Media Thumbnail, Type, Group, Background)",
      },
    ]);
    expect(report.format).toBe("timelinejs-csv");
  });
});

describe("isTimelineJsHeader", () => {
  it("needs Year, Headline and Text, in any case or accent", () => {
    expect(isTimelineJsHeader(["Year", "Headline", "Text"])).toBe(true);
    expect(isTimelineJsHeader([" YEAR ", "headline", "Téxt", "Media"])).toBe(true);
    expect(isTimelineJsHeader(["Year", "Headline"])).toBe(false);
    expect(isTimelineJsHeader(["Year", "Text"])).toBe(false);
    expect(isTimelineJsHeader(["Headline", "Text"])).toBe(false);
    expect(isTimelineJsHeader([])).toBe(false);
  });
});

describe("TimelineJS CSV: what each column is read as", () => {
  it("reads an era's end, a slide's text and media, skips empty rows, keeps the first of a repeated column", () => {
    const header = [...(rows()[0] ?? [])];
    const at = (name: string) => header.indexOf(name);
    const row = (values: Record<string, string>) => header.map((name) => values[name] ?? "");
    const text = unparse([
      [...header, "Headline"],
      [
        ...row({
          Year: "2025",
          Month: "3",
          Headline: "Talks",
          Text: "<p>Said</p>",
          Media: "https://a.example/p.jpg",
          "Media Caption": "Cap",
          "Media Credit": "Cred",
          Group: "G",
        }),
        "Second headline",
      ],
      header.map(() => " "),
      row({
        Year: "2024",
        "End Year": "2025",
        "End Month": "2",
        "End Day": "3",
        Headline: "An era",
        Type: "era",
      }),
    ]);
    expect(at("Headline")).toBeGreaterThan(-1);
    const result = parse(text);
    const dataset = expectDataset(result);
    expect(dataset.events).toHaveLength(1);
    expect(dataset.events[0]).toMatchObject({
      title: "Talks",
      summary: "Said",
      date: "2025-03",
      media: { url: "https://a.example/p.jpg", caption: "Cap", credit: "Cred" },
    });
    expect(dataset.eras?.map((e) => [e.label, e.start, e.end])).toEqual([
      ["An era", "2024", "2025-02-03"],
    ]);
    expect(skipped(result.report, "empty row").lines).toEqual([3]);
  });
});
