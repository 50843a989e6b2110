/**
 * The gesture chunk (gestures.ts), requested as soon as the charts' code runs: it arrives while
 * the dataset loads, well before a chart can be dragged, and the first render does not wait for
 * it. Charts attach their behaviours through `withGestures`.
 */
import type * as GestureModule from "./gestures.ts";

export type Gestures = typeof GestureModule;

let gestures: Gestures | undefined;
const loading = import("./gestures.ts").then((module) => {
  gestures = module;
  return module;
});
// Reported once here; every waiting chart then simply stays without mouse gestures.
loading.catch((error: unknown) => console.error(error));

/**
 * Runs `attach` with the behaviours (at once when they are in) and returns what undoes it: the
 * detach `attach` returned, or, if they have not arrived yet, a cancel so it never runs.
 */
export function withGestures(attach: (gestures: Gestures) => () => void): () => void {
  if (gestures) return attach(gestures);
  let detach: (() => void) | undefined;
  let cancelled = false;
  loading.then(
    (module) => {
      if (!cancelled) detach = attach(module);
    },
    () => undefined,
  );
  return () => {
    cancelled = true;
    detach?.();
  };
}
