/**
 * Redraws a canvas from the store on each animation frame in which the store changed, outside
 * React. Sizes the backing store for the device pixel ratio; skips drawing where the
 * environment has no 2D context (jsdom).
 */
import { useEffect, type RefObject } from "react";
import type { DetenteState } from "../store/types.ts";
import { useDetenteStore } from "../store/context.tsx";

export function useCanvasFrame(
  canvasRef: RefObject<HTMLCanvasElement | null>,
  width: number,
  height: number,
  draw: (context: CanvasRenderingContext2D | null, state: DetenteState) => void,
  /**
   * What the picture depends on; the canvas repaints only when it changes (by identity).
   * Defaults to the whole state. A chart that ignores the viewport passes a narrower selector so
   * zooming does not repaint it every frame.
   */
  watch: (state: DetenteState) => unknown = wholeState,
): void {
  const store = useDetenteStore();
  // Every picture, the first included, is drawn in the next animation frame, which comes before
  // the browser shows the render that asked for it: the render's own task neither draws (a
  // hundred thousand events take tens of milliseconds) nor draws twice when the chart, mounted at
  // a guessed width, is measured and rendered again at once.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext("2d");
    let frame = 0;
    let drawn: unknown = NOTHING_DRAWN;
    const paint = (): void => {
      frame = 0;
      const state = store.getState();
      const key = watch(state);
      if (key === drawn) return;
      drawn = key;
      context?.setTransform(ratio, 0, 0, ratio, 0, 0);
      draw(context, state);
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    schedule();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [canvasRef, store, width, height, draw, watch]);
}

const wholeState = (state: DetenteState): unknown => state;
const NOTHING_DRAWN = Symbol("nothing drawn");
