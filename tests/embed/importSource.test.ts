/** How a failed import of an embed's `src` is worded for the host's readers. */
import { problemsOfOutcome } from "../../src/embed/importSource.ts";

const report = {
  format: "icews" as const,
  eventsTaken: 0,
  skipped: [],
  warnings: [],
  problems: [],
};

describe("problemsOfOutcome", () => {
  it("names the missing columns and those found when a CSV needs mapping", () => {
    expect(
      problemsOfOutcome(
        {
          kind: "needs-mapping",
          header: ["when", "what"],
          mapping: {} as never,
          missing: ["date", "title"],
        },
        undefined,
      ),
    ).toEqual([
      { path: "(header)", message: "the columns do not name date, title; found: when, what" },
    ]);
  });

  it("says nothing could be read when the report holds no problem", () => {
    expect(problemsOfOutcome({ kind: "failed", format: "icews", report }, undefined)).toEqual([
      { path: "(file)", message: "nothing could be read as icews" },
    ]);
  });

  it("lists ten pairs and counts the rest, without blaming a pair nobody named", () => {
    const pairs = Array.from({ length: 12 }, (_, i) => ({
      codes: ["AAA", `B${String(i).padStart(2, "0")}`] as const,
      names: ["A", "B"] as const,
      events: 12 - i,
    }));
    const [problem] = problemsOfOutcome(
      { kind: "failed", format: "icews", report, pairs },
      undefined,
    );
    expect(problem?.path).toBe("parties");
    expect(problem?.message).toBe(
      "the file's pairs, events in both directions: " +
        pairs
          .slice(0, 10)
          .map((p) => `AAA,${p.codes[1]} (${p.events})`)
          .join("; ") +
        "; and 2 more",
    );
  });

  it("keeps the report's own problems first, then the rows left out with their lines", () => {
    const problems = problemsOfOutcome(
      {
        kind: "failed",
        format: "icews",
        report: {
          ...report,
          problems: [{ path: "line 3", message: "bad date" }],
          skipped: [
            { reason: "no country", count: 4, lines: [2, 5] },
            { reason: "same country twice", count: 2, lines: [7, 9] },
          ],
        },
      },
      ["USA", "COL"],
    );
    expect(problems).toEqual([
      { path: "line 3", message: "bad date" },
      { path: "(rows)", message: "4 left out: no country (lines 2, 5…)" },
      { path: "(rows)", message: "2 left out: same country twice (lines 7, 9)" },
    ]);
  });
});
