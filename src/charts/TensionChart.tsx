/**
 * The tension line on the timeline's time axis. It reads the same viewport and attaches its own
 * d3-zoom to the same store, so zooming or panning either chart moves both. A crosshair (mouse
 * or arrow keys) reads out the day's value, band and the events driving it.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from "react";
import { MS_PER_DAY, dayIndex } from "../model/date.ts";
import { TENSION_BANDS, bandOf, indexOfDay, summarize } from "../model/tension.ts";
import type { Lang } from "../model/lang.ts";
import type { BaselineLine } from "../scene/tensionScene.ts";
import { centerViewportOn } from "../model/viewport.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectTension } from "../store/tensionSelectors.ts";
import type { DetenteState } from "../store/types.ts";
import { useT } from "../store/useT.ts";
import { SCREEN_TENSION, drawTension, dayToX, tensionY } from "../scene/tensionScene.ts";
import { canvasSinkFor } from "../scene/sinks/canvasSink.ts";
import { xToMs } from "../scene/geometry.ts";
import { TensionReadout } from "./TensionReadout.tsx";
import { dayLabel, tensionSummaryText } from "../i18n/tensionText.ts";
import { useCanvasFrame } from "./useCanvasFrame.ts";
import { useElementWidth } from "./useElementWidth.ts";
import { usePalette } from "./usePalette.ts";
import { useSettledViewport } from "../store/useSettledViewport.ts";
import { isMacPlatform, useWheelHint } from "./useWheelHint.ts";
import { useZoom } from "./useZoom.ts";
import { zoomKeyAction } from "./zoomKeys.ts";
import { useBaseline, useBaselineSeries } from "./baseline.tsx";

/** Words about the baseline load with it: a page without one never downloads them. */
const BaselineNote = lazy(() => import("./BaselineNote.tsx"));

const HEIGHT = 150;

/** The baseline's peak, last value and value on the crosshair's day, in words for its note. */
function baselineFacts(line: BaselineLine | undefined, day: number | null, lang: Lang) {
  const fact = (value: number, on: number) => ({
    value,
    band: bandOf(value).label[lang],
    date: dayLabel(on, lang),
  });
  const summary = line ? summarize(line.series, line.lastDay) : undefined;
  const value =
    line && day !== null && day >= line.firstDay && day <= line.lastDay
      ? line.series.tension[indexOfDay(line.series, day)]
      : undefined;
  return {
    peak: summary ? fact(summary.peak.tension, summary.peak.day) : undefined,
    last: summary ? fact(summary.last.tension, summary.last.day) : undefined,
    atDay: value === undefined || day === null ? undefined : fact(value, day),
  };
}

export function TensionChart() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const surfaceRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(surfaceRef);
  const palette = usePalette(canvasRef);
  const settled = useSettledViewport(surfaceRef);
  const [hint, onBareWheel] = useWheelHint();
  // Hover follows the pointer; a click or the keyboard pins a day so its readout stays put
  // while the reader moves to the driver buttons below.
  const [hoverDay, setHoverDay] = useState<number | null>(null);
  const [pinnedDay, setPinnedDay] = useState<number | null>(null);
  const crossDay = hoverDay ?? pinnedDay;
  // The timeline and the list light up the events driving the day under the crosshair.
  useEffect(() => {
    store.getState().linkDay(crossDay);
  }, [store, crossDay]);
  useEffect(() => () => store.getState().linkDay(null), [store]);
  const tension = useDetente(selectTension);
  const lang = useDetente((s) => s.settings.lang);
  const scope = useDetente((s) => s.settings.tensionScope);
  const halfLife = useDetente((s) => s.settings.halfLife);
  const parties = useDetente((s) => s.dataset.parties);
  const baselineState = useBaseline();
  const baseline = useBaselineSeries(tension.series.fromDay, tension.series.toDay, halfLife);

  useZoom(surfaceRef, { width, height: HEIGHT, onBareWheel });

  const draw = useCallback(
    (context: CanvasRenderingContext2D | null, state: DetenteState) => {
      if (!context) return;
      const view = selectTension(state);
      const sink = canvasSinkFor(context);
      sink.clear(width, HEIGHT);
      drawTension(
        sink,
        {
          view: state.viewport,
          width,
          height: HEIGHT,
          series: view.series,
          events: view.events,
          showUncertainty: state.settings.showUncertainty,
          selectedId: state.selectedId,
          hoveredId: state.hoveredId,
          palette: palette(),
          baseline,
        },
        SCREEN_TENSION,
      );
    },
    [palette, width, baseline],
  );
  useCanvasFrame(canvasRef, width, HEIGHT, draw);

  const summary = useMemo(
    () => summarize(tension.series, tension.lastDataDay),
    [tension.series, tension.lastDataDay],
  );
  const summaryText = tensionSummaryText(summary, lang, t);
  const titleId = `${ids}-title`;

  const dayAtPointer = (clientX: number): number | null => {
    const node = surfaceRef.current;
    if (!node) return null;
    const { viewport } = store.getState();
    const x = clientX - node.getBoundingClientRect().left;
    return dayIndex(xToMs(x, viewport.from, viewport.to, width));
  };

  const clampDay = (day: number): number =>
    Math.min(Math.max(day, tension.series.fromDay), tension.series.toDay);

  const moveCrosshair = (day: number): void => {
    const next = clampDay(day);
    setHoverDay(null);
    setPinnedDay(next);
    const { viewport, animateViewport } = store.getState();
    const ms = (next + 0.5) * MS_PER_DAY;
    if (ms < viewport.from || ms > viewport.to) animateViewport(centerViewportOn(viewport, ms));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const state = store.getState();
    const start = crossDay ?? clampDay(dayIndex((state.viewport.from + state.viewport.to) / 2));
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowRight: 1,
      PageUp: -30,
      PageDown: 30,
    };
    let action: (() => void) | undefined = zoomKeyAction(event.key, state);
    const step = steps[event.key];
    // On a series coarser than daily (a span of centuries), a key moves one element, not a day.
    if (step !== undefined)
      action = () => moveCrosshair(start + step * (event.shiftKey ? 7 : 1) * tension.series.step);
    if (event.key === "Home") action = () => moveCrosshair(tension.series.fromDay);
    if (event.key === "End") action = () => moveCrosshair(tension.lastDataDay);
    if (event.key === "Enter" && crossDay !== null) {
      action = () => {
        const onDay = tension.events.find((e) => dayIndex(e.anchorMs) === crossDay);
        if (onDay) state.select(onDay.id);
      };
    }
    if (event.key === "Escape" && crossDay !== null && state.selectedId === null) {
      action = () => setPinnedDay(null);
    }
    if (action && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      action();
    }
  };

  const crossIndex = crossDay === null ? -1 : indexOfDay(tension.series, crossDay);
  const crossValue = tension.series.tension[crossIndex];
  const crossX = crossDay === null ? 0 : dayToX(crossDay, settled, width);

  return (
    <figure className="detente-tension" aria-labelledby={titleId}>
      <figcaption className="detente-toolbar">
        <h2 id={titleId} className="detente-chart-title">
          {t("tension.title")} <span className="detente-muted">({t("tension.scale")})</span>
        </h2>
        <span className="detente-muted">
          {scope === "filtered" ? t("tension.scopeFiltered") : t("tension.scopeAll")}
        </span>
      </figcaption>
      <div className="detente-tension-body">
        <div
          ref={surfaceRef}
          className="detente-tension-plot"
          style={{ height: `${HEIGHT}px` }}
          tabIndex={0}
          role="group"
          aria-label={t("tension.surface")}
          aria-describedby={`${ids}-readout`}
          onKeyDown={onKeyDown}
          onPointerMove={(event) => {
            if (event.buttons === 0) setHoverDay(dayAtPointer(event.clientX));
          }}
          onPointerLeave={() => setHoverDay(null)}
          onClick={(event) => {
            const day = dayAtPointer(event.clientX);
            setPinnedDay(day === null ? null : clampDay(day));
          }}
        >
          <canvas
            ref={canvasRef}
            className="detente-canvas"
            role="img"
            aria-label={t("tension.img", { summary: summaryText })}
            style={{ width: `${width}px`, height: `${HEIGHT}px` }}
          />
          <ul className="detente-band-labels" aria-hidden="true">
            {TENSION_BANDS.map((band) => (
              <li
                key={band.id}
                style={{ top: `${tensionY((band.min + band.max) / 2, HEIGHT).toFixed(0)}px` }}
              >
                {band.label[lang]}
              </li>
            ))}
          </ul>
          {crossValue !== undefined ? (
            <div
              className="detente-crosshair"
              aria-hidden="true"
              style={{ transform: `translateX(${crossX.toFixed(1)}px)` }}
            >
              <span
                className="detente-crosshair-dot"
                style={{ top: `${tensionY(crossValue, HEIGHT).toFixed(1)}px` }}
              />
            </div>
          ) : null}
          <div className="detente-hint" role="status" data-visible={hint ? "" : undefined}>
            {hint ? (isMacPlatform() ? t("timeline.wheelHintMac") : t("timeline.wheelHint")) : ""}
          </div>
        </div>
      </div>
      <TensionReadout id={`${ids}-readout`} day={crossDay} summaryText={summaryText} />
      {baselineState ? (
        <Suspense fallback={null}>
          <BaselineNote
            state={baselineState}
            lang={lang}
            parties={`${parties[0].code} – ${parties[1].code}`}
            {...baselineFacts(baseline, crossDay, lang)}
          />
        </Suspense>
      ) : null}
    </figure>
  );
}
