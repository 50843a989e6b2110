/**
 * Tab-separated event files with a header row (ICEWS, POLECAT) → rows of cells with their line
 * numbers. These files never quote: a cell is everything between two tabs, so a stray `"` in a
 * headline cannot swallow the rows after it (as a CSV reader would let it).
 */
import { headerKey, stripBom } from "../csv/rows.ts";

export interface TabRow {
  readonly cells: readonly string[];
  /** 1-based line number. */
  readonly line: number;
}

export interface TabTable {
  readonly header: readonly string[];
  readonly rows: readonly TabRow[];
}

export function readTabTable(text: string): TabTable {
  const lines = stripBom(text).split("\n");
  let header: string[] = [];
  const rows: TabRow[] = [];
  lines.forEach((raw, index) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    const cells = line.split("\t");
    if (header.length === 0) header = cells.map((cell) => cell.trim());
    else rows.push({ cells, line: index + 1 });
  });
  return { header, rows };
}

/** Column positions by comparable header key ("Event Date" → "eventdate"). */
export function columnIndex(header: readonly string[]): Map<string, number> {
  const index = new Map<string, number>();
  header.forEach((cell, i) => {
    const key = headerKey(cell);
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

/** A row's cell by header key; "NA" and "NULL" (how R and databases write nothing) are "". */
export function cellOf(
  row: TabRow | { readonly cells: readonly string[] },
  index: ReadonlyMap<string, number>,
  ...keys: string[]
): string {
  for (const key of keys) {
    const at = index.get(key);
    if (at === undefined) continue;
    const value = (row.cells[at] ?? "").trim();
    return value === "NA" || value === "NULL" ? "" : value;
  }
  return "";
}

/** The keys among `required` that the header lacks. */
export function missingColumns(
  index: ReadonlyMap<string, number>,
  required: readonly (readonly string[])[],
): string[][] {
  return required
    .filter((alternatives) => !alternatives.some((key) => index.has(key)))
    .map((a) => [...a]);
}
