/**
 * Topics and actors ranked by how many events they tag, computed once per events array (not per
 * render or keystroke): long filter lists show the most frequent first and search the rest.
 */
import type { TimelineEvent } from "../model/events.ts";
import { foldText } from "../model/filters.ts";
import { selectEvents, selectLocalDataset } from "./selectors.ts";
import type { DetenteState } from "./types.ts";

export type Facet = "topics" | "actors";

export interface FacetOption {
  readonly id: string;
  readonly label: string;
}

export interface FacetRanking {
  /** Every option, most frequent first; ties keep the dataset's order. */
  readonly ranked: readonly FacetOption[];
  /** Every option in the dataset's order, and their ids (what "no filter" stands for). */
  readonly options: readonly FacetOption[];
  readonly ids: readonly string[];
  /** Events per id over the whole dataset. */
  readonly totals: ReadonlyMap<string, number>;
}

const cache = new WeakMap<readonly TimelineEvent[], Partial<Record<Facet, FacetRanking>>>();

export function rankFacet(
  options: readonly FacetOption[],
  events: readonly TimelineEvent[],
  facet: Facet,
): FacetRanking {
  const totals = new Map<string, number>();
  for (const event of events)
    for (const id of event.source[facet]) totals.set(id, (totals.get(id) ?? 0) + 1);
  // Sorting positions by a typed array of counts: no Map lookups inside the comparator.
  const count = Float64Array.from(options, (option) => totals.get(option.id) ?? 0);
  const order = Uint32Array.from(options.keys()).sort(
    (a, b) => (count[b] as number) - (count[a] as number) || a - b,
  );
  const ranked = Array.from(order, (i) => options[i] as FacetOption);
  return {
    ranked,
    options,
    ids: options.map((option) => option.id),
    totals,
  };
}

export function selectFacetRanking(
  state: Pick<DetenteState, "dataset" | "goldstein" | "settings">,
  facet: Facet,
): FacetRanking {
  const events = selectEvents(state);
  let byFacet = cache.get(events);
  if (!byFacet) {
    byFacet = {};
    cache.set(events, byFacet);
  }
  let ranking = byFacet[facet];
  if (!ranking) {
    // Labels in the reader's language: the list is searched by what it shows.
    const dataset = selectLocalDataset(state);
    const options =
      facet === "topics"
        ? dataset.topics.map((topic) => ({ id: topic.id, label: topic.label }))
        : dataset.actors.map((actor) => ({ id: actor.id, label: actor.name }));
    ranking = rankFacet(options, events, facet);
    byFacet[facet] = ranking;
  }
  return ranking;
}

const foldedCache = new WeakMap<FacetRanking, readonly string[]>();

/**
 * Positions (into `ranking.ranked`) of the options whose label contains `query`, folded; every
 * position when the query is blank.
 */
export function searchFacet(ranking: FacetRanking, query: string): readonly number[] {
  const needle = foldText(query.trim());
  // Labels are folded once, when the list is first searched, not on every keystroke.
  let labels = foldedCache.get(ranking);
  if (!labels) {
    labels = ranking.ranked.map((option) => foldText(option.label));
    foldedCache.set(ranking, labels);
  }
  const found: number[] = [];
  labels.forEach((label, i) => {
    if (needle === "" || label.includes(needle)) found.push(i);
  });
  return found;
}
