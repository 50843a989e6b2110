/**
 * Draws one frame of the timeline on a canvas: era bands, lane stripes, grid, marks, clusters
 * and labels. Called on every zoom frame outside React, so it allocates little and touches
 * only what is visible (the layout already culled and clustered the marks).
 */
import type { TimelineEvent } from "../model/events.ts";
import { startSpanEndMs } from "../model/events.ts";
import type { Layout, LayoutItem } from "../model/layout.ts";
import type { Lane } from "../model/lanes.ts";
import type { Tick } from "../model/ticks.ts";
import type { Viewport } from "../model/viewport.ts";
import { ERA_ROW, LANE_HEIGHT, MARK_RADIUS, laneMarkY, laneTop, msToX } from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";

export interface EraSpan {
  readonly label: string;
  readonly fromMs: number;
  readonly toMs: number;
}

export interface TimelineFrame {
  readonly view: Viewport;
  readonly width: number;
  readonly height: number;
  readonly lanes: readonly Lane[];
  readonly layout: Layout;
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
  readonly palette: ChartPalette;
  readonly font: string;
}

function toneColor(score: number, palette: ChartPalette): string {
  return score < 0 ? palette.conflict : score > 0 ? palette.cooperation : palette.neutral;
}

/** Shape carries the tone as well as colour: ▼ conflict, ● cooperation, ■ neutral. */
export function markPath(
  ctx: CanvasRenderingContext2D,
  x: number,
  y: number,
  score: number,
  r: number,
): void {
  ctx.beginPath();
  if (score < 0) {
    ctx.moveTo(x - r * 1.1, y - r * 0.8);
    ctx.lineTo(x + r * 1.1, y - r * 0.8);
    ctx.lineTo(x, y + r * 1.1);
    ctx.closePath();
  } else if (score > 0) {
    ctx.arc(x, y, r, 0, Math.PI * 2);
  } else {
    ctx.rect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
  }
}

function fitLabel(ctx: CanvasRenderingContext2D, text: string, room: number): string | undefined {
  if (room < 28) return undefined;
  if (ctx.measureText(text).width <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? undefined : `${text.slice(0, lo).trimEnd()}…`;
}

function drawSingle(
  ctx: CanvasRenderingContext2D,
  frame: TimelineFrame,
  item: LayoutItem,
  event: TimelineEvent,
): void {
  const { view, width, palette } = frame;
  const y = laneMarkY(item.lane);
  const color = toneColor(event.score, palette);
  const x = item.x;
  const faded = frame.passing !== undefined && !frame.passing.has(event.id);
  if (faded) ctx.globalAlpha = 0.25;
  if (event.isSpan) {
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(event.endMs, view.from, view.to, width);
    ctx.globalAlpha = 0.35;
    ctx.fillStyle = color;
    ctx.fillRect(x0, y - 3, Math.max(x1 - x0, 2), 6);
    ctx.globalAlpha = 1;
  }
  if (event.start.precision !== "day") {
    // The date is known only to its month or year: a faint bracket spans what it could be,
    // from the later of its own start and its causes' (a response never opens before them).
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(startSpanEndMs(event), view.from, view.to, width);
    ctx.strokeStyle = color;
    ctx.globalAlpha = 0.5;
    ctx.lineWidth = 1;
    ctx.beginPath();
    ctx.moveTo(x0, y + 6);
    ctx.lineTo(x0, y + 10);
    ctx.lineTo(x1, y + 10);
    ctx.lineTo(x1, y + 6);
    ctx.stroke();
    ctx.globalAlpha = 1;
  }
  if (frame.matches?.has(event.id)) {
    ctx.fillStyle = palette.match;
    ctx.beginPath();
    ctx.arc(x, y, MARK_RADIUS + 5, 0, Math.PI * 2);
    ctx.fill();
  }
  markPath(ctx, x, y, event.score, MARK_RADIUS);
  if (faded) ctx.globalAlpha = 0.25;
  if (event.context) {
    // Context (a third country's event): the same shape, hollow with a dashed outline, so it
    // reads as background to the two parties' own solid marks, in colour or not.
    ctx.fillStyle = palette.bg;
    ctx.fill();
    ctx.setLineDash([2, 2]);
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.setLineDash([]);
  } else {
    ctx.fillStyle = color;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = palette.bg;
    ctx.stroke();
  }
  if (event.id === frame.selectedId || event.id === frame.hoveredId) {
    ctx.beginPath();
    ctx.arc(x, y, MARK_RADIUS + 4, 0, Math.PI * 2);
    ctx.lineWidth = event.id === frame.selectedId ? 2.5 : 1.5;
    ctx.strokeStyle = palette.selected;
    ctx.stroke();
  }
  const label = fitLabel(
    ctx,
    event.source.title,
    Math.min(item.room, width - x) - MARK_RADIUS - 10,
  );
  if (label) {
    ctx.fillStyle = event.context ? palette.muted : palette.text;
    ctx.fillText(label, x + MARK_RADIUS + 4, y + 4);
  }
  ctx.globalAlpha = 1;
}

function drawCluster(ctx: CanvasRenderingContext2D, frame: TimelineFrame, item: LayoutItem): void {
  const { palette } = frame;
  const y = laneMarkY(item.lane);
  const text = String(item.count);
  const textWidth = ctx.measureText(text).width;
  const half = Math.max((item.x1 - item.x0) / 2 + 8, textWidth / 2 + 7);
  ctx.fillStyle = palette.cluster;
  ctx.beginPath();
  ctx.roundRect(item.x - half, y - 9, half * 2, 18, 9);
  ctx.fill();
  ctx.fillStyle = palette.clusterText;
  ctx.textAlign = "center";
  ctx.fillText(text, item.x, y + 4);
  ctx.textAlign = "left";
}

export function drawTimeline(ctx: CanvasRenderingContext2D, frame: TimelineFrame): void {
  const { view, width, height, lanes, palette } = frame;
  ctx.clearRect(0, 0, width, height);
  ctx.font = frame.font;
  ctx.textBaseline = "alphabetic";

  lanes.forEach((_, lane) => {
    ctx.fillStyle = lane % 2 === 0 ? palette.laneA : palette.laneB;
    ctx.fillRect(0, laneTop(lane), width, LANE_HEIGHT);
  });
  const lanesBottom = laneTop(lanes.length);

  for (const era of frame.eras) {
    const x0 = Math.max(msToX(era.fromMs, view.from, view.to, width), 0);
    const x1 = Math.min(msToX(era.toMs, view.from, view.to, width), width);
    if (x1 <= 0 || x0 >= width) continue;
    ctx.fillStyle = palette.era;
    ctx.fillRect(x0, 0, x1 - x0, lanesBottom);
    ctx.strokeStyle = palette.grid;
    ctx.beginPath();
    ctx.moveTo(x0 + 0.5, 0);
    ctx.lineTo(x0 + 0.5, lanesBottom);
    ctx.stroke();
    const label = fitLabel(ctx, era.label, x1 - x0 - 8);
    if (label) {
      ctx.fillStyle = palette.eraText;
      ctx.fillText(label, x0 + 4, ERA_ROW - 6);
    }
  }

  ctx.strokeStyle = palette.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const tick of frame.ticks) {
    const x = Math.round(msToX(tick.ms, view.from, view.to, width)) + 0.5;
    ctx.moveTo(x, ERA_ROW);
    ctx.lineTo(x, lanesBottom + 4);
  }
  ctx.stroke();

  if (frame.todayMs !== undefined) {
    const x = msToX(frame.todayMs, view.from, view.to, width);
    if (x >= 0 && x <= width) {
      ctx.strokeStyle = palette.today;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, ERA_ROW);
      ctx.lineTo(x, lanesBottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = palette.today;
      ctx.textAlign = x > width - 60 ? "right" : "left";
      ctx.fillText(frame.todayLabel, x + (x > width - 60 ? -4 : 4), ERA_ROW + 12);
      ctx.textAlign = "left";
    }
  }

  for (const item of frame.layout.items) {
    if (item.count === 1) {
      const event = frame.events[item.first];
      if (event) drawSingle(ctx, frame, item, event);
    } else {
      drawCluster(ctx, frame, item);
    }
  }
}
