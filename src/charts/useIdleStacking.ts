/**
 * The layout engine's work that waits for an idle page. Measuring a million labels is seconds of
 * work, and stacking a zoom level visits every event: neither may take a frame while the reader
 * zooms. So labels are measured in idle slices, and a view drawn from a coarser level standing in
 * for its own (StackEngine.levelFor) gets its own level stacked once it settles and the page is
 * idle; `onStacked` then asks the chart to redraw.
 */
import { useEffect } from "react";
import type { StackEngine } from "../model/stacking.ts";
import type { Viewport } from "../model/viewport.ts";

/** The slice a forced idle callback (its timeout passed) may take. */
const FORCED_SLICE_MS = 20;
/**
 * The most an idle slice takes, whatever the browser offers (up to 50 ms): input that arrives
 * while a slice runs waits for its end.
 */
const IDLE_SLICE_MS = 20;

export function useIdleStacking(
  engine: Pick<StackEngine, "measureWhile" | "stackExact">,
  settled: Viewport,
  width: number,
  onStacked: () => void,
): void {
  useEffect(() => {
    if (typeof requestIdleCallback !== "function") return;
    const measure = (deadline: IdleDeadline): void => {
      const until =
        performance.now() +
        (deadline.didTimeout ? FORCED_SLICE_MS : Math.min(deadline.timeRemaining(), IDLE_SLICE_MS));
      if (!engine.measureWhile(() => performance.now() < until))
        handle = requestIdleCallback(measure, { timeout: 2_000 });
    };
    let handle = requestIdleCallback(measure, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [engine]);

  useEffect(() => {
    if (typeof requestIdleCallback !== "function") return;
    let told = 0;
    const handle = requestIdleCallback(
      () => {
        // The redraw it asks for (the marks' buttons rendered again) is a task of its own: with
        // the stacking before it, one task would take most of a 50 ms budget twice over.
        if (engine.stackExact(settled, width)) told = window.setTimeout(onStacked, 0);
      },
      { timeout: 500 },
    );
    return () => {
      cancelIdleCallback(handle);
      window.clearTimeout(told);
    };
  }, [engine, settled, width, onStacked]);
}
