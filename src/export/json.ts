/**
 * The events of the current view as a Détente dataset of its own, so an extract can be opened
 * in Détente again, validated, shared or merged back by hand.
 *
 * Parties, topics, actors and eras are kept whole: they are small, events refer to them, and
 * lanes keep their order when the extract is opened. Sources are cut down to the ones the kept
 * events cite, because a source list is the extract's bibliography and should not claim more
 * than the events use. The title says it is an extract and the description records where it
 * came from (dataset id, window, filters, date), keeping the original description after it.
 */
import { formatUtcDay } from "../i18n/format.ts";
import type { Lang } from "../i18n/format.ts";
import { isFiltering } from "../model/filters.ts";
import type { Dataset } from "../model/schema.ts";
import { selectEvents, selectVisibleEvents } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { translator } from "../i18n/translate.ts";
import { serializeDataset } from "../io/detente/serialize.ts";

export interface JsonExportOptions {
  readonly lang: Lang;
  /** When the extract was made (UTC ms); tests pass a fixed instant. */
  readonly now: number;
}

export type ExportState = Pick<DetenteState, "dataset" | "goldstein" | "filters" | "viewport">;

export function extractDataset(state: ExportState, options: JsonExportOptions): Dataset {
  const { dataset, viewport, filters } = state;
  const t = translator(options.lang);
  const visible = selectVisibleEvents(state);
  // Keep the dataset's own event order (authors often group or comment by position), not the
  // chart's time order.
  const keep = new Set(visible.map((e) => e.id));
  // An `after` link to an event left out would not validate; the kept order is already right.
  const events = dataset.events
    .filter((e) => keep.has(e.id))
    .map((e) => (e.after === undefined ? e : withKnown(e, "after", e.after, keep)));
  const cited = new Set(
    events.flatMap((e) => [
      ...e.citations.map((c) => c.source),
      ...(e.discrepancies ?? []).flatMap((d) => d.accounts.map((a) => a.source)),
    ]),
  );
  const sources = dataset.sources.filter((s) => cited.has(s.id));
  const from = formatUtcDay(viewport.from, options.lang);
  // The window is [from, to): its last shown day is the one before `to`'s instant.
  const to = formatUtcDay(viewport.to - 1, options.lang);
  const [first] = dataset.sources;
  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    id: dataset.id,
    title: t("export.extractTitle", { title: dataset.title, from, to }),
    description: t("export.extractDescription", {
      title: dataset.title,
      id: dataset.id,
      date: formatUtcDay(options.now, options.lang),
      count: events.length,
      total: selectEvents(state).length,
      from,
      to,
      filtered: isFiltering(filters) ? t("export.extractFiltered") : "",
      description: dataset.description,
    }),
    parties: dataset.parties,
    ...(dataset.thirdParties === undefined ? {} : { thirdParties: dataset.thirdParties }),
    // The format needs at least one source: an empty extract keeps the dataset's first one so
    // the file still validates (it then credits where the empty window was taken from).
    sources: sources.length > 0 || !first ? sources : [first],
    topics: dataset.topics,
    actors: dataset.actors,
    events,
    ...(dataset.eras === undefined ? {} : { eras: dataset.eras }),
    // Corrections stay on the record whatever the window: they describe the whole dataset.
    ...(dataset.corrections === undefined
      ? {}
      : {
          corrections: dataset.corrections.map((c) =>
            c.events === undefined ? c : withKnown(c, "events", c.events, keep),
          ),
        }),
  };
}

/** The object with its id list cut to the kept events (the field dropped when none remain). */
function withKnown<T extends object, K extends keyof T & string>(
  item: T,
  key: K,
  ids: readonly string[],
  keep: ReadonlySet<string>,
): T {
  const kept = ids.filter((id) => keep.has(id));
  if (kept.length === ids.length) return item;
  const { [key]: _dropped, ...rest } = item;
  return (kept.length > 0 ? { ...rest, [key]: kept } : rest) as T;
}

/** The extract as the text of a .json file (two-space indent, final newline). */
export function exportJson(state: ExportState, options: JsonExportOptions): string {
  return serializeDataset(extractDataset(state, options));
}
