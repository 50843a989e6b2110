/**
 * The two parties of a plain CSV. With initiator/target columns, the parties are the two codes
 * those columns use most (unless the caller names them); rows that involve a third party are
 * skipped, because a Détente dataset is about exactly two. Cells may hold a code ("USA") or,
 * when the caller named the parties, a party's name ("United States").
 */
import type { Party } from "../../model/schema.ts";
import { PLACEHOLDER_PARTIES } from "../shared/datasetBuilder.ts";
import type { ImportLog } from "../pipeline/log.ts";

const CODE = /^[A-Za-z]{3}$/;

export interface PartyResolver {
  readonly parties: readonly [Party, Party] | undefined;
  /** A cell → party code; "" for an empty cell; undefined when it is not one of the parties. */
  resolve(cell: string): string | undefined;
}

export function resolveCsvParties(
  cells: readonly string[],
  given: readonly [Party, Party] | undefined,
  log: ImportLog,
): PartyResolver {
  let parties = given;
  if (parties === undefined && cells.length > 0) {
    const counts = new Map<string, number>();
    for (const cell of cells) {
      const text = cell.trim();
      if (CODE.test(text))
        counts.set(text.toUpperCase(), (counts.get(text.toUpperCase()) ?? 0) + 1);
    }
    // Ties go to the code seen first (a Map keeps insertion order and sort is stable).
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    const [first, second] = ranked;
    if (first !== undefined) {
      const other =
        second ?? PLACEHOLDER_PARTIES.map((p) => p.code).find((c) => c !== first) ?? "BBB";
      parties = [
        { code: first, name: first },
        { code: other, name: second === undefined ? "Side B" : other },
      ];
      log.warn(
        "csv-parties",
        () =>
          `parties taken from the initiator/target columns: ${first} and ${second ?? `${other} (placeholder)`}` +
          (ranked.length > 2
            ? `; ${ranked.length - 2} other codes were found (rows with them are skipped)`
            : ""),
      );
    }
  }
  const lookup = new Map<string, string>();
  for (const party of parties ?? []) {
    lookup.set(party.code.toLowerCase(), party.code);
    lookup.set(party.name.trim().toLowerCase(), party.code);
  }
  return {
    parties,
    resolve: (cell) => {
      const text = cell.trim().toLowerCase();
      return text === "" ? "" : lookup.get(text);
    },
  };
}
