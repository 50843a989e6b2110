/** The visible time window, `[from, to)` in UTC ms, and the rules that keep it sensible. */
import { MS_PER_DAY } from "./date.ts";

export interface Viewport {
  readonly from: number;
  readonly to: number;
}

/** The narrowest view: one day across the chart. */
export const MIN_SPAN_MS = MS_PER_DAY;

/**
 * The widest view and the panning limits: the data's extent plus a margin on each side
 * (5 % of the extent, at least 30 days) so the first and last marks are not on the edge.
 */
export function viewportBounds(firstMs: number, lastMs: number): Viewport {
  const extent = Math.max(lastMs - firstMs, MIN_SPAN_MS);
  const margin = Math.max(extent * 0.05, 30 * MS_PER_DAY);
  return { from: firstMs - margin, to: lastMs + margin };
}

/** Clamps a window to the bounds: its span between one day and the bounds, never past an edge. */
export function clampViewport(view: Viewport, bounds: Viewport): Viewport {
  const maxSpan = bounds.to - bounds.from;
  const requested = Number.isFinite(view.to - view.from) ? view.to - view.from : maxSpan;
  const span = Math.min(Math.max(requested, Math.min(MIN_SPAN_MS, maxSpan)), maxSpan);
  const center = Number.isFinite(view.from + view.to)
    ? (view.from + view.to) / 2
    : (bounds.from + bounds.to) / 2;
  let from = center - span / 2;
  if (from < bounds.from) from = bounds.from;
  if (from + span > bounds.to) from = bounds.to - span;
  // Rounding in `bounds.to - span` can land a hair past an edge: never return a window outside.
  return { from: Math.max(from, bounds.from), to: Math.min(from + span, bounds.to) };
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant `anchorMs` where it is on screen. */
export function zoomViewport(
  view: Viewport,
  factor: number,
  anchorMs = (view.from + view.to) / 2,
): Viewport {
  const from = anchorMs - (anchorMs - view.from) / factor;
  const to = anchorMs + (view.to - anchorMs) / factor;
  return { from, to };
}

/** Pans by a fraction of the visible span (positive moves later in time). */
export function panViewport(view: Viewport, fraction: number): Viewport {
  const delta = (view.to - view.from) * fraction;
  return { from: view.from + delta, to: view.to + delta };
}

/** A window centred on `ms` keeping the current span: used to bring a focused event into view. */
export function centerViewportOn(view: Viewport, ms: number): Viewport {
  const half = (view.to - view.from) / 2;
  return { from: ms - half, to: ms + half };
}

export function viewportContains(view: Viewport, ms: number): boolean {
  return ms >= view.from && ms <= view.to;
}
