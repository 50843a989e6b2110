/**
 * The checks on `translations` that need the whole dataset: a translation names an event,
 * topic, actor, era, party, source, citation or correction that exists, and translates only
 * texts the dataset has (a translated score note on an event without one would never be shown).
 * Field names and shapes are zod's to check (schema.ts); like validate.ts, this runs on the raw
 * input and guards every access.
 */
import type { Problem } from "./result.ts";

type Loose = Record<string, unknown>;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** The `id` (or `code`) of each item of a raw list, with the item. */
function byKey(list: unknown, key: "id" | "code"): Map<string, Loose> {
  const out = new Map<string, Loose>();
  for (const item of asArray(list)) {
    const id = isRecord(item) ? asString(item[key]) : undefined;
    if (id !== undefined && !out.has(id)) out.set(id, item as Loose);
  }
  return out;
}

function known(ids: Iterable<string>): string {
  const list = [...ids];
  if (list.length === 0) return "none";
  return list.slice(0, 12).join(", ") + (list.length > 12 ? ", …" : "");
}

/** Keys of a translation map that name nothing in the dataset. */
function checkKeys(
  map: unknown,
  targets: ReadonlyMap<string, unknown>,
  path: string,
  what: string,
  problems: Problem[],
): void {
  if (!isRecord(map)) return;
  for (const key of Object.keys(map)) {
    if (!targets.has(key))
      problems.push({
        path: `${path}.${key}`,
        message: `translation of an unknown ${what} "${key}"; expected one of: ${known(targets.keys())}`,
      });
  }
}

/** Translated fields whose original text the item does not have. */
function checkHasOriginal(
  translation: unknown,
  original: Loose,
  fields: readonly string[],
  path: string,
  problems: Problem[],
): void {
  if (!isRecord(translation)) return;
  for (const field of fields) {
    const a = /^[aeiou]/.test(field) ? "an" : "a";
    if (translation[field] !== undefined && asString(original[field]) === undefined)
      problems.push({
        path: `${path}.${field}`,
        message: `translates ${a} ${field} the original does not have; expected no ${field} here, or ${a} ${field} in the original`,
      });
  }
}

/**
 * Positions ("0", "1"…) in a translation map that are past the end of the list they translate;
 * calls `each` with the item for those that exist.
 */
function checkPositions(
  map: unknown,
  list: unknown,
  path: string,
  what: string,
  problems: Problem[],
  each: (item: Loose, translation: unknown, path: string) => void = () => undefined,
): void {
  if (!isRecord(map)) return;
  const items = asArray(list);
  for (const [key, translation] of Object.entries(map)) {
    if (!/^(0|[1-9]\d*)$/.test(key)) continue; // zod reports malformed positions.
    const item = items[Number(key)];
    if (!isRecord(item)) {
      problems.push({
        path: `${path}.${key}`,
        message:
          items.length === 0
            ? `translation of ${what} ${key}, but there are none`
            : `translation of ${what} ${key}, but there ${items.length === 1 ? "is 1" : `are ${items.length}`} (positions 0 to ${items.length - 1})`,
      });
    } else each(item, translation, `${path}.${key}`);
  }
}

function checkEvent(event: Loose, translation: unknown, path: string, problems: Problem[]): void {
  if (!isRecord(translation)) return;
  checkHasOriginal(translation, event, ["scoreNote", "dateLabel"], path, problems);
  checkHasOriginal(
    translation["media"],
    isRecord(event["media"]) ? event["media"] : {},
    ["caption", "alt"],
    `${path}.media`,
    problems,
  );
  checkPositions(
    translation["citations"],
    event["citations"],
    `${path}.citations`,
    "citation",
    problems,
    (citation, own, at) => checkHasOriginal(own, citation, ["quote", "note"], at, problems),
  );
  checkPositions(
    translation["discrepancies"],
    event["discrepancies"],
    `${path}.discrepancies`,
    "discrepancy",
    problems,
    (discrepancy, own, at) => {
      checkHasOriginal(own, discrepancy, ["resolution"], at, problems);
      if (isRecord(own))
        checkPositions(
          own["accounts"],
          discrepancy["accounts"],
          `${at}.accounts`,
          "account",
          problems,
        );
    },
  );
}

export function checkTranslations(input: Loose, problems: Problem[]): void {
  const translations = input["translations"];
  if (!isRecord(translations)) return;
  const own = asString(input["lang"]) ?? "en";
  const parties = new Map([
    ...byKey(input["parties"], "code"),
    ...byKey(input["thirdParties"], "code"),
  ]);
  const topics = byKey(input["topics"], "id");
  const actors = byKey(input["actors"], "id");
  const eras = byKey(input["eras"], "id");
  const sources = byKey(input["sources"], "id");
  const events = byKey(input["events"], "id");

  for (const [lang, translation] of Object.entries(translations)) {
    const base = `translations.${lang}`;
    if (lang === own) {
      problems.push({
        path: base,
        message: `the dataset is written in "${lang}" already; expected translations into other languages (set "lang" if the dataset's texts are not in English)`,
      });
      continue;
    }
    if (!isRecord(translation)) continue;
    checkKeys(translation["parties"], parties, `${base}.parties`, "party", problems);
    checkKeys(translation["topics"], topics, `${base}.topics`, "topic", problems);
    checkKeys(translation["actors"], actors, `${base}.actors`, "actor", problems);
    checkKeys(translation["eras"], eras, `${base}.eras`, "era", problems);
    const eraTranslations = translation["eras"];
    if (isRecord(eraTranslations))
      for (const [id, era] of eras)
        checkHasOriginal(eraTranslations[id], era, ["summary"], `${base}.eras.${id}`, problems);
    checkKeys(translation["sources"], sources, `${base}.sources`, "source", problems);
    checkKeys(translation["events"], events, `${base}.events`, "event", problems);
    checkPositions(
      translation["corrections"],
      input["corrections"],
      `${base}.corrections`,
      "correction",
      problems,
    );
    const eventTranslations = translation["events"];
    if (isRecord(eventTranslations))
      for (const [id, eventTranslation] of Object.entries(eventTranslations)) {
        const event = events.get(id);
        if (event) checkEvent(event, eventTranslation, `${base}.events.${id}`, problems);
      }
  }
}
