/**
 * daily.csv, the news-coded daily series `npm run aggregate` writes: one row per day × direction
 * × CAMEO root, `day,initiator,target,root,n,w,wg,wg2` (events, Σ weight, Σ weight·Goldstein,
 * Σ weight·Goldstein²; weight = max(1, NumSources)). Read here into the same daily impulses the
 * app's GDELT importer builds (io/gdelt/aggregate.ts), so the baseline goes through the same
 * tension model. Bad rows are skipped with their line and the reason; nothing throws.
 */
import type { DailyImpulse } from "../gdelt/aggregate.ts";

export const DAILY_HEADER = ["day", "initiator", "target", "root", "n", "w", "wg", "wg2"] as const;

export interface DailyCsvRow {
  readonly day: string;
  readonly initiator: string;
  readonly target: string;
  readonly root: string;
  readonly n: number;
  readonly w: number;
  readonly wg: number;
  readonly wg2: number;
}

export interface DailyCsvProblem {
  readonly line: number;
  readonly message: string;
}

export interface DailyCsv {
  readonly rows: readonly DailyCsvRow[];
  /** Skipped lines, with why; at most MAX_PROBLEMS listed, `skipped` counts them all. */
  readonly problems: readonly DailyCsvProblem[];
  readonly skipped: number;
}

const MAX_PROBLEMS = 20;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRY = /^[A-Z]{3}$/;

function checkDay(text: string): string | undefined {
  const m = DAY.exec(text);
  if (!m) return `day "${text}" is not YYYY-MM-DD`;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== text) return `day "${text}" does not exist`;
  return undefined;
}

function readRow(cells: readonly string[]): DailyCsvRow | string {
  if (cells.length !== DAILY_HEADER.length)
    return `expected ${DAILY_HEADER.length} columns (${DAILY_HEADER.join(",")}), got ${cells.length}`;
  const [day = "", initiator = "", target = "", root = "", ...numbers] = cells;
  const bad = checkDay(day);
  if (bad) return bad;
  if (!COUNTRY.test(initiator)) return `initiator "${initiator}" is not a three-letter code`;
  if (!COUNTRY.test(target)) return `target "${target}" is not a three-letter code`;
  const [n, w, wg, wg2] = numbers.map((text) => (text.trim() === "" ? NaN : Number(text)));
  for (const [name, value] of [
    ["n", n],
    ["w", w],
    ["wg", wg],
    ["wg2", wg2],
  ] as const) {
    if (value === undefined || !Number.isFinite(value)) return `${name} is not a number`;
  }
  if (!Number.isInteger(n) || (n ?? 0) < 1) return "n is not a count of 1 or more";
  if ((w ?? 0) <= 0) return "w (summed weight) is not above 0";
  if ((wg2 ?? 0) < 0) return "wg2 (a sum of squares) is negative";
  return {
    day,
    initiator,
    target,
    root,
    n: n ?? 0,
    w: w ?? 0,
    wg: wg ?? 0,
    wg2: wg2 ?? 0,
  };
}

export function parseDailyCsv(text: string): DailyCsv | { error: string } {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const header = (lines[0] ?? "").split(",").map((cell) => cell.trim());
  if (header.join(",") !== DAILY_HEADER.join(","))
    return { error: `line 1: expected the header ${DAILY_HEADER.join(",")}` };
  const rows: DailyCsvRow[] = [];
  const problems: DailyCsvProblem[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (index === 0 || line.trim() === "") return;
    const row = readRow(line.split(",").map((cell) => cell.trim()));
    if (typeof row !== "string") rows.push(row);
    else {
      skipped++;
      if (problems.length < MAX_PROBLEMS) problems.push({ line: index + 1, message: row });
    }
  });
  if (rows.length === 0 && skipped === 0) return { error: "no rows after the header" };
  return { rows, problems, skipped };
}

/**
 * The daily impulses between two parties (both directions, every root): the NumSources-weighted
 * mean Goldstein of the day and its total weight, as the GDELT importer computes them.
 */
export function dailyImpulsesFromCsv(
  rows: readonly DailyCsvRow[],
  parties?: readonly [string, string],
): DailyImpulse[] {
  const days = new Map<string, { wg: number; w: number }>();
  for (const row of rows) {
    if (parties) {
      const [a, b] = parties;
      const between =
        (row.initiator === a && row.target === b) || (row.initiator === b && row.target === a);
      if (!between) continue;
    }
    const day = days.get(row.day) ?? { wg: 0, w: 0 };
    day.wg += row.wg;
    day.w += row.w;
    days.set(row.day, day);
  }
  return [...days]
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
    .map(([day, { wg, w }]) => ({ day, meanGoldstein: wg / w, weight: w }));
}
