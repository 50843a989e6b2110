/**
 * Redraws a canvas from the store on each animation frame in which the store changed, outside
 * React. Sizes the backing store for the device pixel ratio; skips drawing where the
 * environment has no 2D context (jsdom).
 */
import { useEffect, useRef, type RefObject } from "react";
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
  // Whether the canvas has been drawn once: the first picture is drawn at once, as the chart
  // mounts; a redraw for new data or a new size waits for the next frame, so the render that
  // showed an import of 50,000 events does not also draw it (and lay the page out) in its task.
  const mounted = useRef(false);
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
    if (mounted.current) schedule();
    else paint();
    mounted.current = true;
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [canvasRef, store, width, height, draw, watch]);
}

const wholeState = (state: DetenteState): unknown => state;
const NOTHING_DRAWN = Symbol("nothing drawn");
