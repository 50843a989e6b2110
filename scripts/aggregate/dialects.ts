/**
 * The two engines' differences, and only those: how each reads GDELT into the query's columns
 * (scripts/aggregate/query.ts) and how it spells dates, casts and column exclusion.
 */
import type { AggregateQuery, Dialect } from "./query.ts";

/** GDELT export columns by 0-based position (see src/io/gdelt/row.ts and the fixture notes). */
const COLUMN = {
  eventId: 0,
  sqlDate: 1,
  a1Code: 5,
  a1Name: 6,
  a1Country: 7,
  a1Type: 12,
  a2Code: 15,
  a2Name: 16,
  a2Country: 17,
  a2Type: 22,
  eventCode: 26,
  root: 28,
  quad: 29,
  goldstein: 30,
  mentions: 31,
  sources: 32,
  articles: 33,
  tone: 34,
} as const;

/** Export files hold at most 61 columns (GDELT 2.0); 1.0 has 58, its backfile 57. */
export const EXPORT_COLUMNS = 61;

const c = (index: number): string => `c${String(index).padStart(2, "0")}`;

/**
 * Which layout a row has, from its own cells: GDELT 2.0's DATEADDED (column 59) is 14 digits;
 * a 1.0 row ends at column 57 (its URL) or 56 (the backfile's DATEADDED).
 */
const VERSION = `CASE WHEN regexp_matches(COALESCE(${c(59)}, ''), '^[0-9]{14}$') THEN '2.0'
  WHEN ${c(57)} IS NOT NULL THEN '1.0' ELSE '1.0 backfile' END`;

/**
 * DuckDB over export files: read as text with every one of the 61 columns named (shorter 1.0
 * rows padded with NULL), then typed here. TRY_CAST turns an unreadable number into NULL, and
 * such rows are counted (not silently dropped) by the caller's row checks.
 */
export function duckdbDialect(files: readonly string[]): Dialect {
  const list = files.map((file) => `'${file.replace(/'/g, "''")}'`).join(", ");
  const columns = Array.from({ length: EXPORT_COLUMNS }, (_, i) => `'${c(i)}': 'VARCHAR'`);
  return {
    engine: "duckdb",
    text: "VARCHAR",
    // The pair's codes are tested on the raw cells first, so the typing and layout work below
    // runs on the pair's rows only (the shared query tests them again, by name).
    source: (query: AggregateQuery) => `SELECT
  ${c(COLUMN.eventId)} AS event_id,
  TRY_STRPTIME(${c(COLUMN.sqlDate)}, '%Y%m%d')::DATE AS event_day,
  TRY_STRPTIME(LEFT(CASE WHEN version = '2.0' THEN ${c(59)} ELSE ${c(56)} END, 8), '%Y%m%d')::DATE AS added_day,
  version,
  ${c(COLUMN.a1Code)} AS a1_code, ${c(COLUMN.a1Name)} AS a1_name,
  ${c(COLUMN.a1Country)} AS a1_country, ${c(COLUMN.a1Type)} AS a1_type,
  ${c(COLUMN.a2Code)} AS a2_code, ${c(COLUMN.a2Name)} AS a2_name,
  ${c(COLUMN.a2Country)} AS a2_country, ${c(COLUMN.a2Type)} AS a2_type,
  ${c(COLUMN.eventCode)} AS event_code, ${c(COLUMN.root)} AS root,
  TRY_CAST(${c(COLUMN.quad)} AS INTEGER) AS quad,
  TRY_CAST(${c(COLUMN.goldstein)} AS DOUBLE) AS goldstein,
  TRY_CAST(${c(COLUMN.mentions)} AS BIGINT) AS mentions,
  TRY_CAST(${c(COLUMN.sources)} AS BIGINT) AS sources,
  TRY_CAST(${c(COLUMN.articles)} AS BIGINT) AS articles,
  TRY_CAST(${c(COLUMN.tone)} AS DOUBLE) AS tone,
  CASE WHEN version = '2.0' THEN ${c(60)} WHEN version = '1.0' THEN ${c(57)} END AS url,
  CASE WHEN version = '2.0' THEN ${c(59)} ELSE ${c(56)} END AS added
FROM (
  SELECT *, ${VERSION} AS version
  FROM read_csv([${list}], delim = '\\t', quote = '', escape = '', header = false, auto_detect = false,
    null_padding = true, columns = {${columns.join(", ")}})
  WHERE ${c(COLUMN.a1Country)} IN ('${query.pair[0]}', '${query.pair[1]}')
    AND ${c(COLUMN.a2Country)} IN ('${query.pair[0]}', '${query.pair[1]}')
)`,
    daysBetween: (later, earlier) => `date_diff('day', ${earlier}, ${later})`,
    date: (day) => `DATE '${day}'`,
    double: (expression) => `CAST(${expression} AS DOUBLE)`,
    allBut: (column) => `* EXCLUDE (${column})`,
  };
}

/** GDELT 2.0 starts on 18–19 February 2015: without --from, the scan starts there. */
export const GDELT2_FIRST_DAY = "2015-02-18";

/** GDELT's public events table, partitioned by the day each row was added. */
export const BIGQUERY_TABLE = "gdelt-bq.gdeltv2.events_partitioned";

/**
 * BigQuery over GDELT's public table, whose columns are already named and typed. The partition
 * filter (on _PARTITIONTIME, the day a row was added) is what keeps the bill down: rows are
 * added on or after their event day and, past the far-row rule, less than `farDays` later.
 */
export function bigqueryDialect(): Dialect {
  return {
    engine: "bigquery",
    text: "STRING",
    source: (query: AggregateQuery) => {
      const partitions = [
        [`_PARTITIONTIME >= TIMESTAMP('${query.from ?? GDELT2_FIRST_DAY}')`],
        query.to === undefined
          ? []
          : [
              `_PARTITIONTIME < TIMESTAMP_ADD(TIMESTAMP('${query.to}'), INTERVAL ${query.farDays + 1} DAY)`,
            ],
      ].flat();
      const [a, b] = query.pair;
      return `SELECT
  CAST(GLOBALEVENTID AS STRING) AS event_id,
  PARSE_DATE('%Y%m%d', CAST(SQLDATE AS STRING)) AS event_day,
  PARSE_DATE('%Y%m%d', SUBSTR(CAST(DATEADDED AS STRING), 1, 8)) AS added_day,
  '2.0' AS version,
  Actor1Code AS a1_code, Actor1Name AS a1_name,
  Actor1CountryCode AS a1_country, Actor1Type1Code AS a1_type,
  Actor2Code AS a2_code, Actor2Name AS a2_name,
  Actor2CountryCode AS a2_country, Actor2Type1Code AS a2_type,
  EventCode AS event_code, EventRootCode AS root,
  QuadClass AS quad, GoldsteinScale AS goldstein,
  NumMentions AS mentions, NumSources AS sources, NumArticles AS articles,
  AvgTone AS tone, SOURCEURL AS url, CAST(DATEADDED AS STRING) AS added
FROM \`${BIGQUERY_TABLE}\`
WHERE Actor1CountryCode IN ('${a}', '${b}') AND Actor2CountryCode IN ('${a}', '${b}')${partitions
        .map((p) => `\n  AND ${p}`)
        .join("")}`;
    },
    daysBetween: (later, earlier) => `DATE_DIFF(${later}, ${earlier}, DAY)`,
    date: (day) => `DATE '${day}'`,
    double: (expression) => `CAST(${expression} AS FLOAT64)`,
    allBut: (column) => `* EXCEPT (${column})`,
  };
}
