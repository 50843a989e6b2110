/**
 * The two outputs: daily.csv as the engine computed it, and dataset.json built by the app's own
 * GDELT importer (src/io/gdelt/parse.ts) from the top events, so an aggregated dataset reads
 * exactly like the same rows imported in the app (titles, parties, sources, checks).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseCameoDescriptions } from "../../src/io/gdelt/cameoDescriptions.ts";
import { parseGdelt, type GdeltImportResult } from "../../src/io/gdelt/parse.ts";
import { DAILY_HEADER } from "../../src/io/baseline/dailyCsv.ts";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import type { DailyRow } from "./result.ts";

/** Numbers as written: integers plain, sums rounded to 6 decimals (float noise otherwise). */
const num = (value: number): string =>
  Number.isInteger(value) ? String(value) : String(Math.round(value * 1e6) / 1e6);

export function dailyCsv(rows: readonly DailyRow[]): string {
  const lines = rows.map((r) =>
    [r.day, r.initiator, r.target, r.root, r.n, r.w, r.wg, r.wg2]
      .map((v) => (typeof v === "number" ? num(v) : v))
      .join(","),
  );
  return `${DAILY_HEADER.join(",")}\n${lines.map((line) => `${line}\n`).join("")}`;
}

/** Column positions of each export layout, for rebuilding a line the importer reads. */
const LAYOUT = {
  "2.0": { columns: 61, added: 59, url: 60 },
  "1.0": { columns: 58, added: 56, url: 57 },
  "1.0 backfile": { columns: 57, added: 56, url: undefined },
} as const;

const CELLS: readonly (readonly [column: number, key: string])[] = [
  [0, "event_id"],
  [5, "a1_code"],
  [6, "a1_name"],
  [7, "a1_country"],
  [12, "a1_type"],
  [15, "a2_code"],
  [16, "a2_name"],
  [17, "a2_country"],
  [22, "a2_type"],
  [26, "event_code"],
  [28, "root"],
  [29, "quad"],
  [30, "goldstein"],
  [31, "mentions"],
  [32, "sources"],
  [33, "articles"],
  [34, "tone"],
];

/** A top event back as an export line in its own layout (cells the query did not keep empty). */
export function exportLine(row: Readonly<Record<string, string>>): string {
  const layout = LAYOUT[(row["version"] ?? "2.0") as keyof typeof LAYOUT] ?? LAYOUT["2.0"];
  const cells: string[] = Array.from({ length: layout.columns }, () => "");
  const day = (row["event_day"] ?? "").replace(/-/g, "");
  cells[1] = day;
  cells[2] = day.slice(0, 6);
  cells[3] = day.slice(0, 4);
  for (const [column, key] of CELLS) cells[column] = (row[key] ?? "").replace(/[\t\n\r]/g, " ");
  cells[layout.added] = row["added"] ?? "";
  if (layout.url !== undefined) cells[layout.url] = row["url"] ?? "";
  return cells.join("\t");
}

const DESCRIPTIONS = fileURLToPath(
  new URL("../../data/cameo/CAMEO.eventcodes.txt", import.meta.url),
);

export function datasetFromTop(
  top: readonly Readonly<Record<string, string>>[],
  options: {
    topPerDay: number;
    goldstein: GoldsteinTable;
    fileName: string;
    pair: readonly [string, string];
  },
): GdeltImportResult {
  const [a, b] = options.pair;
  const text = top.map((row) => `${exportLine(row)}\n`).join("");
  return parseGdelt(text, {
    fileName: options.fileName,
    // In the order asked for; named by their codes, as GDELT names countries.
    parties: [
      { code: a, name: a },
      { code: b, name: b },
    ],
    goldstein: options.goldstein,
    topPerDay: options.topPerDay,
    // The far-row rule already ran in the query; the importer must not apply it a second time.
    farDays: Number.MAX_SAFE_INTEGER,
    eventDescriptions: parseCameoDescriptions(readFileSync(DESCRIPTIONS, "utf8")),
  });
}
