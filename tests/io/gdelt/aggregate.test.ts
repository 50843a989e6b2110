/**
 * GDELT's steps after reading, exactly: duplicates, daily impulses, the top rows per day, the
 * default parties, the tension inputs, stored impulses checked, CAMEO descriptions.
 */
import { dailyImpulses, deduplicate, topPerDay } from "../../../src/io/gdelt/aggregate.ts";
import { parseCameoDescriptions } from "../../../src/io/gdelt/cameoDescriptions.ts";
import { checkDailyImpulses } from "../../../src/io/gdelt/impulseCheck.ts";
import { chooseGdeltParties } from "../../../src/io/gdelt/parties.ts";
import { parseGdeltLine, type GdeltRow } from "../../../src/io/gdelt/row.ts";
import { DAY_WEIGHT, tensionInputsFromImpulses } from "../../../src/io/gdelt/tension.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { gdeltLine } from "./gdeltLine.ts";

let nextLine = 1;
function row(set: Record<number, string>): GdeltRow {
  const parsed = parseGdeltLine(gdeltLine(set), nextLine++);
  if (!parsed.ok) throw new Error(parsed.detail);
  return parsed.row;
}

describe("deduplicate", () => {
  it("keeps the first of each set with the largest counts, by date, actors, code and URL", () => {
    const first = row({ 31: "5", 32: "1", 33: "9" });
    const again = row({ 31: "2", 32: "7", 33: "3" });
    const other = [
      row({ 1: "20200310" }),
      row({ 5: "COL" }),
      row({ 15: "USA" }),
      row({ 26: "042" }),
      row({ 60: "https://other.example" }),
    ];
    const { kept, duplicates } = deduplicate([first, again, ...other]);
    expect(duplicates).toEqual([again]);
    expect(kept).toHaveLength(6);
    expect(kept[0]).toEqual({ ...first, mentions: 5, sources: 7, articles: 9 });
    expect(kept.slice(1)).toEqual(other);
  });
});

describe("dailyImpulses", () => {
  it("weights each day's Goldstein by sources (at least 1), days in order", () => {
    const rows = [
      row({ 1: "20200312", 30: "4", 32: "3" }),
      row({ 1: "20200311", 30: "-2", 32: "0" }),
      row({ 1: "20200312", 30: "-4", 32: "1" }),
    ];
    expect(dailyImpulses(rows)).toEqual([
      { day: "2020-03-11", meanGoldstein: -2, weight: 1 },
      { day: "2020-03-12", meanGoldstein: 2, weight: 4 },
    ]);
  });
});

describe("topPerDay", () => {
  const a = row({ 1: "20200312", 31: "5", 32: "1" });
  const b = row({ 1: "20200312", 31: "5", 32: "2" });
  const c = row({ 1: "20200312", 31: "9", 32: "0" });
  const d = row({ 1: "20200311", 31: "1", 32: "1" });
  const e = row({ 1: "20200312", 31: "5", 32: "2" });

  it("ranks by mentions, then sources, then file order, days in order", () => {
    expect(topPerDay([a, b, c, d, e], 2, "mentions")).toEqual({ top: [d, c, b], rest: [e, a] });
  });

  it("ranks by sources first when asked", () => {
    expect(topPerDay([a, b, c, d, e], 1, "sources")).toEqual({ top: [d, b], rest: [e, a, c] });
  });
});

describe("chooseGdeltParties", () => {
  const pair = (x: string, y: string) => ({ actor1: { country: x }, actor2: { country: y } });

  it("takes the pair with most rows, ties by how often the codes appear, then by name", () => {
    expect(
      chooseGdeltParties([
        pair("USA", "COL"),
        pair("COL", "USA"),
        pair("VEN", "BRA"),
        pair("BRA", "VEN"),
        pair("VEN", "VEN"),
        pair("VEN", "EUR"),
      ]),
    ).toEqual({ codes: ["BRA", "VEN"], rows: 2 });
    expect(chooseGdeltParties([pair("PER", "ECU"), pair("BRA", "ARG")])).toEqual({
      codes: ["ARG", "BRA"],
      rows: 1,
    });
  });

  it("falls back to the two most frequent countries when no row joins two", () => {
    expect(
      chooseGdeltParties([
        pair("USA", "USA"),
        pair("USA", "EUR"),
        pair("COL", ""),
        pair("ZWE", ""),
      ]),
    ).toEqual({ codes: ["USA", "COL"], rows: 0 });
    expect(chooseGdeltParties([pair("USA", "USA"), pair("EUR", "AFR")])).toBeUndefined();
    expect(chooseGdeltParties([])).toBeUndefined();
  });
});

describe("tensionInputsFromImpulses", () => {
  it("weighs days by log volume against the file's mean, anchored mid-day", () => {
    const inputs = tensionInputsFromImpulses([
      { day: "2020-03-11", meanGoldstein: 2, weight: Math.E - 1 },
      { day: "2020-03-12", meanGoldstein: -1, weight: Math.E ** 3 - 1 },
      { day: "2020-03-13", meanGoldstein: 0, weight: -5 },
    ]);
    const start = Date.UTC(2020, 2, 11);
    expect(inputs.map((i) => [i.id, i.startMs, i.anchorMs, i.score])).toEqual([
      ["gdelt-day-2020-03-11", start, start + 43_200_000, 2],
      ["gdelt-day-2020-03-12", start + 86_400_000, start + 86_400_000 + 43_200_000, -1],
      ["gdelt-day-2020-03-13", start + 2 * 86_400_000, start + 2 * 86_400_000 + 43_200_000, 0],
    ]);
    // Mean log volume (1 + 3 + 0) / 3 = 4/3.
    expect(inputs.map((i) => i.weight)).toEqual([
      expect.closeTo(DAY_WEIGHT * 0.75, 12),
      expect.closeTo(DAY_WEIGHT * 2.25, 12),
      0,
    ]);
    expect(DAY_WEIGHT).toBe(1 / 14);
  });

  it("gives every day the base weight when no day had sources", () => {
    expect(
      tensionInputsFromImpulses([{ day: "2020-03-11", meanGoldstein: 1, weight: 0 }])[0]?.weight,
    ).toBe(DAY_WEIGHT);
    expect(tensionInputsFromImpulses([])).toEqual([]);
  });
});

describe("checkDailyImpulses", () => {
  const dataset = smallDataset([
    sampleEvent({ id: "a", date: "2020-03-10" }),
    sampleEvent({ id: "b", date: "2020-03-12", end: "2020-03-14" }),
  ]);
  const day = (d: string, meanGoldstein = 1, weight = 1) => ({ day: d, meanGoldstein, weight });

  it("takes days in order inside the events' span", () => {
    const value = [day("2020-03-10", -10, 1), day("2020-03-14", 10, 2.5)];
    expect(checkDailyImpulses(value, dataset)).toEqual({ ok: true, value });
  });

  it("lists each problem with its path", () => {
    const result = checkDailyImpulses(
      [
        null,
        day("2020-3-11"),
        { meanGoldstein: 1, weight: 1 },
        day("2020-02-30"),
        day("2020-03-11"),
        day("2020-03-11"),
        day("2020-03-09"),
        day("2020-03-15"),
        day("2020-03-12", 10.5, 0.5),
        day("2020-03-13", Number.NaN, Infinity),
        { day: "2020-03-14", meanGoldstein: "1", weight: "2" },
      ],
      dataset,
      "kept",
    );
    expect(result).toEqual({
      ok: false,
      error: [
        { path: "kept[0]", message: "expected an object with day, meanGoldstein and weight" },
        { path: "kept[1].day", message: 'expected a day as YYYY-MM-DD, got "2020-3-11"' },
        { path: "kept[2].day", message: "expected a day as YYYY-MM-DD, got nothing" },
        { path: "kept[3].day", message: expect.any(String) },
        {
          path: "kept[5].day",
          message: "2020-03-11 is not after 2020-03-11: days must be in order, each once",
        },
        {
          path: "kept[6].day",
          message: "2020-03-09 is not after 2020-03-11: days must be in order, each once",
        },
        { path: "kept[7].day", message: "2020-03-15 is outside the dataset's events" },
        {
          path: "kept[8].meanGoldstein",
          message: "expected a number from -10 to 10 (Goldstein scale)",
        },
        { path: "kept[8].weight", message: "expected a number of 1 or more (sources that day)" },
        {
          path: "kept[9].meanGoldstein",
          message: "expected a number from -10 to 10 (Goldstein scale)",
        },
        { path: "kept[9].weight", message: "expected a number of 1 or more (sources that day)" },
        {
          path: "kept[10].meanGoldstein",
          message: "expected a number from -10 to 10 (Goldstein scale)",
        },
        { path: "kept[10].weight", message: "expected a number of 1 or more (sources that day)" },
      ],
    });
  });

  it("refuses what is not a list, days before the span, and days of an undated dataset", () => {
    expect(checkDailyImpulses({}, dataset)).toEqual({
      ok: false,
      error: [{ path: "dailyImpulses", message: "expected an array of daily impulses" }],
    });
    expect(checkDailyImpulses([day("2020-03-09")], dataset)).toMatchObject({ ok: false });
    expect(checkDailyImpulses([day("2020-03-11")], smallDataset([]))).toEqual({
      ok: false,
      error: [
        {
          path: "dailyImpulses[0].day",
          message: "the dataset has no dated events for a daily impulse",
        },
      ],
    });
  });

  it("lists 20 problems at most", () => {
    const result = checkDailyImpulses(
      Array.from({ length: 30 }, () => null),
      dataset,
    );
    expect(result.ok ? [] : result.error).toHaveLength(20);
  });
});

describe("parseCameoDescriptions", () => {
  it("reads code TAB description lines and ignores the rest", () => {
    expect([
      ...parseCameoDescriptions(
        "CAMEOEVENTCODE\tEVENTDESCRIPTION\r\n01\tMake statement\n 043 \t Host a visit \n5\tx\n12345\ty\n0211\t \n020",
      ),
    ]).toEqual([
      ["01", "Make statement"],
      ["043", "Host a visit"],
    ]);
  });
});
