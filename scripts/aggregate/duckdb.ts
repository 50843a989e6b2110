/**
 * The aggregation on DuckDB, embedded (no server): one scan of the files picks the pair's rows,
 * then the counts, the de-duplicated events, the daily series and the top events come from that
 * small table. Rows the CSV reader cannot split (more than 61 columns) are kept in DuckDB's
 * reject table and reported with their file and line.
 */
import type * as DuckDb from "@duckdb/node-api";
import type { AggregateQuery } from "./query.ts";
import { eventsSql, fatesSql, dailySql, pairRowsSql, topSql } from "./query.ts";
import { duckdbDialect } from "./dialects.ts";
import type { AggregateResult, RejectedLine } from "./result.ts";

type Row = Record<string, unknown>;
type DuckDbModule = typeof DuckDb;

/** Loads the optional @duckdb/node-api, or says how to install it. */
async function loadDuckDb(): Promise<DuckDbModule> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    throw new Error(
      "DuckDB is not installed: run `npm install` (it is an optional dependency), or " +
        "`npm install --no-save @duckdb/node-api` on a platform where the optional install was skipped",
    );
  }
}

export async function aggregateWithDuckDb(
  files: readonly string[],
  query: AggregateQuery,
): Promise<AggregateResult> {
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  const all = async (sql: string): Promise<Row[]> =>
    (await connection.runAndReadAll(sql)).getRowObjectsJS() as Row[];
  try {
    const dialect = duckdbDialect(files);
    // The reject table only exists once a scan stores rejects: keep rows the reader cannot split.
    const source = pairRowsSql(query, dialect).replace(
      "null_padding = true,",
      "null_padding = true, store_rejects = true, ignore_errors = true,",
    );
    await connection.run(`CREATE TEMP TABLE pair_rows AS ${source}`);
    const fates = await all(fatesSql(query, dialect, "pair_rows"));
    await connection.run(`CREATE TEMP TABLE events AS ${eventsSql(query, dialect, "pair_rows")}`);
    const daily = await all(dailySql(dialect, "events"));
    const top = await all(topSql(query, dialect, "events"));
    const rejected = (await all(
      // One entry per line: DuckDB records a line with three extra columns three times.
      `SELECT s.file_path AS file, e.line AS line, MAX(e.error_message) AS message
       FROM reject_errors e JOIN reject_scans s USING (scan_id)
       GROUP BY file, line
       ORDER BY file, line`,
    )) as unknown as RejectedLine[];
    return {
      fates: Object.fromEntries(fates.map((row) => [String(row["fate"]), Number(row["rows"])])),
      daily: daily.map((row) => ({
        day: String(row["day"]),
        initiator: String(row["initiator"]),
        target: String(row["target"]),
        root: String(row["root"] ?? ""),
        n: Number(row["n"]),
        w: Number(row["w"]),
        wg: Number(row["wg"]),
        wg2: Number(row["wg2"]),
      })),
      top: top.map(topRow),
      rejected: rejected.map((r) => ({ file: r.file, line: Number(r.line), message: r.message })),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A top event as plain strings, the way the export file spells its cells. */
export function topRow(row: Row): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (value === null || value === undefined) out[key] = "";
    else if (value instanceof Date) out[key] = value.toISOString().slice(0, 10);
    else out[key] = String(value);
  }
  return out;
}
