/**
 * `npm run aggregate` throughput, part of `npm run bench`: a synthetic GDELT 2.0 export
 * (tests/bench/gdelt.ts, the same generator as the import benchmark) aggregated by DuckDB for
 * the pair with the most rows (USA–CHN), reported as rows/s of the whole file beside the
 * browser importer's rows/s from the same run. The issue's figure is 10 million rows
 * (`--aggregate-rows=10000000`, about 4 GB on disk); the default is 1 million, so a 2-core
 * machine runs it in seconds. Target: at least 5× the browser importer.
 */
import { rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { writeSyntheticGdelt } from "./gdelt.ts";

export const AGGREGATE_TARGET_RATIO = 5;

export interface AggregateBenchResult {
  rows: number;
  fileMB: number;
  status: "ok" | "no-duckdb" | "error";
  /** Wall time of the aggregation: one scan of the file, then the pair's tables. */
  ms: number | null;
  rowsPerSecond: number | null;
  /** The browser importer's rows/s in the same run, when it ran. */
  browserRowsPerSecond: number | null;
  /** rowsPerSecond / browserRowsPerSecond. */
  ratio: number | null;
  dailyRows: number | null;
  notes: string[];
}

export async function runAggregateBench(options: {
  outDir: string;
  rows: number;
  goldstein: GoldsteinTable;
  browserRowsPerSecond: number | null;
  log: (line: string) => void;
}): Promise<AggregateBenchResult> {
  const { outDir, rows, goldstein, browserRowsPerSecond, log } = options;
  const result: AggregateBenchResult = {
    rows,
    fileMB: 0,
    status: "ok",
    ms: null,
    rowsPerSecond: null,
    browserRowsPerSecond,
    ratio: null,
    dailyRows: null,
    notes: [],
  };
  const { aggregateWithDuckDb } = await import("../../scripts/aggregate/duckdb.ts");
  const file = join(outDir, `aggregate-${rows}.export.CSV`);
  try {
    log(`aggregate: writing ${rows.toLocaleString("en")} synthetic GDELT rows…`);
    await writeSyntheticGdelt(file, rows, goldstein);
    result.fileMB = Math.round(((await stat(file)).size / 1e6) * 10) / 10;
    const query = { pair: ["USA", "CHN"] as const, farDays: 365, topPerDay: 3 };
    const started = performance.now();
    const aggregate = await aggregateWithDuckDb([file], query);
    result.ms = Math.round(performance.now() - started);
    result.rowsPerSecond = Math.round(rows / (result.ms / 1000));
    result.dailyRows = aggregate.daily.length;
    if (browserRowsPerSecond)
      result.ratio = Math.round((result.rowsPerSecond / browserRowsPerSecond) * 10) / 10;
    else result.notes.push("the browser importer did not run in this run (--no-import)");
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    result.status = /DuckDB is not installed/.test(message) ? "no-duckdb" : "error";
    result.notes.push(message);
  } finally {
    await rm(file, { force: true });
  }
  return result;
}

export function printAggregateBench(
  result: AggregateBenchResult,
  log: (line: string) => void,
): void {
  const n = (value: number | null, unit: string) =>
    value === null ? "—" : `${value.toLocaleString("en")} ${unit}`;
  log(
    `  ${result.rows.toLocaleString("en")} rows (${result.fileMB} MB): ${n(result.ms, "ms")}, ` +
      `${n(result.rowsPerSecond, "rows/s")}; browser importer ${n(result.browserRowsPerSecond, "rows/s")}; ` +
      `ratio ${result.ratio === null ? "—" : `${result.ratio}×`} (target ≥ ${AGGREGATE_TARGET_RATIO}×)`,
  );
  for (const note of result.notes) log(`  note: ${note}`);
}
