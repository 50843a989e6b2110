/** The import log and the small pieces every importer shares, read exactly. */
import { failedOutcome } from "../../../src/io/pipeline/failedOutcome.ts";
import { guard } from "../../../src/io/pipeline/guard.ts";
import {
  ImportLog,
  MAX_LINES_PER_GROUP,
  MAX_PROBLEMS,
  plural,
} from "../../../src/io/pipeline/log.ts";
import { importTables } from "../../../src/io/pipeline/tables.ts";
import {
  warnBadEnd,
  warnDroppedLink,
  warnRagged,
  warnReplacementChars,
  warnTimeOfDay,
} from "../../../src/io/pipeline/warnings.ts";

describe("ImportLog", () => {
  it("groups skips by reason, in first-seen order, keeping the first 10 lines", () => {
    const log = new ImportLog();
    for (let line = 1; line <= 12; line++) log.skip("bad date", line);
    log.skip("no title");
    log.skip("bad date");
    log.skip("no title", 40, "row 40 has no title");
    expect(log.skippedCount).toBe(15);
    const report = log.report("csv", 3);
    expect(report).toEqual({
      format: "csv",
      eventsTaken: 3,
      skipped: [
        { reason: "bad date", count: 13, lines: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
        { reason: "no title", count: 2, lines: [40] },
      ],
      warnings: [],
      problems: [{ path: "line 40", line: 40, message: "row 40 has no title" }],
    });
    expect(MAX_LINES_PER_GROUP).toBe(10);
  });

  it("renders warnings with their final count and lines", () => {
    const log = new ImportLog();
    const render = (n: number) => plural(n, "thing is", "things are");
    log.warn("one", render, 3);
    log.warn("unlined", render);
    log.warn("unlined", render);
    log.warn("two", render, 4);
    log.warn("two", render, 5);
    log.warn("mixed", render, 6);
    log.warn("mixed", render);
    for (let line = 1; line <= 11; line++) log.warn("many", render, line);
    expect(log.report("csv", 0).warnings).toEqual([
      "1 thing is (line 3)",
      "2 things are",
      "2 things are (lines 4, 5)",
      "2 things are (lines 6, …)",
      "11 things are (lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)",
    ]);
  });

  it("places problems by line and column, and counts those past the first 50", () => {
    const log = new ImportLog();
    log.problem("a");
    log.problem("b", 2);
    log.problem("c", 3, 7);
    log.problem("d", undefined, 7);
    expect(log.report("csv", 0).problems).toEqual([
      { path: "(file)", message: "a" },
      { path: "line 2", message: "b", line: 2 },
      { path: "line 3, column 7", message: "c", line: 3, column: 7 },
      { path: "(file)", message: "d", column: 7 },
    ]);
    for (let i = 0; i < 50; i++) log.problem(`p${i}`);
    log.addProblems([{ path: "x", message: "y" }]);
    const problems = log.report("csv", 0).problems;
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[MAX_PROBLEMS]).toEqual({
      path: "(file)",
      message: "…and 5 more problems not listed",
    });
  });

  it("adds located problems up to the cap", () => {
    const log = new ImportLog();
    log.addProblems(Array.from({ length: 49 }, (_, i) => ({ path: `p${i}`, message: "m" })));
    log.addProblems([
      { path: "last", message: "m" },
      { path: "hidden", message: "m" },
    ]);
    const problems = log.report("csv", 0).problems;
    expect(problems.at(-2)?.path).toBe("last");
    expect(problems.at(-1)?.message).toBe("…and 1 more problems not listed");
  });

  it("says one or many", () => {
    expect(plural(1, "row", "rows")).toBe("1 row");
    expect(plural(0, "row", "rows")).toBe("0 rows");
    expect(plural(2, "row", "rows")).toBe("2 rows");
  });
});

describe("shared warnings", () => {
  it("word each kind of trouble", () => {
    const log = new ImportLog();
    warnTimeOfDay(log, 2);
    warnDroppedLink(log, 3);
    warnDroppedLink(log, 4);
    warnBadEnd(log, 5);
    warnRagged(log, [6, 7]);
    warnReplacementChars(log, "fine");
    warnReplacementChars(log, "bad \ufffd");
    expect(log.report("csv", 0).warnings).toEqual([
      "1 date has a time of day: kept the day only (Détente dates are days, months or years) (line 2)",
      "2 links are not an http(s) URL (javascript:, embed code…): dropped (lines 3, 4)",
      "1 end date is not a usable date: dropped (line 5)",
      "2 rows have a different number of cells than the header (lines 6, 7)",
      "the file contains undecodable characters (shown as �): it is probably not UTF-8; re-save it as UTF-8 to keep accented letters",
    ]);
    const many = new ImportLog();
    warnTimeOfDay(many, 1);
    warnTimeOfDay(many, 2);
    warnBadEnd(many, 1);
    warnBadEnd(many, 2);
    warnRagged(many, [1]);
    warnDroppedLink(many, 1);
    expect(many.report("csv", 0).warnings).toEqual([
      "2 dates have a time of day: kept the day only (Détente dates are days, months or years) (lines 1, 2)",
      "2 end dates are not a usable date: dropped (lines 1, 2)",
      "1 row has a different number of cells than the header (line 1)",
      "1 link is not an http(s) URL (javascript:, embed code…): dropped (line 1)",
    ]);
  });
});

describe("guard and failed outcomes", () => {
  it("turns a throw into a failed report", () => {
    expect(
      guard("csv", () => {
        throw new Error("boom");
      }),
    ).toEqual({
      ok: false,
      report: {
        format: "csv",
        eventsTaken: 0,
        skipped: [],
        warnings: [],
        problems: [
          {
            path: "(file)",
            message: "the importer failed unexpectedly (boom); the file was not imported",
          },
        ],
      },
    });
    const thrown = guard("gdelt", () => {
      throw "text";
    });
    expect(thrown.report.problems[0]?.message).toBe(
      "the importer failed unexpectedly (text); the file was not imported",
    );
    const fine = { ok: true, report: new ImportLog().report("csv", 1) } as const;
    expect(guard("csv", () => fine)).toBe(fine);
  });

  it("words a failure before any parser ran", () => {
    expect(failedOutcome("too big")).toEqual({
      kind: "failed",
      format: "unknown",
      report: {
        format: "unknown",
        eventsTaken: 0,
        skipped: [],
        warnings: [],
        problems: [{ path: "(file)", message: "too big" }],
      },
    });
    expect(failedOutcome("x", "csv")).toMatchObject({ format: "csv", report: { format: "csv" } });
  });

  it("parses the lookup tables once", () => {
    const tables = importTables();
    expect(importTables()).toBe(tables);
    expect(tables.goldstein.get("043")).toBe(2.8);
    expect(tables.eventDescriptions.get("043")).toMatch(/visit/i);
  });
});
