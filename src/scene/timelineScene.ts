/**
 * One frame of the timeline as scene calls: lane stripes, era bands, grid, the today line, marks
 * in their rows with their labels, and overflow groups. The same calls paint the canvas on every zoom frame and write the
 * exported document; what differs between the two is an explicit option, never a second copy.
 * Only what the layout placed in view is visited (it already culled and stacked the marks).
 */
import { startSpanEndMs } from "../model/events.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { Lane } from "../model/lanes.ts";
import { MARK_METRICS, type StackItem, type StackLayout } from "../model/stacking.ts";
import type { Tick } from "../model/ticks.ts";
import { toneOf } from "../model/tone.ts";
import type { Viewport } from "../model/viewport.ts";
import type { WholeLabel } from "./documentLayout.ts";
import {
  labelRoomOnRight,
  labelSides,
  NO_SIDES,
  type EdgeSignposts,
  type LabelSides,
} from "./edgeLabels.ts";
import { fitText } from "./fitText.ts";
import {
  ERA_ROW,
  LABEL_OFFSET,
  MARK_RADIUS,
  ROW_HEIGHT,
  laneGeometry,
  laneHeight,
  laneTop,
  lanesBottom,
  markY,
  msToX,
  type LaneGeometry,
} from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";
import { paintsFor, type Paints } from "./paints.ts";
import type { Sink, TextMeasure, TextStyle } from "./sink.ts";

/** Font size of mark labels, era names and group badges. */
export const LABEL_SIZE = MARK_METRICS.labelSize;
const LANE_NAME_SIZE = 11;

export interface EraSpan {
  readonly label: string;
  readonly fromMs: number;
  readonly toMs: number;
}

export interface TimelineFrame {
  readonly view: Viewport;
  readonly width: number;
  readonly lanes: readonly Lane[];
  readonly layout: StackLayout;
  /** The events the layout's indices point into. */
  readonly events: readonly TimelineEvent[];
  readonly ticks: readonly Tick[];
  readonly eras: readonly EraSpan[];
  readonly todayMs: number | undefined;
  readonly todayLabel: string;
  /** An overflow group's badge: "+4 more". */
  readonly moreLabel: (count: number) => string;
  readonly selectedId: string | null;
  /**
   * The selected event's anchor, when known: a group whose time range does not cover it cannot
   * hold it, so only the group around it is searched (not every group's members on every frame).
   */
  readonly selectedAnchorMs?: number | undefined;
  readonly hoveredId: string | null;
  /** Whether an event matches the search; undefined without one. */
  readonly matches: ((event: TimelineEvent) => boolean) | undefined;
  /** In fade mode, the ids passing the filters; every other event is drawn faintly. */
  readonly passing: ReadonlySet<string> | undefined;
  /** Events driving the day the tension chart points at: ringed, and clusters holding them. */
  readonly linked?: ReadonlySet<string> | undefined;
  readonly palette: ChartPalette;
  readonly measure: TextMeasure;
  /**
   * Documents only: each event's whole label, placed by the document layout (documentLayout.ts)
   * instead of being cut at the chart's edge.
   */
  readonly wholeLabels?: ReadonlyMap<number, WholeLabel> | undefined;
  /** Screen only: the row the edge signposts sit over, which labels keep clear of. */
  readonly signposts?: EdgeSignposts | undefined;
}

/** Where the screen and a document differ; each is a choice, on by default on screen. */
export interface TimelineOptions {
  /** Ring the event under the pointer. */
  readonly hover: boolean;
  /** Halo the events matching the search. */
  readonly matches: boolean;
  readonly today: boolean;
  /** Ring the selected event. */
  readonly selection: boolean;
  /** Ring the events driving the day the tension chart points at. */
  readonly linked: boolean;
  /** Draw lane names in the picture (the screen shows them as HTML over the canvas). */
  readonly laneName: ((lane: Lane) => string) | undefined;
  /** A tooltip per mark (documents; the screen has its own). */
  readonly markTitle: ((event: TimelineEvent) => string) | undefined;
  /**
   * Keep only marks anchored inside the window. The layout pads the view so marks slide in at the
   * edges on screen; a still picture keeps the ones a reader can point at.
   */
  readonly anchoredOnly: boolean;
}

export const SCREEN_TIMELINE: TimelineOptions = {
  hover: true,
  matches: true,
  today: true,
  selection: true,
  linked: true,
  laneName: undefined,
  markTitle: undefined,
  anchoredOnly: false,
};

export function drawTimeline(sink: Sink, frame: TimelineFrame, options: TimelineOptions): void {
  const paints = paintsFor(frame.palette);
  const geometry = laneGeometry(frame.layout.rowCounts);
  const bottom = lanesBottom(geometry);
  drawLanes(sink, frame, paints, geometry);
  drawEras(sink, frame, paints, bottom);
  drawGrid(sink, frame, paints, bottom);
  if (options.today) drawToday(sink, frame, paints, bottom);
  if (options.laneName) drawLaneNames(sink, frame, geometry, options.laneName);
  // A document places every label itself; on screen, labels the right edge would cut may go left.
  const sides = frame.wholeLabels
    ? NO_SIDES
    : labelSides(frame.layout.items, frame.width, frame.signposts);
  for (const item of frame.layout.items) {
    if (options.anchoredOnly && (item.x < 0 || item.x > frame.width)) continue;
    const y = markY(geometry, item.lane, item.row);
    if (item.count === 1) {
      const event = frame.events[item.first];
      if (event) drawSingle(sink, frame, options, paints, item, y, event, sides);
    } else {
      drawGroup(sink, frame, paints, item, y, {
        linked: options.linked && holdsLinked(frame, item),
        selected: options.selection && holdsSelected(frame, item),
      });
    }
  }
}

/** Whether an overflow group holds an event `has` accepts. */
function groupHolds(
  frame: Pick<TimelineFrame, "events">,
  item: StackItem,
  has: (id: string) => boolean,
): boolean {
  for (const index of item.members) {
    const event = frame.events[index];
    if (event && has(event.id)) return true;
  }
  return false;
}

/** Whether an overflow group holds one of the linked events. */
function holdsLinked(frame: TimelineFrame, item: StackItem): boolean {
  const { linked } = frame;
  return linked !== undefined && linked.size > 0 && groupHolds(frame, item, (id) => linked.has(id));
}

/** Whether an overflow group holds the selected event (the group is ringed). */
function holdsSelected(frame: TimelineFrame, item: StackItem): boolean {
  const { selectedId, selectedAnchorMs } = frame;
  if (selectedId === null) return false;
  if (
    selectedAnchorMs !== undefined &&
    (selectedAnchorMs < item.minMs || selectedAnchorMs > item.maxMs)
  )
    return false;
  return groupHolds(frame, item, (id) => id === selectedId);
}

function drawLanes(sink: Sink, frame: TimelineFrame, paints: Paints, geometry: LaneGeometry): void {
  frame.layout.rowCounts.forEach((rows, lane) => {
    const paint = lane % 2 === 0 ? paints.laneA : paints.laneB;
    sink.rect(0, laneTop(geometry, lane), frame.width, laneHeight(rows), paint);
  });
}

function drawEras(sink: Sink, frame: TimelineFrame, paints: Paints, bottom: number): void {
  const { view, width, palette } = frame;
  for (const era of frame.eras) {
    const x0 = Math.max(msToX(era.fromMs, view.from, view.to, width), 0);
    const x1 = Math.min(msToX(era.toMs, view.from, view.to, width), width);
    if (x1 <= 0 || x0 >= width) continue;
    sink.beginGroup({ role: "detente-era" });
    sink.rect(x0, 0, x1 - x0, bottom, paints.era);
    sink.path(paints.eraEdge, (path) => {
      path.moveTo(x0 + 0.5, 0);
      path.lineTo(x0 + 0.5, bottom);
    });
    const label = fitText(era.label, LABEL_SIZE, x1 - x0 - 8, frame.measure);
    if (label) sink.text(x0 + 4, ERA_ROW - 6, label, { fill: palette.eraText, size: LABEL_SIZE });
    sink.endGroup();
  }
}

function drawGrid(sink: Sink, frame: TimelineFrame, paints: Paints, bottom: number): void {
  const { view, width, ticks } = frame;
  if (ticks.length === 0) return;
  sink.path(paints.grid, (path) => {
    for (const tick of ticks) {
      const x = Math.round(msToX(tick.ms, view.from, view.to, width)) + 0.5;
      path.moveTo(x, ERA_ROW);
      path.lineTo(x, bottom + 4);
    }
  });
}

function drawToday(sink: Sink, frame: TimelineFrame, paints: Paints, bottom: number): void {
  const { view, width, todayMs } = frame;
  if (todayMs === undefined) return;
  const x = msToX(todayMs, view.from, view.to, width);
  if (x < 0 || x > width) return;
  sink.path(paints.today, (path) => {
    path.moveTo(x, ERA_ROW);
    path.lineTo(x, bottom);
  });
  // Near the right edge the label goes to the left of the line so it stays readable.
  const nearEdge = x > width - 60;
  sink.text(nearEdge ? x - 4 : x + 4, ERA_ROW + 12, frame.todayLabel, {
    fill: frame.palette.today,
    size: LABEL_SIZE,
    anchor: nearEdge ? "end" : "start",
    role: "detente-today-label",
  });
}

function drawLaneNames(
  sink: Sink,
  frame: TimelineFrame,
  geometry: LaneGeometry,
  name: (lane: Lane) => string,
): void {
  const style: TextStyle = {
    fill: frame.palette.muted,
    size: LANE_NAME_SIZE,
    letterSpacing: 0.03,
    role: "detente-lane-label",
  };
  frame.lanes.forEach((lane, i) => sink.text(6, laneTop(geometry, i) + 12, name(lane), style));
}

function drawSingle(
  sink: Sink,
  frame: TimelineFrame,
  options: TimelineOptions,
  paints: Paints,
  item: StackItem,
  y: number,
  event: TimelineEvent,
  /** Labels that go left of their mark, or give room to one that does (edgeLabels.ts). */
  sides: LabelSides,
): void {
  const leftRoom = sides.left.get(item.first);
  const { view, width, palette } = frame;
  const tone = toneOf(event.score);
  const x = item.x;
  const faded = frame.passing !== undefined && !frame.passing.has(event.id);
  sink.beginGroup({
    role: "detente-mark",
    data: event.context
      ? { "event-id": event.id, tone, context: "true" }
      : { "event-id": event.id, tone },
    opacity: faded ? 0.25 : undefined,
    title: options.markTitle?.(event),
  });
  if (event.isSpan) {
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(event.endMs, view.from, view.to, width);
    sink.rect(x0, y - 3, Math.max(x1 - x0, 2), 6, paints.span[tone]);
  }
  if (event.start.precision !== "day") {
    // The date is known only to its month or year: a faint bracket spans what it could be,
    // from the later of its own start and its causes' (a response never opens before them).
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(startSpanEndMs(event), view.from, view.to, width);
    sink.path(paints.bracket[tone], (path) => {
      path.moveTo(x0, y + 6);
      path.lineTo(x0, y + 10);
      path.lineTo(x1, y + 10);
      path.lineTo(x1, y + 6);
    });
  }
  if (options.matches && frame.matches?.(event)) {
    sink.circle(x, y, MARK_RADIUS + 5, paints.match);
  }
  sink.symbol(tone, x, y, MARK_RADIUS, (event.context ? paints.contextMark : paints.mark)[tone]);
  if (options.linked && frame.linked?.has(event.id)) {
    sink.circle(x, y, MARK_RADIUS + 7, paints.linkedRing);
  }
  if (options.selection && event.id === frame.selectedId) {
    sink.circle(x, y, MARK_RADIUS + 4, paints.selectedRing);
  } else if (options.hover && event.id === frame.hoveredId) {
    sink.circle(x, y, MARK_RADIUS + 4, paints.hoverRing);
  }
  const whole = frame.wholeLabels?.get(item.first);
  if (whole) {
    drawWholeLabel(sink, whole, x, y, event.context ? palette.muted : palette.text);
    sink.endGroup();
    return;
  }
  // The layout reserved the whole label's width in this row; only the chart's right edge can
  // cut it (a mark whose label runs past the window), unless it went to the left of the mark.
  const room = leftRoom ?? labelRoomOnRight(item, width, frame.signposts, sides.capped);
  // The reserved width is an estimate that errs wide: when the edge leaves all of it, the whole
  // title fits without measuring (no measureText per label per frame), unless the row's next
  // item cut the reserve itself.
  const label =
    room >= item.labelWidth && room > 0 && item.cut !== true
      ? event.source.title
      : fitText(event.source.title, LABEL_SIZE, room, frame.measure);
  if (label) {
    const onLeft = leftRoom !== undefined;
    sink.text(onLeft ? x - LABEL_OFFSET : x + LABEL_OFFSET, y + 4, label, {
      fill: event.context ? palette.muted : palette.text,
      size: LABEL_SIZE,
      ...(onLeft ? { anchor: "end" as const } : {}),
      role: "detente-mark-label",
    });
  }
  sink.endGroup();
}

/** A document's label: whole, right or left of its mark, a line per row it was given. */
function drawWholeLabel(sink: Sink, label: WholeLabel, x: number, y: number, fill: string): void {
  const right = label.side === "right";
  label.lines.forEach((line, i) => {
    sink.text(right ? x + LABEL_OFFSET : x - LABEL_OFFSET, y + 4 + i * ROW_HEIGHT, line, {
      fill,
      size: LABEL_SIZE,
      anchor: right ? "start" : "end",
      role: "detente-mark-label",
    });
  });
}

/** An overflow group: a badge in the lane's last row saying how many events it holds. */
function drawGroup(
  sink: Sink,
  frame: TimelineFrame,
  paints: Paints,
  item: StackItem,
  y: number,
  rings: { readonly linked: boolean; readonly selected: boolean },
): void {
  const { groupWidth, before } = MARK_METRICS;
  // Kept inside the chart: a badge cut by the right edge would hide its count.
  const left = Math.min(item.x - before, frame.width - groupWidth - before);
  const text = frame.moreLabel(item.count);
  const fitted =
    fitText(text, LABEL_SIZE, groupWidth + before - 12, frame.measure) ?? `+${item.count}`;
  sink.beginGroup({ role: "detente-cluster", data: { count: String(item.count) } });
  if (rings.selected) {
    // The selected event sits inside: the badge is ringed as its mark would be.
    sink.rect(
      left - 4,
      y - ROW_HEIGHT / 2 - 3,
      groupWidth + before + 8,
      ROW_HEIGHT + 6,
      paints.selectedRing,
      12,
    );
  }
  if (rings.linked) {
    sink.rect(
      left - 3,
      y - ROW_HEIGHT / 2 - 2,
      groupWidth + before + 6,
      ROW_HEIGHT + 4,
      paints.linkedRing,
      11,
    );
  }
  sink.rect(left, y - ROW_HEIGHT / 2 + 1, groupWidth + before, ROW_HEIGHT - 2, paints.cluster, 9);
  sink.text(left + (groupWidth + before) / 2, y + 4, fitted, {
    fill: frame.palette.clusterText,
    size: LABEL_SIZE,
    anchor: "middle",
    role: "detente-cluster-count",
  });
  sink.endGroup();
}
