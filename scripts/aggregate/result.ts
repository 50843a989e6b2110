/** What an engine hands back: plain rows, whatever engine produced them. */

/** One line of daily.csv: a day × direction × CAMEO root. */
export interface DailyRow {
  readonly day: string;
  readonly initiator: string;
  readonly target: string;
  readonly root: string;
  /** Events (after de-duplication). */
  readonly n: number;
  /** Σ w, with w = max(1, NumSources). */
  readonly w: number;
  /** Σ w · Goldstein. */
  readonly wg: number;
  /** Σ w · Goldstein². */
  readonly wg2: number;
}

/** A line the CSV reader could not split into GDELT's columns. */
export interface RejectedLine {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface AggregateResult {
  /** Pair rows by fate: "kept", "far", "outside" (the days asked), "unreadable". */
  readonly fates: Readonly<Record<string, number>>;
  readonly daily: readonly DailyRow[];
  /** The most-reported events of each day, columns as named in the query (query.ts). */
  readonly top: readonly Record<string, string>[];
  readonly rejected: readonly RejectedLine[];
}
