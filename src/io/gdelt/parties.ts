/**
 * The default parties for a GDELT file: the pair of countries with the most events between
 * them. Only country codes count (eventdata/countries.ts): CAMEO region codes (AFR, EUR, WST…)
 * and organisation codes (UNO…) share the column but are never parties. (The two most frequent codes on their own can share no event at all — in the sample
 * file ZWE and USA are the most frequent codes and never meet — which would import nothing.)
 * Ties go to the pair whose codes are more frequent overall, then alphabetically.
 */

export interface PartyChoice {
  readonly codes: readonly [string, string];
  /** Rows between the two (0 when no row has two different country codes). */
  readonly rows: number;
}

import { isCountry } from "../eventdata/countries.ts";

/** The part of a row the choice reads (a GdeltRow, or GdeltLineReader's smaller key). */
interface WithCountries {
  readonly actor1: { readonly country: string };
  readonly actor2: { readonly country: string };
}

export function chooseGdeltParties(rows: readonly WithCountries[]): PartyChoice | undefined {
  const codeCounts = new Map<string, number>();
  const pairCounts = new Map<string, number>();
  for (const row of rows) {
    const a = row.actor1.country;
    const b = row.actor2.country;
    for (const code of new Set([a, b])) {
      if (isCountry(code)) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
    }
    if (isCountry(a) && isCountry(b) && a !== b) {
      const key = [a, b].sort().join(" ");
      pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
    }
  }
  const weight = (key: string): number =>
    key.split(" ").reduce((sum, code) => sum + (codeCounts.get(code) ?? 0), 0);
  const pairs = [...pairCounts].sort(
    (x, y) => y[1] - x[1] || weight(y[0]) - weight(x[0]) || x[0].localeCompare(y[0]),
  );
  const best = pairs[0];
  if (best) {
    const [a = "", b = ""] = best[0].split(" ");
    return { codes: [a, b], rows: best[1] };
  }
  const codes = [...codeCounts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
  const [first, second] = codes;
  return first && second ? { codes: [first[0], second[0]], rows: 0 } : undefined;
}
