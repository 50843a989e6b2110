/**
 * Plain CSV with a header row → Détente: one event per row. Columns are detected by name
 * (io/csv/columns.ts) or mapped by the caller. Cells are plain text; one that holds HTML is
 * reduced to its text. A row with an unreadable date, score or CAMEO code is skipped with its
 * reason and line; nothing is guessed.
 */
import type { Citation } from "../../model/schema.ts";
import type { CsvMapping } from "./columns.ts";
import { detectColumns, REQUIRED_CSV_FIELDS } from "./columns.ts";
import { parseDetenteCsv } from "./detenteCsv.ts";
import { unguardCell } from "./formulaGuard.ts";
import { resolveCsvParties, type PartyResolver } from "./parties.ts";
import { isDetenteCsv } from "./recordRows.ts";
import { malformedReason, ragged, readCsv, type CsvRow } from "./rows.ts";
import { readCameo, readCsvDate, readScore } from "./values.ts";
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { maybeHtmlToText } from "../shared/htmlText.ts";
import { ImportLog } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import {
  warnBadEnd,
  warnDroppedLink,
  warnRagged,
  warnReplacementChars,
  warnTimeOfDay,
} from "../pipeline/warnings.ts";
import type { ImportResult } from "../pipeline/report.ts";
import { checkUrl } from "../shared/safeUrl.ts";

export { detectColumns } from "./columns.ts";
export type { ColumnDetection, CsvField, CsvMapping } from "./columns.ts";

export interface CsvImportOptions extends ImportOptions {
  /** Field → column index; replaces the detected mapping (from a column-mapping step). */
  readonly mapping?: CsvMapping;
}

const REASON_PARTY = "initiator or target is not one of the two parties";

type Cell = (row: CsvRow) => string;

function cellReader(mapping: CsvMapping): (field: keyof CsvMapping) => Cell {
  return (field) => {
    const index = mapping[field];
    return (row) => (index === undefined ? "" : unguardCell(row.cells[index] ?? ""));
  };
}

function splitList(cell: string, separators: RegExp): string[] {
  return cell
    .split(separators)
    .map((part) => maybeHtmlToText(part))
    .filter((part) => part !== "");
}

/** "Gustavo Petro (COL)" names the actor's party; otherwise the actor sides with `fallback`. */
function actorParty(name: string, parties: PartyResolver, fallback: string): [string, string] {
  const m = /^(.*?)\s*\(([A-Za-z]{3})\)$/.exec(name);
  const code = m?.[2] === undefined ? undefined : parties.resolve(m[2]);
  return m?.[1] !== undefined && code ? [m[1], code] : [name, fallback];
}

export function parseCsv(text: string, options: CsvImportOptions = {}): ImportResult {
  return guard("csv", () => {
    const log = new ImportLog();
    const table = readCsv(text, options.onRows);
    log.addProblems(table.problems);
    const [headerRow, ...rows] = table.rows;
    const header = headerRow?.cells ?? [];
    // A Détente CSV says what each row records: read back as the whole dataset it was.
    if (headerRow !== undefined && options.mapping === undefined && isDetenteCsv(header, rows)) {
      warnReplacementChars(log, text);
      return parseDetenteCsv(header, rows, options, log);
    }
    const mapping = options.mapping ?? detectColumns(header).mapping;
    const missing = REQUIRED_CSV_FIELDS.filter((f) => {
      const index = mapping[f];
      return index === undefined || index < 0 || index >= header.length;
    });
    if (headerRow === undefined || missing.length > 0) {
      log.problem(
        `no column for ${missing.join(" and ")}: expected a header naming date and title ` +
          `(found: ${header.slice(0, 12).join(", ") || "nothing"}); map the columns to import`,
        headerRow?.line ?? 1,
      );
      return { ok: false, report: log.report("csv", 0) };
    }
    warnRagged(log, ragged(rows, header.length));
    warnReplacementChars(log, text);

    const get = cellReader(mapping);
    const cell = {
      date: get("date"),
      end: get("end"),
      title: get("title"),
      summary: get("summary"),
      topics: get("topics"),
      actors: get("actors"),
      initiator: get("initiator"),
      target: get("target"),
      cameo: get("cameo"),
      score: get("score"),
      source: get("source"),
      quote: get("quote"),
      note: get("note"),
      url: get("url"),
    };
    const hasPartyColumns = mapping.initiator !== undefined || mapping.target !== undefined;
    const parties = resolveCsvParties(
      hasPartyColumns ? rows.flatMap((row) => [cell.initiator(row), cell.target(row)]) : [],
      options.parties,
      log,
    );
    const builder = new DatasetBuilder(
      {
        format: "csv",
        formatName: "A CSV without initiator/target columns",
        publisher: "CSV file",
        fileName: options.fileName,
        parties: parties.parties,
        goldstein: options.goldstein,
      },
      log,
    );
    const [first, second] = builder.parties;

    for (const row of rows) {
      const { line } = row;
      if (row.malformed !== undefined) {
        log.skip(malformedReason(row), line);
        continue;
      }
      if (row.cells.every((c) => c.trim() === "")) {
        log.skip("empty row", line);
        continue;
      }
      const date = readCsvDate(cell.date(row));
      if (!date.ok) {
        log.skip(date.reason, line, date.detail);
        continue;
      }
      const score = readScore(cell.score(row));
      if (!score.ok) {
        log.skip(score.reason, line, score.detail);
        continue;
      }
      const cameo = readCameo(cell.cameo(row), options.goldstein);
      if (!cameo.ok) {
        log.skip(cameo.reason, line, cameo.detail);
        continue;
      }
      let initiator = parties.resolve(cell.initiator(row));
      let target = parties.resolve(cell.target(row));
      if (initiator === undefined || target === undefined) {
        const shown = `${cell.initiator(row).trim()} → ${cell.target(row).trim()}`;
        log.skip(REASON_PARTY, line, `${shown}: expected ${first.code} or ${second.code}`);
        continue;
      }
      // One side given: the other is the other party.
      if (initiator === "") initiator = target === first.code ? second.code : first.code;
      if (target === "") target = initiator === first.code ? second.code : first.code;

      const endCell = cell.end(row).trim();
      const end = endCell === "" ? undefined : readCsvDate(endCell);
      if (end !== undefined && !end.ok) warnBadEnd(log, line);
      if (date.value.hasTime || (end?.ok === true && end.value.hasTime)) warnTimeOfDay(log, line);

      const citations: Citation[] = [];
      const quote = maybeHtmlToText(cell.quote(row));
      const note = maybeHtmlToText(cell.note(row));
      const sourceName = maybeHtmlToText(cell.source(row));
      const url = checkUrl(cell.url(row));
      if (!url.ok && url.reason === "not-http") warnDroppedLink(log, line);
      const sourceId = url.ok
        ? builder.linkSource(url.url, sourceName, undefined)
        : builder.namedSource(sourceName);
      if (sourceId !== undefined)
        citations.push({
          source: sourceId,
          ...(quote ? { quote } : {}),
          ...(note ? { note } : {}),
        });

      const actors = splitList(cell.actors(row), /[;|]/).map((name) => {
        const [actorName, party] = actorParty(name, parties, initiator);
        return builder.actor(actorName, party, "actor named in the imported CSV");
      });
      builder.addEvent({
        idCandidates: [maybeHtmlToText(cell.title(row))],
        title: maybeHtmlToText(cell.title(row)),
        summary: maybeHtmlToText(cell.summary(row)),
        date: date.value.date,
        end: end?.ok === true ? end.value.date : undefined,
        topicLabels: splitList(cell.topics(row), /[;|,]/),
        actors,
        initiator,
        target,
        cameo: cameo.value,
        score: score.value,
        citations,
        fileQuote: sourceId === undefined && quote !== "" ? quote : undefined,
        fileNote: sourceId === undefined && note !== "" ? note : undefined,
        line,
      });
    }
    return builder.finish({ title: undefined, description: undefined, idHint: "imported-csv" });
  });
}
