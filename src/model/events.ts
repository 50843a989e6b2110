/**
 * The resolved view of a validated dataset that charts and models work on: parsed dates with
 * their spans in UTC ms, the score defaulted from CAMEO, and events sorted in time.
 */
import type { GoldsteinTable } from "./cameo.ts";
import type { PreciseDate } from "./date.ts";
import { mustParseEdtf, spanEnd, spanStart } from "./date.ts";
import type { Dataset, DatasetEvent } from "./schema.ts";

export interface TimelineEvent {
  readonly id: string;
  readonly source: DatasetEvent;
  readonly start: PreciseDate;
  readonly end: PreciseDate | undefined;
  /** First instant of the start date's span. */
  readonly startMs: number;
  /** First instant after the last date's span (end date if present, else start date). */
  readonly endMs: number;
  /** Where a point mark is drawn: the middle of the start date's span. */
  readonly anchorMs: number;
  /** Goldstein score: the event's own, else its CAMEO code's. */
  readonly score: number;
  readonly scoreFromCameo: boolean;
  readonly weight: number;
  /** True when the event lasts beyond its start date (drawn as a bar). */
  readonly isSpan: boolean;
}

/** Events resolved elsewhere (a load worker's index, event-index.ts), per dataset and table. */
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
  const events = dataset.events.map((event): TimelineEvent => {
    const start = mustParseEdtf(event.date);
    const end = event.end === undefined ? undefined : mustParseEdtf(event.end);
    const startMs = spanStart(start);
    const ownScore = event.score;
    const cameoScore = event.cameo === undefined ? undefined : goldstein.get(event.cameo);
    return {
      id: event.id,
      source: event,
      start,
      end,
      startMs,
      endMs: spanEnd(end ?? start),
      anchorMs: (startMs + spanEnd(start)) / 2,
      score: ownScore ?? cameoScore ?? 0,
      scoreFromCameo: ownScore === undefined && cameoScore !== undefined,
      weight: event.weight ?? 1,
      isSpan: end !== undefined,
    };
  });
  // The same order as compareDates (start, then coarser first), on numbers already computed:
  // the start date's span end is 2·anchor − start. Ids break ties by code unit, not locale.
  return events.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      2 * b.anchorMs - b.startMs - (2 * a.anchorMs - a.startMs) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
