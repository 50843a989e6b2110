/**
 * "Step through": Previous/Next walk the events that pass the filters, in time order, gliding
 * the viewport around each and opening its details. ←/→ do the same while the controls have focus.
 */
import { useId, type KeyboardEvent } from "react";
import { MS_PER_DAY } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectFilteredEvents } from "../store/selectors.ts";
import type { DetenteStore } from "../store/createDetenteStore.ts";
import { useT } from "../store/useT.ts";

/** The window shown around a stepped-to event: two months, or its whole span if longer. */
const STORY_HALF_SPAN = 30 * MS_PER_DAY;

export function stepTo(store: DetenteStore, event: TimelineEvent): void {
  const state = store.getState();
  const half = Math.max(STORY_HALF_SPAN, (event.endMs - event.startMs) * 0.6);
  state.select(event.id);
  state.animateViewport({ from: event.anchorMs - half, to: event.anchorMs + half });
}

export function StoryMode() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const active = useDetente((s) => s.settings.story);
  const events = useDetente(selectFilteredEvents);
  const selectedId = useDetente((s) => s.selectedId);
  // No scan of a million events when nothing is selected.
  const index = selectedId === null ? -1 : events.findIndex((e) => e.id === selectedId);

  const step = (delta: number): void => {
    const target = index === -1 ? (delta > 0 ? 0 : events.length - 1) : index + delta;
    const event = events[Math.min(Math.max(target, 0), events.length - 1)];
    if (event) stepTo(store, event);
  };

  const start = (): void => {
    store.getState().setSettings({ story: true });
    if (index === -1 && events[0]) stepTo(store, events[0]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
      event.preventDefault();
      step(event.key === "ArrowRight" ? 1 : -1);
    }
  };

  if (!active) {
    return (
      <button type="button" className="detente-button detente-text-button" onClick={start}>
        {t("story.start")}
      </button>
    );
  }
  return (
    <div
      className="detente-story"
      role="group"
      aria-label={t("story.region")}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="detente-button detente-text-button"
        disabled={index <= 0}
        onClick={() => step(-1)}
      >
        ← {t("story.previous")}
      </button>
      <span id={`${ids}-progress`} className="detente-story-progress" aria-live="polite">
        {t("story.progress", { index: index + 1 > 0 ? index + 1 : "–", total: events.length })}
      </span>
      <button
        type="button"
        className="detente-button detente-text-button"
        disabled={index >= events.length - 1}
        onClick={() => step(1)}
      >
        {t("story.next")} →
      </button>
      <button
        type="button"
        className="detente-button detente-text-button"
        onClick={() => store.getState().setSettings({ story: false })}
      >
        {t("story.stop")}
      </button>
    </div>
  );
}
