/**
 * The country pairs of an event file, both directions together, most events first: what the
 * pair picker lists and what an import takes when the reader has not chosen a pair.
 */
import { countryName, isCountry } from "./countries.ts";

export interface PairCount {
  /** The two country codes, alphabetical. */
  readonly codes: readonly [string, string];
  readonly names: readonly [string, string];
  /** Rows between the two, in either direction, after the format's own filters. */
  readonly events: number;
}

/** How many pairs an import reports: more than anyone scrolls through, few enough to send. */
export const MAX_PAIRS = 300;

export class PairCounter {
  private readonly counts = new Map<string, number>();
  private readonly codeCounts = new Map<string, number>();

  /** Counts one row; rows without two different country codes count for nothing. */
  add(a: string, b: string): void {
    if (a === b || !isCountry(a) || !isCountry(b)) return;
    const key = a < b ? `${a} ${b}` : `${b} ${a}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.codeCounts.set(a, (this.codeCounts.get(a) ?? 0) + 1);
    this.codeCounts.set(b, (this.codeCounts.get(b) ?? 0) + 1);
  }

  /**
   * Most events first; ties go to the pair whose countries appear more often overall, then
   * alphabetically, so the same file always proposes the same pair.
   */
  pairs(limit = MAX_PAIRS): PairCount[] {
    const weight = (key: string): number =>
      key.split(" ").reduce((sum, code) => sum + (this.codeCounts.get(code) ?? 0), 0);
    return [...this.counts]
      .sort((x, y) => y[1] - x[1] || weight(y[0]) - weight(x[0]) || x[0].localeCompare(y[0]))
      .slice(0, limit)
      .map(([key, events]) => {
        const [a = "", b = ""] = key.split(" ");
        return {
          codes: [a, b],
          names: [countryName(a) ?? a, countryName(b) ?? b],
          events,
        };
      });
  }
}

/** True when a row runs between the two codes, in either direction. */
export function between(x: string, y: string, a: string, b: string): boolean {
  return (x === a && y === b) || (x === b && y === a);
}
