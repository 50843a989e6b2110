import type { Dataset } from "../../../src/model/schema.ts";
import { parseIcews } from "../../../src/io/icews/parse.ts";
import { detectFormat, importText } from "../../../src/io/pipeline/detect.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  goldstein,
  skipped,
  totalSkipped,
  warning,
} from "../fixtures.ts";

const sample = fixture("icews/events.2018.sample.head.tab");

describe("ICEWS", () => {
  it("is detected by its header", () => {
    expect(detectFormat(sample, "events.tab")).toBe("icews");
    expect(importText(sample, { goldstein }).report.format).toBe("icews");
  });

  let result: ReturnType<typeof parseIcews>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseIcews(sample, { goldstein, fileName: "events.2018.sample.tab" });
    dataset = expectDataset(result);
  });

  it("takes the largest pair of countries, named, and accounts for every row", () => {
    expect(dataset.parties).toEqual([
      { code: "JPN", name: "Japan" },
      { code: "USA", name: "United States" },
    ]);
    expect(result.report.eventsTaken).toBe(5);
    expect(result.report.eventsTaken + totalSkipped(result.report)).toBe(15);
    expect(skipped(result.report, "not between the two parties (JPN and USA)").count).toBe(10);
    warning(
      result.report,
      /^parties chosen from the file: Japan \(JPN\) and United States \(USA\)/,
    );
  });

  it("uses Intensity as the score, keeps the CAMEO code, and cites the publisher", () => {
    const appeal = dataset.events.find((e) => e.cameo === "020");
    expect(appeal?.score).toBe(3);
    expect(appeal?.initiator).toBe("JPN");
    expect(appeal?.target).toBe("USA");
    expect(appeal?.title).toBe("Aso Taro → United States: Make an appeal or request");
    const publisher = dataset.sources.find((s) => s.title === "Kyodo News");
    expect(publisher).toBeDefined();
    expect(appeal?.citations.map((c) => c.source)).toContain(publisher?.id);
    expect(dataset.events.map((e) => e.score)).toEqual([3, 4, 2.5, 4, 2.5]);
  });

  it("lists the pairs with counts in both directions", () => {
    const pairs = result.ok ? result.pairs : [];
    expect(pairs[0]).toEqual({
      codes: ["JPN", "USA"],
      names: ["Japan", "United States"],
      events: 5,
    });
    expect(pairs.map((p) => p.codes.join("-"))).toEqual(
      expect.arrayContaining(["BGD-VNM", "JPN-VNM", "CHN-USA", "KOR-PRK"]),
    );
  });

  it("imports the chosen pair, names mapped to codes (Russian Federation, North Korea)", () => {
    const chosen = parseIcews(sample, {
      goldstein,
      parties: [
        { code: "CHN", name: "China" },
        { code: "USA", name: "United States" },
      ],
    });
    expect(expectDataset(chosen).events.map((e) => [e.initiator, e.target, e.score])).toEqual([
      ["USA", "CHN", -5],
      ["CHN", "USA", -2],
    ]);
  });

  it("skips bad dates and intensities by line, and reports unknown country names", () => {
    const lines = sample.trimEnd().split("\n");
    const bad = (line: string, column: number, value: string) => {
      const cells = line.split("\t");
      cells[column] = value;
      return cells.join("\t");
    };
    const text = [
      lines[0],
      bad(lines[7] ?? "", 1, "2018-02-30"),
      bad(lines[8] ?? "", 7, "eleven"),
      bad(lines[9] ?? "", 4, "Atlantis"),
      lines[10],
      lines[11],
    ].join("\n");
    const report = parseIcews(text, { goldstein }).report;
    expect(skipped(report, "invalid Event Date").lines).toEqual([2]);
    expect(skipped(report, "invalid Intensity").lines).toEqual([3]);
    warning(report, /"Atlantis"/);
  });

  it("fails clearly without its columns", () => {
    const report = expectFailure(parseIcews("Event ID\tEvent Date\n1\t2018-01-01\n"));
    expect(report.problems[0]?.message).toMatch(
      /^not an ICEWS event file: the header \(line 1\) lacks "sourcecountry"/,
    );
  });
});
