/**
 * The marks as buttons over the canvas: what mouse, keyboard and screen readers interact with.
 * One tab stop (roving tabindex): ←/→ walk events in time, Home/End jump to the ends, Enter or
 * Space opens details. Clusters are buttons that zoom into the events they hold.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { LayoutItem } from "../model/layout.ts";
import type { Viewport } from "../model/viewport.ts";
import { viewportContains, centerViewportOn, MIN_SPAN_MS } from "../model/viewport.ts";
import { MS_PER_DAY } from "../model/date.ts";
import { formatUtcDay } from "../i18n/format.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import {
  selectLaneIndex,
  selectLayoutEngine,
  selectPassingIds,
  selectShownEvents,
} from "../store/selectors.ts";
import { isFiltering } from "../model/filters.ts";
import { eventDateLabel } from "../i18n/eventText.ts";
import { useT } from "../store/useT.ts";
import { findMark } from "./findMark.ts";
import { MIN_MARK_GAP, laneMarkY, msToX } from "../scene/geometry.ts";
import { GroupList, type OpenGroup } from "./GroupList.tsx";
import { GroupTooltip } from "./GroupTooltip.tsx";
import { EdgeGroups } from "./EdgeGroups.tsx";
import { selectLinkedIds } from "../store/tensionSelectors.ts";
import { dayLabel } from "../i18n/tensionText.ts";

/** Charts narrower than this list a group's events in a bottom sheet rather than a popover. */
const SHEET_BELOW_PX = 560;

interface Props {
  readonly view: Viewport;
  readonly width: number;
  readonly labelId: string;
  /** Height of the lanes, to centre the edge signposts. */
  readonly plotHeight: number;
}

const HIT = 22;
const EVERYTHING: ReadonlySet<string> = new Set();

export function MarksOverlay({ view, width, labelId, plotHeight }: Props) {
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
  // The events driving the day the tension chart points at, and that day in words.
  const linked = useDetente(selectLinkedIds);
  const linkedDay = useDetente((s) => s.linkedDay);
  const linkedNoteId = `${labelId}-linked`;
  const layout = useMemo(() => engine.layout(view, width, MIN_MARK_GAP), [engine, view, width]);
  const [openState, setOpenGroup] = useState<OpenGroup | null>(null);
  const [hoveredState, setHoveredGroup] = useState<OpenGroup | null>(null);
  // A zoom regroups the marks: a list made for another layout describes nothing on screen.
  const openGroup = openState?.layout === layout ? openState : null;
  const hoveredGroup = hoveredState?.layout === layout ? hoveredState : null;
  const closeGroup = useCallback((returnFocus: boolean) => {
    setOpenGroup((group) => {
      if (group && returnFocus) {
        const button = groupRef.current?.querySelector<HTMLElement>(
          `[data-group-key="${group.key}"]`,
        );
        button?.focus({ preventScroll: true });
      }
      return null;
    });
  }, []);

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
    const context = event.context ? ` (${t("context.tag")})` : "";
    const name = `${event.source.title}, ${eventDateLabel(event, lang)}${context}${hidden ? ` (${t("mark.filteredOut")})` : ""}`;
    return (
      <button
        key={event.id}
        type="button"
        className={standIn ? "detente-mark detente-mark-standin" : "detente-mark"}
        data-event-id={event.id}
        aria-label={name}
        aria-pressed={selectedId === event.id}
        aria-current={linked.has(event.id) ? "true" : undefined}
        aria-describedby={linked.has(event.id) ? linkedNoteId : undefined}
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

  /** The group a cluster stands for: its events, its name, and a zoom that would split it. */
  const groupOf = (item: LayoutItem): OpenGroup => {
    const order = laneIndex.order[item.lane];
    const members: (typeof events)[number][] = [];
    for (let k = item.laneStart; k < item.laneEnd; k++) {
      const event = events[order?.[k] ?? -1];
      if (event) members.push(event);
    }
    // Named by its events' dates at their own precision: a month-precision event is "May 2025",
    // never the day its mark happens to be drawn on; "on <day>" only when every one is that day.
    const first = members[0];
    const last = members[members.length - 1];
    const sameDay =
      members.every((e) => e.start.precision === "day" && !e.end) &&
      Math.floor(item.minMs / MS_PER_DAY) === Math.floor(item.maxMs / MS_PER_DAY);
    const label = sameDay
      ? t("group.sameDay", { count: item.count, date: formatUtcDay(item.minMs, lang) })
      : t("group.range", {
          count: item.count,
          from: first ? eventDateLabel(first, lang) : formatUtcDay(item.minMs, lang),
          to: last ? eventDateLabel(last, lang) : formatUtcDay(item.maxMs, lang),
        });
    // Zooming splits a group only if its events fall on different days and there is zoom left.
    const span = Math.max(item.maxMs - item.minMs, 1);
    const pad = span * 0.6 + MS_PER_DAY;
    const canZoom = !sameDay && view.to - view.from > MIN_SPAN_MS * 1.5;
    return {
      layout,
      key: `${item.lane}-${item.laneStart}`,
      events: members,
      label,
      x: item.x,
      y: laneMarkY(item.lane),
      zoomTo: canZoom ? { from: item.minMs - pad, to: item.maxMs + pad } : undefined,
    };
  };

  const renderCluster = (item: LayoutItem) => {
    const half = Math.max((item.x1 - item.x0) / 2 + 8, 14);
    const key = `${item.lane}-${item.laneStart}`;
    const open = openGroup?.key === key;
    const order = laneIndex.order[item.lane];
    let holdsLinked = false;
    for (let k = item.laneStart; k < item.laneEnd && linked.size > 0; k++) {
      const member = events[order?.[k] ?? -1];
      if (member && linked.has(member.id)) holdsLinked = true;
    }
    return (
      <button
        key={`c-${key}`}
        type="button"
        className="detente-cluster"
        data-group-key={key}
        tabIndex={-1}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-current={holdsLinked ? "true" : undefined}
        aria-describedby={holdsLinked ? linkedNoteId : undefined}
        aria-label={t("timeline.cluster", { label: groupOf(item).label })}
        style={{
          transform: `translate(${(item.x - half).toFixed(1)}px, ${(laneMarkY(item.lane) - 11).toFixed(1)}px)`,
          width: `${(half * 2).toFixed(1)}px`,
        }}
        onClick={() => {
          setHoveredGroup(null);
          setOpenGroup(open ? null : groupOf(item));
        }}
        onPointerEnter={() => setHoveredGroup(groupOf(item))}
        onPointerLeave={() => setHoveredGroup(null)}
        onFocus={() => setHoveredGroup(groupOf(item))}
        onBlur={() => setHoveredGroup(null)}
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
      <EdgeGroups
        events={events}
        view={view}
        width={width}
        plotHeight={plotHeight}
        layout={layout}
        openKey={openGroup?.key}
        onOpen={setOpenGroup}
      />
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
      <span id={linkedNoteId} className="detente-visually-hidden">
        {linkedDay === null ? "" : t("tension.drivesOn", { date: dayLabel(linkedDay, lang) })}
      </span>
      {hoveredGroup && !openGroup ? <GroupTooltip group={hoveredGroup} width={width} /> : null}
      {openGroup ? (
        <GroupList
          group={openGroup}
          chartWidth={width}
          sheet={width < SHEET_BELOW_PX}
          onClose={closeGroup}
        />
      ) : null}
    </div>
  );
}
