/**
 * d3's zoom and brush behaviours and the d3-selection they work through: a chunk of their own
 * (about 10 kB gzipped), requested beside the data rather than parsed before the first render.
 * They only listen for gestures, so a chart draws without them; loadGestures.ts attaches them.
 */
export { select } from "d3-selection";
export { zoom, zoomIdentity } from "d3-zoom";
export { brushX } from "d3-brush";
