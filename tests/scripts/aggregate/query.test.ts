// @vitest-environment node
import {
  bigqueryDialect,
  duckdbDialect,
  BIGQUERY_TABLE,
} from "../../../scripts/aggregate/dialects.ts";
import type { AggregateQuery } from "../../../scripts/aggregate/query.ts";
import {
  checkQuery,
  dailySql,
  eventsSql,
  statements,
  topSql,
} from "../../../scripts/aggregate/query.ts";
import { readOptions } from "../../../scripts/aggregate/main.ts";

const query: AggregateQuery = {
  pair: ["USA", "COL"],
  from: "2015-02-19",
  to: "2026-02-03",
  farDays: 365,
  topPerDay: 3,
};
const duck = duckdbDialect(["/data/a.CSV", "/data/it's.CSV"]);
const bq = bigqueryDialect();

/** The SQL with each dialect's spellings replaced by a neutral token. */
function neutral(sql: string): string {
  return sql
    .replace(/date_diff\('day', (\w+), (\w+)\)|DATE_DIFF\((\w+), (\w+), DAY\)/g, "DAYS")
    .replace(/ AS (DOUBLE|FLOAT64)\)/g, " AS FLOAT)")
    .replace(/\* (EXCLUDE|EXCEPT) \(/g, "* ALLBUT (")
    .replace(/AS (VARCHAR|STRING)\)/g, "AS TEXT)");
}

describe("the aggregation's one query definition", () => {
  it("renders the same filters, de-duplication, weights and ranking for both engines", () => {
    expect(neutral(eventsSql(query, duck, "pair_rows"))).toBe(
      neutral(eventsSql(query, bq, "pair_rows")),
    );
    expect(neutral(dailySql(duck, "events"))).toBe(neutral(dailySql(bq, "events")));
    expect(neutral(topSql(query, duck, "events"))).toBe(neutral(topSql(query, bq, "events")));
  });

  it("weighs each event by max(1, NumSources) and sums weight, w·g and w·g²", () => {
    const sql = dailySql(duck, "events");
    expect(sql).toContain("COUNT(*) AS n");
    expect(sql).toContain("SUM(GREATEST(1, COALESCE(sources, 0))) AS w");
    expect(sql).toContain(
      "SUM(CAST(GREATEST(1, COALESCE(sources, 0)) * goldstein AS DOUBLE)) AS wg",
    );
    expect(sql).toContain(
      "SUM(CAST(GREATEST(1, COALESCE(sources, 0)) * goldstein * goldstein AS DOUBLE)) AS wg2",
    );
    expect(sql).toMatch(/GROUP BY event_day, a1_country, a2_country, root/);
  });

  it("keeps both directions, the days asked and rows less than farDays after their event", () => {
    const { daily } = statements(query, duck);
    expect(daily).toContain(
      "(a1_country = 'USA' AND a2_country = 'COL') OR (a1_country = 'COL' AND a2_country = 'USA')",
    );
    expect(daily).toContain("date_diff('day', event_day, added_day) >= 365 THEN 'far'");
    expect(daily).toContain("event_day < DATE '2015-02-19' OR event_day > DATE '2026-02-03'");
    expect(daily).toContain(
      "GROUP BY event_day, a1_code, a2_code, a1_country, a2_country, event_code, url",
    );
  });

  it("reads files in DuckDB, with quotes in paths escaped and every column as text", () => {
    const { top } = statements(query, duck);
    expect(top).toContain("read_csv(['/data/a.CSV', '/data/it''s.CSV']");
    expect(top).toContain("'c60': 'VARCHAR'");
    expect(top).toContain("null_padding = true");
    expect(top).toContain("* EXCLUDE (rank_in_day)");
  });

  it("reads GDELT's public table in BigQuery, always through a partition filter", () => {
    const { daily, top } = statements(query, bq);
    for (const sql of [daily, top]) {
      expect(sql).toContain(`FROM \`${BIGQUERY_TABLE}\``);
      expect(sql).toContain("_PARTITIONTIME >= TIMESTAMP('2015-02-19')");
      // Rows are added up to farDays after their event: the upper bound leaves room for them.
      expect(sql).toContain(
        "_PARTITIONTIME < TIMESTAMP_ADD(TIMESTAMP('2026-02-03'), INTERVAL 366 DAY)",
      );
      expect(sql).toContain("PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING))");
      expect(sql).not.toContain("read_csv");
    }
    expect(top).toContain("* EXCEPT (rank_in_day)");
    const open = statements({ ...query, from: undefined, to: undefined }, bq).daily;
    expect(open).toContain("_PARTITIONTIME >= TIMESTAMP('2015-02-18')");
    expect(open).not.toContain("TIMESTAMP_ADD");
  });

  it("refuses anything but codes, days and whole numbers, so nothing else reaches the SQL", () => {
    expect(checkQuery(query)).toBeUndefined();
    expect(checkQuery({ ...query, pair: ["USA", "CO'L"] })).toMatch(/three-letter/);
    expect(checkQuery({ ...query, pair: ["USA", "USA"] })).toMatch(/two different/);
    expect(checkQuery({ ...query, from: "2015-02-30" })).toMatch(/--from/);
    expect(checkQuery({ ...query, from: "2016-01-01", to: "2015-01-01" })).toMatch(/before/);
    expect(checkQuery({ ...query, farDays: 0 })).toMatch(/--far-days/);
    expect(checkQuery({ ...query, topPerDay: 1.5 })).toMatch(/--top/);
  });
});

describe("aggregate's command line", () => {
  it("reads the documented options", () => {
    const options = readOptions([
      "--input",
      "a.zip",
      "--pair",
      "usa,col",
      "--from",
      "2015-02-19",
      "--out",
      "out",
      "b.csv",
    ]);
    expect(options).toMatchObject({
      inputs: ["a.zip", "b.csv"],
      query: { pair: ["USA", "COL"], from: "2015-02-19", farDays: 365, topPerDay: 3 },
      engine: "duckdb",
      dryRun: false,
      format: "json",
    });
    expect(
      readOptions(["--input", "a", "--pair", "USA,COL", "--out", "o", "--format", "arrow"]),
    ).toMatchObject({ format: "arrow" });
  });

  it("says what is missing or wrong", () => {
    expect(readOptions(["--input", "a", "--out", "o"])).toEqual({
      error: "--pair is required, e.g. --pair USA,COL",
    });
    expect(readOptions(["--pair", "USA,COL", "--out", "o"])).toHaveProperty("error");
    expect(readOptions(["--pair", "USA,COL", "--engine", "spark", "--out", "o"])).toHaveProperty(
      "error",
    );
    expect(
      readOptions(["--input", "a", "--pair", "USA,COL", "--out", "o", "--format", "csv"]),
    ).toEqual({
      error: "--format takes json or arrow; got csv",
    });
    // BigQuery needs no input files, and a dry run no output folder.
    expect(readOptions(["--pair", "USA,COL", "--engine", "bigquery", "--dry-run"])).toMatchObject({
      engine: "bigquery",
      dryRun: true,
    });
  });
});
