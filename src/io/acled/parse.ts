/**
 * ACLED CSV exports (event_id_cnty, event_date, time_precision, event_type, sub_event_type,
 * actor1, actor2, iso, country, notes, source, fatalities, …) → Détente, between two
 * countries (actors.ts says how an actor gets a country).
 *
 * Dates keep ACLED's precision: time_precision 1 (the day is known) → YYYY-MM-DD; 2 (ACLED
 * knows the week, and codes a day in it) → the finest EDTF unit that holds the whole week
 * around that day (its month, else its year), marked approximate; 3 (the month or coarser is
 * known) → YYYY-MM. Scores go through the ACLED → CAMEO root mapping (mapping.ts).
 */
import { readCsv, headerKey, malformedReason } from "../csv/rows.ts";
import { ImportLog, plural } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { warnReplacementChars } from "../pipeline/warnings.ts";
import { buildPairDataset } from "../eventdata/build.ts";
import { countryCode } from "../eventdata/countries.ts";
import { readDay } from "../eventdata/dates.ts";
import { topicOf } from "../eventdata/quad.ts";
import type { EventDataResult, EventRecord } from "../eventdata/record.ts";
import { cellOf, missingColumns } from "../eventdata/table.ts";
import { actorCountry } from "./actors.ts";
import { mappingKey, rootFor, type AcledMapping, type AcledTypeUse } from "./mapping.ts";

export const ACLED_REQUIRED = [
  ["eventidcnty"],
  ["eventdate"],
  ["eventtype"],
  ["actor1"],
  ["actor2"],
  ["country"],
] as const;

export function isAcledHeader(header: readonly string[]): boolean {
  const index = new Map(header.map((cell, i) => [headerKey(cell), i] as const));
  return missingColumns(index, ACLED_REQUIRED).length === 0;
}

export interface AcledImportOptions extends ImportOptions {
  /** The reader's edits to the type → CAMEO root mapping. */
  readonly acledMapping?: AcledMapping;
}

export type AcledImportResult = EventDataResult & { readonly acledTypes?: readonly AcledTypeUse[] };

const WEEK_DAYS = 3;

const optionalScore = (score: number | undefined): { score?: number } =>
  score === undefined ? {} : { score };

/** time_precision 2: the finest unit holding the 7 days around the coded day. */
function weekDate(day: string): string {
  const t = Date.UTC(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  );
  const first = new Date(t - WEEK_DAYS * 86_400_000).toISOString().slice(0, 10);
  const last = new Date(t + WEEK_DAYS * 86_400_000).toISOString().slice(0, 10);
  if (first.slice(0, 7) === last.slice(0, 7)) return day.slice(0, 7);
  return day.slice(0, 4);
}

export function parseAcled(text: string, options: AcledImportOptions = {}): AcledImportResult {
  return guard("acled", (): AcledImportResult => {
    const log = new ImportLog();
    if (text.includes("\ufffd")) warnReplacementChars(log, text);
    const table = readCsv(text);
    const [head, ...rows] = table.rows;
    const header = head?.cells ?? [];
    const index = new Map<string, number>();
    header.forEach((cell, i) => {
      if (!index.has(headerKey(cell))) index.set(headerKey(cell), i);
    });
    const missing = missingColumns(index, ACLED_REQUIRED);
    if (missing.length > 0) {
      log.problem(
        `not an ACLED export: the header (line 1) lacks ${missing.map((m) => `"${m[0]}"`).join(", ")}`,
        1,
      );
      return { ok: false, report: log.report("acled", 0) };
    }
    const uses = new Map<
      string,
      { eventType: string; subEventType: string; root: string; events: number }
    >();
    const records: EventRecord[] = [];
    for (const row of rows) {
      if (row.malformed !== undefined) {
        log.skip(malformedReason(row), row.line);
        continue;
      }
      const record = readRow(row, index, log, options, uses);
      if (record) records.push(record);
    }
    const result = buildPairDataset(records, log, {
      format: "acled",
      formatName: "ACLED",
      publisher: "ACLED event export",
      fileName: options.fileName,
      parties: options.parties,
      goldstein: options.goldstein,
      scoring:
        "ACLED codes no conflict–cooperation score: each event type was mapped to a CAMEO root " +
        "and scored with that root's Goldstein value (a derived mapping; each event's score note " +
        "names its row).",
      idHint: "acled",
    });
    const acledTypes = [...uses.values()].sort((a, b) => b.events - a.events);
    return { ...result, acledTypes };
  });
}

function readRow(
  row: { readonly cells: readonly string[]; readonly line: number },
  index: ReadonlyMap<string, number>,
  log: ImportLog,
  options: AcledImportOptions,
  uses: Map<string, { eventType: string; subEventType: string; root: string; events: number }>,
): EventRecord | undefined {
  const dateText = cellOf(row, index, "eventdate");
  const day = readDay(dateText);
  if (!day) {
    log.skip(
      "invalid event_date",
      row.line,
      `event_date "${dateText.slice(0, 20)}" is not a date (YYYY-MM-DD or "1 June 2023")`,
    );
    return undefined;
  }
  const precisionText = cellOf(row, index, "timeprecision");
  let date = day;
  let approximate = false;
  if (precisionText === "2") {
    date = weekDate(day);
    approximate = true;
  } else if (precisionText === "3") date = day.slice(0, 7);
  else if (precisionText !== "1") {
    log.warn(
      "acled-precision",
      (n) =>
        `${plural(n, "row has", "rows have")} no time_precision of 1, 2 or 3: the day was taken as known`,
      row.line,
    );
  }
  const eventType = cellOf(row, index, "eventtype");
  const subEventType = cellOf(row, index, "subeventtype");
  const countryCell = cellOf(row, index, "country");
  const eventCountry = countryCode(countryCell) ?? "";
  if (countryCell !== "" && eventCountry === "")
    log.warn(
      "acled-country",
      (n) =>
        `${plural(n, "row names a country", "rows name countries")} without an ISO 3166-1 code`,
      row.line,
    );
  const actor1 = cellOf(row, index, "actor1");
  const actor2 = cellOf(row, index, "actor2");
  const mapped = rootFor(eventType, subEventType, options.acledMapping);
  const root = mapped?.root ?? "";
  const key = mappingKey({ eventType, subEventType });
  const use = uses.get(key) ?? { eventType, subEventType, root, events: 0 };
  use.events++;
  uses.set(key, use);
  const typeText = subEventType ? `${eventType}: ${subEventType}` : eventType || "Event";
  const fatalities = cellOf(row, index, "fatalities");
  const notes = cellOf(row, index, "notes");
  const source = cellOf(row, index, "source");
  const id = cellOf(row, index, "eventidcnty");
  const location = [cellOf(row, index, "location"), cellOf(row, index, "admin1"), countryCell]
    .filter((part) => part !== "")
    .join(", ");
  const scoreNote =
    root === ""
      ? `Derived: ACLED type "${typeText}" has no CAMEO equivalent in the mapping, so it is unscored (0).`
      : `Derived: ACLED type "${typeText}" mapped to CAMEO root ${root} (${mapped?.basis ?? ""}); ` +
        "scored with that root's Goldstein value. The mapping can be edited after import.";
  return {
    line: row.line,
    id,
    date,
    approximate,
    source: {
      country: actorCountry(actor1, eventCountry),
      name: actor1,
      role: cellOf(row, index, "inter1") ? `ACLED actor type ${cellOf(row, index, "inter1")}` : "",
    },
    target: {
      country: actor2 === "" ? "" : actorCountry(actor2, eventCountry),
      name: actor2,
      role: cellOf(row, index, "inter2") ? `ACLED actor type ${cellOf(row, index, "inter2")}` : "",
    },
    // The root's Goldstein score is written out with the note, so the event says it is derived
    // (a CAMEO code alone would read as CAMEO's own score).
    ...(root === ""
      ? { score: 0 }
      : { cameo: root, ...optionalScore(options.goldstein?.get(root)) }),
    scoreNote,
    title: `${typeText}: ${actor1 || "unnamed actor"}${actor2 ? ` and ${actor2}` : ""}`,
    summary:
      (notes || `${typeText} involving ${actor1}${actor2 ? ` and ${actor2}` : ""}.`) +
      (location ? ` Location: ${location}.` : "") +
      (fatalities !== "" ? ` Fatalities reported by ACLED: ${fatalities}.` : ""),
    topic: topicOf(root === "" ? undefined : root, undefined),
    ...(source ? { publisher: source } : {}),
    ...(id
      ? { fileNote: `ACLED event ${id}, time precision ${precisionText || "not given"}` }
      : {}),
  };
}
