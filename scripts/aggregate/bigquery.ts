/**
 * The aggregation on GDELT's public BigQuery table, for spans no single machine should scan.
 * The official client (@google-cloud/bigquery) is not a dependency of Détente: it is large, and
 * only analysts with a Google Cloud project need it. It is loaded when asked for, and its absence
 * is an instruction, not a crash. Credentials come from the environment, as the client reads them
 * (GOOGLE_APPLICATION_CREDENTIALS, or `gcloud auth application-default login`).
 */
import type { AggregateQuery } from "./query.ts";
import { statements } from "./query.ts";
import { bigqueryDialect } from "./dialects.ts";
import type { AggregateResult } from "./result.ts";
import { topRow } from "./duckdb.ts";

export const BIGQUERY_INSTALL =
  "BigQuery needs Google's client, which Détente does not install by default: run " +
  "`npm install --no-save @google-cloud/bigquery`, then sign in with " +
  "`gcloud auth application-default login` (or set GOOGLE_APPLICATION_CREDENTIALS). " +
  "`--dry-run` prints the SQL without either.";

interface BigQueryClient {
  query(options: { query: string; useLegacySql: false }): Promise<[Record<string, unknown>[]]>;
}

async function client(): Promise<BigQueryClient> {
  // A variable specifier keeps bundlers and the type checker from requiring the package.
  const name = "@google-cloud/bigquery";
  let module: { BigQuery: new (options?: object) => BigQueryClient };
  try {
    module = (await import(name)) as typeof module;
  } catch {
    throw new Error(BIGQUERY_INSTALL);
  }
  return new module.BigQuery();
}

/** The two statements BigQuery runs, for --dry-run and for the run itself. */
export function bigquerySql(query: AggregateQuery): { daily: string; top: string } {
  return statements(query, bigqueryDialect());
}

export async function aggregateWithBigQuery(query: AggregateQuery): Promise<AggregateResult> {
  const bigquery = await client();
  const sql = bigquerySql(query);
  const [[daily], [top]] = await Promise.all([
    bigquery.query({ query: sql.daily, useLegacySql: false }),
    bigquery.query({ query: sql.top, useLegacySql: false }),
  ]);
  return {
    // The table's rows are typed already; no per-row fate is counted there.
    fates: {},
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
    top: top.map((row) => {
      // BigQuery returns DATE cells as { value: "YYYY-MM-DD" }.
      const day = row["event_day"] as { value?: string } | string | undefined;
      return topRow({ ...row, event_day: typeof day === "object" ? day?.value : day });
    }),
    rejected: [],
  };
}
