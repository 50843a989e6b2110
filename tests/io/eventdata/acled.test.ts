import type { Dataset } from "../../../src/model/schema.ts";
import { parseAcled } from "../../../src/io/acled/parse.ts";
import { detectFormat } from "../../../src/io/pipeline/detect.ts";
import { expectDataset, fixture, goldstein, skipped, totalSkipped } from "../fixtures.ts";

const sample = fixture("acled/handmade-acled.csv");

describe("ACLED", () => {
  it("is detected by its header", () => {
    expect(detectFormat(sample, "acled.csv")).toBe("acled");
  });

  let result: ReturnType<typeof parseAcled>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseAcled(sample, { goldstein, fileName: "acled.csv" });
    dataset = expectDataset(result);
  });
  const byId = (id: string) => dataset.events.find((e) => e.id.endsWith(id.toLowerCase()));

  it("finds the countries of state forces, and skips domestic rows and bad dates by line", () => {
    expect(dataset.parties.map((p) => p.code)).toEqual(["COL", "VEN"]);
    expect(result.report.eventsTaken).toBe(4);
    expect(result.report.eventsTaken + totalSkipped(result.report)).toBe(7);
    expect(skipped(result.report, "invalid event_date").lines).toEqual([7]);
    expect(skipped(result.report, "not between the two parties (COL and VEN)").lines).toEqual([
      6, 8,
    ]);
  });

  it("maps time_precision to date precision: day, week (month or year), month", () => {
    expect(byId("tst1")?.date).toBe("2024-03-04");
    expect(byId("tst2")).toMatchObject({ date: "2024-03", approximate: true });
    expect(byId("tst3")).toMatchObject({ date: "2024", approximate: true });
    expect(byId("tst4")?.date).toBe("2024-04");
    expect(byId("tst4")?.approximate).toBeUndefined();
  });

  it("scores through the mapping table, says it is derived, and reports the types used", () => {
    // The root's Goldstein score is written out, so the details show the derived note.
    expect(byId("tst1")).toMatchObject({ cameo: "19", score: -10 });
    expect(byId("tst1")?.scoreNote).toMatch(
      /^Derived: ACLED type "Battles: Armed clash" mapped to CAMEO root 19/,
    );
    expect(byId("tst3")).toMatchObject({ cameo: "05" });
    expect(result.acledTypes?.find((t) => t.subEventType === "Armed clash")).toMatchObject({
      root: "19",
      // TST1 and TST5 (TST6's date is impossible: skipped before it is scored).
      events: 2,
    });
  });

  it("takes the reader's edits to the mapping", () => {
    const edited = expectDataset(
      parseAcled(sample, { goldstein, acledMapping: { "Armed clash": "17", Agreement: "" } }),
    );
    const clash = edited.events.find((e) => e.id.endsWith("tst1"));
    expect(clash?.cameo).toBe("17");
    expect(clash?.scoreNote).toMatch(/the reader's edit/);
    const agreement = edited.events.find((e) => e.id.endsWith("tst3"));
    expect(agreement).toMatchObject({ score: 0 });
    expect(agreement?.cameo).toBeUndefined();
  });
});
