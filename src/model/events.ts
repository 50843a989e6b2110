/**
 * The resolved view of a validated dataset that charts and models work on: parsed dates with
 * their spans in UTC ms, the score defaulted from CAMEO, events sorted in time with every
 * response after its causes, and third-country events marked as context.
 */
import type { GoldsteinTable } from "./cameo.ts";
import type { EdtfInterval, PreciseDate } from "./date.ts";
import { mustParseEdtf, parseEdtfInterval, spanEnd } from "./date.ts";
import { orderAfterCauses, ownSpan, resolveOrder } from "./order.ts";
import type { Dataset, DatasetEvent } from "./schema.ts";
import { timeOrder } from "./timeOrder.ts";

export interface TimelineEvent {
  readonly id: string;
  readonly source: DatasetEvent;
  readonly start: PreciseDate;
  readonly end: PreciseDate | undefined;
  /** The interval the event is known to lie in (`within`), when its sources bound it. */
  readonly within: EdtfInterval | undefined;
  /**
   * First instant the event can have started: its start date's span, raised to its causes'
   * earliest start when it follows them (`after`). A month-precision response to an event of
   * the 24th starts on the 24th.
   */
  readonly startMs: number;
  /** First instant after the last date's span (end date if present, else start date). */
  readonly endMs: number;
  /** Where a point mark is drawn: the middle of the start date's (possibly narrowed) span. */
  readonly anchorMs: number;
  /** Goldstein score: the event's own, else its CAMEO code's. */
  readonly score: number;
  readonly scoreFromCameo: boolean;
  readonly weight: number;
  /** True when the event lasts beyond its start date (drawn as a bar). */
  readonly isSpan: boolean;
  /**
   * True when a country other than the dataset's two parties initiates or is targeted: the
   * event is shown as context and never drives the tension line.
   */
  readonly context: boolean;
}

/** Exclusive end of the span the start date can lie in (startMs up to here). */
export function startSpanEndMs(event: Pick<TimelineEvent, "startMs" | "anchorMs">): number {
  return 2 * event.anchorMs - event.startMs;
}

/** True when an event runs between two of the given party codes (not context). */
export function isBetween(
  event: Pick<DatasetEvent, "initiator" | "target">,
  parties: readonly string[],
): boolean {
  return parties.includes(event.initiator) && parties.includes(event.target);
}

/** Events resolved elsewhere (a load worker's index, eventIndex.ts), per dataset and table. */
const remembered = new WeakMap<Dataset, { goldstein: GoldsteinTable; events: TimelineEvent[] }>();

export function rememberResolved(
  dataset: Dataset,
  goldstein: GoldsteinTable,
  events: TimelineEvent[],
): void {
  remembered.set(dataset, { goldstein, events });
}

export function resolveEvents(dataset: Dataset, goldstein: GoldsteinTable): TimelineEvent[] {
  const known = remembered.get(dataset);
  if (known?.goldstein === goldstein) return known.events;
  return resolveInOrder(dataset, goldstein).events;
}

/**
 * The resolved events in time order, and `order`: each one's position in `dataset.events`, when
 * the sort gives it (undefined when responses were moved after their causes).
 */
export function resolveInOrder(
  dataset: Dataset,
  goldstein: GoldsteinTable,
): { events: TimelineEvent[]; order: Uint32Array | undefined } {
  const parties = dataset.parties.map((party) => party.code);
  const starts = dataset.events.map((event) => mustParseEdtf(event.date));
  const withins = dataset.events.map((event) => mustParseInterval(event.within));
  const spans = starts.map((start, i) => ownSpan(start, withins[i]));
  const hasOrder = dataset.events.some((event) => (event.after?.length ?? 0) > 0);
  // Only datasets that use `after` pay for the order pass (100,000 plain events load often).
  const earliest = hasOrder
    ? resolveOrder(
        dataset.events.map((event, i) => ({
          id: event.id,
          ...(spans[i] as ReturnType<typeof ownSpan>),
          after: event.after,
        })),
      ).earliestMs
    : undefined;
  const events = dataset.events.map((event, i): TimelineEvent => {
    const start = starts[i] as PreciseDate;
    const end = event.end === undefined ? undefined : mustParseEdtf(event.end);
    const span = spans[i] as ReturnType<typeof ownSpan>;
    const startMs = Math.max(span.startMs, earliest?.[i] ?? -Infinity);
    const ownScore = event.score;
    const cameoScore = event.cameo === undefined ? undefined : goldstein.get(event.cameo);
    return {
      id: event.id,
      source: event,
      start,
      end,
      within: withins[i],
      startMs,
      endMs: end === undefined ? span.spanEndMs : spanEnd(end),
      anchorMs: (startMs + span.spanEndMs) / 2,
      score: ownScore ?? cameoScore ?? 0,
      scoreFromCameo: ownScore === undefined && cameoScore !== undefined,
      weight: event.weight ?? 1,
      isSpan: end !== undefined,
      context: !isBetween(event, parties),
    };
  });
  const order = timeOrderOf(events);
  const sorted = Array.from(order, (i) => events[i] as TimelineEvent);
  // Same-day ties (a call and the agreement it produced) then put each response after its causes.
  return hasOrder
    ? { events: [...orderAfterCauses(sorted, (event) => event.source.after)], order: undefined }
    : { events: sorted, order };
}

/** The positions of `events` in time order (timeOrder.ts), from their keys read as columns. */
function timeOrderOf(events: readonly TimelineEvent[]): Uint32Array {
  const n = events.length;
  const starts = new Float64Array(n);
  const spanEnds = new Float64Array(n);
  events.forEach((event, i) => {
    starts[i] = event.startMs;
    spanEnds[i] = startSpanEndMs(event);
  });
  return timeOrder(starts, spanEnds, (i) => (events[i] as TimelineEvent).id);
}

/** Parses a validated `within` interval; throws on programmer error. */
export function mustParseInterval(text: string | undefined): EdtfInterval | undefined {
  if (text === undefined) return undefined;
  const parsed = parseEdtfInterval(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed;
}
