/**
 * CSV text → rows of cells, each with the line it starts on (a quoted cell can span lines, so
 * row numbers and line numbers differ). papaparse does the parsing and guesses the delimiter
 * (`,`, `;`, tab or `|`, as spreadsheets in different locales write them); this wrapper strips
 * a byte-order mark, unifies line endings, and turns papaparse's errors into located problems.
 */
import Papa from "papaparse";
import type { Problem } from "../../model/result.ts";
import { LineIndex } from "../shared/lineIndex.ts";

export interface CsvRow {
  readonly cells: readonly string[];
  /** 1-based line the row starts on. */
  readonly line: number;
  /** Set when papaparse could not read the row cleanly (an unterminated quote swallows the rest). */
  readonly malformed?: string;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly delimiter: string;
  readonly problems: readonly Problem[];
}

const DELIMITERS = [",", ";", "\t", "|"];

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Rows between two calls of readCsv's `onRows`. */
const ROWS_PER_REPORT = 10_000;

/** `onRows`, if given, hears the number of rows read so far every ROWS_PER_REPORT rows. */
export function readCsv(text: string, onRows?: (rows: number) => void): CsvTable {
  // \r\n and lone \r become \n first: papaparse picks one line ending for the whole file, and a
  // file pasted together from two sources can mix them.
  const body = stripBom(text).replace(/\r\n?/g, "\n");
  const lines = new LineIndex(body);
  const rows: CsvRow[] = [];
  const problems: Problem[] = [];
  let rowStart = 0;
  let delimiter = ",";
  Papa.parse<string[]>(body, {
    delimitersToGuess: DELIMITERS,
    // Blank lines must be skipped for the delimiter guess to see consistent rows; they are not
    // rows, so nothing is lost. Rows of empty cells (",,,") are still delivered.
    skipEmptyLines: true,
    step: (result) => {
      // Skipped blank lines sit between the previous row's end and this row's start.
      while (body.charCodeAt(rowStart) === 10) rowStart++;
      const line = lines.lineOf(rowStart);
      delimiter = result.meta.delimiter;
      let malformed: string | undefined;
      for (const error of result.errors) {
        // The delimiter guess failing on a one-column file is not a problem worth showing.
        if (error.code === "UndetectableDelimiter") continue;
        const at = error.index === undefined ? line : lines.lineOf(error.index);
        problems.push({ path: `line ${at}`, line: at, message: `CSV: ${error.message}` });
        malformed ??= error.message.toLowerCase();
      }
      rowStart = result.meta.cursor;
      if (onRows && (rows.length + 1) % ROWS_PER_REPORT === 0) onRows(rows.length + 1);
      const cells = result.data;
      // A line of spaces is no row at all; a row of empty cells (",,,") is a row with nothing in it.
      if (cells.length === 1 && (cells[0] ?? "").trim() === "") return;
      rows.push(malformed === undefined ? { cells, line } : { cells, line, malformed });
    },
  });
  return { rows, delimiter, problems };
}

/** Header cell → comparable key: "End Year" ≈ "end_year" ≈ "endyear". */
export function headerKey(cell: string): string {
  return cell
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}

/** The skip reason for a row papaparse could not read cleanly. */
export const malformedReason = (row: CsvRow): string =>
  `malformed CSV row (${row.malformed ?? "unreadable"}): is the file truncated?`;

/** Rows whose cell count differs from the header's, as line numbers (for a grouped warning). */
export function ragged(rows: readonly CsvRow[], width: number): number[] {
  return rows.filter((row) => row.cells.length !== width).map((row) => row.line);
}
