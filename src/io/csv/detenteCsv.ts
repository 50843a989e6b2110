/**
 * A Détente CSV (README "Round trips") → the dataset it was written from: ids, parties with
 * names, actors with roles, every citation with its quote and note, eras, corrections, scores,
 * CAMEO codes and date precision, exactly. Text cells are taken as written (the exporter never
 * wrote HTML), with only the formula guard's apostrophe removed.
 *
 * The file may have been edited in a spreadsheet, so a row that names a topic, actor or source
 * without a row of its own gets one (and the report says so), a row without an id gets one from
 * its title, and a row without a `record` cell is an event. The result is validated like any
 * dataset; problems name the file's line.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Problem } from "../../model/result.ts";
import { slug as slugSchema } from "../../model/schema.ts";
import type {
  Actor,
  Citation,
  Correction,
  Dataset,
  DatasetEvent,
  Era,
  Party,
  Source,
  Topic,
} from "../../model/schema.ts";
import { validateDataset } from "../../model/validate.ts";
import { IMPORTED_FILE_SOURCE, optional, PLACEHOLDER_PARTIES } from "../shared/datasetBuilder.ts";
import { IdAllocator } from "../shared/slug.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { plural } from "../pipeline/log.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import type { ImportResult } from "../pipeline/report.ts";
import { warnBadEnd, warnTimeOfDay } from "../pipeline/warnings.ts";
import { citationColumns, LIST_SPLIT } from "./columns.ts";
import { NameResolver } from "./names.ts";
import { resolveCsvParties } from "./parties.ts";
import {
  cellReader,
  citationSlots,
  dateCell,
  listCell,
  optionalText,
  sortRows,
  type CellOf,
  type KindRow,
} from "./recordRows.ts";
import type { CsvRow } from "./rows.ts";
import { readCameo, readCsvDate, readScore } from "./values.ts";

const isSlug = (text: string): boolean => slugSchema.safeParse(text).success;

/** Items of a collection with the line each came from, to locate validation problems. */
class Located<T> {
  readonly items: T[] = [];
  readonly lines: number[] = [];
  push(item: T, line: number): void {
    this.items.push(item);
    this.lines.push(line);
  }
}

/** An allocator that already holds every id the file gives, so new ids never collide. */
function allocatorWith(ids: readonly string[]): IdAllocator {
  const allocator = new IdAllocator();
  for (const id of ids) allocator.take([id], id);
  return allocator;
}

interface Records {
  dataset:
    | {
        id: string;
        title: string;
        description: string;
        schema: string;
        lang: string;
        translations: unknown;
      }
    | undefined;
  parties: Located<Party>;
  thirdParties: Located<Party>;
  sources: Located<Source>;
  topics: Located<Topic>;
  actors: Located<Actor>;
  eras: Located<Era>;
  view: { from: string; to: string } | undefined;
  corrections: Located<Correction>;
}

/** The rows that are not events, as the dataset's collections. */
function readRecords(rows: readonly KindRow[], cell: CellOf, log: ImportLog): Records {
  const records: Records = {
    dataset: undefined,
    parties: new Located(),
    thirdParties: new Located(),
    sources: new Located(),
    topics: new Located(),
    actors: new Located(),
    eras: new Located(),
    view: undefined,
    corrections: new Located(),
  };
  for (const { kind, row } of rows) {
    const get = (column: string): string => cell(row, column);
    const id = get("id").trim();
    const { line } = row;
    switch (kind) {
      case "event":
        break;
      case "dataset":
        if (records.dataset !== undefined)
          log.skip("a second dataset row (the first is used)", line);
        else {
          const translationText = get("translations").trim();
          let translations: unknown;
          if (translationText !== "") {
            try {
              translations = JSON.parse(translationText);
            } catch {
              log.skip(
                "translations cell is not JSON (the dataset's translations are left out)",
                line,
              );
            }
          }
          records.dataset = {
            id,
            title: get("title"),
            description: get("summary"),
            schema: get("schema").trim(),
            lang: get("lang").trim(),
            translations,
          };
        }
        break;
      case "party":
        if (records.parties.items.length === 2)
          log.skip("a third party row (a dataset has two parties; use third-party rows)", line);
        else records.parties.push({ code: id, name: get("title") }, line);
        break;
      case "third-party":
        records.thirdParties.push({ code: id, name: get("title") }, line);
        break;
      case "source":
        records.sources.push(
          {
            id,
            title: get("title"),
            publisher: get("publisher"),
            ...optional("url", optionalText(get("url"))?.trim()),
            ...optional("published", dateCell(get("date"))),
            ...optional("lang", optionalText(get("lang"))?.trim()),
          },
          line,
        );
        break;
      case "topic":
        records.topics.push({ id, label: get("title") }, line);
        break;
      case "actor":
        records.actors.push(
          { id, name: get("title"), party: get("party").trim(), role: get("role") },
          line,
        );
        break;
      case "era":
        records.eras.push(
          {
            id,
            label: get("title"),
            start: dateCell(get("date")) ?? "",
            end: dateCell(get("end")) ?? "",
            ...optional("summary", optionalText(get("summary"))),
          },
          line,
        );
        break;
      case "view":
        if (records.view !== undefined) log.skip("a second view row (the first is used)", line);
        else records.view = { from: dateCell(get("date")) ?? "", to: dateCell(get("end")) ?? "" };
        break;
      case "correction": {
        const events = listCell(get("events"), LIST_SPLIT);
        records.corrections.push(
          {
            date: dateCell(get("date")) ?? "",
            change: get("title"),
            reason: get("summary"),
            ...(events.length > 0 ? { events } : {}),
          },
          line,
        );
        break;
      }
    }
  }
  return records;
}

export function parseDetenteCsv(
  header: readonly string[],
  rows: readonly CsvRow[],
  options: ImportOptions,
  log: ImportLog,
): ImportResult {
  const cell = cellReader(header);
  const sorted = sortRows(rows, cell, log);
  const records = readRecords(sorted, cell, log);
  const eventRows = sorted.filter((r) => r.kind === "event").map((r) => r.row);

  // Parties: the file's own rows; else the caller's; else the codes the events use most.
  const parties: readonly [Party, Party] =
    records.parties.items.length === 2
      ? [records.parties.items[0] as Party, records.parties.items[1] as Party]
      : (resolveCsvParties(
          eventRows.flatMap((row) => [cell(row, "initiator"), cell(row, "target")]),
          options.parties,
          log,
        ).parties ?? PLACEHOLDER_PARTIES);
  const allParties = [...parties, ...records.thirdParties.items];
  const partyCode = new Map<string, string>();
  // Names first, codes after: a code always means its own party, whatever another is called.
  for (const p of allParties) partyCode.set(p.name.trim().toLowerCase(), p.code);
  for (const p of allParties) partyCode.set(p.code.toLowerCase(), p.code);

  const topics = new NameResolver(records.topics.items.map((t) => ({ id: t.id, name: t.label })));
  const actors = new NameResolver(records.actors.items);
  const sources = new NameResolver(records.sources.items.map((s) => ({ id: s.id, name: s.title })));
  const topicIds = allocatorWith(records.topics.items.map((t) => t.id));
  const actorIds = allocatorWith(records.actors.items.map((a) => a.id));
  const sourceIds = allocatorWith(records.sources.items.map((s) => s.id));
  const fileName = options.fileName?.trim() || "Imported data";

  const added = (what: string) => (n: number) =>
    `${plural(n, `${what} was`, `${what}s were`)} named in events without a row of its own: added`;
  const newTopic = (label: string, line: number): string => {
    const topic = { id: topicIds.take([label], "topic"), label };
    records.topics.push(topic, line);
    topics.add({ id: topic.id, name: label });
    log.warn("csv-new-topic", added("topic"), line);
    return topic.id;
  };
  const newActor = (name: string, party: string, line: number): string => {
    const actor = {
      id: actorIds.take([name], "actor"),
      name,
      party,
      role: "actor named in the imported CSV",
    };
    records.actors.push(actor, line);
    actors.add(actor);
    log.warn("csv-new-actor", added("actor"), line);
    return actor.id;
  };
  const newSource = (title: string, line: number): string => {
    const source = { id: sourceIds.take([title], "source"), title, publisher: title };
    records.sources.push(source, line);
    sources.add({ id: source.id, name: title });
    log.warn("csv-new-source", added("source"), line);
    return source.id;
  };
  let fileSource: string | undefined;
  const theFile = (line: number): string => {
    if (fileSource !== undefined) return fileSource;
    fileSource = sourceIds.take([IMPORTED_FILE_SOURCE], IMPORTED_FILE_SOURCE);
    records.sources.push({ id: fileSource, title: fileName, publisher: "CSV file" }, line);
    return fileSource;
  };

  // Ids the rows give, so a row without one is never handed an id a later row has.
  const givenIds = eventRows.map((row) => cell(row, "id").trim());
  const eventIds = new IdAllocator();
  const seen = new Set<string>();
  const idOf = givenIds.map((id) => {
    const usable = isSlug(id) && !seen.has(id);
    if (usable) {
      seen.add(id);
      eventIds.take([id], id);
    }
    return usable;
  });
  const slots = Math.max(1, citationSlots(header));

  const party = (text: string): string | undefined => {
    const trimmed = text.trim();
    return trimmed === "" ? "" : partyCode.get(trimmed.toLowerCase());
  };

  /** One event row; undefined (and the skip counted) when a value cannot be read. */
  const readEvent = (row: CsvRow, index: number): DatasetEvent | undefined => {
    const get = (column: string): string => cell(row, column);
    const { line } = row;
    const date = readCsvDate(get("date"));
    if (!date.ok) return void log.skip(date.reason, line, date.detail);
    const score = readScore(get("score"));
    if (!score.ok) return void log.skip(score.reason, line, score.detail);
    const cameo = readCameo(get("cameo"), options.goldstein);
    if (!cameo.ok) return void log.skip(cameo.reason, line, cameo.detail);
    const weightText = get("weight").trim();
    const weight = weightText === "" ? undefined : Number(weightText.replace(",", "."));
    if (weight !== undefined && !Number.isFinite(weight)) {
      return void log.skip("weight is not a number", line, `weight "${weightText.slice(0, 40)}"`);
    }
    let discrepancies: unknown;
    const discrepancyText = get("discrepancies").trim();
    if (discrepancyText !== "") {
      try {
        discrepancies = JSON.parse(discrepancyText);
      } catch {
        return void log.skip("discrepancies cell is not JSON", line);
      }
    }
    let media: unknown;
    const mediaText = get("media").trim();
    if (mediaText !== "") {
      try {
        media = JSON.parse(mediaText);
      } catch {
        return void log.skip("media cell is not JSON", line);
      }
    }
    let initiator = party(get("initiator"));
    let target = party(get("target"));
    if (initiator === undefined || target === undefined) {
      const shown = `${get("initiator").trim()} → ${get("target").trim()}`;
      const known = allParties.map((p) => p.code).join(", ");
      return void log.skip(
        "initiator or target is not a party of the file",
        line,
        `${shown}: expected one of ${known}`,
      );
    }
    const [first, second] = parties;
    if (initiator === "") initiator = target === first.code ? second.code : first.code;
    if (target === "") target = initiator === first.code ? second.code : first.code;

    const endText = get("end").trim();
    const end = endText === "" ? undefined : readCsvDate(endText);
    if (end !== undefined && !end.ok) warnBadEnd(log, line);
    if (date.value.hasTime || (end?.ok === true && end.value.hasTime)) warnTimeOfDay(log, line);

    const approximateText = get("approximate").trim().toLowerCase();
    const approximate =
      approximateText === "true" ? true : approximateText === "false" ? false : undefined;
    if (approximateText !== "" && approximate === undefined) {
      log.warn(
        "csv-approximate",
        (n) =>
          `${plural(n, "approximate cell was", "approximate cells were")} not true or false: ignored`,
        line,
      );
    }

    const topicList = listCell(get("topics"), LIST_SPLIT).map(
      (name) => topics.resolve(name) ?? newTopic(name, line),
    );
    if (topicList.length === 0)
      topicList.push(topics.resolve("General") ?? newTopic("General", line));
    const actorList = listCell(get("actors"), LIST_SPLIT).map(
      (name) => actors.resolve(name) ?? newActor(name, initiator, line),
    );

    const citations: Citation[] = [];
    for (let n = 1; n <= slots; n++) {
      const [sourceColumn, quoteColumn, noteColumn] = citationColumns(n);
      const name = get(sourceColumn).trim();
      const quote = optionalText(get(quoteColumn));
      const note = optionalText(get(noteColumn));
      if (name === "" && quote === undefined && note === undefined) continue;
      const source = name === "" ? theFile(line) : (sources.resolve(name) ?? newSource(name, line));
      citations.push({ source, ...optional("quote", quote), ...optional("note", note) });
    }
    if (citations.length === 0) citations.push({ source: theFile(line) });

    const title = get("title");
    const summary = optionalText(get("summary")) ?? title;
    const givenId = givenIds[index] ?? "";
    const id = idOf[index] === true ? givenId : eventIds.take([title], "event");
    if (idOf[index] !== true) {
      log.warn(
        "csv-new-id",
        (n) =>
          `${plural(n, "event had", "events had")} no usable id (a missing, malformed or repeated one): given one from the title`,
        line,
      );
    }
    const after = listCell(get("after"), LIST_SPLIT);
    return {
      id,
      title,
      summary,
      date: date.value.date,
      ...optional("end", end?.ok === true ? end.value.date : undefined),
      ...optional("approximate", approximate),
      topics: [...new Set(topicList)],
      actors: [...new Set(actorList)],
      initiator,
      target,
      ...(after.length > 0 ? { after } : {}),
      ...optional("within", optionalText(get("within"))?.trim()),
      ...optional("cameo", cameo.value),
      ...optional("score", score.value),
      ...optional("scoreNote", optionalText(get("score note"))),
      ...optional("weight", weight),
      citations,
      ...(discrepancies === undefined
        ? {}
        : { discrepancies: discrepancies as DatasetEvent["discrepancies"] }),
      ...optional("dateLabel", optionalText(get("date label"))),
      // Checked with the rest by the dataset's validation below, like the discrepancies.
      ...(media === undefined ? {} : { media: media as DatasetEvent["media"] }),
    };
  };

  const events = new Located<DatasetEvent>();
  eventRows.forEach((row, index) => {
    const event = readEvent(row, index);
    if (event !== undefined) events.push(event, row.line);
  });
  if (events.items.length === 0) {
    log.problem("no events could be imported from this file");
    return { ok: false, report: log.report("csv", 0) };
  }
  if (records.sources.items.length === 0) theFile(1);

  const meta = records.dataset;
  const title = optionalText(meta?.title ?? "") ?? fileName;
  const datasetId =
    meta !== undefined && isSlug(meta.id)
      ? meta.id
      : new IdAllocator().take([title], "imported-csv");
  const dataset: Dataset = {
    ...optional("$schema", meta?.schema === "" ? undefined : meta?.schema),
    ...optional("lang", meta?.lang === "" ? undefined : meta?.lang),
    id: datasetId,
    title,
    description: optionalText(meta?.description ?? "") ?? `Imported from ${fileName} (CSV file).`,
    parties: [parties[0], parties[1]],
    ...(records.thirdParties.items.length > 0 ? { thirdParties: records.thirdParties.items } : {}),
    sources: records.sources.items,
    topics: records.topics.items,
    actors: records.actors.items,
    events: events.items,
    ...(records.eras.items.length > 0 ? { eras: records.eras.items } : {}),
    ...optional("view", records.view),
    ...(records.corrections.items.length > 0 ? { corrections: records.corrections.items } : {}),
    ...(meta?.translations === undefined
      ? {}
      : { translations: meta.translations as Dataset["translations"] }),
  };
  const validated = validateDataset(dataset, options.goldstein ?? codesUsed(dataset));
  if (!validated.ok) {
    const lines: Record<string, readonly number[]> = {
      parties: records.parties.lines,
      thirdParties: records.thirdParties.lines,
      sources: records.sources.lines,
      topics: records.topics.lines,
      actors: records.actors.lines,
      events: events.lines,
      eras: records.eras.lines,
      corrections: records.corrections.lines,
    };
    log.addProblems(validated.error.map((p) => locate(p, lines)));
    return { ok: false, report: log.report("csv", 0) };
  }
  return { ok: true, dataset: validated.value, report: log.report("csv", events.items.length) };
}

/** Without a CAMEO table, well-formed codes are accepted unchecked (as for other imports). */
function codesUsed(dataset: Dataset): GoldsteinTable {
  return new Map(
    dataset.events.flatMap((e) => (e.cameo === undefined ? [] : [[e.cameo, 0] as const])),
  );
}

/** A validation problem with the line of the row its path points into. */
function locate(problem: Problem, lines: Record<string, readonly number[]>): Problem {
  const match = /^(\w+)\[(\d+)\]/.exec(problem.path);
  const line = match?.[1] === undefined ? undefined : lines[match[1]]?.[Number(match[2])];
  return line === undefined ? problem : { ...problem, line };
}
