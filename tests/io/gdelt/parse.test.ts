import type { Dataset } from "../../../src/model/schema.ts";
import { parseCameoDescriptions } from "../../../src/io/gdelt/cameoDescriptions.ts";
import { parseGdelt } from "../../../src/io/gdelt/parse.ts";
import type { GdeltImportResult } from "../../../src/io/gdelt/parse.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  goldstein,
  skipped,
  totalSkipped,
  warning,
} from "../fixtures.ts";

const sample = fixture("gdelt/gdelt2-events-sample.tsv");
const lines = sample.trimEnd().split("\n");
const cells = (line: number): string[] => (lines[line - 1] ?? "").split("\t");
const FAR = "event date more than a year before the date the row was added";
const impulses = (result: GdeltImportResult) => (result.ok ? result.dailyImpulses : []);
/**
 * The detailed tests below read the sample's EUR–LBR rows (EUR is CAMEO's region code for
 * Europe). Explicit parties are the calling program's choice and are taken as given; only the
 * file's default pair, and the reader's choice in the app, are limited to countries.
 */
const EUR_LBR = {
  parties: [
    { code: "EUR", name: "EUR" },
    { code: "LBR", name: "LBR" },
  ],
} as const;

/** A GDELT 1.0 daily row (58 columns) made from a 2.0 row: no ADM2 codes, date-only DATEADDED. */
function toV1(row: readonly string[], backfile = false): string {
  const geo = (at: number) => [0, 1, 2, 3, 5, 6, 7].map((i) => row[at + i] ?? "");
  const v1 = [
    ...row.slice(0, 35),
    ...geo(35),
    ...geo(43),
    ...geo(51),
    (row[59] ?? "").slice(0, 8),
    ...(backfile ? [] : [row[60] ?? ""]),
  ];
  return v1.join("\t");
}

describe("GDELT 2.0: the 100-row sample", () => {
  let result: ReturnType<typeof parseGdelt>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseGdelt(sample, { goldstein, fileName: "events.tsv", ...EUR_LBR });
    dataset = expectDataset(result);
  });

  it("accounts for all 100 rows", () => {
    expect(result.report.eventsTaken + totalSkipped(result.report)).toBe(100);
  });

  it("skips the 29 rows whose event date is a year (365 days) before DATEADDED", () => {
    const far = skipped(result.report, FAR);
    expect(far.count).toBe(29);
    expect(far.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("takes the caller's parties: the rows between EUR and LBR", () => {
    expect(dataset.parties.map((p) => p.code)).toEqual(["EUR", "LBR"]);
    expect(result.report.warnings.some((w) => w.startsWith("parties chosen"))).toBe(false);
    expect(skipped(result.report, "not between the two parties (EUR and LBR)").count).toBe(65);
  });

  it("by default picks two countries, named, never a region (EUR is Europe)", () => {
    const chosen = parseGdelt(sample, { goldstein });
    expect(expectDataset(chosen).parties).toEqual([
      { code: "BLR", name: "Belarus" },
      { code: "ZWE", name: "Zimbabwe" },
    ]);
    warning(
      chosen.report,
      /^parties chosen from the file: Belarus \(BLR\) and Zimbabwe \(ZWE\).*\(3 rows\); choose another pair/,
    );
    expect(chosen.ok && chosen.dataset.title).toBe("GDELT events between Belarus and Zimbabwe");
  });

  it("lists the file's country pairs with their event counts, both directions together", () => {
    const chosen = parseGdelt(sample, { goldstein });
    expect(chosen.pairs?.map((p) => [p.codes.join("-"), p.events])).toEqual([
      ["BLR-ZWE", 3],
      ["CAN-GBR", 3],
      ["GBR-ZWE", 2],
      ["SEN-VNM", 1],
    ]);
    expect(chosen.pairs?.[1]?.names).toEqual(["Canada", "United Kingdom"]);
    // No pair holds a region or organisation code.
    expect(
      chosen.pairs?.flatMap((p) => p.codes).some((c) => ["EUR", "AFR", "WST"].includes(c)),
    ).toBe(false);
  });

  it("de-duplicates same date, actors, code and URL: 6 rows → 2 events", () => {
    const dups = skipped(
      result.report,
      "duplicate of an earlier row (same date, actors, CAMEO code and source URL)",
    );
    expect(dups.count).toBe(4);
    expect(dups.lines).toEqual([58, 59, 60, 67]);
    expect(result.report.eventsTaken).toBe(2);
  });

  it("keeps CAMEO codes as strings with their leading zero, GDELT's score, actors and URL", () => {
    expect(
      dataset.events.map((e) => [e.id, e.date, e.initiator, e.target, e.cameo, e.score]),
    ).toEqual([
      ["gdelt-913095778", "2020-03-11", "LBR", "EUR", "042", 1.9],
      ["gdelt-913095769", "2020-03-11", "EUR", "LBR", "043", 2.8],
    ]);
    expect(dataset.actors.map((a) => [a.name, a.party])).toEqual([
      ["Monrovia", "LBR"],
      ["Europe", "EUR"],
    ]);
    expect(dataset.sources[1]?.url).toBe("https://allafrica.com/stories/202003180327.html");
    expect(dataset.events[0]?.citations[0]?.note).toBe(
      "GDELT 2.0 event 913095778; 6 mentions, 1 source, 6 articles",
    );
    expect(dataset.topics).toEqual([{ id: "verbal-cooperation", label: "Verbal cooperation" }]);
  });

  it("gives the daily tension input, weighted by NumSources", () => {
    // Two de-duplicated rows that day, one source each: the mean of 2.8 and 1.9.
    const [day, ...others] = impulses(result);
    expect(others).toEqual([]);
    expect(day).toMatchObject({ day: "2020-03-11", weight: 2 });
    expect(day?.meanGoldstein).toBeCloseTo(2.35, 12);
  });
});

describe("GDELT: options and variations", () => {
  it("can keep far rows, flagged in a warning with their lines", () => {
    const result = parseGdelt(sample, {
      goldstein,
      farRows: "keep",
      parties: [
        { code: "AUS", name: "Australia" },
        { code: "NZL", name: "New Zealand" },
      ],
    });
    const dataset = expectDataset(result);
    expect(warning(result.report, /^29 rows have their event date more than a year/)).toMatch(
      /\(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …\)$/,
    );
    // Four AUS→NZL rows from 2014-02-18 quote one URL; the actor codes (AUS, NZL) are the same
    // whatever the spelling of the names, so they are one event.
    expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
      ["2014-02-18", "Australian → New Zealand: Verbal cooperation (CAMEO 042)"],
    ]);
    expect(skipped(result.report, /^duplicate/).lines).toEqual([8, 9, 10]);
  });

  it("counts 31 rows as far with a 30-day limit", () => {
    const result = parseGdelt(sample, { goldstein, farDays: 30 });
    expect(
      skipped(result.report, "event date 30 or more days before the date the row was added").count,
    ).toBe(31);
  });

  it("shows only the top K per day and counts the rest, still feeding the daily impulses", () => {
    const result = parseGdelt(sample, { goldstein, topPerDay: 1, ...EUR_LBR });
    expect(expectDataset(result).events.map((e) => e.id)).toEqual(["gdelt-913095778"]);
    expect(
      skipped(
        result.report,
        "not among the 1 most-reported events of its day (still counted in dailyImpulses)",
      ).lines,
    ).toEqual([57]);
    expect(impulses(result)[0]?.weight).toBe(2);
  });

  it("titles events with CAMEO descriptions when given", () => {
    const descriptions = parseCameoDescriptions(fixture("gdelt/CAMEO.eventcodes.txt"));
    const dataset = expectDataset(
      parseGdelt(sample, { goldstein, eventDescriptions: descriptions, ...EUR_LBR }),
    );
    expect(dataset.events[0]?.title).toBe(
      `Monrovia → Europe: ${descriptions.get("042") ?? ""} (CAMEO 042)`,
    );
  });

  it("reads GDELT 1.0 rows (58 columns) and the 1.0 backfile (57, no URL)", () => {
    const v1 = [57, 58, 66].map((n) => toV1(cells(n))).join("\n");
    const daily = parseGdelt(v1, { goldstein, ...EUR_LBR });
    expect(expectDataset(daily).events.map((e) => e.cameo)).toEqual(["042", "043"]);
    expect(daily.report.eventsTaken).toBe(2);
    const backfile = [57, 66].map((n) => toV1(cells(n), true)).join("\n");
    const old = expectDataset(parseGdelt(backfile, { goldstein, ...EUR_LBR }));
    expect(old.sources).toHaveLength(1); // only the imported file: no URL column
    expect(old.events[0]?.citations[0]?.note).toMatch(/^GDELT 1\.0 backfile event/);
  });

  it("checks CAMEO codes against the table only when one is given", () => {
    const row = cells(57);
    row[26] = "0999";
    const text = [row.join("\t"), lines[65] ?? ""].join("\n");
    const checked = parseGdelt(text, { goldstein, ...EUR_LBR });
    expect(skipped(checked.report, "CAMEO code not in the CAMEO table").lines).toEqual([1]);
    const unchecked = parseGdelt(text, EUR_LBR);
    expect(unchecked.ok && unchecked.dataset.events.map((e) => e.cameo)).toEqual(["042", "0999"]);
    warning(unchecked.report, /^CAMEO codes were kept without checking them/);
  });
});

describe("GDELT: bad input", () => {
  it("skips rows with the wrong number of columns, bad dates and NaN scores, by line", () => {
    const bad = [...lines.slice(56, 60)];
    const nanScore = cells(66);
    nanScore[30] = "NaN";
    const badDate = cells(67);
    badDate[1] = "20251340";
    const text = [
      ...bad,
      nanScore.join("\t"),
      badDate.join("\t"),
      (lines[65] ?? "").split("\t").slice(0, 40).join("\t"),
      (lines[65] ?? "").replaceAll("\t", ","),
    ].join("\r\n");
    const result = parseGdelt(`\ufeff${text}\r\n`, { goldstein, ...EUR_LBR });
    expect(expectDataset(result).events).toHaveLength(1);
    expect(skipped(result.report, "invalid GoldsteinScale").lines).toEqual([5]);
    expect(skipped(result.report, "invalid event date (SQLDATE)").lines).toEqual([6]);
    expect(skipped(result.report, /^not a GDELT row/).lines).toEqual([7, 8]);
    expect(result.report.problems.map((p) => [p.line, p.message])).toContainEqual([
      7,
      "not a GDELT row: expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns: 40 columns",
    ]);
  });

  it("fails clearly when no row has two country codes", () => {
    const report = expectFailure(parseGdelt(lines.slice(25, 30).join("\n"), { goldstein }));
    expect(report.problems.at(-1)?.message).toMatch(
      /^no rows with two country codes: .*region and organisation codes such as AFR or UNO are not countries/,
    );
  });

  it("fails clearly on text that is not GDELT at all", () => {
    const report = expectFailure(parseGdelt("date,title\n2025-01-01,x\n"));
    expect(skipped(report, /^not a GDELT row/).lines).toEqual([1, 2]);
  });
});
