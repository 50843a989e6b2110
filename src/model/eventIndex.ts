/**
 * The resolved events as columns: what resolveEvents computes (times, scores, weights, the time
 * order), in typed arrays that a worker can compute and hand to the page without copying
 * (transferable), plus the default lane index. The page rebuilds its TimelineEvent objects from
 * them without parsing a date or sorting, and parses an event's dates only when something reads
 * them (the details panel, a label).
 */
import type { GoldsteinTable } from "./cameo.ts";
import { mustParseEdtf, type EdtfInterval, type PreciseDate } from "./date.ts";
import {
  mustParseInterval,
  rememberResolved,
  resolveInOrder,
  type TimelineEvent,
} from "./events.ts";
import {
  CONTEXT,
  FROM_CAMEO,
  readColumns,
  rememberColumns,
  SPAN,
  type EventColumns,
} from "./eventColumns.ts";
import { buildLaneIndex, rememberLaneIndex, type LaneIndex } from "./lanes.ts";
import type { Dataset, DatasetEvent } from "./schema.ts";

/** The columns (eventColumns.ts) in time order, as TimelineEvent has them, and more. */
export interface EventIndex extends EventColumns {
  /** For each position in time order, the event's index in `dataset.events`. */
  readonly order: Uint32Array;
  /** The lanes by first topic (the default grouping). */
  readonly topicLanes: LaneIndex;
}

/** Computes the index (in the load worker, after validation). */
export function indexEvents(dataset: Dataset, goldstein: GoldsteinTable): EventIndex {
  const resolved = resolveInOrder(dataset, goldstein);
  const { events } = resolved;
  const order = resolved.order ?? positionsOf(dataset, events);
  const index = { order, ...readColumns(events) };
  return { ...index, topicLanes: buildLaneIndex(dataset, events, "topic", true, order) };
}

/** Each event's position in `dataset.events`, looked up (the sort's own order was not kept). */
function positionsOf(dataset: Dataset, events: readonly TimelineEvent[]): Uint32Array {
  const positionOf = new Map<DatasetEvent, number>();
  dataset.events.forEach((event, i) => positionOf.set(event, i));
  return Uint32Array.from(events, (event) => positionOf.get(event.source) ?? 0);
}

/** The typed arrays' buffers, to transfer rather than copy. */
export function indexBuffers(index: EventIndex): ArrayBuffer[] {
  const { topicLanes: lanes } = index;
  return [
    index.order,
    index.startMs,
    index.endMs,
    index.anchorMs,
    index.score,
    index.weight,
    index.flags,
    lanes.laneOfEvent,
    ...lanes.anchors,
    ...lanes.order,
  ].map((array) => array.buffer as ArrayBuffer);
}

/**
 * A TimelineEvent that reads its times, score and flags from the index's columns, and parses its
 * dates on first read (most are never read at all). It holds only the event, the columns and its
 * position: no number of its own, so a million of them cost tens of megabytes less than objects
 * carrying their times (each a boxed double in Chromium), and the garbage collector has that
 * much less to trace while they arrive.
 */
class IndexedEvent implements TimelineEvent {
  #start: PreciseDate | undefined;
  #end: PreciseDate | undefined | null = null;
  #within: EdtfInterval | undefined | null = null;
  constructor(
    readonly source: DatasetEvent,
    private readonly columns: EventIndex,
    private readonly at: number,
  ) {}
  get id(): string {
    return this.source.id;
  }
  get startMs(): number {
    return this.columns.startMs[this.at] as number;
  }
  get endMs(): number {
    return this.columns.endMs[this.at] as number;
  }
  get anchorMs(): number {
    return this.columns.anchorMs[this.at] as number;
  }
  get score(): number {
    return this.columns.score[this.at] as number;
  }
  get weight(): number {
    return this.columns.weight[this.at] as number;
  }
  get scoreFromCameo(): boolean {
    return ((this.columns.flags[this.at] as number) & FROM_CAMEO) !== 0;
  }
  get isSpan(): boolean {
    return ((this.columns.flags[this.at] as number) & SPAN) !== 0;
  }
  get context(): boolean {
    return ((this.columns.flags[this.at] as number) & CONTEXT) !== 0;
  }
  get start(): PreciseDate {
    this.#start ??= mustParseEdtf(this.source.date);
    return this.#start;
  }
  get end(): PreciseDate | undefined {
    if (this.#end === null)
      this.#end = this.source.end === undefined ? undefined : mustParseEdtf(this.source.end);
    return this.#end;
  }
  get within(): EdtfInterval | undefined {
    if (this.#within === null) this.#within = mustParseInterval(this.source.within);
    return this.#within;
  }

  static indexOf(event: TimelineEvent): EventIndex | undefined {
    return event instanceof IndexedEvent ? event.columns : undefined;
  }

  static positionIn(index: EventIndex, event: TimelineEvent): number {
    return event instanceof IndexedEvent && event.columns === index ? event.at : -1;
  }
}

/** The index an event was adopted from, if it was. */
export function indexOfEvent(event: TimelineEvent): EventIndex | undefined {
  return IndexedEvent.indexOf(event);
}

/** An event's position in time order in `index`, or -1 when it was not adopted from it. */
export function positionIn(index: EventIndex, event: TimelineEvent): number {
  return IndexedEvent.positionIn(index, event);
}

/**
 * Adoption in parts, for events that arrive in batches after their index (an import hands a
 * million events to the page): each batch becomes its TimelineEvents as it arrives, a short task
 * each, instead of all of them in one long task at the end.
 */
export class IndexAdopter {
  /** For each event's position in `dataset.events`, its position in time order. */
  private readonly positionOf: Uint32Array;
  private readonly events: TimelineEvent[];
  private received = 0;

  constructor(private readonly index: EventIndex) {
    const n = index.order.length;
    this.positionOf = new Uint32Array(n);
    for (let p = 0; p < n; p++) this.positionOf[index.order[p] as number] = p;
    this.events = new Array<TimelineEvent>(n);
  }

  /** The next events of the dataset, in its order. */
  add(batch: readonly DatasetEvent[]): void {
    const { index } = this;
    for (const source of batch) {
      const at = this.received++;
      if (at >= this.positionOf.length) return;
      const i = this.positionOf[at] as number;
      this.events[i] = new IndexedEvent(source, index, i);
    }
  }

  /**
   * Remembers the events for `dataset` (whose events are those added, in order), so that
   * resolveEvents(dataset, goldstein) and the topic lanes return them instead of computing again.
   * Does nothing when the counts disagree: the page then resolves the events itself.
   */
  finish(dataset: Dataset, goldstein: GoldsteinTable): void {
    const n = this.index.order.length;
    if (this.received !== n || dataset.events.length !== n) return;
    rememberResolved(dataset, goldstein, this.events);
    rememberColumns(this.events, this.index);
    rememberLaneIndex(this.events, "topic", this.index.topicLanes);
  }
}

/**
 * On the page: the TimelineEvents of `dataset` from its index, remembered so that
 * resolveEvents(dataset, goldstein) and the topic lanes return them instead of computing again.
 * `goldstein` is the page's copy of the table the worker scored with.
 */
export function adoptIndex(dataset: Dataset, goldstein: GoldsteinTable, index: EventIndex): void {
  if (index.order.length !== dataset.events.length) return;
  const adopter = new IndexAdopter(index);
  adopter.add(dataset.events);
  adopter.finish(dataset, goldstein);
}
