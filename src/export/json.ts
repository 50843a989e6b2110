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
import "../i18n/exportWords.ts";
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
  const header = (title: string, description: string, lang: Lang) => {
    const words = translator(lang);
    return {
      title: words("export.extractTitle", {
        title,
        from: day(viewport.from, lang),
        // The window is [from, to): its last shown day is the one before `to`'s instant.
        to: day(viewport.to - 1, lang),
      }),
      description: words("export.extractDescription", {
        title,
        id: dataset.id,
        date: formatUtcDay(options.now, lang),
        count: events.length,
        total: selectEvents(state).length,
        from: day(viewport.from, lang),
        to: day(viewport.to - 1, lang),
        filtered: isFiltering(filters) ? words("export.extractFiltered") : "",
        description,
      }),
    };
  };
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
  const keptSources = new Set(
    (sources.length > 0 ? sources : dataset.sources.slice(0, 1)).map((s) => s.id),
  );
  const [first] = dataset.sources;
  return {
    ...(dataset.$schema === undefined ? {} : { $schema: dataset.$schema }),
    id: dataset.id,
    ...header(dataset.title, dataset.description, options.lang),
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
    ...(dataset.lang === undefined ? {} : { lang: dataset.lang }),
    // Translations of what the extract keeps, with its own title and description in each
    // language Détente speaks (others keep only the kept texts).
    ...(dataset.translations === undefined
      ? {}
      : {
          translations: Object.fromEntries(
            Object.entries(dataset.translations).map(([lang, tr]) => {
              const { title: _title, description: _description, ...rest } = tr;
              const own =
                lang === "en" || lang === "es"
                  ? header(tr.title ?? dataset.title, tr.description ?? dataset.description, lang)
                  : {};
              return [
                lang,
                {
                  ...own,
                  ...rest,
                  ...(rest.events === undefined ? {} : { events: pickKeys(rest.events, keep) }),
                  ...(rest.sources === undefined
                    ? {}
                    : { sources: pickKeys(rest.sources, keptSources) }),
                },
              ];
            }),
          ),
        }),
  };
}

function day(ms: number, lang: Lang): string {
  return formatUtcDay(ms, lang);
}

/** The entries of a map by id whose id is kept. */
function pickKeys<T>(map: Record<string, T>, keep: ReadonlySet<string>): Record<string, T> {
  return Object.fromEntries(Object.entries(map).filter(([id]) => keep.has(id)));
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
