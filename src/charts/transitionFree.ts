/**
 * What the build puts where d3-zoom and d3-brush import d3-transition and d3-interpolate (see
 * scripts/transitionFree.ts). They need d3-transition only to interrupt a running transition
 * before a gesture, and to animate when handed one (a double-click with a zoom duration,
 * `brush.move` over a transition), and d3-interpolate only inside such a transition. Nothing here
 * starts a d3 transition: zooms animate through the store's timer, and useZoom replaces d3-zoom's
 * double-click. So there is never a transition to interrupt, and the real modules (with
 * d3-color, which d3-interpolate cannot shed) stay off the first load: about 9 kB gzipped.
 */
import { selection } from "d3-selection";

const NOT_BUNDLED = "d3 transitions are not bundled: animate through the store instead";

/** d3-transition's `interrupt(node)`: with no transition ever started, there is none to stop. */
export function interrupt(): void {}

/** d3-brush's tween over a transition; never reached without one, and loud if it were. */
export function interpolate(): never {
  throw new Error(NOT_BUNDLED);
}

/** d3-zoom's default interpolator, the same path as d3-interpolate's. */
export { interpolateZoom } from "../model/smoothZoom.ts";

// d3-transition's side effect: every selection gains `interrupt()` (d3-zoom's `transform` calls
// it) and `transition()`.
const prototype = selection.prototype as unknown as Record<string, unknown>;
prototype["interrupt"] = function (this: unknown) {
  return this;
};
prototype["transition"] = () => {
  throw new Error(NOT_BUNDLED);
};
