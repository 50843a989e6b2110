/**
 * One-finger horizontal panning on a chart that leaves vertical swipes to the page.
 *
 * The chart's node has `touch-action: pan-y`: the browser scrolls the page for a vertical swipe
 * (and then cancels the pointer), and hands every other one-finger move to us as pointer events.
 * d3-zoom keeps only two-finger gestures (pinch), so its touch handlers, which cancel the
 * browser's default, never see a one-finger swipe and never trap the page.
 */
import type { Viewport } from "../model/viewport.ts";

export interface TouchPanTarget {
  readonly viewport: () => Viewport;
  readonly setViewport: (view: Viewport) => void;
  readonly width: () => number;
}

export function attachTouchPan(node: HTMLElement, target: TouchPanTarget): () => void {
  node.style.touchAction = "pan-y";
  let active: { id: number; x: number; view: Viewport } | null = null;
  const touchPointers = new Set<number>();

  const onDown = (event: PointerEvent): void => {
    if (event.pointerType !== "touch") return;
    touchPointers.add(event.pointerId);
    // A second finger makes it a pinch: d3-zoom's.
    active =
      touchPointers.size === 1
        ? { id: event.pointerId, x: event.clientX, view: target.viewport() }
        : null;
  };
  const onMove = (event: PointerEvent): void => {
    if (!active || event.pointerId !== active.id) return;
    const width = Math.max(target.width(), 1);
    const span = active.view.to - active.view.from;
    const shift = ((event.clientX - active.x) / width) * span;
    target.setViewport({ from: active.view.from - shift, to: active.view.to - shift });
  };
  const onEnd = (event: PointerEvent): void => {
    touchPointers.delete(event.pointerId);
    if (active?.id === event.pointerId) active = null;
  };

  node.addEventListener("pointerdown", onDown);
  node.addEventListener("pointermove", onMove);
  node.addEventListener("pointerup", onEnd);
  node.addEventListener("pointercancel", onEnd);
  return () => {
    node.removeEventListener("pointerdown", onDown);
    node.removeEventListener("pointermove", onMove);
    node.removeEventListener("pointerup", onEnd);
    node.removeEventListener("pointercancel", onEnd);
  };
}
