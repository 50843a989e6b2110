/**
 * The TimelineJS spreadsheet, saved as CSV: one row per slide, with `Type` marking the title
 * row ("title") and eras ("era"). Columns are found by name (case and spacing ignored), so a
 * sheet with reordered or extra columns still imports. The slide semantics are shared with the
 * JSON importer (io/timelinejs/slide.ts).
 */
import { headerKey, malformedReason, ragged, readCsv, type CsvRow } from "../csv/rows.ts";
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { htmlToText } from "../shared/htmlText.ts";
import { ImportLog } from "../pipeline/log.ts";
import { warnRagged, warnReplacementChars } from "../pipeline/warnings.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import type { ImportResult } from "../pipeline/report.ts";
import type { Slide, SlideDate } from "./slide.ts";
import { addSlide, slideSpan } from "./slide.ts";

export const TIMELINEJS_COLUMNS = [
  "Year",
  "Month",
  "Day",
  "Time",
  "End Year",
  "End Month",
  "End Day",
  "End Time",
  "Display Date",
  "Headline",
  "Text",
  "Media",
  "Media Credit",
  "Media Caption",
  "Media Thumbnail",
  "Type",
  "Group",
  "Background",
] as const;

type Column = (typeof TIMELINEJS_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["Year", "Headline"];

/** True when a header row names the columns a TimelineJS sheet cannot do without. */
export function isTimelineJsHeader(header: readonly string[]): boolean {
  const keys = new Set(header.map(headerKey));
  return REQUIRED.every((c) => keys.has(headerKey(c))) && keys.has("text");
}

function columnReader(header: readonly string[]): (row: CsvRow, column: Column) => string {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!index.has(key)) index.set(key, i);
  });
  return (row, column) => {
    const i = index.get(headerKey(column));
    return i === undefined ? "" : (row.cells[i] ?? "");
  };
}

function slideDate(year: string, month: string, day: string, time: string): SlideDate | undefined {
  if ([year, month, day, time].every((v) => v.trim() === "")) return undefined;
  return { year, month, day, hasTime: time.trim() !== "" };
}

export function parseTimelineJsCsv(text: string, options: ImportOptions = {}): ImportResult {
  return guard("timelinejs-csv", () => {
    const log = new ImportLog();
    const table = readCsv(text);
    log.addProblems(table.problems);
    const [headerRow, ...rows] = table.rows;
    const header = headerRow?.cells ?? [];
    const keys = new Set(header.map(headerKey));
    const missing = REQUIRED.filter((c) => !keys.has(headerKey(c)));
    if (headerRow === undefined || missing.length > 0) {
      log.problem(
        `not a TimelineJS sheet: missing column${missing.length === 1 ? "" : "s"} ` +
          `${missing.join(", ")} (expected ${TIMELINEJS_COLUMNS.join(", ")})`,
        headerRow?.line ?? 1,
      );
      return { ok: false, report: log.report("timelinejs-csv", 0) };
    }
    const get = columnReader(header);
    const builder = new DatasetBuilder(
      {
        format: "timelinejs-csv",
        formatName: "A TimelineJS sheet",
        publisher: "TimelineJS spreadsheet (CSV)",
        fileName: options.fileName,
        parties: options.parties,
        goldstein: options.goldstein,
      },
      log,
    );
    warnRagged(log, ragged(rows, header.length));
    warnReplacementChars(log, text);
    let title: { headline: string; text: string } | undefined;
    for (const row of rows) {
      if (row.malformed !== undefined) {
        log.skip(malformedReason(row), row.line);
        continue;
      }
      const slide: Slide = {
        start: slideDate(get(row, "Year"), get(row, "Month"), get(row, "Day"), get(row, "Time")),
        end: slideDate(
          get(row, "End Year"),
          get(row, "End Month"),
          get(row, "End Day"),
          get(row, "End Time"),
        ),
        headline: get(row, "Headline"),
        text: get(row, "Text"),
        mediaUrl: get(row, "Media"),
        mediaCaption: get(row, "Media Caption"),
        mediaCredit: get(row, "Media Credit"),
        mediaAlt: "",
        group: htmlToText(get(row, "Group")),
        displayDate: get(row, "Display Date"),
        uniqueId: "",
        line: row.line,
      };
      const type = get(row, "Type").trim().toLowerCase();
      if (type === "title") {
        if (title === undefined) title = { headline: slide.headline, text: slide.text };
        else log.skip("a second title row (only the first is used)", row.line);
      } else if (type === "era") {
        const span = slideSpan(slide, log, "era: ");
        if (span) builder.addEra({ label: htmlToText(slide.headline), ...span, line: row.line });
      } else if (row.cells.every((cell) => cell.trim() === "")) {
        log.skip("empty row", row.line);
      } else addSlide(builder, log, slide);
    }
    return builder.finish({
      title: title === undefined ? undefined : htmlToText(title.headline),
      description: title === undefined ? undefined : htmlToText(title.text),
      idHint: "imported-timeline",
    });
  });
}
