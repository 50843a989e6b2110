/**
 * The marks as buttons over the canvas: what mouse, keyboard and screen readers interact with.
 * One tab stop (roving tabindex): ←/→ walk events in time, Home/End jump to the ends, Enter or
 * Space opens details. A mark's button covers its symbol and its label, so the label is part of
 * what can be clicked or tapped (at least 44×44 px on coarse pointers, in the stylesheet).
 * Overflow groups are buttons that list the events they hold (a popover, or a bottom sheet on
 * narrow charts), with a zoom offered first when one would separate them: no group is a dead end.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { MARK_METRICS, type StackItem } from "../model/stacking.ts";
import type { Viewport } from "../model/viewport.ts";
import { viewportContains, centerViewportOn, MIN_SPAN_MS } from "../model/viewport.ts";
import { MS_PER_DAY } from "../model/date.ts";
import { eventColumns } from "../model/eventColumns.ts";
import type { TimelineEvent } from "../model/events.ts";
import { formatUtcDay } from "../i18n/format.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import {
  selectLayoutEngine,
  selectPassingIds,
  selectShownAnchorRange,
  selectShownEvents,
} from "../store/selectors.ts";
import { isFiltering } from "../model/filters.ts";
import { eventDateLabel } from "../i18n/eventText.ts";
import { useT } from "../store/useT.ts";
import { findMark } from "./findMark.ts";
import {
  LABEL_OFFSET,
  ROW_HEIGHT,
  laneGeometry,
  markY,
  msToX,
  signpostSlot,
} from "../scene/geometry.ts";
import type { OpenGroup } from "./GroupList.tsx";
import { soon } from "./soon.tsx";
import { EdgeGroups } from "./EdgeGroups.tsx";
import { edgeSignposts, labelRoomOnRight, labelSides } from "../scene/edgeLabels.ts";
import { selectLinkedIds } from "../store/tensionSelectors.ts";
import { dayLabel } from "../i18n/tensionText.ts";

/** An opened group's list and a hovered group's tooltip: chunks of their own (soon.tsx). */
const GroupList = soon(() => import("./GroupList.tsx").then((module) => module.GroupList));
const GroupTooltip = soon(() => import("./GroupTooltip.tsx").then((module) => module.GroupTooltip));

/** Where the edge signposts sit: their row's centre, or the plot's middle without lanes. */
function signpostY(
  geometry: ReturnType<typeof laneGeometry>,
  rowCounts: readonly number[],
  plotHeight: number,
): number {
  const slot = signpostSlot(geometry, rowCounts);
  return slot ? markY(geometry, slot.lane, slot.row) : plotHeight / 2;
}

/** Charts narrower than this list a group's events in a bottom sheet rather than a popover. */
const SHEET_BELOW_PX = 560;

interface Props {
  readonly view: Viewport;
  readonly width: number;
  readonly labelId: string;
  /** Height of the lanes, to centre the edge signposts. */
  readonly plotHeight: number;
}

/** The widest the name of a grouped selected event is written under its group. */
const CALLOUT_MAX = 240;

/** A mark without room for a label is still this wide to click. */
const MIN_HIT = 22;
const EVERYTHING: ReadonlySet<string> = new Set();

export function MarksOverlay({ view, width, labelId, plotHeight }: Props) {
  const t = useT();
  const store = useDetenteStore();
  const events = useDetente(selectShownEvents);
  const engine = useDetente(selectLayoutEngine);
  const lang = useDetente((s) => s.settings.lang);
  const selectedId = useDetente((s) => s.selectedId);
  const focusedId = useDetente((s) => s.focusedId);
  const fading = useDetente((s) => s.settings.filterMode === "fade" && isFiltering(s.filters));
  // Only fade mode needs the set of passing ids; building it for 100,000 events costs ~0.1 s.
  const passing = useDetente((s) => (fading ? selectPassingIds(s) : EVERYTHING));
  const groupRef = useRef<HTMLDivElement>(null);
  // Read so that a level stacked after the view settled (a large dataset) lays the marks out again.
  const layoutVersion = useDetente((s) => s.layoutVersion);
  const layout = useMemo(
    () => engine.layout(view, width),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the version is the engine's state
    [engine, view, width, layoutVersion],
  );
  const anchors = useDetente(selectShownAnchorRange);
  const signposts = useMemo(
    () => edgeSignposts(layout.rowCounts, anchors, view),
    [layout, anchors, view],
  );
  const sides = useMemo(
    () => labelSides(layout.items, width, signposts),
    [layout, width, signposts],
  );
  const geometry = useMemo(() => laneGeometry(layout.rowCounts), [layout]);
  // The events driving the day the tension chart points at, and that day in words.
  const linked = useDetente(selectLinkedIds);
  const linkedDay = useDetente((s) => s.linkedDay);
  const linkedNoteId = `${labelId}-linked`;
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
    const firstVisible = eventColumns(events).anchorMs.findIndex((anchor) =>
      viewportContains(view, anchor),
    );
    return firstVisible >= 0 ? firstVisible : events.length > 0 ? 0 : -1;
  }, [focusedId, events, view]);
  const rovingEvent = events[rovingIndex];

  // The selected event and its position, found once per render (none selected: no search).
  const selected = useMemo(() => {
    if (selectedId === null) return undefined;
    const index = events.findIndex((e) => e.id === selectedId);
    const event = events[index];
    return event === undefined ? undefined : { index, event };
  }, [events, selectedId]);

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

  /**
   * A stand-in keeps keyboard focus for a grouped event but lets clicks reach the group. `label`
   * is the width of the label drawn after the symbol (0 for none): the button covers both.
   */
  const renderEventButton = (
    index: number,
    x: number,
    y: number,
    label: number,
    standIn = false,
    /** The label's width when it is drawn left of the mark (scene/edgeLabels.ts). */
    leftLabel?: number,
  ) => {
    const event = events[index];
    if (!event) return null;
    // The button covers the mark and its label, on whichever side the label is drawn.
    const start = leftLabel === undefined ? x - MARK_METRICS.before : x - LABEL_OFFSET - leftLabel;
    const span =
      leftLabel === undefined
        ? MARK_METRICS.before + LABEL_OFFSET + label
        : leftLabel + LABEL_OFFSET + MARK_METRICS.before;
    const hidden = fading && !passing.has(event.id);
    const name = `${event.source.title}, ${eventDateLabel(event, lang)}${hidden ? ` (${t("mark.filteredOut")})` : ""}`;
    return (
      <button
        key={event.id}
        type="button"
        className={standIn ? "detente-mark detente-mark-standin" : "detente-mark"}
        data-event-id={event.id}
        data-label-side={leftLabel === undefined ? undefined : "left"}
        aria-label={name}
        aria-pressed={selectedId === event.id}
        aria-current={linked.has(event.id) ? "true" : undefined}
        aria-describedby={linked.has(event.id) ? linkedNoteId : undefined}
        tabIndex={index === rovingIndex ? 0 : -1}
        style={{
          transform: `translate(${start.toFixed(1)}px, ${(y - ROW_HEIGHT / 2).toFixed(1)}px)`,
          width: `${Math.max(span, MIN_HIT).toFixed(1)}px`,
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

  /**
   * A group's name, from its first and last events' dates at their own precision: a
   * month-precision event is "May 2025", never the day its mark happens to be drawn on; "on
   * <day>" only when every one is that day. Read from the member indices: no list of the
   * group's events is made to draw its badge (a group may hold 50,000).
   */
  const groupLabel = (item: StackItem): { label: string; sameDay: boolean } => {
    const { members } = item;
    const first = events[members[0] ?? -1];
    const last = events[members[members.length - 1] ?? -1];
    // The day test first: it is one comparison, and reading every member's date is a pass
    // over a group that may hold a million events.
    let sameDay = Math.floor(item.minMs / MS_PER_DAY) === Math.floor(item.maxMs / MS_PER_DAY);
    for (let m = 0; sameDay && m < members.length; m++) {
      const event = events[members[m] as number];
      sameDay = event === undefined || (event.start.precision === "day" && !event.end);
    }
    const label = sameDay
      ? t("group.sameDay", { count: item.count, date: formatUtcDay(item.minMs, lang) })
      : t("group.range", {
          count: item.count,
          from: first ? eventDateLabel(first, lang) : formatUtcDay(item.minMs, lang),
          to: last ? eventDateLabel(last, lang) : formatUtcDay(item.maxMs, lang),
        });
    return { label, sameDay };
  };

  const groupKey = (item: StackItem): string => `${item.lane}-${item.first}`;

  /**
   * The group an overflow badge stands for: its events, its name, a zoom that would split it.
   * Made when the reader opens or points at the badge, not for every badge on every render.
   */
  const groupOf = (item: StackItem): OpenGroup => {
    const members: TimelineEvent[] = [];
    for (const index of item.members) {
      const event = events[index];
      if (event) members.push(event);
    }
    const { label, sameDay } = groupLabel(item);
    // Zooming splits a group only if its events fall on different days and there is zoom left.
    const span = Math.max(item.maxMs - item.minMs, 1);
    const pad = span * 0.6 + MS_PER_DAY;
    const canZoom = !sameDay && view.to - view.from > MIN_SPAN_MS * 1.5;
    return {
      layout,
      key: groupKey(item),
      events: members,
      label,
      x: item.x,
      y: markY(geometry, item.lane, item.row),
      zoomTo: canZoom ? { from: item.minMs - pad, to: item.maxMs + pad } : undefined,
    };
  };

  /** Whether a group holds one of the events the tension chart points at. */
  const holdsLinked = (item: StackItem): boolean => {
    if (linked.size === 0) return false;
    for (const index of item.members) {
      const event = events[index];
      if (event && linked.has(event.id)) return true;
    }
    return false;
  };

  const renderGroup = (item: StackItem) => {
    // Where the scene draws the badge: kept inside the chart's right edge.
    const left = Math.min(
      item.x - MARK_METRICS.before,
      width - MARK_METRICS.groupWidth - MARK_METRICS.before,
    );
    const key = groupKey(item);
    const { label } = groupLabel(item);
    const open = openGroup?.key === key;
    const linkedInside = holdsLinked(item);
    // A group is searched for the selected event only when its time range covers the event.
    const selectedInside =
      selected !== undefined &&
      selected.event.anchorMs >= item.minMs &&
      selected.event.anchorMs <= item.maxMs &&
      item.members.includes(selected.index)
        ? selected.event
        : undefined;
    const top = markY(geometry, item.lane, item.row) - ROW_HEIGHT / 2;
    const button = (
      <button
        key={`g-${key}`}
        type="button"
        className="detente-cluster"
        data-group-key={key}
        tabIndex={-1}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-current={linkedInside ? "true" : undefined}
        aria-describedby={linkedInside ? linkedNoteId : undefined}
        data-holds-selected={selectedInside ? "" : undefined}
        aria-label={
          selectedInside
            ? `${t("timeline.cluster", { label })}. ${t("story.inGroup", { title: selectedInside.source.title })}`
            : t("timeline.cluster", { label })
        }
        style={{
          transform: `translate(${left.toFixed(1)}px, ${top.toFixed(1)}px)`,
          width: `${(MARK_METRICS.groupWidth + MARK_METRICS.before).toFixed(1)}px`,
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
    if (!selectedInside) return button;
    // The selected event is inside the group: its name is written beside the ringed badge (in
    // the overflow row, the lane's last), right of it where there is room, else left of it, so
    // the reader sees where it is without opening the list (the story steps into groups).
    const calloutWidth = Math.min(CALLOUT_MAX, width);
    const badgeRight = left + MARK_METRICS.groupWidth + MARK_METRICS.before;
    const onRight = badgeRight + 6 + calloutWidth <= width;
    // Left of the badge, the callout ends 6 px before it, however long the title turns out.
    const calloutX = onRight ? badgeRight + 6 : Math.max(left - 6, calloutWidth);
    return [
      button,
      <span
        key={`c-${key}`}
        className="detente-group-callout"
        aria-hidden="true"
        style={{
          transform: `translate(${calloutX.toFixed(1)}px, ${(top + 1).toFixed(1)}px)${onRight ? "" : " translateX(-100%)"}`,
          maxWidth: `${calloutWidth}px`,
        }}
      >
        {selectedInside.source.title}
      </span>,
    ];
  };

  /** The label's drawn width: the whole label, or what the chart's right edge leaves of it. */
  const labelShown = (item: StackItem): number =>
    labelRoomOnRight(item, width, signposts, sides.capped);

  const roving = rovingEvent ? engine.placement(rovingIndex, view, width) : undefined;

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
        y={signpostY(geometry, layout.rowCounts, plotHeight)}
        layout={layout}
        openKey={openGroup?.key}
        onOpen={setOpenGroup}
      />
      {layout.items.map((item) =>
        item.count === 1
          ? renderEventButton(
              item.first,
              item.x,
              markY(geometry, item.lane, item.row),
              labelShown(item),
              false,
              sides.left.get(item.first),
            )
          : renderGroup(item),
      )}
      {/* The roving event keeps a button even when it is grouped or scrolled away. */}
      {rovingEvent && roving && !singles.has(rovingIndex)
        ? renderEventButton(
            rovingIndex,
            Math.min(Math.max(msToX(rovingEvent.anchorMs, view.from, view.to, width), 0), width),
            markY(geometry, roving.lane, roving.row),
            0,
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
