/** The story's position and the moves between steps, from the store (see model/story.ts). */
import { useCallback } from "react";
import { eventAtStep, moveStep, storyStep, storyWindow } from "../../model/story.ts";
import { useDetente, useDetenteStore } from "../../store/context.tsx";
import type { DetenteStore } from "../../store/createDetenteStore.ts";
import { selectFilteredEvents } from "../../store/selectors.ts";

/** Shows a step: the opening slide goes back to the opening window; an event is glided to. */
export function goToStep(store: DetenteStore, step: number): void {
  const state = store.getState();
  const event = eventAtStep(selectFilteredEvents(state), step);
  if (!event) {
    state.select(null);
    state.resetViewport();
    return;
  }
  state.select(event.id);
  state.animateViewport(storyWindow(event));
}

export function useStory() {
  const store = useDetenteStore();
  const events = useDetente(selectFilteredEvents);
  const step = useDetente((s) => storyStep(selectFilteredEvents(s), s.selectedId));
  const total = events.length;
  const go = useCallback(
    (delta: number) => {
      const state = store.getState();
      const list = selectFilteredEvents(state);
      const from = storyStep(list, state.selectedId);
      const next = moveStep(from, delta, list.length);
      if (next !== from) goToStep(store, next);
    },
    [store],
  );
  /** Opened from a link at an event: the chart starts around it, not on the opening window. */
  const reveal = useCallback(() => {
    const state = store.getState();
    const selected = selectFilteredEvents(state).find((e) => e.id === state.selectedId);
    if (selected) state.setViewport(storyWindow(selected));
  }, [store]);
  return { events, step, total, go, reveal, eventId: eventAtStep(events, step)?.id };
}
