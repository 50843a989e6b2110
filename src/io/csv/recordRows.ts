/**
 * Reading the rows of a Détente CSV (one with a `record` column): cells by column name with the
 * formula guard taken off, and each row sorted by what it records. The assembly into a dataset
 * is io/csv/detenteCsv.ts.
 */
import { citationColumns, RECORD_COLUMN, RECORD_KINDS, type RecordKind } from "./columns.ts";
import { unguardCell } from "./formulaGuard.ts";
import { headerKey, malformedReason, type CsvRow } from "./rows.ts";
import { readCsvDate } from "./values.ts";
import type { ImportLog } from "../pipeline/log.ts";

const KINDS = new Set<string>(RECORD_KINDS);

/**
 * True when the file is a Détente CSV: a `record` column whose cells name record kinds. A plain
 * spreadsheet may have a "Record" column of its own (numbers, codes): it stays a plain CSV.
 */
export function isDetenteCsv(header: readonly string[], rows: readonly CsvRow[]): boolean {
  const index = header.findIndex((cell) => headerKey(cell) === headerKey(RECORD_COLUMN));
  if (index < 0) return false;
  return rows.some((row) => KINDS.has((row.cells[index] ?? "").trim().toLowerCase()));
}

export type CellOf = (row: CsvRow, column: string) => string;

/** Cells by column name (first column of that name), unguarded; "" where there is none. */
export function cellReader(header: readonly string[]): CellOf {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!index.has(key)) index.set(key, i);
  });
  // Column names are a handful of constants: their keys are worked out once, not per cell.
  const byName = new Map<string, number | undefined>();
  return (row, column) => {
    if (!byName.has(column)) byName.set(column, index.get(headerKey(column)));
    const i = byName.get(column);
    return i === undefined ? "" : unguardCell(row.cells[i] ?? "");
  };
}

/** How many numbered citation columns the header has ("source 3" → 3). */
export function citationSlots(header: readonly string[]): number {
  const keys = new Set(header.map(headerKey));
  let n = 0;
  while (citationColumns(n + 1).some((column) => keys.has(headerKey(column)))) n++;
  return n;
}

export interface KindRow {
  readonly kind: RecordKind;
  readonly row: CsvRow;
}

/** Rows that are records, each with its kind; unreadable, empty and unknown rows skipped. */
export function sortRows(rows: readonly CsvRow[], cell: CellOf, log: ImportLog): KindRow[] {
  const kept: KindRow[] = [];
  for (const row of rows) {
    if (row.malformed !== undefined) {
      log.skip(malformedReason(row), row.line);
      continue;
    }
    if (row.cells.every((c) => c.trim() === "")) {
      log.skip("empty row", row.line);
      continue;
    }
    // A row added in a spreadsheet without saying what it is: an event, the common case.
    const kind = cell(row, RECORD_COLUMN).trim().toLowerCase() || "event";
    if (!KINDS.has(kind)) {
      log.skip(
        "unknown record",
        row.line,
        `record "${kind.slice(0, 40)}" is not one of: ${RECORD_KINDS.join(", ")}`,
      );
      continue;
    }
    kept.push({ kind: kind as RecordKind, row });
  }
  return kept;
}

/** A trimmed text cell, or undefined when empty (optional fields stay absent). */
export function optionalText(cell: string): string | undefined {
  return cell.trim() === "" ? undefined : cell;
}

/**
 * A date cell of a record row: spreadsheet spellings ("2025/3/1") read as EDTF; anything else
 * is kept as written so validation names the row and what it expected.
 */
export function dateCell(cell: string): string | undefined {
  const text = cell.trim();
  if (text === "") return undefined;
  const read = readCsvDate(text);
  return read.ok ? read.value.date : text;
}

/** The items of a list cell, trimmed, empty ones dropped. */
export function listCell(cell: string, split: RegExp): string[] {
  return cell
    .split(split)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
