/**
 * GDELT reports the same event many times and many events per day; a timeline of every row is
 * unreadable. Three steps make it readable without losing the signal:
 *  1. duplicates (same date, actors, CAMEO code and source URL) collapse into one row;
 *  2. the tension input keeps every remaining row, as one impulse per day: the mean Goldstein
 *     score weighted by NumSources (a row with 0 sources still counts once);
 *  3. the timeline shows only the K most-reported rows of each day.
 */
import type { GdeltRow } from "./row.ts";

/**
 * The tension input for a whole GDELT file, one entry per day with events between the parties.
 * `meanGoldstein` is the NumSources-weighted mean Goldstein score of the day's rows and `weight`
 * the total NumSources, so a chart can feed `meanGoldstein × weight` (or the mean alone) into
 * the same decaying sum it uses for dataset events.
 */
export interface DailyImpulse {
  /** YYYY-MM-DD (UTC day of the event, GDELT's SQLDATE). */
  readonly day: string;
  readonly meanGoldstein: number;
  /** Total NumSources of the day's rows (each row counts at least 1). */
  readonly weight: number;
}

export type RankBy = "mentions" | "sources";

export function dedupKey(row: GdeltRow): string {
  return [row.date, row.actor1.code, row.actor2.code, row.eventCode, row.url].join("\u0000");
}

/** Splits rows into the first of each duplicate set (with the largest counts seen) and the rest. */
export function deduplicate(rows: readonly GdeltRow[]): {
  kept: GdeltRow[];
  duplicates: GdeltRow[];
} {
  const byKey = new Map<string, GdeltRow>();
  const duplicates: GdeltRow[] = [];
  for (const row of rows) {
    const key = dedupKey(row);
    const first = byKey.get(key);
    if (!first) {
      byKey.set(key, row);
      continue;
    }
    duplicates.push(row);
    byKey.set(key, {
      ...first,
      mentions: Math.max(first.mentions, row.mentions),
      sources: Math.max(first.sources, row.sources),
      articles: Math.max(first.articles, row.articles),
    });
  }
  return { kept: [...byKey.values()], duplicates };
}

export function dailyImpulses(rows: readonly GdeltRow[]): DailyImpulse[] {
  const days = new Map<string, { sum: number; weight: number }>();
  for (const row of rows) {
    const w = Math.max(1, row.sources);
    const day = days.get(row.date) ?? { sum: 0, weight: 0 };
    day.sum += row.goldstein * w;
    day.weight += w;
    days.set(row.date, day);
  }
  return [...days]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([day, { sum, weight }]) => ({ day, meanGoldstein: sum / weight, weight }));
}

/** The K most-reported rows of each day (ties: more sources, then file order), by date. */
export function topPerDay(
  rows: readonly GdeltRow[],
  k: number,
  rankBy: RankBy,
): { top: GdeltRow[]; rest: GdeltRow[] } {
  const primary = (r: GdeltRow) => (rankBy === "mentions" ? r.mentions : r.sources);
  const secondary = (r: GdeltRow) => (rankBy === "mentions" ? r.sources : r.mentions);
  const byDay = new Map<string, GdeltRow[]>();
  for (const row of rows) {
    const day = byDay.get(row.date);
    if (day) day.push(row);
    else byDay.set(row.date, [row]);
  }
  const top: GdeltRow[] = [];
  const rest: GdeltRow[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const ranked = (byDay.get(day) ?? []).sort(
      (a, b) => primary(b) - primary(a) || secondary(b) - secondary(a) || a.line - b.line,
    );
    top.push(...ranked.slice(0, k));
    rest.push(...ranked.slice(k));
  }
  return { top, rest };
}
