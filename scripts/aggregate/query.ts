/**
 * The aggregation behind `npm run aggregate`, written once and rendered for two SQL engines:
 * DuckDB over GDELT export files on one machine, and BigQuery over GDELT's public
 * `gdelt-bq.gdeltv2.events_partitioned` table. Everything an analyst could question (which rows
 * count, how duplicates collapse, the weights, the ranking) is in the shared text below; a
 * dialect only says how to read its source into the same named columns and how to spell a few
 * functions. It does what the browser's GDELT importer does (src/io/gdelt/aggregate.ts), so a
 * daily.csv from here and a file imported in the app mean the same:
 *   - rows between the two parties' country codes, either direction;
 *   - rows whose event date is `farDays` or more before DATEADDED left out (re-reported news);
 *   - duplicates (same day, actors, CAMEO code and source URL) collapsed, keeping the largest
 *     mention, source and article counts;
 *   - each remaining event weighs w = max(1, NumSources).
 */

export type Engine = "duckdb" | "bigquery";

export interface AggregateQuery {
  /** Three-letter CAMEO country codes ("USA", "COL"). */
  readonly pair: readonly [string, string];
  /** First and last event day, inclusive, as YYYY-MM-DD; undefined leaves that end open. */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Rows whose event date is at least this many days before DATEADDED are left out (365). */
  readonly farDays: number;
  /** Events kept per day for dataset.json (the most-reported). */
  readonly topPerDay: number;
}

/** How one engine reads its source and spells what differs. */
export interface Dialect {
  readonly engine: Engine;
  /**
   * A SELECT producing the normalised columns: event_id, event_day (DATE), added_day (DATE),
   * version, a1_code, a1_name, a1_country, a1_type, a2_code, a2_name, a2_country, a2_type,
   * event_code, root, quad, goldstein, mentions, sources, articles, tone, url, added.
   */
  source(query: AggregateQuery): string;
  /** Whole days from `earlier` to `later` (both DATE). */
  daysBetween(later: string, earlier: string): string;
  /** A DATE literal. */
  date(day: string): string;
  /** A floating-point product that cannot overflow an integer type. */
  double(expression: string): string;
  /** Every column but one: DuckDB's `* EXCLUDE (c)`, BigQuery's `* EXCEPT (c)`. */
  allBut(column: string): string;
  /** The SQL type name of text. */
  readonly text: string;
}

const COUNTRY = /^[A-Z]{3}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a day that exists (2015-02-30 does not). */
function isCalendarDay(day: string): boolean {
  const ms = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  return new Date(ms).toISOString().slice(0, 10) === day;
}

/** Checks what goes into the SQL text: only these shapes are ever spliced in, so no quoting. */
export function checkQuery(query: AggregateQuery): string | undefined {
  const [a, b] = query.pair;
  if (!COUNTRY.test(a) || !COUNTRY.test(b))
    return `--pair takes two three-letter country codes such as USA,COL; got ${a},${b}`;
  if (a === b) return `--pair needs two different countries; got ${a} twice`;
  for (const [name, day] of [
    ["--from", query.from],
    ["--to", query.to],
  ] as const) {
    if (day !== undefined && (!DAY.test(day) || !isCalendarDay(day)))
      return `${name} takes a day as YYYY-MM-DD; got ${day}`;
  }
  if (query.from && query.to && query.to < query.from)
    return `--to (${query.to}) is before --from (${query.from})`;
  if (!Number.isInteger(query.farDays) || query.farDays < 1)
    return `--far-days takes a whole number of days ≥ 1; got ${query.farDays}`;
  if (!Number.isInteger(query.topPerDay) || query.topPerDay < 1)
    return `--top takes a whole number ≥ 1; got ${query.topPerDay}`;
  return undefined;
}

/** Rows between the pair, either direction, as the source gives them: one scan of the input. */
export function pairRowsSql(query: AggregateQuery, dialect: Dialect): string {
  const [a, b] = query.pair;
  return `SELECT * FROM (
${indent(dialect.source(query), 2)}
) src
WHERE (a1_country = '${a}' AND a2_country = '${b}') OR (a1_country = '${b}' AND a2_country = '${a}')`;
}

/** Each pair row's fate; the caller counts them for its report. */
function fate(query: AggregateQuery, dialect: Dialect): string {
  const range = [
    query.from === undefined ? [] : [`event_day < ${dialect.date(query.from)}`],
    query.to === undefined ? [] : [`event_day > ${dialect.date(query.to)}`],
  ].flat();
  return `CASE
    WHEN event_day IS NULL OR added_day IS NULL OR goldstein IS NULL THEN 'unreadable'
    WHEN ${dialect.daysBetween("added_day", "event_day")} >= ${query.farDays} THEN 'far'${
      range.length > 0
        ? `
    WHEN ${range.join(" OR ")} THEN 'outside'`
        : ""
    }
    ELSE 'kept' END`;
}

/** How many pair rows were unreadable, far (re-reported news), outside the days, or kept. */
export function fatesSql(query: AggregateQuery, dialect: Dialect, pairRows: string): string {
  return `SELECT ${fate(query, dialect)} AS fate, COUNT(*) AS rows
FROM ${pairRows}
GROUP BY fate
ORDER BY fate`;
}

/** The kept pair rows with duplicates collapsed: what both outputs read. */
export function eventsSql(query: AggregateQuery, dialect: Dialect, pairRows: string): string {
  return `SELECT
  event_day, a1_code, a2_code, a1_country, a2_country, event_code, url,
  MIN(event_id) AS event_id,
  MAX(version) AS version,
  MAX(a1_name) AS a1_name, MAX(a1_type) AS a1_type,
  MAX(a2_name) AS a2_name, MAX(a2_type) AS a2_type,
  MAX(root) AS root, MAX(quad) AS quad, MAX(goldstein) AS goldstein,
  MAX(mentions) AS mentions, MAX(sources) AS sources, MAX(articles) AS articles,
  MAX(tone) AS tone, MAX(added) AS added
FROM ${pairRows}
WHERE ${fate(query, dialect)} = 'kept'
GROUP BY event_day, a1_code, a2_code, a1_country, a2_country, event_code, url`;
}

/**
 * One row per day × direction × CAMEO root: event count n, summed weight w, weighted Goldstein
 * sum wg and weighted sum of squares wg2, enough to recompute the day's weighted mean (wg / w)
 * and its spread (wg2 / w − mean²) in the app.
 */
export function dailySql(dialect: Dialect, events: string): string {
  const w = "GREATEST(1, COALESCE(sources, 0))";
  return `SELECT
  CAST(event_day AS ${dialect.text}) AS day,
  a1_country AS initiator,
  a2_country AS target,
  root,
  COUNT(*) AS n,
  SUM(${w}) AS w,
  SUM(${dialect.double(`${w} * goldstein`)}) AS wg,
  SUM(${dialect.double(`${w} * goldstein * goldstein`)}) AS wg2
FROM ${events}
GROUP BY event_day, a1_country, a2_country, root
ORDER BY day, initiator, target, root`;
}

/** The `topPerDay` most-reported events of each day (ties: more sources, then lower id). */
export function topSql(query: AggregateQuery, dialect: Dialect, events: string): string {
  return `SELECT ${dialect.allBut("rank_in_day")} FROM (
  SELECT *, ROW_NUMBER() OVER (
    PARTITION BY event_day
    ORDER BY mentions DESC, sources DESC, event_id
  ) AS rank_in_day
  FROM ${events}
) ranked
WHERE rank_in_day <= ${query.topPerDay}
ORDER BY event_day, rank_in_day`;
}

/** The daily and top queries as single statements (BigQuery runs them as they are). */
export function statements(
  query: AggregateQuery,
  dialect: Dialect,
): { daily: string; top: string } {
  const withClause = `WITH pair_rows AS (
${indent(pairRowsSql(query, dialect), 2)}
),
events AS (
${indent(eventsSql(query, dialect, "pair_rows"), 2)}
)`;
  return {
    daily: `${withClause}\n${dailySql(dialect, "events")}`,
    top: `${withClause}\n${topSql(query, dialect, "events")}`,
  };
}

const indent = (text: string, spaces: number): string =>
  text
    .split("\n")
    .map((line) => " ".repeat(spaces) + line)
    .join("\n");
