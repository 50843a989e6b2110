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
): void {
  const store = useDetenteStore();
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    const context = canvas.getContext("2d");
    let frame = 0;
    let drawn: DetenteState | undefined;
    const paint = (): void => {
      frame = 0;
      const state = store.getState();
      if (state === drawn) return;
      drawn = state;
      context?.setTransform(ratio, 0, 0, ratio, 0, 0);
      draw(context, state);
    };
    const schedule = (): void => {
      if (frame === 0) frame = requestAnimationFrame(paint);
    };
    paint();
    const unsubscribe = store.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [canvasRef, store, width, height, draw]);
}
