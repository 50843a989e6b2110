/**
 * The marks as buttons over the canvas: what mouse, keyboard and screen readers interact with.
 * One tab stop (roving tabindex): ←/→ walk events in time, Home/End jump to the ends, Enter or
 * Space opens details. Clusters are buttons that zoom into the events they hold.
 */
import { useEffect, useMemo, useRef, type KeyboardEvent } from "react";
import type { LayoutItem } from "../model/layout.ts";
import type { Viewport } from "../model/viewport.ts";
import { viewportContains, centerViewportOn } from "../model/viewport.ts";
import { formatUtcDay } from "../model/format.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import {
  selectLaneIndex,
  selectLayoutEngine,
  selectPassingIds,
  selectShownEvents,
} from "../store/selectors.ts";
import { isFiltering } from "../model/filters.ts";
import { eventDateLabel } from "../ui/eventText.ts";
import { useT } from "../ui/useT.ts";
import { findMark } from "./findMark.ts";
import { MIN_MARK_GAP, laneMarkY, msToX } from "./geometry.ts";

interface Props {
  readonly view: Viewport;
  readonly width: number;
  readonly labelId: string;
}

const HIT = 22;
const EVERYTHING: ReadonlySet<string> = new Set();

export function MarksOverlay({ view, width, labelId }: Props) {
  const t = useT();
  const store = useDetenteStore();
  const events = useDetente(selectShownEvents);
  const engine = useDetente(selectLayoutEngine);
  const laneIndex = useDetente(selectLaneIndex);
  const lang = useDetente((s) => s.settings.lang);
  const selectedId = useDetente((s) => s.selectedId);
  const focusedId = useDetente((s) => s.focusedId);
  const fading = useDetente((s) => s.settings.filterMode === "fade" && isFiltering(s.filters));
  // Only fade mode needs the set of passing ids; building it for 100,000 events costs ~0.1 s.
  const passing = useDetente((s) => (fading ? selectPassingIds(s) : EVERYTHING));
  const groupRef = useRef<HTMLDivElement>(null);
  const layout = useMemo(() => engine.layout(view, width, MIN_MARK_GAP), [engine, view, width]);

  // The tab stop: the focused event if it is still shown, else the first event in view. A scan,
  // not an id → position map: this runs when the view settles, and a map of 100,000 ids cost the
  // first render 90 ms for a lookup that usually has no focused event to find.
  const rovingIndex = useMemo(() => {
    const focused = focusedId === null ? -1 : events.findIndex((e) => e.id === focusedId);
    if (focused >= 0) return focused;
    const firstVisible = events.findIndex((e) => viewportContains(view, e.anchorMs));
    return firstVisible >= 0 ? firstVisible : events.length > 0 ? 0 : -1;
  }, [focusedId, events, view]);
  const rovingEvent = events[rovingIndex];

  const singles = new Set<number>();
  for (const item of layout.items) if (item.count === 1) singles.add(item.first);

  // Set when the keyboard moved the roving focus: the previous button may have unmounted
  // (it was the stand-in for a clustered event), so focus must be placed again.
  const keyboardMoved = useRef(false);
  useEffect(() => {
    const group = groupRef.current;
    if (!group || !rovingEvent) return;
    // The focused element as seen from the marks' own tree: inside a shadow root (the custom
    // element) document.activeElement is only the host.
    const active = (group.getRootNode() as Document | ShadowRoot).activeElement;
    if (!keyboardMoved.current && !group.contains(active)) return;
    const target = findMark(group, rovingEvent.id);
    if (target && target !== active) target.focus({ preventScroll: true });
    keyboardMoved.current = false;
  }, [rovingEvent, layout]);

  const moveTo = (index: number): void => {
    const event = events[index];
    if (!event) return;
    const state = store.getState();
    keyboardMoved.current = true;
    state.focusEvent(event.id);
    const margin = (state.viewport.to - state.viewport.from) * 0.05;
    if (
      event.anchorMs < state.viewport.from + margin ||
      event.anchorMs > state.viewport.to - margin
    ) {
      state.animateViewport(centerViewportOn(state.viewport, event.anchorMs));
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (!(e.target instanceof HTMLElement) || !e.target.dataset["eventId"]) return;
    const keys: Record<string, number> = {
      ArrowRight: rovingIndex + 1,
      ArrowLeft: rovingIndex - 1,
      Home: 0,
      End: events.length - 1,
    };
    const next = keys[e.key];
    if (next === undefined) return;
    e.preventDefault();
    e.stopPropagation();
    moveTo(Math.min(Math.max(next, 0), events.length - 1));
  };

  /** A stand-in keeps keyboard focus for a clustered event but lets clicks reach the cluster. */
  const renderEventButton = (index: number, x: number, y: number, standIn = false) => {
    const event = events[index];
    if (!event) return null;
    const hidden = fading && !passing.has(event.id);
    const name = `${event.source.title}, ${eventDateLabel(event, lang)}${hidden ? ` (${t("mark.filteredOut")})` : ""}`;
    return (
      <button
        key={event.id}
        type="button"
        className={standIn ? "detente-mark detente-mark-standin" : "detente-mark"}
        data-event-id={event.id}
        aria-label={name}
        aria-pressed={selectedId === event.id}
        tabIndex={index === rovingIndex ? 0 : -1}
        style={{
          transform: `translate(${(x - HIT / 2).toFixed(1)}px, ${(y - HIT / 2).toFixed(1)}px)`,
        }}
        onClick={() => store.getState().select(selectedId === event.id ? null : event.id, "mark")}
        onFocus={() => {
          store.getState().focusEvent(event.id);
          store.getState().hover(event.id);
        }}
        onBlur={() => store.getState().hover(null)}
        onPointerEnter={() => store.getState().hover(event.id)}
        onPointerLeave={() => store.getState().hover(null)}
      />
    );
  };

  const renderCluster = (item: LayoutItem) => {
    const from = formatUtcDay(item.minMs, lang);
    const to = formatUtcDay(item.maxMs, lang);
    const half = Math.max((item.x1 - item.x0) / 2 + 8, 14);
    return (
      <button
        key={`c-${item.lane}-${item.laneStart}`}
        type="button"
        className="detente-cluster"
        tabIndex={-1}
        aria-label={t("timeline.cluster", { count: item.count, from, to })}
        style={{
          transform: `translate(${(item.x - half).toFixed(1)}px, ${(laneMarkY(item.lane) - 11).toFixed(1)}px)`,
          width: `${(half * 2).toFixed(1)}px`,
        }}
        onClick={() => {
          const span = Math.max(item.maxMs - item.minMs, 1);
          const pad = span * 0.6 + 86_400_000;
          store.getState().animateViewport({ from: item.minMs - pad, to: item.maxMs + pad });
        }}
      />
    );
  };

  return (
    <div
      ref={groupRef}
      className="detente-marks"
      role="group"
      aria-labelledby={labelId}
      onKeyDown={onKeyDown}
    >
      {layout.items.map((item) =>
        item.count === 1
          ? renderEventButton(item.first, item.x, laneMarkY(item.lane))
          : renderCluster(item),
      )}
      {/* The roving event keeps a button even when it is clustered or scrolled away. */}
      {rovingEvent && !singles.has(rovingIndex)
        ? renderEventButton(
            rovingIndex,
            Math.min(Math.max(msToX(rovingEvent.anchorMs, view.from, view.to, width), 0), width),
            laneMarkY(laneIndex.laneOfEvent[rovingIndex] ?? 0),
            true,
          )
        : null}
    </div>
  );
}
