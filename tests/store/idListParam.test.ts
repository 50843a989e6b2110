/** The topics and actors URL parameters: a keep list, or the ids left out, whichever is shorter. */
import { describe, expect, it } from "vitest";
import { parseIdList } from "../../src/store/idListParam.ts";
import { formatIdList } from "../../src/store/viewLink.ts";

const known = ["trade", "security", "migration", "energy", "health"];

describe("formatIdList", () => {
  it("names the kept ids in the known order while they are no more than the rest", () => {
    expect(formatIdList(["security", "trade"], known)).toBe("trade,security");
    expect(formatIdList([], known)).toBe("");
    expect(formatIdList(known, known)).toBe(known.join(","));
  });

  it("names the ids left out, each prefixed with '-', when fewer are left out than kept", () => {
    expect(formatIdList(["trade", "security", "migration", "health"], known)).toBe("-energy");
    expect(formatIdList(["trade", "security", "migration"], known)).toBe("-energy,-health");
  });

  it("writes one id, not 49,999, for one topic off among 50,000", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `topic-${i}`);
    expect(formatIdList(many.slice(1), many)).toBe("-topic-0");
  });

  it("reads back what it writes", () => {
    for (const kept of [["trade"], ["trade", "security", "migration", "energy"], [], known]) {
      const warnings: string[] = [];
      expect(parseIdList("topics", formatIdList(kept, known), known, warnings)).toEqual(
        known.filter((id) => kept.includes(id)),
      );
      expect(warnings).toEqual([]);
    }
  });
});

describe("parseIdList", () => {
  it("still reads a keep list, as links have always written it", () => {
    const warnings: string[] = [];
    expect(parseIdList("topics", "security,trade", known, warnings)).toEqual(["security", "trade"]);
    expect(parseIdList("topics", "", known, warnings)).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("reads '-' ids as all but those, dropping unknown ones with a warning", () => {
    const warnings: string[] = [];
    expect(parseIdList("actors", "-trade,-nope", known, warnings)).toEqual([
      "security",
      "migration",
      "energy",
      "health",
    ]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/actors="-trade,-nope": dropping unknown id "nope"/);
  });

  it("ignores a list of unknown ids, in either form", () => {
    const warnings: string[] = [];
    expect(parseIdList("topics", "-nope", known, warnings)).toBeUndefined();
    expect(parseIdList("topics", "nope", known, warnings)).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/expected comma-separated topic ids \(trade, security/);
  });

  it("keeps the plain ids of a list mixing both forms, and says the others are ignored", () => {
    const warnings: string[] = [];
    expect(parseIdList("topics", "trade,-security", known, warnings)).toEqual(["trade"]);
    expect(warnings[0]).toMatch(/ignoring "-security": a list names either/);
  });

  it("names at most 20 known ids in a warning", () => {
    const many = Array.from({ length: 50_000 }, (_, i) => `topic-${i}`);
    const warnings: string[] = [];
    parseIdList("topics", "nope", many, warnings);
    expect(warnings[0]).toContain("topic-19, … 49980 more");
    expect(warnings[0]?.length).toBeLessThan(1_000);
  });
});
