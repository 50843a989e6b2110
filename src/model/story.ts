/**
 * The story: an opening slide (step 0), then one step per event that passes the filters, in
 * time order (step 1 is the first event). The step is never stored: it is where the selected
 * event sits in that list, so the story, the details, a link and the chart cannot disagree.
 */
import type { TimelineEvent } from "./events.ts";
import { MS_PER_DAY, mustParseEdtf, spanEnd, spanStart } from "./date.ts";
import type { Era } from "./schema.ts";
import type { Viewport } from "./viewport.ts";

/** The step showing `selectedId`: its place in the story, or 0 (the opening slide). */
export function storyStep(events: readonly TimelineEvent[], selectedId: string | null): number {
  if (selectedId === null) return 0;
  return events.findIndex((event) => event.id === selectedId) + 1;
}

/** The event a step shows; undefined for the opening slide and for steps past the end. */
export function eventAtStep(
  events: readonly TimelineEvent[],
  step: number,
): TimelineEvent | undefined {
  return step >= 1 ? events[step - 1] : undefined;
}

/** A step moved by `delta`, kept between the opening slide and the last event. */
export function moveStep(step: number, delta: number, total: number): number {
  return Math.min(Math.max(step + delta, 0), total);
}

/** The era an event falls in (by its anchor), the first listed when eras overlap. */
export function eraOf(event: TimelineEvent, eras: readonly Era[]): Era | undefined {
  return eras.find(
    (era) =>
      event.anchorMs >= spanStart(mustParseEdtf(era.start)) &&
      event.anchorMs < spanEnd(mustParseEdtf(era.end)),
  );
}

/**
 * The era the story enters at `step`: the step's era when the step before was in another one
 * (or was the opening slide). Stepping back into an era does not introduce it again unless its
 * first step is reached, so the card always opens an era at its beginning.
 */
export function eraEnteredAt(
  events: readonly TimelineEvent[],
  step: number,
  eras: readonly Era[],
): Era | undefined {
  const event = eventAtStep(events, step);
  if (!event) return undefined;
  const era = eraOf(event, eras);
  if (!era) return undefined;
  const before = eventAtStep(events, step - 1);
  return before && eraOf(before, eras)?.id === era.id ? undefined : era;
}

/** The window shown around a stepped-to event: two months, or its whole span if longer. */
const STORY_HALF_SPAN = 30 * MS_PER_DAY;

export function storyWindow(event: TimelineEvent): Viewport {
  // A point is centred on its mark; a bar on its middle, with a margin at both ends.
  const centre = event.isSpan ? (event.startMs + event.endMs) / 2 : event.anchorMs;
  const half = Math.max(STORY_HALF_SPAN, (event.endMs - event.startMs) * 0.6);
  return { from: centre - half, to: centre + half };
}
