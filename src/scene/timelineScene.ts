/**
 * One frame of the timeline as scene calls: lane stripes, era bands, grid, the today line, marks,
 * clusters and labels. The same calls paint the canvas on every zoom frame and write the
 * exported document; what differs between the two is an explicit option, never a second copy.
 * Only what the layout placed in view is visited (it already culled and clustered the marks).
 */
import { startSpanEndMs } from "../model/events.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { Lane } from "../model/lanes.ts";
import type { Layout, LayoutItem } from "../model/layout.ts";
import type { Tick } from "../model/ticks.ts";
import { toneOf } from "../model/tone.ts";
import type { Viewport } from "../model/viewport.ts";
import { fitText } from "./fitText.ts";
import { ERA_ROW, LANE_HEIGHT, MARK_RADIUS, laneMarkY, laneTop, msToX } from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";
import { paintsFor, type Paints } from "./paints.ts";
import type { Sink, TextMeasure, TextStyle } from "./sink.ts";

/** Font size of mark labels, era names and cluster counts. */
export const LABEL_SIZE = 12;
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
  readonly layout: Layout;
  /** The events the layout's indices point into. */
  readonly events: readonly TimelineEvent[];
  readonly ticks: readonly Tick[];
  readonly eras: readonly EraSpan[];
  readonly todayMs: number | undefined;
  readonly todayLabel: string;
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  readonly matches: ReadonlySet<string> | undefined;
  /** In fade mode, the ids passing the filters; every other event is drawn faintly. */
  readonly passing: ReadonlySet<string> | undefined;
  /** Events driving the day the tension chart points at: ringed, and clusters holding them. */
  readonly linked?: ReadonlySet<string> | undefined;
  /** Per lane, event indices in lane order (to find a cluster's events). */
  readonly laneOrder?: readonly Int32Array[] | undefined;
  readonly palette: ChartPalette;
  readonly measure: TextMeasure;
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

/** Bottom of the last lane: where lane stripes, eras and grid lines end. */
export function lanesBottom(laneCount: number): number {
  return laneTop(laneCount);
}

export function drawTimeline(sink: Sink, frame: TimelineFrame, options: TimelineOptions): void {
  const paints = paintsFor(frame.palette);
  const bottom = lanesBottom(frame.lanes.length);
  drawLanes(sink, frame, paints);
  drawEras(sink, frame, paints, bottom);
  drawGrid(sink, frame, paints, bottom);
  if (options.today) drawToday(sink, frame, paints, bottom);
  if (options.laneName) drawLaneNames(sink, frame, options.laneName);
  for (const item of frame.layout.items) {
    if (options.anchoredOnly && (item.x < 0 || item.x > frame.width)) continue;
    if (item.count === 1) {
      const event = frame.events[item.first];
      if (event) drawSingle(sink, frame, options, paints, item, event);
    } else {
      drawCluster(sink, frame, paints, item, options.linked && clusterLinked(frame, item));
    }
  }
}

/** Whether a cluster holds one of the linked events. */
function clusterLinked(frame: TimelineFrame, item: LayoutItem): boolean {
  const { linked, laneOrder } = frame;
  const order = laneOrder?.[item.lane];
  if (!linked || linked.size === 0 || !order) return false;
  for (let k = item.laneStart; k < item.laneEnd; k++) {
    const event = frame.events[order[k] ?? -1];
    if (event && linked.has(event.id)) return true;
  }
  return false;
}

function drawLanes(sink: Sink, frame: TimelineFrame, paints: Paints): void {
  for (let lane = 0; lane < frame.lanes.length; lane++) {
    sink.rect(
      0,
      laneTop(lane),
      frame.width,
      LANE_HEIGHT,
      lane % 2 === 0 ? paints.laneA : paints.laneB,
    );
  }
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

function drawLaneNames(sink: Sink, frame: TimelineFrame, name: (lane: Lane) => string): void {
  const style: TextStyle = {
    fill: frame.palette.muted,
    size: LANE_NAME_SIZE,
    letterSpacing: 0.03,
    role: "detente-lane-label",
  };
  frame.lanes.forEach((lane, i) => sink.text(6, laneTop(i) + 12, name(lane), style));
}

function drawSingle(
  sink: Sink,
  frame: TimelineFrame,
  options: TimelineOptions,
  paints: Paints,
  item: LayoutItem,
  event: TimelineEvent,
): void {
  const { view, width, palette } = frame;
  const y = laneMarkY(item.lane);
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
  if (options.matches && frame.matches?.has(event.id)) {
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
  const room = Math.min(item.room, width - x) - MARK_RADIUS - 10;
  const label = fitText(event.source.title, LABEL_SIZE, room, frame.measure);
  if (label) {
    sink.text(x + MARK_RADIUS + 4, y + 4, label, {
      fill: event.context ? palette.muted : palette.text,
      size: LABEL_SIZE,
      role: "detente-mark-label",
    });
  }
  sink.endGroup();
}

function drawCluster(
  sink: Sink,
  frame: TimelineFrame,
  paints: Paints,
  item: LayoutItem,
  linked: boolean,
): void {
  const y = laneMarkY(item.lane);
  const count = String(item.count);
  const half = Math.max((item.x1 - item.x0) / 2 + 8, frame.measure(count, LABEL_SIZE) / 2 + 7);
  sink.beginGroup({ role: "detente-cluster", data: { count } });
  if (linked) sink.rect(item.x - half - 4, y - 13, half * 2 + 8, 26, paints.linkedRing, 13);
  sink.rect(item.x - half, y - 9, half * 2, 18, paints.cluster, 9);
  sink.text(item.x, y + 4, count, {
    fill: frame.palette.clusterText,
    size: LABEL_SIZE,
    anchor: "middle",
    role: "detente-cluster-count",
  });
  sink.endGroup();
}
