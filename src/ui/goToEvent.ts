/**
 * Brings an event into the chart and opens its details: the window centres on it, and a wide
 * view zooms in to two months around it (a mark in a twelve-year view would barely move).
 */
import { MS_PER_DAY } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { DetenteStore } from "../store/createDetenteStore.ts";

const FOCUS_HALF_SPAN = 30 * MS_PER_DAY;
/** Views up to this wide only pan to the event: the reader chose that zoom. */
const KEEP_ZOOM_UP_TO = 4 * FOCUS_HALF_SPAN;

export function goToEvent(store: DetenteStore, event: TimelineEvent): void {
  const state = store.getState();
  const span = state.viewport.to - state.viewport.from;
  const half =
    span <= KEEP_ZOOM_UP_TO
      ? span / 2
      : Math.max(FOCUS_HALF_SPAN, (event.endMs - event.startMs) * 0.6);
  state.select(event.id);
  state.animateViewport({ from: event.anchorMs - half, to: event.anchorMs + half });
}
