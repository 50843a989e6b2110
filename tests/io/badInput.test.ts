/**
 * Hostile and damaged files, fed to every importer: each must return a report that says what
 * went wrong (reasons, lines), never throw, and never claim success with an invalid dataset.
 */
import { importText } from "../../src/io/pipeline/detect.ts";
import { parseCsv } from "../../src/io/csv/parse.ts";
import { parseGdelt } from "../../src/io/gdelt/parse.ts";
import { parseTimelineJs } from "../../src/io/timelinejs/parse.ts";
import { parseTimelineJsCsv } from "../../src/io/timelinejs/csv.ts";
import { parseVisTimeline } from "../../src/io/vis/parse.ts";
import type { ImportResult } from "../../src/io/pipeline/report.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  fixtureBytes,
  goldstein,
  skipped,
  warning,
} from "./fixtures.ts";

const options = { goldstein };
const parsers: [string, (text: string) => ImportResult][] = [
  ["timelinejs-json", (t) => parseTimelineJs(t, options)],
  ["timelinejs-csv", (t) => parseTimelineJsCsv(t, options)],
  ["vis-json", (t) => parseVisTimeline(t, options)],
  ["csv", (t) => parseCsv(t, options)],
  ["gdelt", (t) => parseGdelt(t, options)],
  ["importText", (t) => importText(t, options)],
];

const MB = 1_000_000;

describe.each(parsers)("%s on garbage", (_name, parse) => {
  it.each([
    ["an empty file", ""],
    ["whitespace", " \n\t\r\n"],
    ["a BOM alone", "\ufeff"],
    ["binary noise", "\u0000\u0001\u00ff\ufffd\ud800"],
    ["JSON nested 10,000 levels", "[".repeat(10_000) + "]".repeat(10_000)],
    ["an object nested 10,000 levels", '{"a":'.repeat(10_000) + "1" + "}".repeat(10_000)],
    ["a 1 MB single line", "x".repeat(MB)],
    ["a 1 MB line of unclosed tags", "<a ".repeat(MB / 3)],
  ])("%s gives a failed report, no exception", (_what, text) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(result.report.eventsTaken).toBe(0);
    expect(result.report.problems.length + result.report.skipped.length).toBeGreaterThan(0);
  });
});

describe("1 MB lines inside real files", () => {
  const huge = "word ".repeat(MB / 5);

  it("TimelineJS JSON: a 1 MB headline is shortened, its text kept", () => {
    const doc = JSON.parse(fixture("timelinejs/eras.json")) as {
      events: Record<string, unknown>[];
    };
    doc.events[0] = { ...doc.events[0], text: { headline: huge, text: huge } };
    const result = parseTimelineJs(JSON.stringify(doc), options);
    const event = expectDataset(result).events[0];
    expect(event?.title.length).toBeLessThanOrEqual(200);
    expect(event?.summary.length).toBeGreaterThan(MB / 2);
    warning(result.report, /^1 title was longer than 200 characters: shortened/);
  });

  it("CSV: a 1 MB cell on one line", () => {
    const result = parseCsv(
      `date,title,summary\n2025-01-01,Long,"${huge}"\n2025-01-02,Short,x\n`,
      options,
    );
    expect(expectDataset(result).events).toHaveLength(2);
  });

  it("GDELT: a 1 MB line is not a row, and is counted", () => {
    const lines = fixture("gdelt/gdelt2-events-sample.tsv").split("\n");
    lines.splice(56, 0, huge);
    const result = parseGdelt(lines.join("\n"), options);
    expect(expectDataset(result).events).toHaveLength(3);
    expect(skipped(result.report, /^not a GDELT row/).lines).toEqual([57]);
  });
});

describe("encodings", () => {
  /** The fixture as a Latin-1 file would arrive: its accents decoded as UTF-8 become U+FFFD. */
  const latin1 = new TextDecoder("utf-8").decode(
    Buffer.from(fixtureBytes("timelinejs/my-own-timeline.csv").toString("utf8"), "latin1"),
  );
  /** The reverse accident: UTF-8 bytes read as Latin-1 (mojibake, "RÃ³zsa"). */
  const mojibake = fixtureBytes("timelinejs/my-own-timeline.csv").toString("latin1");

  it("imports Latin-1 text with U+FFFD and warns that the file is not UTF-8", () => {
    const result = parseTimelineJsCsv(latin1, options);
    expect(expectDataset(result).events.map((e) => e.title)).toContain(
      "R\ufffdzsa P\ufffdter writes recursion",
    );
    warning(result.report, /undecodable characters.*not UTF-8/);
  });

  it("keeps mojibake as text (it is valid text; only a person can tell)", () => {
    const result = parseTimelineJsCsv(mojibake, options);
    expect(expectDataset(result).events.map((e) => e.title)).toContain(
      "RÃ³zsa PÃ©ter writes recursion",
    );
  });

  it("reads CRLF and a BOM in JSON and GDELT", () => {
    const json = `\ufeff${fixture("vis-timeline/basic.json").replace(/\n/g, "\r\n")}`;
    expect(expectDataset(parseVisTimeline(json, options)).events).toHaveLength(6);
    const tsv = `\ufeff${fixture("gdelt/gdelt2-events-sample.tsv").replace(/\n/g, "\r\n")}`;
    const result = parseGdelt(tsv, options);
    expect(expectDataset(result).events).toHaveLength(3);
    expect(
      skipped(result.report, "event date more than a year before the date the row was added").count,
    ).toBe(29);
  });
});

describe("wrong delimiters and missing columns", () => {
  it("CSV: a header the importer cannot map fails with the columns it found", () => {
    const report = expectFailure(parseCsv("quand|quoi\n2025|x\n", options));
    expect(report.problems[0]?.message).toBe(
      "no column for date and title: expected a header naming date and title (found: quand, quoi); map the columns to import",
    );
    expect(report.problems[0]?.line).toBe(1);
  });

  it("CSV: a header without a title column names the missing field", () => {
    expect(expectFailure(parseCsv("date,score\n2025,1\n", options)).problems[0]?.message).toMatch(
      /^no column for title/,
    );
  });

  it("CSV: rows shorter than the header still import and are flagged", () => {
    const result = parseCsv("date,title,score\n2025-01-01,One\n2025-01-02,Two,1\n", options);
    expect(expectDataset(result).events).toHaveLength(2);
    warning(result.report, /^1 row has a different number of cells than the header \(line 2\)$/);
  });

  it("GDELT: a comma-separated export is not a GDELT export", () => {
    const commas = fixture("gdelt/gdelt2-events-sample.tsv").replace(/\t/g, ",");
    const report = expectFailure(parseGdelt(commas, options));
    expect(skipped(report, /^not a GDELT row/).count).toBe(100);
  });

  it("GDELT: a file truncated mid-row counts the partial row", () => {
    const text = fixture("gdelt/gdelt2-events-sample.tsv");
    const cut = text.slice(0, text.indexOf("913095779") + 40);
    // The cut falls before the file's default pair (lines 88, 94…): the EUR–LBR rows are read.
    const parties = [
      { code: "EUR", name: "EUR" },
      { code: "LBR", name: "LBR" },
    ] as const;
    const result = parseGdelt(cut, { ...options, parties });
    expect(expectDataset(result).events).toHaveLength(2);
    expect(skipped(result.report, /^not a GDELT row/).lines).toEqual([67]);
  });

  it("TimelineJS JSON truncated anywhere gives a located JSON error", () => {
    const text = fixture("timelinejs/all-media-types.json");
    for (const cut of [1, 100, 5000, text.length - 2]) {
      const report = expectFailure(parseTimelineJs(text.slice(0, cut), options));
      expect(report.problems[0]?.message).toMatch(/^malformed JSON/);
      expect(report.problems[0]?.line).toBeGreaterThanOrEqual(1);
    }
  });
});
