/**
 * The zoomable timeline. React renders the structure once; the canvas and the axis redraw on
 * every viewport change through a store subscription outside React, so zooming costs no React
 * render. The accessible mark buttons follow when the view settles.
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, type KeyboardEvent } from "react";
import { spanEnd, mustParseEdtf, spanStart } from "../model/date.ts";
import { formatWindow } from "../i18n/format.ts";
import { computeTicks } from "../model/ticks.ts";
import { isFiltering } from "../model/filters.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import {
  selectBounds,
  selectShownEvents,
  selectMatchTest,
  selectPassingIds,
  selectLaneIndex,
  selectLayoutEngine,
  selectLaneRowsKey,
  selectLocalDataset,
  selectSelectedEvent,
  selectShownAnchorRange,
} from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { useT } from "../store/useT.ts";
import { updateAxis } from "./Axis.ts";
import { SCREEN_TIMELINE, drawTimeline, type EraSpan } from "../scene/timelineScene.ts";
import { edgeSignposts } from "../scene/edgeLabels.ts";
import { canvasSinkFor } from "../scene/sinks/canvasSink.ts";
import { AXIS_HEIGHT, laneGeometry, laneTop, plotHeight } from "../scene/geometry.ts";
import { MarksOverlay } from "./MarksOverlay.tsx";
import { useCanvasFrame } from "./useCanvasFrame.ts";
import { usePalette } from "./usePalette.ts";
import { soon } from "./soon.tsx";
import { useElementWidth } from "./useElementWidth.ts";
import { useSettledViewport } from "../store/useSettledViewport.ts";
import { useZoom } from "./useZoom.ts";
import { useIdleStacking } from "./useIdleStacking.ts";
import { selectLinkedIds } from "../store/tensionSelectors.ts";
import { zoomKeyAction } from "./zoomKeys.ts";
import { isMacPlatform, useWheelHint } from "./useWheelHint.ts";
import { ZoomControls } from "./ZoomControls.tsx";
import { LaneLabels } from "./LaneLabels.tsx";
import { LaneNotice } from "./LaneNotice.tsx";
import { EraButtons } from "./EraButtons.tsx";

/** Drawn only on hover or focus: a chunk of its own, requested at once (soon.tsx). */
const Tooltip = soon(() => import("./Tooltip.tsx").then((module) => module.Tooltip));

export interface TimelineProps {
  /** "Today" marker; tests pass a fixed instant. */
  readonly now?: number;
}

export function Timeline({ now }: TimelineProps) {
  const t = useT();
  const store = useDetenteStore();
  const ids = useId();
  const labelId = `${ids}-label`;
  const marksLabelId = `${ids}-marks`;
  const tooltipId = `${ids}-tip`;
  const surfaceRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const axisRef = useRef<HTMLDivElement>(null);
  const axisContextRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(surfaceRef);
  // The store keeps the plot width so an export lays its marks out as the screen does.
  useLayoutEffect(() => store.getState().setChartWidth(width), [store, width]);
  const engine = useDetente(selectLayoutEngine);
  const laneIndex = useDetente(selectLaneIndex);
  const bounds = useDetente(selectBounds);
  const eras = useDetente((s) => selectLocalDataset(s).eras);
  const lang = useDetente((s) => s.settings.lang);
  // Lanes grow with the rows their events need at this zoom; the key changes only when a lane's
  // height does, so zooming re-renders nothing until then.
  const rowsKey = useDetente(selectLaneRowsKey);
  const geometry = useMemo(
    () => laneGeometry(rowsKey === "" ? [] : rowsKey.split(",").map(Number)),
    [rowsKey],
  );
  const height = plotHeight(geometry);
  const settled = useSettledViewport(surfaceRef);
  // Labels measured and the settled view's own zoom level stacked while the page is idle.
  const onStacked = useCallback(() => store.getState().layoutStacked(), [store]);
  useIdleStacking(engine, settled, width, onStacked);
  const [hint, onBareWheel] = useWheelHint();

  const eraSpans = useMemo<EraSpan[]>(
    () =>
      (eras ?? []).map((era) => ({
        label: era.label,
        fromMs: spanStart(mustParseEdtf(era.start)),
        toMs: spanEnd(mustParseEdtf(era.end)),
      })),
    [eras],
  );

  useZoom(surfaceRef, { width, height, onBareWheel });

  // The hot path: one canvas draw (and axis update) per animation frame while the store changes.
  const palette = usePalette(canvasRef);
  const draw = useCallback(
    (context: CanvasRenderingContext2D | null, state: DetenteState) => {
      const axis = axisRef.current;
      if (!axis) return;
      const { viewport } = state;
      const ticks = computeTicks(viewport, width, state.settings.lang);
      updateAxis(axis, ticks, viewport, width, axisContextRef.current);
      if (!context) return;
      const todayMs = now ?? Date.now();
      const sink = canvasSinkFor(context);
      sink.clear(width, height - AXIS_HEIGHT);
      const layout = selectLayoutEngine(state).layout(viewport, width);
      drawTimeline(
        sink,
        {
          view: viewport,
          width,
          lanes: selectLaneIndex(state).lanes,
          layout,
          events: selectShownEvents(state),
          ticks: ticks.ticks,
          eras: eraSpans,
          todayMs: todayMs <= bounds.to ? todayMs : undefined,
          todayLabel: t("timeline.today"),
          moreLabel: (count) => t("timeline.more", { count }),
          selectedId: state.selectedId,
          selectedAnchorMs: selectSelectedEvent(state)?.anchorMs,
          hoveredId: state.hoveredId,
          matches: selectMatchTest(state),
          linked: selectLinkedIds(state),
          passing:
            state.settings.filterMode === "fade" && isFiltering(state.filters)
              ? selectPassingIds(state)
              : undefined,
          palette: palette(),
          measure: sink.measure,
          signposts: edgeSignposts(layout.rowCounts, selectShownAnchorRange(state), viewport),
        },
        SCREEN_TIMELINE,
      );
    },
    [palette, width, height, eraSpans, now, bounds, t],
  );
  useCanvasFrame(canvasRef, width, height - AXIS_HEIGHT, draw);

  const onSurfaceKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.target !== event.currentTarget) return;
    const state = store.getState();
    const pan: Record<string, () => void> = {
      ArrowLeft: () => state.panBy(-0.2),
      ArrowRight: () => state.panBy(0.2),
    };
    const action = zoomKeyAction(event.key, state) ?? pan[event.key];
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  // The heading says where the reader is: it follows the window once the zoom settles.
  const label = t("timeline.label", { range: formatWindow(settled, lang) });

  return (
    <div className="detente-timeline">
      <div className="detente-toolbar">
        <h2 id={labelId} className="detente-chart-title">
          {label}
        </h2>
        <ZoomControls />
      </div>
      <LaneNotice />
      <div
        ref={surfaceRef}
        className="detente-plot"
        style={{ height: `${height}px` }}
        tabIndex={0}
        role="group"
        aria-label={t("timeline.surface")}
        aria-describedby={labelId}
        onKeyDown={onSurfaceKeyDown}
        onPointerMove={(event) => {
          // Hover on the canvas between buttons: nothing to do; buttons report their own hover.
          if (event.target === canvasRef.current) store.getState().hover(null);
        }}
      >
        <canvas
          ref={canvasRef}
          className="detente-canvas"
          aria-hidden="true"
          style={{ width: `${width}px`, height: `${height - AXIS_HEIGHT}px` }}
        />
        <LaneLabels lanes={laneIndex.lanes} top={(lane) => laneTop(geometry, lane)} />
        <div
          ref={axisRef}
          className="detente-axis"
          aria-hidden="true"
          style={{ top: `${height - AXIS_HEIGHT}px` }}
        />
        <div
          ref={axisContextRef}
          className="detente-axis-context"
          aria-hidden="true"
          style={{ top: `${height - AXIS_HEIGHT}px` }}
        />
        <span id={marksLabelId} className="detente-visually-hidden">
          {t("timeline.marks")}
        </span>
        <EraButtons eras={eraSpans} view={settled} width={width} />
        <MarksOverlay
          view={settled}
          width={width}
          labelId={marksLabelId}
          plotHeight={height - AXIS_HEIGHT}
        />
        <Tooltip view={settled} width={width} id={tooltipId} />
        <div className="detente-hint" role="status" data-visible={hint ? "" : undefined}>
          {hint ? (isMacPlatform() ? t("timeline.wheelHintMac") : t("timeline.wheelHint")) : ""}
        </div>
      </div>
    </div>
  );
}
