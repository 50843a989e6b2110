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
        performance.now() + (deadline.didTimeout ? FORCED_SLICE_MS : deadline.timeRemaining());
      if (!engine.measureWhile(() => performance.now() < until))
        handle = requestIdleCallback(measure, { timeout: 2_000 });
    };
    let handle = requestIdleCallback(measure, { timeout: 2_000 });
    return () => cancelIdleCallback(handle);
  }, [engine]);

  useEffect(() => {
    if (typeof requestIdleCallback !== "function") return;
    const handle = requestIdleCallback(
      () => {
        if (engine.stackExact(settled, width)) onStacked();
      },
      { timeout: 500 },
    );
    return () => cancelIdleCallback(handle);
  }, [engine, settled, width, onStacked]);
}
