/**
 * A time axis drawn into the picture, for documents: a baseline and the tick labels. On screen
 * the axis is HTML over the canvas (charts/Axis.ts), so it stays crisp and selectable.
 */
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
  for (const tick of ticks) {
    const x = msToX(tick.ms, view.from, view.to, width);
    if (x < 0 || x > width) continue;
    sink.text(x, top + 17, tick.label, {
      fill: palette.muted,
      size: 12,
      anchor: "middle",
      role: "detente-tick",
    });
  }
  sink.endGroup();
}
