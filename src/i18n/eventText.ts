/** How an event's date and score read in the interface, shared by marks, list and details. */
import type { TimelineEvent } from "../model/events.ts";
import type { Lang } from "./format.ts";
import { formatEventDate, formatWithin } from "./format.ts";

export function eventDateLabel(event: TimelineEvent, lang: Lang): string {
  // The source's own words for the date ("Now") are what its reader expects to see.
  if (event.source.dateLabel !== undefined) return event.source.dateLabel;
  // An interval the sources bound the event to says more than its coarse date.
  if (event.within && event.end === undefined) return formatWithin(event.within, lang);
  return formatEventDate(event.start, event.end, event.source.approximate === true, lang);
}

/** A score with its sign always written, so the number alone tells conflict from cooperation. */
export function formatScore(score: number): string {
  const text = Math.abs(score).toFixed(1).replace(/\.0$/, "");
  return score > 0 ? `+${text}` : score < 0 ? `−${text}` : "0";
}
