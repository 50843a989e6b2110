/**
 * A time axis drawn into the picture, for documents: a baseline and the tick labels. On screen
 * the axis is HTML over the canvas (charts/Axis.ts), so it stays crisp and selectable.
 *
 * A label centred on a tick near an edge would hang past it and be cut ("n 2025", "Mar 202"): it
 * is aligned to the edge instead, and left out if it would then run into its neighbour.
 */
import { estimateTextWidth } from "../model/textWidth.ts";
import type { Tick } from "../model/ticks.ts";
import type { Viewport } from "../model/viewport.ts";
import { msToX } from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";
import { paintsFor } from "./paints.ts";
import type { Sink } from "./sink.ts";

export function drawAxis(
  sink: Sink,
  ticks: readonly Tick[],
  view: Viewport,
  width: number,
  top: number,
  palette: ChartPalette,
): void {
  sink.beginGroup({ role: "detente-axis" });
  const baseline = top + 0.5;
  sink.path(paintsFor(palette).frame, (path) => {
    path.moveTo(0, baseline);
    path.lineTo(width, baseline);
  });
  const size = 12;
  /** Right end of the last label drawn, so an edge-aligned label never overlaps it. */
  let lastRight = -Infinity;
  for (const tick of ticks) {
    const x = msToX(tick.ms, view.from, view.to, width);
    if (x < 0 || x > width) continue;
    const half = estimateTextWidth(tick.label, size) / 2;
    const anchor = x - half < 0 ? "start" : x + half > width ? "end" : "middle";
    const left = anchor === "start" ? 0 : anchor === "end" ? width - 2 * half : x - half;
    if (left < lastRight + 4) continue;
    lastRight = left + 2 * half;
    sink.text(anchor === "start" ? 0 : anchor === "end" ? width : x, top + 17, tick.label, {
      fill: palette.muted,
      size,
      anchor,
      role: "detente-tick",
    });
  }
  sink.endGroup();
}
