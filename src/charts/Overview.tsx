/**
 * Focus + context: the whole period's tension in miniature, with a d3-brush over the current
 * viewport. Brushing writes the viewport; store changes move the brush. Programmatic moves have
 * no source event, which is how the brush handler tells them apart and avoids a feedback loop.
 */
import type { BrushBehavior, D3BrushEvent } from "d3-brush";
import { useCallback, useEffect, useRef } from "react";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectBounds } from "../store/selectors.ts";
import { selectTension } from "../store/tensionSelectors.ts";
import type { DetenteState } from "../store/types.ts";
import { useT } from "../store/useT.ts";
import { SCREEN_TENSION, drawTension } from "../scene/tensionScene.ts";
import { canvasSinkFor } from "../scene/sinks/canvasSink.ts";
import { msToX, xToMs } from "../scene/geometry.ts";
import { useCanvasFrame } from "./useCanvasFrame.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { usePalette } from "./usePalette.ts";
import { computeTicks } from "../model/ticks.ts";
import { withGestures } from "./loadGestures.ts";

const HEIGHT = 48;
/** The miniature: the line alone, no band tints, no ticks to select. */
const OVERVIEW_TENSION = { ...SCREEN_TENSION, bands: false, selection: false };

export function Overview() {
  const t = useT();
  const store = useDetenteStore();
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const brushRef = useRef<SVGGElement>(null);
  const width = useElementWidth(plotRef);
  const palette = usePalette(canvasRef);
  const bounds = useDetente(selectBounds);
  const lang = useDetente((s) => s.settings.lang);
  const ticks = computeTicks(bounds, width, lang).ticks;

  // Only the data or settings change the overview's picture, never the viewport.
  const draw = useCallback(
    (context: CanvasRenderingContext2D | null, state: DetenteState) => {
      if (!context) return;
      const view = selectTension(state);
      const sink = canvasSinkFor(context);
      sink.clear(width, HEIGHT);
      drawTension(
        sink,
        {
          view: selectBounds(state),
          width,
          height: HEIGHT,
          series: view.series,
          events: [],
          showUncertainty: false,
          selectedId: null,
          palette: palette(),
        },
        OVERVIEW_TENSION,
      );
    },
    [palette, width],
  );
  useCanvasFrame(canvasRef, width, HEIGHT, draw, selectTension);

  useEffect(() => {
    const node = brushRef.current;
    if (!node || width <= 0) return;
    // The brush (and the window it shows) arrives with the gesture chunk, while the data loads.
    return withGestures(({ brushX, select }) => {
      const brush: BrushBehavior<unknown> = brushX()
        .extent([
          [0, 0],
          [width, HEIGHT],
        ])
        .on("brush end", (event: D3BrushEvent<unknown>) => {
          if (!event.sourceEvent) return;
          const b = selectBounds(store.getState());
          if (!event.selection) {
            store.getState().resetViewport();
            return;
          }
          const [x0, x1] = event.selection as [number, number];
          store.getState().setViewport({
            from: xToMs(x0, b.from, b.to, width),
            to: xToMs(x1, b.from, b.to, width),
          });
        });
      const group = select(node).call(brush);
      const place = (state: DetenteState): void => {
        const b = selectBounds(state);
        const { from, to } = state.viewport;
        // At the full view a selection would cover everything and could only be moved, not
        // redrawn: leave it empty so a drag anywhere starts a new window.
        const full = from <= b.from && to >= b.to;
        brush.move(
          group,
          full ? null : [msToX(from, b.from, b.to, width), msToX(to, b.from, b.to, width)],
        );
      };
      place(store.getState());
      const unsubscribe = store.subscribe((state, previous) => {
        if (state.viewport !== previous.viewport) place(state);
      });
      return () => {
        unsubscribe();
        group.on(".brush", null);
      };
    });
  }, [store, width]);

  return (
    <div className="detente-overview">
      <p className="detente-visually-hidden">{t("tension.overview")}</p>
      <div
        ref={plotRef}
        className="detente-overview-plot"
        style={{ height: `${HEIGHT}px` }}
        aria-hidden="true"
      >
        <canvas
          ref={canvasRef}
          className="detente-canvas"
          style={{ width: `${width}px`, height: `${HEIGHT}px` }}
        />
        <svg className="detente-brush" width={width} height={HEIGHT}>
          <g ref={brushRef} />
        </svg>
      </div>
      <div className="detente-overview-axis" aria-hidden="true">
        {ticks.map((tick) => (
          <span
            key={tick.ms}
            className="detente-tick"
            style={{
              transform: `translateX(${msToX(tick.ms, bounds.from, bounds.to, width).toFixed(1)}px)`,
            }}
          >
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  );
}
