/**
 * The event table's rows and their order: each event with the names (not the ids) of its topics,
 * actors, parties and sources, sorted by any column. Pure, so sorting is tested without a DOM.
 */
import type { TimelineEvent } from "./events.ts";
import { foldText } from "./filters.ts";
import { shortPublisher } from "./publisher.ts";
import type { Dataset } from "./schema.ts";

export type EventColumn = "date" | "title" | "topics" | "actors" | "parties" | "score" | "sources";

export const EVENT_COLUMNS: readonly EventColumn[] = [
  "date",
  "title",
  "topics",
  "actors",
  "parties",
  "score",
  "sources",
];

export type SortDirection = "ascending" | "descending";

export interface EventRow {
  readonly event: TimelineEvent;
  readonly topics: readonly string[];
  readonly actors: readonly string[];
  readonly initiator: string;
  readonly target: string;
  readonly sources: readonly string[];
}

function namer<T>(items: readonly T[], key: (item: T) => string, name: (item: T) => string) {
  const names = new Map(items.map((item) => [key(item), name(item)]));
  return (id: string): string => names.get(id) ?? id;
}

export function eventRows(dataset: Dataset, events: readonly TimelineEvent[]): EventRow[] {
  const topic = namer(
    dataset.topics,
    (t) => t.id,
    (t) => t.label,
  );
  const actor = namer(
    dataset.actors,
    (a) => a.id,
    (a) => a.name,
  );
  const party = namer(
    [...dataset.parties, ...(dataset.thirdParties ?? [])],
    (p) => p.code,
    (p) => p.name,
  );
  const source = namer(
    dataset.sources,
    (s) => s.id,
    (s) => shortPublisher(s.publisher),
  );
  return events.map((event) => ({
    event,
    topics: event.source.topics.map(topic),
    actors: event.source.actors.map(actor),
    initiator: party(event.source.initiator),
    target: party(event.source.target),
    // Each publisher once, even when an event quotes it twice or cites two of its reports.
    sources: [...new Set(event.source.citations.map((c) => source(c.source)))],
  }));
}

/** The row's words, folded, for the table's own filter box. */
export function rowText(row: EventRow): string {
  return foldText(
    [
      row.event.source.title,
      ...row.topics,
      ...row.actors,
      row.initiator,
      row.target,
      ...row.sources,
    ].join(" "),
  );
}

/** Rows whose words contain every word typed (in any order, accents and case aside). */
export function filterRows(rows: readonly EventRow[], query: string): readonly EventRow[] {
  const words = foldText(query)
    .split(/\s+/)
    .filter((word) => word !== "");
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const text = rowText(row);
    return words.every((word) => text.includes(word));
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

function compareBy(column: EventColumn, a: EventRow, b: EventRow): number {
  switch (column) {
    case "date":
      return 0;
    case "title":
      return collator.compare(a.event.source.title, b.event.source.title);
    case "topics":
      return collator.compare(a.topics.join(", "), b.topics.join(", "));
    case "actors":
      // Events without actors go last in ascending order.
      if (a.actors.length === 0 || b.actors.length === 0) {
        return (a.actors.length === 0 ? 1 : 0) - (b.actors.length === 0 ? 1 : 0);
      }
      return collator.compare(a.actors.join(", "), b.actors.join(", "));
    case "parties":
      return collator.compare(`${a.initiator} ${a.target}`, `${b.initiator} ${b.target}`);
    case "score":
      return a.event.score - b.event.score;
    case "sources":
      return a.sources.length - b.sources.length;
  }
}

/**
 * Rows sorted by a column; ties keep time order (the rows come in time order, and the date column
 * is that order), so "by score" lists equal scores from the earliest.
 */
export function sortRows(
  rows: readonly EventRow[],
  column: EventColumn,
  direction: SortDirection,
): EventRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const indexed = rows.map((row, i) => ({ row, i }));
  indexed.sort((a, b) => {
    const by = compareBy(column, a.row, b.row);
    if (by !== 0) return sign * by;
    return column === "date" ? sign * (a.i - b.i) : a.i - b.i;
  });
  return indexed.map(({ row }) => row);
}
