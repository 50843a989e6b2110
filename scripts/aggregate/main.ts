/**
 * `npm run aggregate -- --input FILES_OR_GLOB --pair USA,COL [--from DAY] [--to DAY] --out DIR`
 *
 * Builds a relationship's data from GDELT event exports (1.0 or 2.0, plain or zipped) with
 * DuckDB embedded, or from GDELT's public BigQuery table with `--engine bigquery`:
 *   DIR/daily.csv     every day × direction × CAMEO root: day,initiator,target,root,n,w,wg,wg2
 *   DIR/dataset.json  a Détente dataset of the most-reported events of each day, with sources
 *                     (DIR/dataset.arrow with --format arrow: the same dataset, columnar)
 * Options:
 *   --input PATH        a file or a glob ("exports/2025*.export.CSV.zip"); repeat for more
 *   --pair A,B          the two countries' three-letter codes
 *   --from, --to        first and last event day (YYYY-MM-DD), inclusive
 *   --top K             events kept per day in dataset.json (3)
 *   --far-days N        leave out rows whose event is N or more days before DATEADDED (365)
 *   --engine duckdb|bigquery
 *   --format json|arrow the dataset as Détente JSON (default) or Détente's Arrow form, which the
 *                       app opens like JSON and DuckDB, pyarrow or Polars read as a table
 *   --dry-run           print the SQL for the engine and stop (BigQuery: no credentials needed)
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { loadGoldsteinTable } from "../load-goldstein.ts";
import type { AggregateQuery, Engine } from "./query.ts";
import { checkQuery, statements } from "./query.ts";
import { duckdbDialect } from "./dialects.ts";
import { aggregateWithDuckDb } from "./duckdb.ts";
import { aggregateWithBigQuery, bigquerySql } from "./bigquery.ts";
import { prepareInputs } from "./inputs.ts";
import { datasetFromTop, dailyCsv } from "./output.ts";
import type { AggregateResult } from "./result.ts";
import { serializeArrow } from "../../src/io/arrow/serialize.ts";

export interface AggregateOptions {
  readonly inputs: readonly string[];
  readonly query: AggregateQuery;
  readonly out: string | undefined;
  readonly engine: Engine;
  readonly dryRun: boolean;
  /** How the dataset is written: dataset.json, or dataset.arrow. */
  readonly format: "json" | "arrow";
}

/** Command-line words → options, or what was wrong with them. */
export function readOptions(argv: readonly string[]): AggregateOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        input: { type: "string", multiple: true },
        pair: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        top: { type: "string", default: "3" },
        "far-days": { type: "string", default: "365" },
        out: { type: "string" },
        engine: { type: "string", default: "duckdb" },
        format: { type: "string", default: "json" },
        "dry-run": { type: "boolean", default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
  const { values, positionals } = parsed;
  const engine = values.engine;
  if (engine !== "duckdb" && engine !== "bigquery")
    return { error: `--engine takes duckdb or bigquery; got ${engine}` };
  const format = values.format;
  if (format !== "json" && format !== "arrow")
    return { error: `--format takes json or arrow; got ${format}` };
  if (values.pair === undefined) return { error: "--pair is required, e.g. --pair USA,COL" };
  const pair = values.pair
    .toUpperCase()
    .split(",")
    .map((code) => code.trim());
  if (pair.length !== 2)
    return { error: `--pair takes two codes, e.g. USA,COL; got ${values.pair}` };
  const query: AggregateQuery = {
    pair: [pair[0] ?? "", pair[1] ?? ""],
    from: values.from,
    to: values.to,
    farDays: Number(values["far-days"]),
    topPerDay: Number(values.top),
  };
  const problem = checkQuery(query);
  if (problem) return { error: problem };
  // A shell that expands the glob itself passes the files as extra words: take them too.
  const inputs = [...(values.input ?? []), ...positionals];
  const dryRun = values["dry-run"] === true;
  if (engine === "duckdb" && inputs.length === 0)
    return { error: "--input is required with the DuckDB engine (files or a glob)" };
  if (!dryRun && values.out === undefined) return { error: "--out DIR is required" };
  return { inputs, query, out: values.out, engine, dryRun, format };
}

export interface AggregateRun {
  readonly result: AggregateResult;
  readonly seconds: number;
  readonly files: number;
}

export async function runAggregate(options: AggregateOptions): Promise<AggregateRun> {
  const started = performance.now();
  if (options.engine === "bigquery") {
    const result = await aggregateWithBigQuery(options.query);
    return { result, seconds: (performance.now() - started) / 1000, files: 0 };
  }
  const inputs = await prepareInputs(options.inputs);
  try {
    const result = await aggregateWithDuckDb(inputs.files, options.query);
    return { result, seconds: (performance.now() - started) / 1000, files: inputs.files.length };
  } finally {
    await inputs.cleanup();
  }
}

/** Writes daily.csv and dataset.json (or .arrow); returns the lines of the report. */
export async function writeOutputs(
  run: AggregateRun,
  options: AggregateOptions,
): Promise<{ lines: string[]; ok: boolean }> {
  const out = options.out ?? ".";
  await mkdir(out, { recursive: true });
  const { result } = run;
  const lines: string[] = [];
  const file = `dataset.${options.format}`;
  await writeFile(join(out, "daily.csv"), dailyCsv(result.daily));
  const events = result.daily.reduce((sum, row) => sum + row.n, 0);
  const days = new Set(result.daily.map((row) => row.day)).size;
  lines.push(`daily.csv: ${result.daily.length} rows, ${events} events on ${days} days`);
  const fates = Object.entries(result.fates);
  if (fates.length > 0)
    lines.push(
      `rows between ${options.query.pair.join(" and ")}: ${fates.map(([f, n]) => `${n} ${f}`).join(", ")}`,
    );
  for (const reject of result.rejected.slice(0, 20))
    lines.push(`not read: ${reject.file}, line ${reject.line}: ${reject.message}`);
  if (result.rejected.length > 20)
    lines.push(`not read: ${result.rejected.length - 20} more lines`);
  if (result.top.length === 0) {
    lines.push(`${file} not written: no events between ${options.query.pair.join(" and ")}`);
    return { lines, ok: false };
  }
  const dataset = datasetFromTop(result.top, {
    topPerDay: options.query.topPerDay,
    goldstein: loadGoldsteinTable(),
    fileName: `GDELT ${options.query.pair.join("–")} aggregate`,
    pair: options.query.pair,
  });
  if (!dataset.ok) {
    lines.push(`${file} not written:`);
    for (const problem of dataset.report.problems) lines.push(`  ${problem.message}`);
    return { lines, ok: false };
  }
  await writeFile(
    join(out, file),
    options.format === "arrow"
      ? serializeArrow(dataset.dataset)
      : `${JSON.stringify(dataset.dataset, null, 2)}\n`,
  );
  lines.push(
    `${file}: ${dataset.dataset.events.length} events (the ${options.query.topPerDay} most reported of each day)`,
  );
  return { lines, ok: true };
}

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2));
  if ("error" in options) {
    console.error(`aggregate: ${options.error}`);
    return 2;
  }
  if (options.dryRun) {
    const sql =
      options.engine === "bigquery"
        ? bigquerySql(options.query)
        : statements(options.query, duckdbDialect(options.inputs));
    console.log(`-- daily.csv\n${sql.daily};\n\n-- dataset.json (top events)\n${sql.top};`);
    return 0;
  }
  const run = await runAggregate(options);
  const { lines, ok } = await writeOutputs(run, options);
  for (const line of lines) console.log(line);
  console.log(
    `${options.engine}: ${run.seconds.toFixed(1)} s${run.files > 0 ? `, ${run.files} files` : ""}`,
  );
  return ok ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`aggregate: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
