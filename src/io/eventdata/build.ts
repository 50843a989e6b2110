/**
 * Event records → a dataset between two countries. The pair is the caller's (the reader's
 * choice) or the pair with the most rows in the file; every other row is counted as "not between
 * the two parties", never dropped silently. Each event cites the imported file (with the row's
 * ids) and, where the row has one, its article link or named publisher.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Citation, Party } from "../../model/schema.ts";
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { checkUrl } from "../shared/safeUrl.ts";
import type { ImportLog } from "../pipeline/log.ts";
import type { ImportFormat } from "../pipeline/report.ts";
import { warnDroppedLink } from "../pipeline/warnings.ts";
import { countryName } from "./countries.ts";
import { between, PairCounter } from "./pairs.ts";
import type { EventDataResult, EventRecord } from "./record.ts";

export interface PairDatasetSetup {
  readonly format: ImportFormat;
  /** "ICEWS", "ACLED": the report's and the titles' name for the format. */
  readonly formatName: string;
  /** The imported-file source's publisher ("ICEWS event file"). */
  readonly publisher: string;
  readonly fileName?: string | undefined;
  /** The reader's pair; undefined → the file's largest pair. */
  readonly parties?: readonly [Party, Party] | undefined;
  readonly goldstein?: GoldsteinTable | undefined;
  /** How the scores were made, for the dataset's description. */
  readonly scoring: string;
  readonly idHint: string;
}

export function buildPairDataset(
  records: readonly EventRecord[],
  log: ImportLog,
  setup: PairDatasetSetup,
): EventDataResult {
  const counter = new PairCounter();
  for (const record of records) counter.add(record.source.country, record.target.country);
  const pairs = counter.pairs();
  const top = pairs[0];
  const parties: readonly [Party, Party] | undefined =
    setup.parties ??
    (top && [
      { code: top.codes[0], name: top.names[0] },
      { code: top.codes[1], name: top.names[1] },
    ]);
  if (!parties) {
    log.problem(
      `no rows between two countries: every row lacks a country on one side, or has the same ` +
        `country on both (${setup.formatName} rows need a source and a target country)`,
    );
    return { ok: false, report: log.report(setup.format, 0), pairs };
  }
  const [a, b] = [parties[0].code, parties[1].code];
  if (!setup.parties && top) {
    log.warn(
      "parties",
      () =>
        `parties chosen from the file: ${parties[0].name} (${a}) and ${parties[1].name} (${b}), ` +
        `the pair of countries with the most rows between them (${top.events}); choose another ` +
        "pair in the list of pairs",
    );
  }
  const builder = new DatasetBuilder(
    {
      format: setup.format,
      formatName: setup.formatName,
      publisher: setup.publisher,
      fileName: setup.fileName,
      parties,
      goldstein: setup.goldstein,
    },
    log,
  );
  for (const record of records) {
    if (!between(record.source.country, record.target.country, a, b)) {
      log.skip(`not between the two parties (${a} and ${b})`, record.line);
      continue;
    }
    addRecord(builder, log, record, setup);
  }
  const result = builder.finish({
    title: `${setup.formatName} events between ${parties[0].name} and ${parties[1].name}`,
    description:
      `Imported from ${setup.fileName ?? `a ${setup.formatName} file`}: the rows between ` +
      `${parties[0].name} (${a}) and ${parties[1].name} (${b}), in both directions. ${setup.scoring}`,
    idHint: setup.idHint,
  });
  return { ...result, pairs };
}

function addRecord(
  builder: DatasetBuilder,
  log: ImportLog,
  record: EventRecord,
  setup: PairDatasetSetup,
): void {
  const citations: Citation[] = [];
  if (record.url) {
    const url = checkUrl(record.url);
    if (url.ok)
      citations.push({ source: builder.linkSource(url.url, undefined, record.publisher) });
    else if (url.reason === "not-http") warnDroppedLink(log, record.line);
  }
  if (citations.length === 0 && record.publisher) {
    const named = builder.namedSource(record.publisher);
    if (named) citations.push({ source: named });
  }
  const actors = [record.source, record.target]
    .filter((side) => side.name !== "" && side.country !== "")
    .map((side) =>
      builder.actor(side.name, side.country, side.role || `${setup.formatName} actor`),
    );
  // A CAMEO code the table does not know would fail validation: keep the score, drop the code.
  const cameo =
    record.cameo !== undefined && (!setup.goldstein || setup.goldstein.has(record.cameo))
      ? record.cameo
      : undefined;
  builder.addEvent({
    idCandidates: [record.id === "" ? undefined : `${setup.idHint}-${record.id}`],
    title: record.title,
    summary: record.summary,
    date: record.date,
    approximate: record.approximate,
    topicLabels: [record.topic],
    actors,
    initiator: record.source.country,
    target: record.target.country,
    cameo,
    score: record.score,
    scoreNote: record.scoreNote,
    citations,
    fileNote: record.fileNote,
    line: record.line,
  });
}

/** "United States" for USA; the code itself where the table has no name. */
export const nameOf = (code: string): string => countryName(code) ?? code;
