/** daily.csv read exactly: every reason a row is refused, the problem cap, order, fetching. */
import { loadBaseline, readBaseline } from "../../../src/io/baseline/loadBaseline.ts";
import { dailyImpulsesFromCsv, parseDailyCsv } from "../../../src/io/baseline/dailyCsv.ts";
import { tensionInputsFromImpulses } from "../../../src/io/gdelt/tension.ts";

const HEADER = "day,initiator,target,root,n,w,wg,wg2";
const GOOD = "2026-01-03,USA,COL,19,2,30,-300,3000";

function read(...lines: string[]) {
  const parsed = parseDailyCsv([HEADER, ...lines].join("\n"));
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}

describe("daily.csv rows", () => {
  it.each([
    ["2026-1-03,USA,COL,19,1,1,1,1", 'day "2026-1-03" is not YYYY-MM-DD'],
    ["2026-02-30,USA,COL,19,1,1,1,1", 'day "2026-02-30" does not exist'],
    ["2026-01-03,US,COL,19,1,1,1,1", 'initiator "US" is not a three-letter code'],
    ["2026-01-03,USA,col,19,1,1,1,1", 'target "col" is not a three-letter code'],
    ["2026-01-03,USA,COL,19,,1,1,1", "n is not a number"],
    ["2026-01-03,USA,COL,19,1,x,1,1", "w is not a number"],
    ["2026-01-03,USA,COL,19,1,1,Infinity,1", "wg is not a number"],
    ["2026-01-03,USA,COL,19,1,1,1, ", "wg2 is not a number"],
    ["2026-01-03,USA,COL,19,1.5,1,1,1", "n is not a count of 1 or more"],
    ["2026-01-03,USA,COL,19,1,0,1,1", "w (summed weight) is not above 0"],
    ["2026-01-03,USA,COL,19,1,1,1,-0.5", "wg2 (a sum of squares) is negative"],
    [
      "2026-01-03,USA,COL,19,1,1,1",
      "expected 8 columns (day,initiator,target,root,n,w,wg,wg2), got 7",
    ],
  ])("%s: %s", (line, message) => {
    expect(read(GOOD, line)).toEqual({
      rows: [expect.objectContaining({ day: "2026-01-03" })],
      problems: [{ line: 3, message }],
      skipped: 1,
    });
  });

  it("reads a row's cells trimmed, and a zero sum of squares", () => {
    expect(read(" 2026-01-03 , USA , COL , 04 , 1 , 2.5 , 0 , 0 ").rows).toEqual([
      {
        day: "2026-01-03",
        initiator: "USA",
        target: "COL",
        root: "04",
        n: 1,
        w: 2.5,
        wg: 0,
        wg2: 0,
      },
    ]);
  });

  it("takes a byte-order mark and a header with spaces, and refuses any other header", () => {
    expect(parseDailyCsv(`\uFEFF${HEADER.replace(/,/g, " , ")}\n${GOOD}`)).toMatchObject({
      skipped: 0,
      rows: [expect.objectContaining({ n: 2 })],
    });
    expect(parseDailyCsv(`x${HEADER}\n${GOOD}`)).toEqual({
      error: "line 1: expected the header day,initiator,target,root,n,w,wg,wg2",
    });
    expect(parseDailyCsv(`${HEADER}\n \n`)).toEqual({ error: "no rows after the header" });
    // Only bad rows: a result that says so, not "no rows".
    expect(parseDailyCsv(`${HEADER}\nbad`)).toMatchObject({ rows: [], skipped: 1 });
  });

  it("lists the first 20 problems and counts them all", () => {
    const csv = read(...Array.from({ length: 25 }, () => "bad"));
    expect(csv.skipped).toBe(25);
    expect(csv.problems).toHaveLength(20);
    expect(csv.problems[19]?.line).toBe(21);
  });
});

describe("daily impulses", () => {
  const row = (day: string, initiator: string, target: string, w: number) => ({
    day,
    initiator,
    target,
    root: "01",
    n: 1,
    w,
    wg: w * 2,
    wg2: 0,
  });

  it("keeps only the two parties' rows, either way round, ordered by day", () => {
    const rows = [
      row("2026-01-05", "USA", "COL", 1),
      row("2026-01-04", "COL", "USA", 2),
      row("2026-01-04", "USA", "VEN", 4),
      row("2026-01-04", "VEN", "COL", 8),
      row("2026-01-06", "COL", "COL", 16),
      row("2026-01-03", "USA", "USA", 32),
      row("2026-01-04", "USA", "COL", 64),
    ];
    expect(dailyImpulsesFromCsv(rows, ["USA", "COL"])).toEqual([
      { day: "2026-01-04", meanGoldstein: 2, weight: 66 },
      { day: "2026-01-05", meanGoldstein: 2, weight: 1 },
    ]);
    expect(dailyImpulsesFromCsv(rows).map((d) => d.day)).toEqual([
      "2026-01-03",
      "2026-01-04",
      "2026-01-05",
      "2026-01-06",
    ]);
  });
});

describe("loading a baseline", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("reads the days between the parties, with the first problem", () => {
    expect(readBaseline(`${HEADER}\n${GOOD}\nbad`, ["COL", "USA"])).toEqual({
      ok: true,
      impulses: [{ day: "2026-01-03", meanGoldstein: -10, weight: 30 }],
      // The one day, weighed as a GDELT import's days are (one day: the file's mean weight).
      inputs: tensionInputsFromImpulses([{ day: "2026-01-03", meanGoldstein: -10, weight: 30 }]),
      skipped: 1,
      firstProblem: {
        line: 3,
        message: "expected 8 columns (day,initiator,target,root,n,w,wg,wg2), got 1",
      },
    });
    expect(readBaseline("nope", ["COL", "USA"])).toEqual({
      ok: false,
      reason: "line 1: expected the header day,initiator,target,root,n,w,wg,wg2",
    });
  });

  it("fetches same-origin credentials only, and words the failures", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const answer = (status: number, body: string) => (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return Promise.resolve(new Response(body, { status }));
    };
    vi.stubGlobal("fetch", answer(200, `${HEADER}\n${GOOD}`));
    const signal = new AbortController().signal;
    expect(await loadBaseline("/daily.csv", ["USA", "COL"], signal)).toMatchObject({
      ok: true,
      skipped: 0,
      firstProblem: undefined,
    });
    expect(calls[0]).toEqual(["/daily.csv", { signal, credentials: "same-origin" }]);
    await loadBaseline("/daily.csv", ["USA", "COL"]);
    expect(calls[1]?.[1]).toEqual({ credentials: "same-origin" });

    vi.stubGlobal("fetch", answer(404, "missing"));
    expect(await loadBaseline("/x", ["USA", "COL"])).toEqual({
      ok: false,
      reason: "the server answered 404",
    });
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("Failed to fetch")));
    expect(await loadBaseline("/x", ["USA", "COL"])).toEqual({
      ok: false,
      reason: "Failed to fetch",
    });
    vi.stubGlobal("fetch", () => Promise.reject("down"));
    expect(await loadBaseline("/x", ["USA", "COL"])).toEqual({
      ok: false,
      reason: "it could not be fetched",
    });
  });
});
