/**
 * The tension chart for one viewport as scene calls: band backgrounds, the uncertainty band, the
 * line (faded and dashed where the latest event is more than a half-life old) and event ticks on
 * the line. Only the visible days are visited; the line's points go through two scratch arrays
 * reused from frame to frame.
 */
import { bisector } from "d3-array";
import { MS_PER_DAY, dayIndex } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { TensionSeries, UncertainTensionSeries } from "../model/tension.ts";
import { TENSION_BANDS, dayOfIndex, indexOfDay, isStale } from "../model/tension.ts";
import { toneOf } from "../model/tone.ts";
import type { Viewport } from "../model/viewport.ts";
import { msToX } from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";
import { paintsFor } from "./paints.ts";
import type { Sink } from "./sink.ts";

export const TENSION_PAD_TOP = 6;
export const TENSION_PAD_BOTTOM = 6;
/** Event ticks are skipped above this many visible events: the line already shows their sum. */
export const MAX_TICKS = 1500;
const TICK_RADIUS = 4;
const BAND_LABEL_SIZE = 11;

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
  /** A second line, the news-coded baseline, drawn under the curated events' line. */
  readonly baseline?: BaselineLine | undefined;
}

/** The news-coded baseline's series and the days its file covers (inclusive). */
export interface BaselineLine {
  readonly series: TensionSeries;
  readonly firstDay: number;
  readonly lastDay: number;
}

export interface TensionOptions {
  /** Tint the bands behind the line (the overview's miniature leaves them out). */
  readonly bands: boolean;
  /** Ring the selected event's tick. */
  readonly selection: boolean;
  /** Mark the day of the event the reader points at elsewhere. */
  readonly hover: boolean;
  /** Name each band in the picture (the screen names them in HTML beside the chart). */
  readonly bandLabel: ((bandIndex: number) => string) | undefined;
}

export const SCREEN_TENSION: TensionOptions = {
  bands: true,
  selection: true,
  hover: true,
  bandLabel: undefined,
};

/** A mark's anchor lies at most half a year after its start (a year-precision date). */
const byStart = bisector((event: TimelineEvent) => event.startMs);

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
  const first = byStart.left(events, view.from - MAX_ANCHOR_LAG_MS);
  const found: TimelineEvent[] = [];
  for (let i = first; i < events.length && found.length <= MAX_TICKS; i++) {
    const event = events[i] as TimelineEvent;
    if (event.startMs > view.to) break;
    if (event.anchorMs >= view.from && event.anchorMs <= view.to) found.push(event);
  }
  return found;
}

let scratchX = new Float64Array(1024);
let scratchY = new Float64Array(1024);
let scratchY2 = new Float64Array(1024);

/** Scratch arrays of at least `size` points, grown (never shrunk) as views get longer. */
function scratch(size: number): void {
  if (scratchX.length >= size) return;
  const length = Math.max(size, scratchX.length * 2);
  scratchX = new Float64Array(length);
  scratchY = new Float64Array(length);
  scratchY2 = new Float64Array(length);
}

export function drawTension(sink: Sink, frame: TensionFrame, options: TensionOptions): void {
  const { view, width, height, series, palette } = frame;
  const paints = paintsFor(palette);
  if (options.bands) {
    TENSION_BANDS.forEach((band, i) => {
      const y0 = tensionY(band.max, height);
      const y1 = tensionY(band.min, height);
      const paint = paints.bands[i];
      if (paint) sink.rect(0, y0, width, y1 - y0, paint);
    });
  }
  sink.path(paints.bandLines, (path) => {
    for (const band of TENSION_BANDS) {
      const y = Math.round(tensionY(band.min, height)) + 0.5;
      path.moveTo(0, y);
      path.lineTo(width, y);
    }
  });
  // The neutral midpoint (T = 50, no net conflict or cooperation), a little stronger.
  sink.path(paints.midline, (path) => {
    const y = Math.round(tensionY(50, height)) + 0.5;
    path.moveTo(0, y);
    path.lineTo(width, y);
  });

  if (series.length > 0) {
    const first = Math.max(0, indexOfDay(series, dayIndex(view.from)) - 1);
    const last = Math.min(series.length - 1, indexOfDay(series, dayIndex(view.to)) + 1);
    if (last >= first) {
      scratch(last - first + 1);
      const x = (i: number): number => dayToX(dayOfIndex(series, i), view, width);
      if (frame.showUncertainty) {
        let k = 0;
        for (let i = first; i <= last; i++, k++) {
          scratchX[k] = x(i);
          scratchY[k] = tensionY(series.upper[i] ?? 50, height);
          scratchY2[k] = tensionY(series.lower[i] ?? 50, height);
        }
        sink.area(
          { xs: scratchX, tops: scratchY, bottoms: scratchY2, count: k },
          paints.uncertainty,
        );
      }
      if (frame.baseline) drawBaseline(sink, frame, frame.baseline);
      // The line in runs of equal freshness; each run reaches the next run's first day so the
      // line has no gaps.
      let i = first;
      while (i <= last) {
        const stale = isStale(series, i);
        let j = i + 1;
        while (j <= last && isStale(series, j) === stale) j++;
        const end = Math.min(j, last);
        let k = 0;
        for (let d = i; d <= end; d++, k++) {
          scratchX[k] = x(d);
          scratchY[k] = tensionY(series.tension[d] ?? 50, height);
        }
        sink.polyline(scratchX, scratchY, k, stale ? paints.staleLine : paints.freshLine);
        i = j;
      }
      drawTicks(sink, frame, options);
    }
  }
  if (options.bandLabel) {
    TENSION_BANDS.forEach((band, i) => {
      sink.text(6, tensionY((band.min + band.max) / 2, height) + 4, options.bandLabel?.(i) ?? "", {
        fill: palette.muted,
        size: BAND_LABEL_SIZE,
        role: "detente-band-label",
      });
    });
  }
}

/**
 * The baseline over the visible days its file covers, dash-dotted so it never reads as the main
 * line. Its series may be coarse (several days per element over a very long span), so days
 * become elements through the series' step, as for the main line.
 */
function drawBaseline(sink: Sink, frame: TensionFrame, line: BaselineLine): void {
  const { view, width, height } = frame;
  const { series } = line;
  const firstDay = Math.max(line.firstDay, dayIndex(view.from) - 1);
  const lastDay = Math.min(line.lastDay, dayIndex(view.to) + 1);
  const first = Math.max(0, indexOfDay(series, firstDay));
  const last = Math.min(series.length - 1, indexOfDay(series, lastDay));
  if (last < first) return;
  scratch(last - first + 1);
  let k = 0;
  for (let i = first; i <= last; i++, k++) {
    scratchX[k] = dayToX(dayOfIndex(series, i), view, width);
    scratchY[k] = tensionY(series.tension[i] ?? 50, height);
  }
  sink.polyline(scratchX, scratchY, k, paintsFor(frame.palette).baselineLine);
}

function drawTicks(sink: Sink, frame: TensionFrame, options: TensionOptions): void {
  const { view, width, height, series } = frame;
  const paints = paintsFor(frame.palette);
  const visible = visibleEvents(frame.events, view);
  if (visible.length > MAX_TICKS) return;
  // One marker per day, shaped and coloured by the sign of the day's net impulse: a day of two
  // conflicts and one reversal reads as the conflict day it was, not as whichever came last.
  // Events come in start order and a month-precision event is anchored mid-month, so a day's
  // events need not be adjacent: gather them by day first.
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
    const t = series.tension[indexOfDay(series, day)];
    if (t === undefined) continue;
    const ex = dayToX(day, view, width);
    const ey = tensionY(t, height);
    const marked = options.hover && hovered;
    if (marked) {
      sink.path(paints.tensionHoverRule, (path) => {
        path.moveTo(ex, 0);
        path.lineTo(ex, height);
      });
    }
    const tone = toneOf(net);
    sink.symbol(tone, ex, ey, marked ? TICK_RADIUS + 2 : TICK_RADIUS, paints.tick[tone]);
    if (options.selection && selected) sink.circle(ex, ey, 8, paints.tensionSelectedRing);
    else if (marked) sink.circle(ex, ey, 8, paints.tensionHoverRing);
  }
}
