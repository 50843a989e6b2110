import fc from "fast-check";
import { dailyImpulsesFromCsv, parseDailyCsv } from "../../../src/io/baseline/dailyCsv.ts";

const HEADER = "day,initiator,target,root,n,w,wg,wg2";

function rows(text: string) {
  const parsed = parseDailyCsv(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("daily.csv", () => {
  it("reads rows and turns them into the day's weighted mean and total weight, both directions", () => {
    const csv = rows(
      [
        HEADER,
        "2026-01-03,USA,COL,19,2,30,-300,3000",
        "2026-01-03,COL,USA,04,1,10,10,10",
        "2026-01-03,USA,VEN,19,5,50,-500,5000",
        "2026-01-04,USA,COL,05,1,4,12,36",
        "",
      ].join("\r\n"),
    );
    expect(csv.skipped).toBe(0);
    expect(csv.rows).toHaveLength(4);
    expect(dailyImpulsesFromCsv(csv.rows, ["USA", "COL"])).toEqual([
      { day: "2026-01-03", meanGoldstein: -290 / 40, weight: 40 },
      { day: "2026-01-04", meanGoldstein: 3, weight: 4 },
    ]);
    // Without parties every row counts.
    expect(dailyImpulsesFromCsv(csv.rows)[0]?.weight).toBe(90);
  });

  it("skips bad lines with their line number and reason, and keeps the rest", () => {
    const csv = rows(
      [
        HEADER,
        "2026-02-30,USA,COL,19,1,1,-10,100",
        "2026-01-03,usa,COL,19,1,1,-10,100",
        "2026-01-03,USA,COL,19,0,1,-10,100",
        "2026-01-03,USA,COL,19,1,0,0,0",
        "2026-01-03,USA,COL,19,1,1,x,100",
        "2026-01-03,USA,COL,19,1,1,-10",
        "2026-01-05,USA,COL,19,1,1,-10,100",
      ].join("\n"),
    );
    expect(csv.rows.map((r) => r.day)).toEqual(["2026-01-05"]);
    expect(csv.skipped).toBe(6);
    expect(csv.problems).toEqual([
      { line: 2, message: 'day "2026-02-30" does not exist' },
      { line: 3, message: 'initiator "usa" is not a three-letter code' },
      { line: 4, message: "n is not a count of 1 or more" },
      { line: 5, message: "w (summed weight) is not above 0" },
      { line: 6, message: "wg is not a number" },
      { line: 7, message: "expected 8 columns (day,initiator,target,root,n,w,wg,wg2), got 7" },
    ]);
  });

  it("refuses a file that is not daily.csv, saying what it expected", () => {
    expect(parseDailyCsv("date,value\n2026-01-01,3")).toEqual({
      error: "line 1: expected the header day,initiator,target,root,n,w,wg,wg2",
    });
    expect(parseDailyCsv(`${HEADER}\n`)).toEqual({ error: "no rows after the header" });
  });

  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const parsed = parseDailyCsv(`${HEADER}\n${junk}`);
        if (!("error" in parsed)) expect(parsed.rows.length + parsed.skipped).toBeGreaterThan(0);
      }),
    );
  });
});
