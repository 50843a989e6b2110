/**
 * GDELT event exports (2.0: 61 columns; 1.0: 58, or 57 in the backfile) → Détente.
 *
 * Steps, each counted in the report: unreadable rows are skipped; rows whose event date is
 * `farDays` or more before DATEADDED (default 365: GDELT re-reporting old news) are skipped or
 * flagged; the two parties are the caller's or the pair of country codes with the most events
 * between them; rows between the parties (either direction) are de-duplicated; every remaining
 * row feeds `dailyImpulses` (the tension input), and only the top K per day become events.
 */
import type { Citation, Dataset, Party } from "../../model/schema.ts";
import type { CameoDescriptions } from "./cameoDescriptions.ts";
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import type { DailyImpulse, RankBy } from "./aggregate.ts";
import { dailyImpulses, deduplicate, topPerDay } from "./aggregate.ts";
import { chooseGdeltParties } from "./parties.ts";
import { countryName } from "../eventdata/countries.ts";
import { PairCounter, type PairCount } from "../eventdata/pairs.ts";
import { GdeltLineReader, rebuildGdeltRow, type GdeltRowKey } from "./lines.ts";
import type { GdeltActor, GdeltRow } from "./row.ts";
import { ImportLog, plural } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { warnDroppedLink } from "../pipeline/warnings.ts";
import type { ImportReport } from "../pipeline/report.ts";
import { checkUrl } from "../shared/safeUrl.ts";

export type { DailyImpulse } from "./aggregate.ts";

export interface GdeltImportOptions extends ImportOptions {
  /** Rows whose event date is at least this many days before DATEADDED are "far" (365). */
  readonly farDays?: number;
  /** "skip" (default) leaves far rows out; "keep" imports them and lists them in a warning. */
  readonly farRows?: "skip" | "keep";
  /** Events shown per day (3); the rest still count in dailyImpulses. */
  readonly topPerDay?: number;
  readonly rankBy?: RankBy;
  /** CAMEO code → description (parseCameoDescriptions), for readable titles. */
  readonly eventDescriptions?: CameoDescriptions;
}

export type GdeltImportResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly report: ImportReport;
      /** Tension input for the whole file; see DailyImpulse. */
      readonly dailyImpulses: readonly DailyImpulse[];
      /** The file's country pairs, for the pair picker. */
      readonly pairs: readonly PairCount[];
    }
  | { readonly ok: false; readonly report: ImportReport; readonly pairs?: readonly PairCount[] };

const QUAD_LABELS = [
  "Verbal cooperation",
  "Material cooperation",
  "Verbal conflict",
  "Material conflict",
];

/** QuadClass from the column, or from the CAMEO root as GDELT defines it. */
function quadLabel(row: GdeltRow): string {
  const root = Number(row.eventCode.slice(0, 2));
  const quad = row.quadClass ?? (root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4);
  return QUAD_LABELS[quad - 1] ?? "Other";
}

const titleCase = (text: string): string =>
  text
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

const actorName = (a: GdeltActor): string => titleCase(a.name) || a.code || a.country;

/** DATEADDED "20200318104500" → "2020-03-18 10:45 UTC" (GDELT 1.0 has the date only). */
function addedText(added: string): string {
  const date = `${added.slice(0, 4)}-${added.slice(4, 6)}-${added.slice(6, 8)}`;
  return added.length > 8 ? `${date} ${added.slice(8, 10)}:${added.slice(10, 12)} UTC` : date;
}

function farReason(days: number): string {
  return days === 365
    ? "event date more than a year before the date the row was added"
    : `event date ${days} or more days before the date the row was added`;
}

export function parseGdelt(text: string, options: GdeltImportOptions = {}): GdeltImportResult {
  return guard("gdelt", (): GdeltImportResult => {
    const log = new ImportLog();
    const reader = new GdeltLineReader(log, options.parties);
    reader.push(text);
    return gdeltFromRows(reader.end(), log, options);
  });
}

/**
 * Everything after reading: the date-gap filter, parties, de-duplication, daily impulses and
 * the top K per day. `log` already holds what reading the lines reported (GdeltLineReader, made
 * with the same `options.parties`), so a streamed import (src/io/pipeline/stream.ts) ends in the
 * same report as parseGdelt.
 */
export function gdeltFromRows(
  readRows: readonly GdeltRowKey[],
  log: ImportLog,
  options: GdeltImportOptions = {},
): GdeltImportResult {
  return guard("gdelt", (): GdeltImportResult => {
    const farDays = options.farDays ?? 365;
    const k = Math.max(1, Math.floor(options.topPerDay ?? 3));

    const rows = readRows.filter((row) => {
      if (row.addedDayNumber - row.dayNumber < farDays) return true;
      if (options.farRows === "keep") {
        log.warn(
          "far",
          (n) => `${plural(n, "row has its", "rows have their")} ${farReason(farDays)} (kept)`,
          row.line,
        );
        return true;
      }
      log.skip(farReason(farDays), row.line);
      return false;
    });
    const codes = options.goldstein;
    const known =
      codes === undefined
        ? rows
        : rows.filter((row) => {
            if (codes.has(row.eventCode)) return true;
            log.skip(
              "CAMEO code not in the CAMEO table",
              row.line,
              `CAMEO code "${row.eventCode}" is not in the CAMEO table`,
            );
            return false;
          });

    const counter = new PairCounter();
    for (const row of known) counter.add(row.actor1.country, row.actor2.country);
    const pairs = counter.pairs();
    const choice = options.parties ? undefined : chooseGdeltParties(known);
    const named = (code: string): Party => ({ code, name: countryName(code) ?? code });
    const parties: readonly [Party, Party] | undefined =
      options.parties ?? (choice && [named(choice.codes[0]), named(choice.codes[1])]);
    if (!parties) {
      log.problem(
        "no rows with two country codes: GDELT rows between countries name an ISO 3166-1 " +
          "country code for both actors (region and organisation codes such as AFR or UNO are not countries)",
      );
      return { ok: false, report: log.report("gdelt", 0), pairs };
    }
    const [a, b] = [parties[0].code, parties[1].code];
    if (choice) {
      log.warn(
        "parties",
        () =>
          `parties chosen from the file: ${parties[0].name} (${a}) and ${parties[1].name} (${b}), ` +
          `the pair of countries with the most events between them (${choice.rows} rows); ` +
          "choose another pair in the list of pairs",
      );
    }
    const between: GdeltRow[] = [];
    for (const key of known) {
      const x = key.actor1.country;
      const y = key.actor2.country;
      // Every key between the parties kept its line (GdeltLineReader): parse it in full now.
      const row = (x === a && y === b) || (x === b && y === a) ? rebuildGdeltRow(key) : undefined;
      if (row) between.push(row);
      else log.skip(`not between the two parties (${a} and ${b})`, key.line);
    }

    const { kept, duplicates } = deduplicate(between);
    for (const row of duplicates)
      log.skip(
        "duplicate of an earlier row (same date, actors, CAMEO code and source URL)",
        row.line,
      );
    const impulses = dailyImpulses(kept);
    const { top, rest } = topPerDay(kept, k, options.rankBy ?? "mentions");
    for (const row of rest)
      log.skip(
        `not among the ${k} most-reported events of its day (still counted in dailyImpulses)`,
        row.line,
      );

    const builder = new DatasetBuilder(
      {
        format: "gdelt",
        formatName: "GDELT",
        publisher: "GDELT event export",
        fileName: options.fileName,
        parties,
        goldstein: options.goldstein,
      },
      log,
    );
    for (const row of top) addRow(builder, log, row, options.eventDescriptions);
    const result = builder.finish({
      title: `GDELT events between ${parties[0].name} and ${parties[1].name}`,
      description:
        `Imported from ${options.fileName ?? "a GDELT event export"}: the ${k} most-reported events ` +
        `per day between ${a} and ${b}, scored on the Goldstein scale by GDELT.`,
      idHint: "gdelt-import",
    });
    return result.ok ? { ...result, dailyImpulses: impulses, pairs } : { ...result, pairs };
  });
}

function addRow(
  builder: DatasetBuilder,
  log: ImportLog,
  row: GdeltRow,
  descriptions: CameoDescriptions | undefined,
): void {
  const citations: Citation[] = [];
  const url = checkUrl(row.url);
  if (url.ok) citations.push({ source: builder.linkSource(url.url, undefined, undefined) });
  else if (url.reason === "not-http") warnDroppedLink(log, row.line);
  const from = actorName(row.actor1);
  const to = actorName(row.actor2);
  const what = descriptions?.get(row.eventCode) ?? quadLabel(row);
  const counts = `${plural(row.mentions, "mention", "mentions")}, ${plural(row.sources, "source", "sources")}, ${plural(row.articles, "article", "articles")}`;
  const actors = [row.actor1, row.actor2]
    .filter((actor) => actor.code !== "")
    .map((actor) =>
      builder.actor(actorName(actor), actor.country, `GDELT actor code ${actor.code}`),
    );
  builder.addEvent({
    idCandidates: [row.eventId === "" ? undefined : `gdelt-${row.eventId}`],
    title: `${from} → ${to}: ${what} (CAMEO ${row.eventCode})`,
    summary:
      `GDELT event ${row.eventId}: ${from} (${row.actor1.country}) → ${to} (${row.actor2.country}), ` +
      `CAMEO ${row.eventCode} (${quadLabel(row).toLowerCase()}), Goldstein ${row.goldstein}; ${counts}` +
      (row.tone === undefined ? "" : `; average tone ${row.tone.toFixed(2)}`) +
      `. Added to GDELT ${addedText(row.added)}.`,
    date: row.date,
    topicLabels: [quadLabel(row)],
    actors,
    initiator: row.actor1.country,
    target: row.actor2.country,
    cameo: row.eventCode,
    score: row.goldstein,
    citations,
    fileNote: `GDELT ${row.version} event ${row.eventId}; ${counts}`,
    line: row.line,
  });
}
