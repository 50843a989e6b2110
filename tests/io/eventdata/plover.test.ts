import type { Dataset } from "../../../src/model/schema.ts";
import { parsePloverJson, parsePolecat } from "../../../src/io/polecat/parse.ts";
import { ploverScore } from "../../../src/io/polecat/scores.ts";
import { detectFormat, importText } from "../../../src/io/pipeline/detect.ts";
import { expectDataset, fixture, goldstein, skipped } from "../fixtures.ts";

describe("PLOVER scores (derived table)", () => {
  it("scores by mode where known, else by type", () => {
    expect(ploverScore("CONSULT", ["phone"])?.score).toBe(1);
    expect(ploverScore("consult", [])?.score).toBe(3);
    expect(ploverScore("ASSAULT", ["firearms"])?.score).toBe(-10);
    expect(ploverScore("ASSAULT", ["no-such-mode"])?.score).toBe(-9.6);
    expect(ploverScore("NOPE", [])).toBeUndefined();
  });
});

describe("PLOVER JSON (newline-delimited)", () => {
  const text = fixture("plover/handmade-plover.ndjson");
  it("is detected", () => {
    expect(detectFormat(text, "events.ndjson")).toBe("plover-json");
    expect(importText(text, { goldstein }).report.format).toBe("plover-json");
  });
  let result: ReturnType<typeof parsePloverJson>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parsePloverJson(text, { goldstein });
    dataset = expectDataset(result);
  });
  it("reads nested and flat actors, codes and names; skips bad lines by number", () => {
    expect(dataset.parties.map((p) => p.code)).toEqual(["COL", "USA"]);
    expect(dataset.events.map((e) => [e.initiator, e.target, e.score])).toEqual([
      ["USA", "COL", 1.9],
      ["COL", "USA", -2],
      ["USA", "COL", 5.3],
    ]);
    expect(skipped(result.report, "invalid event date").lines).toEqual([4]);
    expect(skipped(result.report, "malformed JSON line").lines).toEqual([5]);
    expect(skipped(result.report, /^not between/).lines).toEqual([3]);
    expect(dataset.events[0]?.scoreNote).toMatch(/^Derived: PLOVER CONSULT \(mode visit\)/);
  });
  it("reads a JSON array too, with line numbers", () => {
    const array = `[\n${text
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .join(",\n")}\n]`;
    const fromArray = parsePloverJson(array, { goldstein });
    expect(expectDataset(fromArray).events).toHaveLength(3);
    expect(skipped(fromArray.report, "invalid event date").lines).toEqual([5]);
  });
});

describe("POLECAT", () => {
  const text = fixture("plover/handmade-polecat.tsv");
  it("is detected by its header", () => {
    expect(detectFormat(text, "polecat.txt")).toBe("polecat");
  });
  it("imports a pair, scores by mode, a stray quote swallows nothing", () => {
    const result = parsePolecat(text, { goldstein });
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.id, e.score])).toEqual([
      ["polecat-p1", 1],
      ["polecat-p2", -6.2],
    ]);
    expect(skipped(result.report, "invalid event date").lines).toEqual([5]);
    expect(result.ok && result.pairs.map((p) => p.codes.join("-"))).toEqual(["COL-USA", "USA-VEN"]);
  });
});
