/**
 * Draws the tension chart for one viewport: band backgrounds, the uncertainty band, the line
 * (faded where the latest event is more than a half-life old), and event ticks on the line.
 * Only the visible days are visited.
 */
import { MS_PER_DAY, dayIndex } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { UncertainTensionSeries } from "../model/tension.ts";
import { TENSION_BANDS } from "../model/tension.ts";
import type { Viewport } from "../model/viewport.ts";
import { markPath } from "./drawTimeline.ts";
import { msToX } from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";

export const TENSION_PAD_TOP = 6;
export const TENSION_PAD_BOTTOM = 6;
/** Event ticks are skipped above this many visible events: the line already shows their sum. */
const MAX_TICKS = 1500;

export function tensionY(t: number, height: number): number {
  const inner = height - TENSION_PAD_TOP - TENSION_PAD_BOTTOM;
  return TENSION_PAD_TOP + ((100 - t) / 100) * inner;
}

/** Where a day's value is drawn: the middle of the day. */
export function dayToX(day: number, view: Viewport, width: number): number {
  return msToX((day + 0.5) * MS_PER_DAY, view.from, view.to, width);
}

export interface TensionFrame {
  readonly view: Viewport;
  readonly width: number;
  readonly height: number;
  readonly series: UncertainTensionSeries;
  readonly events: readonly TimelineEvent[];
  readonly showUncertainty: boolean;
  readonly selectedId: string | null;
  /** The event under the pointer or focus elsewhere (the timeline, the list): its day is marked. */
  readonly hoveredId?: string | null | undefined;
  readonly palette: ChartPalette;
  /** One tint per band (colour and opacity), low tension first. */
  readonly bandTints: readonly { readonly color: string; readonly alpha: number }[];
}

/** A mark's anchor lies at most half a year after its start (a year-precision date). */
const MAX_ANCHOR_LAG_MS = 184 * MS_PER_DAY;

/**
 * The events anchored in view, found by binary search on their start (events come sorted by
 * start), so a zoom frame visits only what it draws, not all 100,000 events. Stops early past
 * MAX_TICKS + 1, which is all the caller needs to know that there are too many.
 */
export function visibleEvents(
  events: readonly TimelineEvent[],
  view: Viewport,
): readonly TimelineEvent[] {
  let lo = 0;
  let hi = events.length;
  const earliest = view.from - MAX_ANCHOR_LAG_MS;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as TimelineEvent).startMs < earliest) lo = mid + 1;
    else hi = mid;
  }
  const found: TimelineEvent[] = [];
  for (let i = lo; i < events.length && found.length <= MAX_TICKS; i++) {
    const event = events[i] as TimelineEvent;
    if (event.startMs > view.to) break;
    if (event.anchorMs >= view.from && event.anchorMs <= view.to) found.push(event);
  }
  return found;
}

function visibleRange(series: UncertainTensionSeries, view: Viewport): [number, number] {
  const first = Math.max(0, dayIndex(view.from) - series.fromDay - 1);
  const last = Math.min(series.length - 1, dayIndex(view.to) - series.fromDay + 1);
  return [first, last];
}

export function drawTension(ctx: CanvasRenderingContext2D, frame: TensionFrame): void {
  const { view, width, height, series, palette } = frame;
  ctx.clearRect(0, 0, width, height);
  TENSION_BANDS.forEach((band, i) => {
    const y0 = tensionY(band.max, height);
    const y1 = tensionY(band.min, height);
    const tint = frame.bandTints[i];
    if (!tint) return;
    ctx.globalAlpha = tint.alpha;
    ctx.fillStyle = tint.color;
    ctx.fillRect(0, y0, width, y1 - y0);
    ctx.globalAlpha = 1;
  });
  ctx.strokeStyle = palette.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (const band of TENSION_BANDS) {
    const y = Math.round(tensionY(band.min, height)) + 0.5;
    ctx.moveTo(0, y);
    ctx.lineTo(width, y);
  }
  ctx.stroke();
  // The neutral midpoint (T = 50, no net conflict or cooperation), a little stronger.
  ctx.strokeStyle = palette.muted;
  ctx.setLineDash([2, 3]);
  ctx.beginPath();
  ctx.moveTo(0, Math.round(tensionY(50, height)) + 0.5);
  ctx.lineTo(width, Math.round(tensionY(50, height)) + 0.5);
  ctx.stroke();
  ctx.setLineDash([]);

  if (series.length === 0) return;
  const [first, last] = visibleRange(series, view);
  if (last < first) return;
  const x = (i: number): number => dayToX(series.fromDay + i, view, width);

  if (frame.showUncertainty) {
    ctx.beginPath();
    for (let i = first; i <= last; i++) {
      const y = tensionY(series.upper[i] ?? 50, height);
      if (i === first) ctx.moveTo(x(i), y);
      else ctx.lineTo(x(i), y);
    }
    for (let i = last; i >= first; i--) ctx.lineTo(x(i), tensionY(series.lower[i] ?? 50, height));
    ctx.closePath();
    ctx.globalAlpha = 0.22;
    ctx.fillStyle = palette.text;
    ctx.fill();
    ctx.globalAlpha = 1;
  }

  // The line in runs of equal freshness: solid while events are recent, faded afterwards.
  const h = series.options.halfLife;
  let i = first;
  while (i <= last) {
    const stale = !((series.staleness[i] ?? Infinity) <= h);
    ctx.beginPath();
    ctx.moveTo(x(i), tensionY(series.tension[i] ?? 50, height));
    let j = i + 1;
    while (j <= last && !((series.staleness[j] ?? Infinity) <= h) === stale) {
      ctx.lineTo(x(j), tensionY(series.tension[j] ?? 50, height));
      j++;
    }
    if (j <= last) ctx.lineTo(x(j), tensionY(series.tension[j] ?? 50, height));
    ctx.strokeStyle = palette.text;
    ctx.globalAlpha = stale ? 0.35 : 1;
    ctx.lineWidth = stale ? 1.25 : 2;
    if (stale) ctx.setLineDash([4, 3]);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.globalAlpha = 1;
    i = j;
  }

  const visible = visibleEvents(frame.events, view);
  if (visible.length <= MAX_TICKS) {
    // One marker per day, shaped and coloured by the sign of the day's net impulse: a day of
    // two conflicts and one reversal reads as the conflict day it was, not as the last drawn.
    // Events come in start order, and a month-precision event is anchored mid-month, so a
    // day's events need not be adjacent: gather them by day first.
    const days = new Map<number, { net: number; selected: boolean; hovered: boolean }>();
    for (const event of visible) {
      const day = dayIndex(event.anchorMs);
      const entry = days.get(day) ?? { net: 0, selected: false, hovered: false };
      entry.net += event.score * event.weight;
      if (event.id === frame.selectedId) entry.selected = true;
      if (event.id === frame.hoveredId) entry.hovered = true;
      days.set(day, entry);
    }
    for (const [day, { net, selected, hovered }] of days) {
      const index = day - series.fromDay;
      const t = series.tension[index];
      if (t === undefined) continue;
      const ex = dayToX(day, view, width);
      const ey = tensionY(t, height);
      if (hovered) {
        // The reader is pointing at one of this day's events elsewhere: mark the day.
        ctx.beginPath();
        ctx.moveTo(ex, 0);
        ctx.lineTo(ex, height);
        ctx.strokeStyle = palette.focus;
        ctx.lineWidth = 1;
        ctx.setLineDash([3, 3]);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      const sign = net < 0 ? -1 : net > 0 ? 1 : 0;
      markPath(ctx, ex, ey, sign, hovered ? 6 : 4);
      ctx.fillStyle =
        sign < 0 ? palette.conflict : sign > 0 ? palette.cooperation : palette.neutral;
      ctx.fill();
      ctx.strokeStyle = palette.bg;
      ctx.lineWidth = 1;
      ctx.stroke();
      if (selected || hovered) {
        ctx.beginPath();
        ctx.arc(ex, ey, 8, 0, Math.PI * 2);
        ctx.strokeStyle = selected ? palette.selected : palette.focus;
        ctx.lineWidth = 2.5;
        ctx.stroke();
      }
    }
  }
}
