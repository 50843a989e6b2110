/**
 * The `topics` and `actors` URL parameters: which ids of a list are kept. Two forms, so that a
 * link stays short whichever side is small:
 *
 *   topics=trade,security        keep these (the original form, which every link has used)
 *   topics=-trade,-security      keep all but these (each id prefixed with "-")
 *
 * Ids are slugs, which never start with "-", so the forms cannot be confused. A link that turns
 * off one topic of 50,000 names that one, not the 49,999 others (about 600 kB of address that
 * the browser then had to store on every change). Pure: no DOM, no store.
 */

import { keepAllBut } from "../model/filters.ts";
import { EXCLUDE } from "./viewParamNames.ts";

/** Ids named in a warning at most: a list of 50,000 would make the warning itself the problem. */
const NAMED_IN_WARNING = 20;

/** Splits a list, trimming and dropping empty items and repeats ("a,,a" → ["a"]). */
export function splitList(value: string): string[] {
  const items = value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
  return [...new Set(items)];
}

/** "a, b, c" or, for a long list, its first ids and how many more. */
function nameIds(ids: readonly string[]): string {
  if (ids.length <= NAMED_IN_WARNING) return ids.join(", ");
  return `${ids.slice(0, NAMED_IN_WARNING).join(", ")}, … ${ids.length - NAMED_IN_WARNING} more`;
}

/**
 * The kept ids (in the order `known` gives them for the exclusion form, as written for the other)
 * a parameter's value names, or undefined when it names no known id at all: garbage changes
 * nothing rather than silently hiding every event. Unknown ids are dropped with a warning; so is
 * a list mixing both forms, whose excluded ids are then ignored.
 */
export function parseIdList(
  param: "topics" | "actors",
  value: string,
  known: readonly string[],
  warnings: string[],
): readonly string[] | undefined {
  const items = splitList(value);
  const what = param === "topics" ? "topic" : "actor";
  const expected = (): string =>
    `comma-separated ${what} ids (${nameIds(known)}), or ids each prefixed with "-" to keep ` +
    "all but those";
  const knownSet = new Set(known);
  const excluded = items.filter((item) => item.startsWith(EXCLUDE));
  const exclusion = excluded.length > 0 && excluded.length === items.length;
  if (excluded.length > 0 && !exclusion)
    warnings.push(
      `Détente: URL parameter ${param}=${JSON.stringify(value)}: ignoring ` +
        `${excluded.map((id) => JSON.stringify(id)).join(", ")}: a list names either the ids ` +
        `to keep or, each prefixed with "-", the ids to leave out, not both.`,
    );
  const ids = exclusion
    ? items.map((item) => item.slice(EXCLUDE.length))
    : items.filter((item) => !item.startsWith(EXCLUDE));
  const found = ids.filter((id) => knownSet.has(id));
  const unknown = ids.filter((id) => !knownSet.has(id));
  if (unknown.length > 0 && found.length === 0) {
    warnings.push(
      `Détente: ignoring URL parameter ${param}=${JSON.stringify(value)}: expected ${expected()}.`,
    );
    return undefined;
  }
  if (unknown.length > 0) {
    warnings.push(
      `Détente: URL parameter ${param}=${JSON.stringify(value)}: dropping unknown ` +
        `id${unknown.length === 1 ? "" : "s"} ${unknown.map((id) => JSON.stringify(id)).join(", ")}; ` +
        `expected ${expected()}.`,
    );
  }
  if (!exclusion) return found;
  // Remembered as "all but these", so the filter tests the few rather than building a set.
  return keepAllBut(known, new Set(found));
}
