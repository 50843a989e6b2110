/**
 * Property tests: random text, mutated fixtures (characters deleted, inserted, replaced) and
 * random well-shaped records go through every importer. None may throw, and any result that
 * claims success must validate and account for what it took.
 */
import fc from "fast-check";
import { importText } from "../../src/io/pipeline/detect.ts";
import { parseCsv } from "../../src/io/csv/parse.ts";
import { parseGdelt } from "../../src/io/gdelt/parse.ts";
import { parseTimelineJs } from "../../src/io/timelinejs/parse.ts";
import { parseTimelineJsCsv } from "../../src/io/timelinejs/csv.ts";
import { parseVisTimeline } from "../../src/io/vis/parse.ts";
import type { ImportResult } from "../../src/io/pipeline/report.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { fixture, goldstein } from "./fixtures.ts";

const RUNS = 40;

/** The properties every import result has, whatever the input. */
function checkResult(result: ImportResult): void {
  const { report } = result;
  for (const group of report.skipped) {
    expect(group.count).toBeGreaterThan(0);
    expect(group.lines.length).toBeLessThanOrEqual(group.count);
  }
  if (!result.ok) {
    expect(report.eventsTaken).toBe(0);
    expect(report.problems.length).toBeGreaterThan(0);
    return;
  }
  expect(report.eventsTaken).toBe(result.dataset.events.length);
  const validated = validateDataset(result.dataset, goldstein);
  if (!validated.ok) throw new Error(JSON.stringify(validated.error.slice(0, 3)));
}

type Edit = { at: number; remove: number; insert: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(20),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      "\t",
      ",",
      ";",
      '"',
      "\n",
      "\r\n",
      "{",
      "}",
      "[",
      "]",
      ":",
      "-",
      "<",
      "\ufeff",
      "\ufffd",
    ),
  ),
});

function mutate(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.floor(e.at * out.length);
    out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
  }
  return out;
}

const mutated = (text: string) =>
  fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => mutate(text, edits));

const importers: [string, string, (text: string) => ImportResult][] = [
  ["timelinejs-json", "timelinejs/eras.json", (t) => parseTimelineJs(t, { goldstein })],
  ["timelinejs-json", "timelinejs/all-media-types.json", (t) => parseTimelineJs(t, { goldstein })],
  ["timelinejs-csv", "timelinejs/my-own-timeline.csv", (t) => parseTimelineJsCsv(t, { goldstein })],
  ["vis-json", "vis-timeline/basic.json", (t) => parseVisTimeline(t, { goldstein })],
  [
    "csv",
    "timelinejs/my-own-timeline.csv",
    (t) =>
      parseCsv(t, { goldstein, mapping: { date: 0, title: 9, summary: 10, topics: 16, url: 11 } }),
  ],
  ["gdelt", "gdelt/gdelt2-events-sample.tsv", (t) => parseGdelt(t, { goldstein })],
  ["importText", "timelinejs/eras.json", (t) => importText(t, { goldstein })],
  ["importText", "gdelt/gdelt2-events-sample.tsv", (t) => importText(t)],
];

describe.each(importers)("%s with %s", (_name, path, parse) => {
  const text = fixture(path);

  it("never throws on mutated fixtures, and successes validate", () => {
    fc.assert(
      fc.property(mutated(text), (input) => checkResult(parse(input))),
      { numRuns: RUNS },
    );
  });

  it("never throws on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (input) =>
        checkResult(parse(input)),
      ),
      { numRuns: RUNS },
    );
  });
});

/** A date part as files write them: numbers, numeric strings, blanks and junk. */
const part = fc.oneof(
  fc.integer({ min: -3000, max: 12_000 }),
  fc.integer({ min: -5, max: 40 }).map(String),
  fc.constantFrom("", "08", " 7 ", "x", "1e3", null),
);

const htmlish = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom("<b>x</b>", "<script>alert(1)</script>", "&amp;", "", "   ", "<p>"),
);

describe("well-shaped but random records", () => {
  it("TimelineJS events with random dates, groups, ids and media", () => {
    const event = fc.record(
      {
        start_date: fc.record(
          { year: part, month: part, day: part, hour: part },
          { requiredKeys: [] },
        ),
        end_date: fc.record({ year: part, month: part, day: part }, { requiredKeys: [] }),
        text: fc.record({ headline: htmlish, text: htmlish }, { requiredKeys: [] }),
        group: htmlish,
        unique_id: fc.oneof(htmlish, fc.integer()),
        media: fc.record({
          url: fc.oneof(fc.webUrl(), fc.constantFrom("javascript:alert(1)", "", "<iframe>")),
        }),
      },
      { requiredKeys: ["start_date"] },
    );
    const doc = fc.record({
      title: fc.record({ text: fc.record({ headline: htmlish, text: htmlish }) }),
      events: fc.array(event, { maxLength: 12 }),
      eras: fc.array(
        fc.record({
          start_date: fc.record({ year: part }),
          end_date: fc.record({ year: part }),
          text: fc.record({ headline: htmlish }),
        }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(doc, (value) =>
        checkResult(parseTimelineJs(JSON.stringify(value), { goldstein })),
      ),
      { numRuns: 150 },
    );
  });

  it("vis items with random starts, ends, types and groups", () => {
    const when = fc.oneof(
      fc.integer({ min: -1e14, max: 1e14 }),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.constantFrom("2014-04-20", "2014", "2014-4", "2014-02-30", "", "soon"),
    );
    const item = fc.record(
      {
        id: fc.oneof(fc.integer(), htmlish),
        content: htmlish,
        start: when,
        end: when,
        type: fc.constantFrom("box", "point", "range", "background"),
        group: fc.oneof(fc.integer({ min: 0, max: 3 }), htmlish),
      },
      { requiredKeys: ["start"] },
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) =>
        checkResult(parseVisTimeline(JSON.stringify(items), { goldstein })),
      ),
      { numRuns: 150 },
    );
  });

  it("CSV rows with random cells under the canonical header", () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "2025-01-26",
        "2025-13-40",
        "USA",
        "COL",
        "VEN",
        "043",
        "NaN",
        "-4",
        "2,5",
        "javascript:x",
        "https://a.org/x",
      ),
    );
    const row = fc.array(cell, { minLength: 0, maxLength: 14 });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 10 }),
        fc.constantFrom(",", ";", "\t"),
        (rows, delimiter) => {
          const quote = (c: string) => `"${c.replaceAll('"', '""')}"`;
          const text = [
            "date,end,title,summary,topics,actors,initiator,target,cameo,score,source,quote,url",
            ...rows.map((r) => r.map(quote).join(",")),
          ]
            .join("\n")
            .replaceAll(",", delimiter);
          checkResult(parseCsv(text, { goldstein }));
        },
      ),
      { numRuns: 150 },
    );
  });
});
