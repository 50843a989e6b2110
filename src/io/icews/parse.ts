/**
 * ICEWS coded event files (tab-separated, 20 named columns: Event ID, Event Date, Source Name,
 * Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, Target Name, Target
 * Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province,
 * Country, Latitude, Longitude) → Détente, between two countries.
 *
 * ICEWS names countries ("United States", "Russian Federation"); they are mapped to ISO 3166-1
 * alpha-3 codes (eventdata/countries.ts), and a name the table does not know is reported, with
 * its rows. `Intensity` is already on the −10 … +10 conflict–cooperation scale and is the
 * event's score; the CAMEO code is kept beside it.
 */
import { ImportLog, plural } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { warnReplacementChars } from "../pipeline/warnings.ts";
import { buildPairDataset } from "../eventdata/build.ts";
import { countryCode } from "../eventdata/countries.ts";
import { readDay } from "../eventdata/dates.ts";
import { topicOf } from "../eventdata/quad.ts";
import type { EventDataResult, EventRecord, EventSide } from "../eventdata/record.ts";
import {
  cellOf,
  columnIndex,
  missingColumns,
  readTabTable,
  type TabRow,
} from "../eventdata/table.ts";

/** The header keys that make a file ICEWS (detect.ts), and that the import needs. */
export const ICEWS_REQUIRED = [
  ["eventdate"],
  ["sourcecountry"],
  ["targetcountry"],
  ["intensity"],
  ["cameocode"],
] as const;

export function isIcewsHeader(header: readonly string[]): boolean {
  return missingColumns(columnIndex(header), ICEWS_REQUIRED).length === 0;
}

function side(
  row: TabRow,
  index: ReadonlyMap<string, number>,
  prefix: "source" | "target",
  unknown: (name: string, line: number) => void,
): EventSide {
  const countryCell = cellOf(row, index, `${prefix}country`);
  const country = countryCode(countryCell) ?? "";
  if (countryCell !== "" && country === "") unknown(countryCell, row.line);
  return {
    country,
    name: cellOf(row, index, `${prefix}name`) || countryCell,
    role: cellOf(row, index, `${prefix}sectors`),
  };
}

export function parseIcews(text: string, options: ImportOptions = {}): EventDataResult {
  return guard("icews", (): EventDataResult => {
    const log = new ImportLog();
    if (text.includes("\ufffd")) warnReplacementChars(log, text);
    const table = readTabTable(text);
    const index = columnIndex(table.header);
    const missing = missingColumns(index, ICEWS_REQUIRED);
    if (missing.length > 0) {
      log.problem(
        `not an ICEWS event file: the header (line 1) lacks ${missing.map((m) => `"${m[0]}"`).join(", ")}` +
          " (expected the 20 ICEWS columns, tab-separated)",
        1,
      );
      return { ok: false, report: log.report("icews", 0) };
    }
    const unknownNames = new Map<string, number>();
    const unknown = (name: string, line: number): void => {
      unknownNames.set(name, (unknownNames.get(name) ?? 0) + 1);
      log.warn(
        "icews-country",
        (n) => `${plural(n, "country name was", "country names were")} not recognised`,
        line,
      );
    };
    const records: EventRecord[] = [];
    for (const row of table.rows) {
      const record = readRow(row, index, log, unknown);
      if (record) records.push(record);
    }
    if (unknownNames.size > 0) {
      const names = [...unknownNames.keys()].slice(0, 8).map((name) => `"${name}"`);
      log.warn(
        "icews-country-names",
        () =>
          `country names without an ISO 3166-1 code (their rows have no country on that side): ` +
          names.join(", ") +
          (unknownNames.size > names.length ? ", …" : ""),
      );
    }
    return buildPairDataset(records, log, {
      format: "icews",
      formatName: "ICEWS",
      publisher: "ICEWS coded event data",
      fileName: options.fileName,
      parties: options.parties,
      goldstein: options.goldstein,
      scoring:
        "Scores are ICEWS's own Intensity (−10 … +10, the CAMEO code's intensity as ICEWS codes it).",
      idHint: "icews",
    });
  });
}

function readRow(
  row: TabRow,
  index: ReadonlyMap<string, number>,
  log: ImportLog,
  unknown: (name: string, line: number) => void,
): EventRecord | undefined {
  const dateText = cellOf(row, index, "eventdate");
  const date = readDay(dateText);
  if (!date) {
    log.skip(
      "invalid Event Date",
      row.line,
      `Event Date "${dateText.slice(0, 20)}" is not a YYYY-MM-DD date`,
    );
    return undefined;
  }
  const intensityText = cellOf(row, index, "intensity");
  const score = Number(intensityText);
  if (intensityText === "" || !Number.isFinite(score) || Math.abs(score) > 10) {
    log.skip(
      "invalid Intensity",
      row.line,
      `Intensity "${intensityText.slice(0, 20)}" is not a number from -10 to 10`,
    );
    return undefined;
  }
  const source = side(row, index, "source", unknown);
  const target = side(row, index, "target", unknown);
  const codeText = cellOf(row, index, "cameocode");
  const cameo = /^\d{2,4}$/.test(codeText) ? codeText : undefined;
  const what = cellOf(row, index, "eventtext") || (cameo ? `CAMEO ${cameo}` : "Event");
  const id = cellOf(row, index, "eventid");
  const story = cellOf(row, index, "storyid");
  const sentence = cellOf(row, index, "sentencenumber");
  const publisher = cellOf(row, index, "publisher");
  const place = [
    cellOf(row, index, "city"),
    cellOf(row, index, "province"),
    cellOf(row, index, "country"),
  ].filter((part) => part !== "");
  const from = source.name || "Unnamed source";
  const to = target.name || "Unnamed target";
  const ids = [
    id === "" ? undefined : `ICEWS event ${id}`,
    story === "" ? undefined : `story ${story}`,
    sentence === "" ? undefined : `sentence ${sentence}`,
  ].filter((part) => part !== undefined);
  return {
    line: row.line,
    id: id === "" ? "" : `${id}-${date}`,
    date,
    source,
    target,
    ...(cameo ? { cameo } : {}),
    score,
    scoreNote: `ICEWS Intensity ${score}, the file's own score${cameo ? ` for CAMEO ${cameo}` : ""}.`,
    title: `${from} → ${to}: ${what}`,
    summary:
      `${from} (${source.country || "no country"}) → ${to} (${target.country || "no country"}): ` +
      `${what}${cameo ? ` (CAMEO ${cameo})` : ""}, intensity ${score}` +
      (publisher ? `. Reported by ${publisher}` : "") +
      (place.length > 0 ? `; located at ${place.join(", ")}` : "") +
      ".",
    topic: topicOf(cameo, score),
    ...(publisher ? { publisher } : {}),
    ...(ids.length > 0 ? { fileNote: ids.join(", ") } : {}),
  };
}
