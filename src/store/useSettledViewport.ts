/**
 * The viewport as of the last pause in zooming. Canvas and axis follow every frame outside
 * React; the accessible mark buttons re-render only when the view settles, so a wheel gesture
 * never re-renders React components.
 */
import { useEffect, useState, type RefObject } from "react";
import type { Viewport } from "../model/viewport.ts";
import { useDetenteStore } from "./context.tsx";

const SETTLE_MS = 120;

/** `movingRef`, if given, carries a `data-moving` attribute while the view is changing. */
export function useSettledViewport(movingRef?: RefObject<HTMLElement | null>): Viewport {
  const store = useDetenteStore();
  const [settled, setSettled] = useState(() => store.getState().viewport);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.viewport === previous.viewport) return;
      movingRef?.current?.setAttribute("data-moving", "");
      clearTimeout(timeout);
      timeout = setTimeout(() => {
        movingRef?.current?.removeAttribute("data-moving");
        setSettled(store.getState().viewport);
      }, SETTLE_MS);
    });
    return () => {
      clearTimeout(timeout);
      unsubscribe();
    };
  }, [store, movingRef]);
  return settled;
}
