/**
 * Property tests for the event-data importers, as tests/io/properties.test.ts does for the
 * others: mutated fixtures, random text and random well-shaped rows never throw, and a result
 * that claims success validates and accounts for every event it took.
 */
import fc from "fast-check";
import { parseAcled } from "../../../src/io/acled/parse.ts";
import { parseIcews } from "../../../src/io/icews/parse.ts";
import { parsePloverJson, parsePolecat } from "../../../src/io/polecat/parse.ts";
import { importText } from "../../../src/io/pipeline/detect.ts";
import type { ImportResult } from "../../../src/io/pipeline/report.ts";
import { validateDataset } from "../../../src/model/validate.ts";
import { fixture, goldstein } from "../fixtures.ts";

const RUNS = 40;

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
  // A pair between two countries, never a region or an organisation.
  for (const party of result.dataset.parties) expect(party.name).not.toBe(party.code);
}

const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.nat(20),
  insert: fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom(
      "\t",
      ",",
      '"',
      "\n",
      "\r\n",
      "{",
      "}",
      "[",
      "]",
      ":",
      "NA",
      "\ufeff",
      "\ufffd",
    ),
  ),
});

const mutated = (text: string) =>
  fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    let out = text;
    for (const e of edits) {
      const at = Math.floor(e.at * out.length);
      out = out.slice(0, at) + e.insert + out.slice(at + e.remove);
    }
    return out;
  });

const importers: [string, string, (text: string) => ImportResult][] = [
  ["icews", "icews/events.2018.sample.head.tab", (t) => parseIcews(t, { goldstein })],
  ["acled", "acled/handmade-acled.csv", (t) => parseAcled(t, { goldstein })],
  ["polecat", "plover/handmade-polecat.tsv", (t) => parsePolecat(t, { goldstein })],
  ["plover-json", "plover/handmade-plover.ndjson", (t) => parsePloverJson(t, { goldstein })],
  ["importText", "icews/events.2018.sample.head.tab", (t) => importText(t, { goldstein })],
  ["importText", "acled/handmade-acled.csv", (t) => importText(t, { goldstein })],
  ["importText", "plover/handmade-plover.ndjson", (t) => importText(t, { goldstein })],
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

const country = fc.constantFrom(
  "United States",
  "Colombia",
  "Venezuela",
  "USA",
  "COL",
  "AFR",
  "EUR",
  "",
  "NA",
  "Atlantis",
);

describe("well-shaped but random rows", () => {
  it("ICEWS rows with random dates, countries and intensities", () => {
    const row = fc.tuple(
      fc.constantFrom("2018-06-01", "2018-02-30", "", "20180601", "x"),
      country,
      country,
      fc.oneof(fc.double({ min: -20, max: 20 }).map(String), fc.constantFrom("", "NaN", "4,5")),
      fc.constantFrom("040", "0874", "20", "", "999", "abc"),
    );
    const header =
      "Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude";
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const text = [
          header,
          ...rows.map(([date, from, to, intensity, code], i) =>
            [
              i,
              date,
              "A",
              "NA",
              from,
              "Text",
              code,
              intensity,
              "B",
              "NA",
              to,
              1,
              1,
              "Pub",
              "",
              "",
              "",
              "",
              "",
              "",
            ].join("\t"),
          ),
        ].join("\n");
        checkResult(parseIcews(text, { goldstein }));
      }),
      { numRuns: 150 },
    );
  });

  it("ACLED rows with random precisions, types and actors", () => {
    const actor = fc.constantFrom(
      "Military Forces of Colombia (2022-)",
      "Military Forces of the United States (2021-)",
      "Government of Venezuela (2013-)",
      "Protesters (Colombia)",
      "",
      "Forces of",
    );
    const row = fc.tuple(
      fc.constantFrom("2024-03-10", "1 June 2024", "2024-02-30", "", "31 Smarch 2024"),
      fc.constantFrom("1", "2", "3", "", "9"),
      fc.constantFrom("Battles", "Protests", "Strategic developments", "", "Unknown"),
      fc.constantFrom("Armed clash", "Agreement", "Other", "", "Made up"),
      actor,
      actor,
      fc.constantFrom("Colombia", "Venezuela", "", "Atlantis"),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), (rows) => {
        const quote = (c: string) => `"${c}"`;
        const text = [
          "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,country,notes,source,fatalities",
          ...rows.map(([date, precision, type, sub, a1, a2, where], i) =>
            [`X${i}`, date, precision, type, sub, a1, a2, where, "n", "s", "0"]
              .map(quote)
              .join(","),
          ),
        ].join("\n");
        checkResult(parseAcled(text, { goldstein }));
      }),
      { numRuns: 150 },
    );
  });

  it("PLOVER records with random fields", () => {
    const record = fc.record(
      {
        id: fc.oneof(fc.string({ maxLength: 6 }), fc.integer()),
        date: fc.constantFrom("2024-01-05", "2024-13-01", "", 20240105),
        event: fc.constantFrom("CONSULT", "assault", "NOPE", "", 7),
        mode: fc.oneof(
          fc.constantFrom("visit", "firearms", ""),
          fc.array(fc.constantFrom("phone", "x")),
        ),
        source: fc.oneof(
          fc.record({ name: fc.string({ maxLength: 5 }), country: country }),
          fc.string({ maxLength: 5 }),
        ),
        target_country: country,
        url: fc.constantFrom("https://example.org/x", "javascript:alert(1)", ""),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 10 }), fc.boolean(), (records, ndjson) => {
        const text = ndjson
          ? records.map((r) => JSON.stringify(r)).join("\n")
          : JSON.stringify(records);
        checkResult(parsePloverJson(text, { goldstein }));
      }),
      { numRuns: 150 },
    );
  });
});
