/**
 * Lane grouping. An event sits in exactly one lane so counts and clusters add up: its first
 * topic, its first actor, or its initiating party. Lanes keep the dataset's own order.
 */
import { pickedFrom } from "./eventColumns.ts";
import type { TimelineEvent } from "./events.ts";
import type { Dataset, DatasetEvent } from "./schema.ts";

export type LaneGrouping = "topic" | "actor" | "party" | "none";
export const LANE_GROUPINGS: readonly LaneGrouping[] = ["topic", "actor", "party", "none"];

export interface Lane {
  readonly id: string;
  readonly label: string;
}

export interface LaneIndex {
  readonly lanes: readonly Lane[];
  /**
   * Set when the grouping asked for would be meaningless (nearly one event per group): the
   * events are then in one lane, and the reader is told why.
   */
  readonly collapsed?: { readonly grouping: LaneGrouping; readonly groups: number };
  /** Groups beyond the MAX_LANES − 1 largest, drawn together in the "Other" lane. */
  readonly folded?: number;
  /** Per lane: the events' anchors in ascending order, and their indices into the events array. */
  readonly anchors: readonly Float64Array[];
  readonly order: readonly Int32Array[];
  /** For each event index, its lane. */
  readonly laneOfEvent: Int32Array;
}

const UNASSIGNED: Lane = { id: "other", label: "Other" };

/**
 * Most lanes drawn: the largest MAX_LANES − 1 groups and "Other". Past a dozen lanes a reader
 * can no longer follow one across the chart, and 50,000 lanes would be 50,000 rows to lay out.
 */
export const MAX_LANES = 12;

function lanesFor(dataset: Dataset, grouping: LaneGrouping): Lane[] {
  switch (grouping) {
    case "topic":
      return dataset.topics.map((t) => ({ id: t.id, label: t.label }));
    case "actor":
      return dataset.actors.map((a) => ({ id: a.id, label: a.name }));
    case "party":
      return dataset.parties.map((p) => ({ id: p.code, label: p.name }));
    case "none":
      return [{ id: "all", label: dataset.title }];
  }
}

/** The lanes of a grouping and each lane id's position, once per dataset (50,000 topics…). */
const lanesCache = new WeakMap<
  Dataset,
  Map<LaneGrouping, { lanes: readonly Lane[]; position: ReadonlyMap<string, number> }>
>();

function lanesOf(
  dataset: Dataset,
  grouping: LaneGrouping,
): { lanes: readonly Lane[]; position: ReadonlyMap<string, number> } {
  let byGrouping = lanesCache.get(dataset);
  if (!byGrouping) {
    byGrouping = new Map();
    lanesCache.set(dataset, byGrouping);
  }
  let found = byGrouping.get(grouping);
  if (!found) {
    const lanes = lanesFor(dataset, grouping);
    found = { lanes, position: new Map(lanes.map((lane, i) => [lane.id, i])) };
    byGrouping.set(grouping, found);
  }
  return found;
}

function laneKeyOf(event: DatasetEvent, grouping: LaneGrouping): string | undefined {
  switch (grouping) {
    case "topic":
      return event.topics[0];
    case "actor":
      return event.actors[0];
    case "party":
      return event.initiator;
    case "none":
      return "all";
  }
}

/** Per events list and grouping, each event's group (−1: none), read once per list. */
const groupsCache = new WeakMap<
  readonly TimelineEvent[],
  { dataset: Dataset; byGrouping: Map<LaneGrouping, Int32Array> }
>();

/** Each event's group among the grouping's lanes, −1 when it is in none of them (not to change). */
function listGroups(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  datasetOrder?: Uint32Array,
): Int32Array {
  let cached = groupsCache.get(events);
  if (cached?.dataset !== dataset) {
    cached = { dataset, byGrouping: new Map() };
    groupsCache.set(events, cached);
  }
  let groups = cached.byGrouping.get(grouping);
  if (!groups) {
    const { position } = lanesOf(dataset, grouping);
    const groupOf = (event: DatasetEvent): number => {
      const key = laneKeyOf(event, grouping);
      return (key === undefined ? undefined : position.get(key)) ?? -1;
    };
    groups = new Int32Array(events.length);
    if (datasetOrder?.length === events.length && dataset.events.length === events.length) {
      // Read in the dataset's order, where its objects lie one after another in memory, then
      // placed in time order: reading them in time order waits on memory at every event (a
      // third of indexing 100,000 events).
      const byPosition = Int32Array.from(dataset.events, groupOf);
      for (let i = 0; i < groups.length; i++)
        groups[i] = byPosition[datasetOrder[i] as number] as number;
    } else {
      for (let i = 0; i < groups.length; i++)
        groups[i] = groupOf((events[i] as TimelineEvent).source);
    }
    cached.byGrouping.set(grouping, groups);
  }
  return groups;
}

/**
 * The groups of `events`, a new array the caller may change. A filter's result (picked from
 * the whole list) takes them by position from the whole list's, read once: toggling a filter
 * over 50,000 topics then looks no topic up.
 */
function groupsOf(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  datasetOrder: Uint32Array | undefined,
): Int32Array {
  const picked = pickedFrom(events);
  if (!picked) return listGroups(dataset, events, grouping, datasetOrder).slice();
  const whole = listGroups(dataset, picked.from, grouping);
  const groups = new Int32Array(events.length);
  picked.positions.forEach((p, i) => (groups[i] = whole[p] as number));
  return groups;
}

/** Lane indexes built elsewhere (a load worker's index, eventIndex.ts), per events array. */
const remembered = new WeakMap<readonly TimelineEvent[], Map<LaneGrouping, LaneIndex>>();

export function rememberLaneIndex(
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  index: LaneIndex,
): void {
  const byGrouping = remembered.get(events) ?? new Map<LaneGrouping, LaneIndex>();
  byGrouping.set(grouping, index);
  remembered.set(events, byGrouping);
}

/**
 * Builds the lanes, each sorted by anchor (ties keep the events' order). `resolveEvents` sorts by
 * start date, which is not anchor order when precisions mix: "2025" starts before "2025-03-01"
 * but is drawn mid-year, after it. Lanes with none of `events` are left out unless `keepEmpty`:
 * a filter to one topic shows one lane, not six empty ones.
 */
export function buildLaneIndex(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  keepEmpty = true,
  /** Each event's position in `dataset.events`, when known (eventIndex.ts): a faster read. */
  datasetOrder?: Uint32Array,
): LaneIndex {
  const known = remembered.get(events)?.get(grouping);
  if (known) return known;
  const { lanes: all } = lanesOf(dataset, grouping);
  const lanes = [...all];
  const laneOfEvent = groupsOf(dataset, events, grouping, datasetOrder);
  let needsOther = false;
  const counts: number[] = lanes.map(() => 0);
  laneOfEvent.forEach((lane) => {
    if (lane === -1) needsOther = true;
    else counts[lane] = (counts[lane] ?? 0) + 1;
  });
  if (needsOther) {
    lanes.push(UNASSIGNED);
    counts.push(0);
    const other = lanes.length - 1;
    laneOfEvent.forEach((lane, i) => {
      if (lane === -1) {
        laneOfEvent[i] = other;
        counts[other] = (counts[other] ?? 0) + 1;
      }
    });
  }
  if (!keepEmpty) dropEmptyLanes(lanes, counts, laneOfEvent);
  let folded: number | undefined;
  if (lanes.length > MAX_LANES) {
    const capped = capLanes(lanes, counts, laneOfEvent, events.length);
    if (capped === undefined) {
      const groups = counts.filter((n, lane) => n > 0 && lanes[lane] !== UNASSIGNED).length;
      return { ...buildLaneIndex(dataset, events, "none"), collapsed: { grouping, groups } };
    }
    folded = capped;
  }
  const anchors = counts.map((n) => new Float64Array(n));
  const order = counts.map((n) => new Int32Array(n));
  const fill = counts.map(() => 0);
  events.forEach((event, i) => {
    const lane = laneOfEvent[i] ?? 0;
    const at = fill[lane] ?? 0;
    (anchors[lane] as Float64Array)[at] = event.anchorMs;
    (order[lane] as Int32Array)[at] = i;
    fill[lane] = at + 1;
  });
  anchors.forEach((laneAnchors, lane) => sortLane(laneAnchors, order[lane] as Int32Array));
  return { lanes, anchors, order, laneOfEvent, ...(folded === undefined ? {} : { folded }) };
}

/**
 * Keeps the MAX_LANES − 1 largest lanes (in their own order; ties to the earlier lane) and folds
 * the rest into "Other", in place. Returns how many groups were folded, or undefined when the
 * kept lanes would hold fewer than half of the events: "Other" would then be the chart, and
 * lanes say nothing.
 */
function capLanes(
  lanes: Lane[],
  counts: number[],
  laneOfEvent: Int32Array,
  total: number,
): number | undefined {
  // The largest MAX_LANES − 1 by one pass keeping a short sorted list: no sort of 50,000 lanes.
  // Lanes arrive in their own order, so a lane is placed before another only when it is strictly
  // larger: of two equal lanes the earlier stays ahead.
  const largest: number[] = [];
  const before = (a: number, b: number): boolean => (counts[a] as number) > (counts[b] as number);
  let groups = 0;
  lanes.forEach((lane, i) => {
    if (lane === UNASSIGNED) return;
    if ((counts[i] as number) > 0) groups++;
    if (largest.length === MAX_LANES - 1 && !before(i, largest.at(-1) as number)) return;
    let at = largest.length;
    while (at > 0 && before(i, largest[at - 1] as number)) at--;
    largest.splice(at, 0, i);
    if (largest.length > MAX_LANES - 1) largest.pop();
  });
  const keep = new Set(largest);
  let held = 0;
  for (const lane of keep) held += counts[lane] as number;
  if (held * 2 < total) return undefined;
  const renumber = new Int32Array(lanes.length);
  const kept: Lane[] = [];
  const keptCounts: number[] = [];
  let other = 0;
  lanes.forEach((lane, i) => {
    if (keep.has(i)) {
      renumber[i] = kept.length;
      kept.push(lane);
      keptCounts.push(counts[i] as number);
    } else {
      renumber[i] = -1;
      other += counts[i] as number;
    }
  });
  const otherLane = kept.length;
  kept.push(UNASSIGNED);
  keptCounts.push(other);
  laneOfEvent.forEach((lane, i) => {
    const to = renumber[lane] as number;
    laneOfEvent[i] = to < 0 ? otherLane : to;
  });
  let keptGroups = 0;
  for (const lane of keep) if ((counts[lane] as number) > 0) keptGroups++;
  const foldedGroups = groups - keptGroups;
  lanes.length = 0;
  lanes.push(...kept);
  counts.length = 0;
  counts.push(...keptCounts);
  return foldedGroups;
}

/** Removes lanes without events, in place, renumbering the events' lanes. */
function dropEmptyLanes(lanes: Lane[], counts: number[], laneOfEvent: Int32Array): void {
  const renumber = new Int32Array(lanes.length);
  let kept = 0;
  for (let lane = 0; lane < lanes.length; lane++) {
    renumber[lane] = kept;
    if ((counts[lane] ?? 0) > 0) {
      lanes[kept] = lanes[lane] as Lane;
      counts[kept] = counts[lane] as number;
      kept++;
    }
  }
  lanes.length = kept;
  counts.length = kept;
  laneOfEvent.forEach((lane, i) => {
    laneOfEvent[i] = renumber[lane] as number;
  });
}

/** Sorts a lane's anchors ascending in place, carrying the event indices along (stable). */
function sortLane(anchors: Float64Array, order: Int32Array): void {
  let sorted = true;
  for (let p = 1; p < anchors.length && sorted; p++) {
    sorted = (anchors[p - 1] as number) <= (anchors[p] as number);
  }
  if (sorted) return;
  const positions = Array.from(anchors.keys()).sort(
    (a, b) => (anchors[a] as number) - (anchors[b] as number) || a - b,
  );
  const byAnchor = Float64Array.from(positions, (p) => anchors[p] as number);
  const byOrder = Int32Array.from(positions, (p) => order[p] as number);
  anchors.set(byAnchor);
  order.set(byOrder);
}
