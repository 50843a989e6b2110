/**
 * Derived data, computed once per input and shared safely between stores: each cache is a
 * WeakMap keyed by the immutable object it derives from, so nothing is stored twice and two
 * instances on one page never read each other's results.
 */
import type { GoldsteinTable } from "../model/cameo.ts";
import type { TimelineEvent } from "../model/events.ts";
import { retoldEvent } from "../model/retoldEvent.ts";
import { eventColumns, rememberColumns } from "../model/eventColumns.ts";
import { resolveEvents } from "../model/events.ts";
import type { Filters } from "../model/filters.ts";
import { applyFilters, foldText, queryMatcher } from "../model/filters.ts";
import { filterByText } from "../model/searchText.ts";
import { matchesDate } from "../model/dateMatch.ts";
import { parseDateQuery } from "../i18n/dateQuery.ts";
import type { LaneIndex } from "../model/lanes.ts";
import { buildLaneIndex } from "../model/lanes.ts";
import { MARK_METRICS, StackEngine } from "../model/stacking.ts";
import { estimateTextWidth } from "../model/textWidth.ts";
import type { Dataset } from "../model/schema.ts";
import type { Viewport } from "../model/viewport.ts";
import { clampViewport, viewportBounds } from "../model/viewport.ts";
import { declaredWindow, denseWindowOf } from "../model/openingView.ts";
import { localizeDataset } from "../model/localize.ts";
import type { DetenteState, Settings } from "./types.ts";

const NO_EVENTS: readonly TimelineEvent[] = [];

const eventsCache = new WeakMap<Dataset, WeakMap<GoldsteinTable, readonly TimelineEvent[]>>();

/** The state a selector reads the reader's language from, when it has one. */
type WithLang = { readonly settings?: Pick<Settings, "lang"> };

/**
 * The dataset in the reader's language (model/localize.ts): what the page shows. `dataset`
 * itself stays as loaded, with its translations, for everything that saves or shares it.
 */
export function selectLocalDataset(state: Pick<DetenteState, "dataset" | "settings">): Dataset {
  return localizeDataset(state.dataset, state.settings.lang);
}

const localEventsCache = new WeakMap<
  readonly TimelineEvent[],
  WeakMap<Dataset, readonly TimelineEvent[]>
>();

/**
 * The resolved events, each `source` in the reader's language when the state says which (ids,
 * dates, order and scores never depend on it). Without settings (the store's own checks on
 * ids and bounds), the events as written.
 */
export function selectEvents(
  state: Pick<DetenteState, "dataset" | "goldstein"> & WithLang,
): readonly TimelineEvent[] {
  const events = selectWrittenEvents(state);
  const lang = state.settings?.lang;
  if (lang === undefined) return events;
  const local = localizeDataset(state.dataset, lang);
  if (local === state.dataset) return events;
  let byLang = localEventsCache.get(events);
  if (!byLang) {
    byLang = new WeakMap();
    localEventsCache.set(events, byLang);
  }
  let localized = byLang.get(local);
  if (!localized) {
    const sources = new Map(local.events.map((event) => [event.id, event]));
    localized = events.map((event) => {
      const source = sources.get(event.id);
      if (source === undefined || source === event.source) return event;
      return retoldEvent(event, source);
    });
    // Retold events keep their times: the same columns serve both lists.
    rememberColumns(localized, eventColumns(events));
    byLang.set(local, localized);
  }
  return localized;
}

function selectWrittenEvents(
  state: Pick<DetenteState, "dataset" | "goldstein">,
): readonly TimelineEvent[] {
  let byTable = eventsCache.get(state.dataset);
  if (!byTable) {
    byTable = new WeakMap();
    eventsCache.set(state.dataset, byTable);
  }
  let events = byTable.get(state.goldstein);
  if (!events) {
    events = resolveEvents(state.dataset, state.goldstein);
    byTable.set(state.goldstein, events);
  }
  return events;
}

const boundsCache = new WeakMap<readonly TimelineEvent[], Viewport>();

/** Zoom and pan limits: the whole dataset plus a margin (from all events, not the filtered ones). */
export function selectBounds(state: Pick<DetenteState, "dataset" | "goldstein">): Viewport {
  const events = selectEvents(state);
  let bounds = boundsCache.get(events);
  if (!bounds) {
    let first = Infinity;
    let last = -Infinity;
    const { startMs, endMs } = eventColumns(events);
    for (let i = 0; i < startMs.length; i++) {
      first = Math.min(first, startMs[i] as number);
      last = Math.max(last, endMs[i] as number);
    }
    for (const era of state.dataset.eras ?? []) {
      // Eras widen the view only when there are no events to frame it.
      if (events.length === 0) {
        first = Math.min(first, Date.parse(era.start));
        last = Math.max(last, Date.parse(era.end));
      }
    }
    if (!Number.isFinite(first)) {
      const now = Date.UTC(2000, 0, 1);
      first = now;
      last = now;
    }
    bounds = viewportBounds(first, last);
    boundsCache.set(events, bounds);
  }
  return bounds;
}

const openingCache = new WeakMap<readonly TimelineEvent[], Viewport>();

/**
 * The window the dataset opens on (and "Reset zoom" returns to): its declared `view`, else the
 * dense window that holds most of its events, within the bounds. "Show all" is the bounds.
 */
export function selectOpeningView(state: Pick<DetenteState, "dataset" | "goldstein">): Viewport {
  const events = selectEvents(state);
  let opening = openingCache.get(events);
  if (!opening) {
    const bounds = selectBounds(state);
    const declared = state.dataset.view;
    const { startMs, endMs } = eventColumns(events);
    const wanted = declared ? declaredWindow(declared) : denseWindowOf(startMs, endMs);
    opening = wanted ? clampViewport(wanted, bounds) : bounds;
    openingCache.set(events, opening);
  }
  return opening;
}

const filteredCache = new WeakMap<
  readonly TimelineEvent[],
  WeakMap<Filters, readonly TimelineEvent[]>
>();

/** Events that pass the filters, in time order. */
export function selectFilteredEvents(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters">,
): readonly TimelineEvent[] {
  const events = selectEvents(state);
  let byFilters = filteredCache.get(events);
  if (!byFilters) {
    byFilters = new WeakMap();
    filteredCache.set(events, byFilters);
  }
  let filtered = byFilters.get(state.filters);
  if (!filtered) {
    filtered = applyFilters(events, state.filters);
    byFilters.set(state.filters, filtered);
  }
  return filtered;
}

/** The events drawn on the timeline: only those passing the filters, or all when fading the rest. */
export function selectShownEvents(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings">,
): readonly TimelineEvent[] {
  return state.settings.filterMode === "fade" ? selectEvents(state) : selectFilteredEvents(state);
}

const anchorRangeCache = new WeakMap<readonly TimelineEvent[], AnchorRange>();

/** The earliest and latest anchor of the shown events (empty: +∞ and −∞). */
export interface AnchorRange {
  readonly first: number;
  readonly last: number;
}

/**
 * The shown events' anchor range, counted once per event list: whether any lies before or after
 * the window (the edge signposts) is then two comparisons per frame.
 */
export function selectShownAnchorRange(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings">,
): AnchorRange {
  const events = selectShownEvents(state);
  let range = anchorRangeCache.get(events);
  if (!range) {
    let first = Infinity;
    let last = -Infinity;
    for (const anchor of eventColumns(events).anchorMs) {
      if (anchor < first) first = anchor;
      if (anchor > last) last = anchor;
    }
    range = { first, last };
    anchorRangeCache.set(events, range);
  }
  return range;
}

const passingCache = new WeakMap<readonly TimelineEvent[], ReadonlySet<string>>();

/** Ids of the events passing the filters (to fade the others). */
export function selectPassingIds(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters">,
): ReadonlySet<string> {
  const filtered = selectFilteredEvents(state);
  let ids = passingCache.get(filtered);
  if (!ids) {
    ids = new Set(filtered.map((e) => e.id));
    passingCache.set(filtered, ids);
  }
  return ids;
}

const matchCache = new WeakMap<readonly TimelineEvent[], Map<string, readonly TimelineEvent[]>>();

/** The shown events matching the search text, in time order (empty when there is no query). */
export function selectMatches(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings">,
): readonly TimelineEvent[] {
  const query = state.filters.query.trim();
  if (query === "") return NO_EVENTS;
  const events = selectShownEvents(state);
  let byQuery = matchCache.get(events);
  if (!byQuery) {
    byQuery = new Map();
    matchCache.set(events, byQuery);
  }
  let matches = byQuery.get(query);
  if (!matches) {
    // Typing extends a text query: the matches of a query whose folded text starts the new one's
    // hold every match of the new one, so only they are searched again. A date is not narrowed
    // so ("January 2" does not hold "January 26").
    const needle = foldText(query);
    const isText = parseDateQuery(query) === null;
    let within = events;
    if (isText)
      for (const [previous, found] of byQuery)
        if (found.length < within.length && needle.startsWith(foldText(previous))) within = found;
    const test = selectMatchTest(state) ?? (() => false);
    matches = isText ? filterByText(within, needle, test) : within.filter(test);
    // Typing produces one query per keystroke: keep only the latest few.
    if (byQuery.size > 16) byQuery.clear();
    byQuery.set(query, matches);
  }
  return matches;
}

const matchTestCache = new Map<string, (event: TimelineEvent) => boolean>();

/**
 * Whether an event matches the search, for the marks a frame draws (a few hundred): the same test
 * selectMatches filters the shown events with, asked per mark, so a query matching a million
 * events builds no set of a million ids on each keystroke. Undefined without a query.
 */
export function selectMatchTest(
  state: Pick<DetenteState, "filters">,
): ((event: TimelineEvent) => boolean) | undefined {
  const query = state.filters.query.trim();
  if (query === "") return undefined;
  let test = matchTestCache.get(query);
  if (!test) {
    test = matchTest(query);
    // Typing produces one query per keystroke: keep only the latest few.
    if (matchTestCache.size > 16) matchTestCache.clear();
    matchTestCache.set(query, test);
  }
  return test;
}

/** The search's test: the words, or a date ("26 January 2025", "enero 2025") the event falls on. */
function matchTest(query: string): (event: TimelineEvent) => boolean {
  const date = parseDateQuery(query);
  const matchesText = queryMatcher(query);
  return date === null ? matchesText : (event) => matchesText(event) || matchesDate(event, date);
}

const laneCache = new WeakMap<readonly TimelineEvent[], Map<string, LaneIndex>>();

export function selectLaneIndex(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings">,
): LaneIndex {
  const events = selectShownEvents(state);
  let byGrouping = laneCache.get(events);
  if (!byGrouping) {
    byGrouping = new Map();
    laneCache.set(events, byGrouping);
  }
  const { lanes, showEmptyLanes } = state.settings;
  const key = `${lanes}|${showEmptyLanes}`;
  let index = byGrouping.get(key);
  if (!index) {
    index = buildLaneIndex(selectLocalDataset(state), events, lanes, showEmptyLanes);
    byGrouping.set(key, index);
  }
  return index;
}

const engineCache = new WeakMap<LaneIndex, StackEngine>();

/**
 * The stacked layout of the shown events: rows per lane and level cached inside. Labels are
 * measured by the text-width estimate, so the screen and an export stack alike.
 */
export function selectLayoutEngine(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "settings">,
): StackEngine {
  const index = selectLaneIndex(state);
  let engine = engineCache.get(index);
  if (!engine) {
    const events = selectShownEvents(state);
    const size = MARK_METRICS.labelSize;
    engine = new StackEngine(
      index,
      (event) => estimateTextWidth(events[event]?.source.title ?? "", size),
      MARK_METRICS,
    );
    engineCache.set(index, engine);
  }
  return engine;
}

/**
 * Rows per lane at the current zoom, as a key ("2,1,3") that changes only when a lane's height
 * does: the timeline re-renders its height on that, not on every zoom frame.
 */
export function selectLaneRowsKey(
  state: Pick<
    DetenteState,
    "dataset" | "goldstein" | "filters" | "settings" | "viewport" | "chartWidth"
  >,
): string {
  return selectLayoutEngine(state).rowCounts(state.viewport, state.chartWidth).join(",");
}

const byIdCache = new WeakMap<readonly TimelineEvent[], ReadonlyMap<string, TimelineEvent>>();

export function selectEventById(
  state: Pick<DetenteState, "dataset" | "goldstein"> & WithLang,
  id: string | null,
): TimelineEvent | undefined {
  if (id === null) return undefined;
  const events = selectEvents(state);
  let map = byIdCache.get(events);
  if (!map) {
    map = new Map(events.map((e) => [e.id, e]));
    byIdCache.set(events, map);
  }
  return map.get(id);
}

export function selectSelectedEvent(state: DetenteState): TimelineEvent | undefined {
  return selectEventById(state, state.selectedId);
}

/**
 * An event is in view when any part of it (its whole date span, through its end date) overlaps
 * the window: a bar or a month bracket reaching into the view counts as shown.
 */
export function isInView(event: TimelineEvent, view: Viewport): boolean {
  return event.startMs < view.to && event.endMs > view.from;
}

/** The events a reader sees: those passing the filters and in the current window, in time order. */
export function selectVisibleEvents(
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters" | "viewport">,
): TimelineEvent[] {
  return selectFilteredEvents(state).filter((event) => isInView(event, state.viewport));
}
