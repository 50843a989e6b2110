/**
 * POLECAT's tab-separated releases and PLOVER JSON (an array, `{"events": [...]}`, or
 * newline-delimited JSON, one record a line) → Détente, between two countries. Scores come from
 * the derived PLOVER score table (scores.ts): by mode where the record has one, else by type.
 *
 * Field names: POLECAT's header (Event ID, Event Date, Event Type, Event Mode, Contexts, Actor
 * Name, Actor Country, Recipient Name, Recipient Country, …), compared without case or spacing;
 * PLOVER JSON's `id`, `date`/`event_date`, `event`/`event_type`, `mode`, `context`, and the
 * actors either flat (`source_country`/`actor_country`, `target_country`/`recipient_country`)
 * or nested (`source`/`actor` and `target`/`recipient` objects with `name` and `country`).
 * Countries may be ISO 3166-1 alpha-3 codes or names.
 */
import { headerKey } from "../csv/rows.ts";
import { ImportLog } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { warnReplacementChars } from "../pipeline/warnings.ts";
import { buildPairDataset } from "../eventdata/build.ts";
import type { EventDataResult, EventRecord } from "../eventdata/record.ts";
import { cellOf, columnIndex, missingColumns, readTabTable } from "../eventdata/table.ts";
import { isRecord } from "../shared/jsonInput.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";
import { parseJsonText } from "../shared/jsonText.ts";
import { ploverRecord, type PloverFields } from "./record.ts";

export const POLECAT_REQUIRED = [
  ["eventdate", "storydate", "date"],
  ["eventtype"],
  ["actorcountry", "sourcecountry"],
  ["recipientcountry", "targetcountry"],
] as const;

export function isPolecatHeader(header: readonly string[]): boolean {
  return missingColumns(columnIndex(header), POLECAT_REQUIRED).length === 0;
}

const SCORING =
  "Scores come from Détente's PLOVER score table (data/plover/plover-scores.tsv), derived from " +
  "PLOVER's CAMEO crosswalk and the CAMEO Goldstein values: by mode where the event has one, " +
  "else by event type.";

function finish(
  records: readonly EventRecord[],
  log: ImportLog,
  options: ImportOptions,
  format: "polecat" | "plover-json",
) {
  return buildPairDataset(records, log, {
    format,
    formatName: format === "polecat" ? "POLECAT" : "PLOVER",
    publisher: format === "polecat" ? "POLECAT event data" : "PLOVER event records",
    fileName: options.fileName,
    parties: options.parties,
    goldstein: options.goldstein,
    scoring: SCORING,
    idHint: format === "polecat" ? "polecat" : "plover",
  });
}

export function parsePolecat(text: string, options: ImportOptions = {}): EventDataResult {
  return guard("polecat", (): EventDataResult => {
    const log = new ImportLog();
    if (text.includes("\ufffd")) warnReplacementChars(log, text);
    const table = readTabTable(text);
    const index = columnIndex(table.header);
    const missing = missingColumns(index, POLECAT_REQUIRED);
    if (missing.length > 0) {
      log.problem(
        `not a POLECAT file: the header (line 1) lacks ${missing.map((m) => `"${m[0]}"`).join(", ")}`,
        1,
      );
      return { ok: false, report: log.report("polecat", 0) };
    }
    const records: EventRecord[] = [];
    for (const row of table.rows) {
      const get = (...keys: string[]): string => cellOf(row, index, ...keys);
      const record = ploverRecord(
        {
          line: row.line,
          id: get("eventid", "id"),
          date: get("eventdate", "storydate", "date"),
          eventType: get("eventtype"),
          mode: get("eventmode", "mode"),
          context: get("contexts", "context"),
          sourceName: get("actorname", "sourcename"),
          sourceCountry: get("actorcountry", "sourcecountry"),
          targetName: get("recipientname", "targetname"),
          targetCountry: get("recipientcountry", "targetcountry"),
          text: get("headline", "eventtext", "text"),
          url: get("url", "sourceurl"),
          publisher: get("publisher", "source"),
        },
        log,
      );
      if (record) records.push(record);
    }
    return finish(records, log, options, "polecat");
  });
}

// ---------------------------------------------------------------------------------------------
// PLOVER JSON

const text = (value: unknown): string =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";

function pick(record: Record<string, unknown>, keys: readonly string[]): unknown {
  const byKey = new Map(Object.keys(record).map((key) => [headerKey(key), record[key]] as const));
  for (const key of keys) if (byKey.has(key)) return byKey.get(key);
  return undefined;
}

function actor(
  record: Record<string, unknown>,
  objects: readonly string[],
  flat: string,
): { name: string; country: string } {
  for (const key of objects) {
    const value = pick(record, [key]);
    if (isRecord(value))
      return {
        name: text(pick(value, ["name", "actor"])),
        country: text(pick(value, ["country", "countrycode", "iso"])),
      };
    if (typeof value === "string" && value.trim() !== "")
      return { name: value.trim(), country: text(pick(record, [`${flat}country`])) };
  }
  return {
    name: text(pick(record, [`${flat}name`, `${flat}actor`])),
    country: text(pick(record, [`${flat}country`])),
  };
}

function modeText(value: unknown): string {
  return Array.isArray(value) ? value.map(text).filter(Boolean).join(";") : text(value);
}

export function ploverFields(record: Record<string, unknown>, line: number): PloverFields {
  const source = actor(
    record,
    ["source", "actor"],
    record["actor_country"] !== undefined ? "actor" : "source",
  );
  const target = actor(
    record,
    ["target", "recipient"],
    record["recipient_country"] !== undefined ? "recipient" : "target",
  );
  return {
    line,
    id: text(pick(record, ["id", "eventid"])),
    date: text(pick(record, ["date", "eventdate", "storydate"])),
    eventType: text(pick(record, ["event", "eventtype", "type"])),
    mode: modeText(pick(record, ["mode", "eventmode"])),
    context: modeText(pick(record, ["context", "contexts"])),
    sourceName: source.name,
    sourceCountry: source.country,
    targetName: target.name,
    targetCountry: target.country,
    text: text(pick(record, ["text", "headline", "sentence"])),
    url: text(pick(record, ["url", "sourceurl"])),
    publisher: text(pick(record, ["publisher"])),
  };
}

/** Records from an array, `{"events": [...]}` or NDJSON, each with its line. */
function jsonRecords(
  body: string,
  log: ImportLog,
): { value: unknown; line: number | undefined; where: string }[] | undefined {
  const whole = parseJsonText(body);
  if (whole.ok) {
    const value = whole.value;
    const path = Array.isArray(value)
      ? []
      : isRecord(value) && Array.isArray(value["events"])
        ? ["events"]
        : undefined;
    if (path === undefined) {
      if (isRecord(value)) return [{ value, line: 1, where: "(file)" }];
      log.problem(
        'not PLOVER JSON: expected an array of event records, {"events": [...]}, or one record per line',
      );
      return undefined;
    }
    const items = (
      path.length === 0 ? value : (value as Record<string, unknown>)["events"]
    ) as unknown[];
    const lines = jsonItemLines(body, path);
    return items.map((item, i) => ({
      value: item,
      line: lines(i),
      where: `${path.join(".")}[${i}]`,
    }));
  }
  // Newline-delimited: one record a line; a broken line is skipped, the others kept.
  const out: { value: unknown; line: number | undefined; where: string }[] = [];
  body.split("\n").forEach((raw, i) => {
    const lineText = raw.trim();
    if (lineText === "") return;
    const parsed = parseJsonText(lineText);
    if (parsed.ok) out.push({ value: parsed.value, line: i + 1, where: `line ${i + 1}` });
    else
      log.skip(
        "malformed JSON line",
        i + 1,
        `line ${i + 1}: ${parsed.error[0]?.message ?? "malformed JSON"}`,
      );
  });
  return out;
}

export function parsePloverJson(body: string, options: ImportOptions = {}): EventDataResult {
  return guard("plover-json", (): EventDataResult => {
    const log = new ImportLog();
    if (body.includes("\ufffd")) warnReplacementChars(log, body);
    const items = jsonRecords(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body, log);
    if (!items) return { ok: false, report: log.report("plover-json", 0) };
    const records: EventRecord[] = [];
    for (const item of items) {
      if (!isRecord(item.value)) {
        log.skip("not an event record (an object)", item.line, `${item.where}: expected an object`);
        continue;
      }
      const record = ploverRecord(ploverFields(item.value, item.line ?? 0), log);
      if (record) records.push(item.line === undefined ? { ...record, line: 0 } : record);
    }
    return finish(records, log, options, "plover-json");
  });
}

/** True for a JSON value or first NDJSON record that looks like a PLOVER event. */
export function looksLikePlover(value: unknown): boolean {
  const first = Array.isArray(value)
    ? value.find(isRecord)
    : isRecord(value) && Array.isArray(value["events"])
      ? (value["events"] as unknown[]).find(isRecord)
      : value;
  if (!isRecord(first)) return false;
  const keys = new Set(Object.keys(first).map(headerKey));
  const hasType = keys.has("event") || keys.has("eventtype");
  const hasDate = keys.has("date") || keys.has("eventdate") || keys.has("storydate");
  const hasActors = [
    "source",
    "actor",
    "target",
    "recipient",
    "sourcecountry",
    "actorcountry",
    "recipientcountry",
    "targetcountry",
  ].some((k) => keys.has(k));
  return hasType && hasDate && hasActors;
}
