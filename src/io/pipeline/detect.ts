/**
 * Which importer a file needs, decided by its content first (JSON shape, CSV header, GDELT's
 * tab-separated column count) and its file name second, and `importText`, which dispatches to
 * that importer. Only the start of a large file is inspected for CSV and GDELT.
 */
import { parseCsv, type CsvImportOptions } from "../csv/parse.ts";
import { detectColumns } from "../csv/columns.ts";
import { readCsv, stripBom } from "../csv/rows.ts";
import { importDetenteJson } from "../detente/import.ts";
import { isArrowText } from "../arrow/magic.ts";
import { parseGdelt, type GdeltImportOptions, type GdeltImportResult } from "../gdelt/parse.ts";
import { GDELT_COLUMN_COUNTS } from "../gdelt/row.ts";
import { isAcledHeader, parseAcled, type AcledImportOptions } from "../acled/parse.ts";
import { isIcewsHeader, parseIcews } from "../icews/parse.ts";
import {
  isPolecatHeader,
  looksLikePlover,
  parsePloverJson,
  parsePolecat,
} from "../polecat/parse.ts";
import type { EventDataResult } from "../eventdata/record.ts";
import { ImportLog } from "./log.ts";
import { guard } from "./guard.ts";
import { parseTimelineJs } from "../timelinejs/parse.ts";
import { isTimelineJsHeader, parseTimelineJsCsv } from "../timelinejs/csv.ts";
import { parseVisTimeline } from "../vis/parse.ts";
import { isRecord } from "../shared/jsonInput.ts";
import { parseJsonText } from "../shared/jsonText.ts";
import type { ImportFormat, ImportResult } from "./report.ts";

const SAMPLE = 65_536;

function jsonShape(value: unknown): ImportFormat {
  if (looksLikePlover(value)) return "plover-json";
  if (Array.isArray(value)) {
    const first = value.find(isRecord);
    return first !== undefined && "start" in first ? "vis-json" : "unknown";
  }
  if (!isRecord(value)) return "unknown";
  if (Array.isArray(value["items"])) return "vis-json";
  if (!Array.isArray(value["events"])) return "unknown";
  if ("parties" in value || "$schema" in value || "sources" in value) return "detente-json";
  return "timelinejs-json";
}

/** A JSON file too broken to parse is still recognisable by its keys. */
function brokenJsonShape(text: string): ImportFormat {
  const sample = text.slice(0, SAMPLE);
  if (/"(parties|\$schema)"\s*:/.test(sample)) return "detente-json";
  if (/"(start_date|unique_id)"\s*:/.test(sample)) return "timelinejs-json";
  if (/"start"\s*:/.test(sample) && /"content"\s*:/.test(sample)) return "vis-json";
  return "unknown";
}

function firstLine(text: string): string {
  const sample = text.slice(0, SAMPLE);
  const lines = sample.split(/\r?\n/);
  return lines.find((line) => line.trim() !== "") ?? "";
}

function looksLikeGdelt(line: string): boolean {
  const cells = line.split("\t");
  return (
    GDELT_COLUMN_COUNTS.includes(cells.length) &&
    /^\d+$/.test(cells[0] ?? "") &&
    /^\d{8}$/.test(cells[1] ?? "")
  );
}

/** Event-data files named by their header: ICEWS and POLECAT (tabs), ACLED (CSV). */
function eventDataShape(line: string): ImportFormat {
  const tabs = line.split("\t").map((cell) => cell.trim());
  if (tabs.length > 3) {
    if (isIcewsHeader(tabs)) return "icews";
    if (isPolecatHeader(tabs)) return "polecat";
  }
  const cells = readCsv(line).rows[0]?.cells ?? [];
  return isAcledHeader(cells) ? "acled" : "unknown";
}

/** Newline-delimited JSON: the first line alone is a PLOVER record. */
function ndjsonShape(body: string): ImportFormat {
  const first = body.slice(0, body.indexOf("\n") < 0 ? undefined : body.indexOf("\n"));
  const json = parseJsonText(first);
  return json.ok && looksLikePlover(json.value) ? "plover-json" : "unknown";
}

function csvShape(text: string): ImportFormat {
  // The header is the first record; quoted newlines inside it are rare, so a sample suffices.
  const sample = text.slice(0, SAMPLE);
  const cut = sample.length === SAMPLE ? sample.slice(0, sample.lastIndexOf("\n") + 1) : sample;
  const header = readCsv(cut || sample).rows[0]?.cells ?? [];
  if (header.length < 2) return "unknown";
  if (isTimelineJsHeader(header)) return "timelinejs-csv";
  return detectColumns(header).missing.length < 2 ? "csv" : "unknown";
}

function byExtension(fileName: string | undefined): ImportFormat {
  const name = (fileName ?? "").toLowerCase();
  if (/\.export\.csv$|\.tsv$|gdelt/.test(name)) return "gdelt";
  if (name.endsWith(".csv") || name.endsWith(".txt")) return "csv";
  if (name.endsWith(".json")) return "detente-json";
  if (/\.arrows?$/.test(name)) return "detente-arrow";
  return "unknown";
}

export function detectFormat(text: string, fileName?: string): ImportFormat {
  try {
    if (isArrowText(text)) return "detente-arrow";
    const body = stripBom(text).trimStart();
    if (body.startsWith("{") || body.startsWith("[")) {
      const json = parseJsonText(body);
      if (!json.ok && ndjsonShape(body) === "plover-json") return "plover-json";
      const shape = json.ok ? jsonShape(json.value) : brokenJsonShape(body);
      return shape !== "unknown" || json.ok ? shape : byExtension(fileName);
    }
    const line = firstLine(body);
    if (looksLikeGdelt(line)) return "gdelt";
    const events = eventDataShape(line);
    if (events !== "unknown") return events;
    const csv = csvShape(body);
    return csv !== "unknown" ? csv : byExtension(fileName);
  } catch {
    return byExtension(fileName);
  }
}

export type ImportTextOptions = GdeltImportOptions &
  CsvImportOptions &
  AcledImportOptions & {
    /** The user's choice of format; wins over detection. */
    readonly format?: ImportFormat;
  };

/** GDELT results also carry `dailyImpulses`; every other format gives a plain ImportResult. */
export type TextImportResult = ImportResult | GdeltImportResult | EventDataResult;

/** Imports a file's text with the importer its content calls for (or the one the user chose). */
export function importText(text: string, options: ImportTextOptions = {}): TextImportResult {
  return guard("unknown", (): TextImportResult => {
    const format =
      options.format && options.format !== "unknown"
        ? options.format
        : detectFormat(text, options.fileName);
    switch (format) {
      case "detente-json":
        return importDetenteJson(text, options);
      case "detente-arrow": {
        // The stream reader (stream.ts) reads Arrow as bytes before any text is decoded; a
        // text here has lost bytes to UTF-8 decoding and cannot be read back.
        const log = new ImportLog();
        log.problem("an Arrow file is read as bytes, not as text");
        return { ok: false, report: log.report("detente-arrow", 0) };
      }
      case "timelinejs-json":
        return parseTimelineJs(text, options);
      case "timelinejs-csv":
        return parseTimelineJsCsv(text, options);
      case "vis-json":
        return parseVisTimeline(text, options);
      case "csv":
        return parseCsv(text, options);
      case "gdelt":
        return parseGdelt(text, options);
      case "icews":
        return parseIcews(text, options);
      case "polecat":
        return parsePolecat(text, options);
      case "plover-json":
        return parsePloverJson(text, options);
      case "acled":
        return parseAcled(text, options);
      case "unknown": {
        const log = new ImportLog();
        log.problem(
          "could not tell what kind of file this is: expected Détente JSON, TimelineJS JSON or " +
            "spreadsheet CSV, vis-timeline JSON, a CSV with a header row, a GDELT event export, an " +
            "ICEWS or POLECAT tab-separated file, PLOVER JSON, or an ACLED CSV export",
        );
        return { ok: false, report: log.report("unknown", 0) };
      }
    }
  });
}
