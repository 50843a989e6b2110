/**
 * d3-zoom on a node React renders, x only. It never draws: each gesture writes the viewport
 * into the store, and every chart reads it from there. When something else moves the viewport
 * (buttons, keys, the overview brush), the zoom's own transform is re-synced without echo.
 */
import type { D3ZoomEvent, ZoomTransform } from "d3-zoom";
import { useEffect, type RefObject } from "react";
import type { Viewport } from "../model/viewport.ts";
import { MIN_SPAN_MS } from "../model/viewport.ts";
import { useDetenteStore } from "../store/context.tsx";
import type { DetenteStore } from "../store/createDetenteStore.ts";
import { selectBounds } from "../store/selectors.ts";
import { xToMs } from "../scene/geometry.ts";
import { attachTouchPan } from "./touchPan.ts";
import { withGestures, type Gestures } from "./loadGestures.ts";

export function transformFor(
  identity: ZoomTransform,
  view: Viewport,
  bounds: Viewport,
  width: number,
): ZoomTransform {
  const k = (bounds.to - bounds.from) / (view.to - view.from);
  const x = ((view.from - bounds.from) / (bounds.to - bounds.from)) * width;
  return identity.translate(-k * x, 0).scale(k);
}

export function viewportFor(transform: ZoomTransform, bounds: Viewport, width: number): Viewport {
  const span = bounds.to - bounds.from;
  const at = (px: number): number => bounds.from + (transform.invertX(px) / width) * span;
  return { from: at(0), to: at(width) };
}

/**
 * d3-zoom's default multiplies Ctrl+wheel by ten for trackpad pinches, which makes one mouse
 * notch zoom fivefold; small pixel deltas (pinches) keep a boost, wheel notches do not.
 */
function wheelDelta(event: WheelEvent): number {
  const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.004;
  const pinchBoost = event.deltaMode === 0 && Math.abs(event.deltaY) < 40 ? 4 : 1;
  return -event.deltaY * perUnit * pinchBoost;
}

export interface ZoomOptions {
  readonly width: number;
  readonly height: number;
  /** Called when a plain wheel passes over the chart: the page scrolls, and the UI hints. */
  readonly onBareWheel: () => void;
}

export function useZoom(
  ref: RefObject<HTMLElement | null>,
  { width, height, onBareWheel }: ZoomOptions,
): void {
  const store = useDetenteStore();
  useEffect(() => {
    const node = ref.current;
    if (!node || width <= 0) return;
    // Mouse and pinch gestures attach once d3-zoom is in (loadGestures.ts); one-finger panning
    // and the wheel hint work from the first render.
    const detachZoom = withGestures((gestures) => attachZoom(gestures, node, store, width, height));
    const detachTouchPan = attachTouchPan(node, {
      viewport: () => store.getState().viewport,
      setViewport: (view) => store.getState().setViewport(view),
      width: () => width,
    });

    const onWheel = (event: WheelEvent): void => {
      if (!event.ctrlKey && !event.metaKey) onBareWheel();
    };
    node.addEventListener("wheel", onWheel, { passive: true });

    return () => {
      detachZoom();
      detachTouchPan();
      node.removeEventListener("wheel", onWheel);
    };
  }, [ref, store, width, height, onBareWheel]);
}

/** d3-zoom on `node`, x only, writing the store; returns what takes it off again. */
function attachZoom(
  { select, zoom, zoomIdentity }: Gestures,
  node: HTMLElement,
  store: DetenteStore,
  width: number,
  height: number,
): () => void {
  const bounds = (): Viewport => selectBounds(store.getState());
  let syncing = false;
  let writing = false;

  const behavior = zoom<HTMLElement, unknown>()
    .scaleExtent([1, (bounds().to - bounds().from) / MIN_SPAN_MS])
    .extent([
      [0, 0],
      [width, height],
    ])
    .translateExtent([
      [0, 0],
      [width, height],
    ])
    // A bare wheel belongs to the page (an embedded chart must not trap scrolling);
    // Ctrl/⌘ + wheel, which is also what trackpad pinches send, zooms.
    .filter((event: Event) => {
      // One finger belongs to the page's scrolling and to attachTouchPan; two pinch-zoom here.
      if (event.type === "touchstart") return (event as TouchEvent).touches.length >= 2;
      if (event.type === "wheel")
        return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      const mouse = event as MouseEvent;
      // d3-drag needs the event's window; script-dispatched events without one are not gestures.
      return !mouse.ctrlKey && !mouse.button && mouse.view !== null;
    })
    .wheelDelta(wheelDelta)
    .on("zoom", (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (syncing) return;
      writing = true;
      store.getState().setViewport(viewportFor(event.transform, bounds(), width));
      writing = false;
    });

  const selection = select(node).call(behavior);
  // Double-click zooms through the store so it animates like the buttons (Shift zooms out).
  selection.on("dblclick.zoom", (event: MouseEvent) => {
    const rect = node.getBoundingClientRect();
    const { viewport } = store.getState();
    const anchor = xToMs(event.clientX - rect.left, viewport.from, viewport.to, width);
    store.getState().zoomBy(event.shiftKey ? 0.5 : 2, anchor);
  });

  const sync = (): void => {
    syncing = true;
    behavior.transform(
      selection,
      transformFor(zoomIdentity, store.getState().viewport, bounds(), width),
    );
    syncing = false;
  };
  sync();
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.viewport !== previous.viewport && !writing) sync();
  });

  return () => {
    unsubscribe();
    selection.on(".zoom", null);
  };
}
