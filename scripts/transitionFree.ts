/**
 * A Vite plugin for every build that bundles the charts: d3-transition, and d3-interpolate where
 * d3-zoom and d3-brush import it, resolve to src/charts/transitionFree.ts, which tells why that
 * is safe. The browser tests drive the zoom and the brush in the built app.
 */
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

const STAND_IN = fileURLToPath(new URL("../src/charts/transitionFree.ts", import.meta.url));

/** d3 modules whose d3-interpolate import serves transitions only. */
const TRANSITION_USERS = /[\\/]node_modules[\\/]d3-(zoom|brush)[\\/]/;

export function transitionFree(): Plugin {
  return {
    name: "detente-transition-free",
    enforce: "pre",
    resolveId(source, importer) {
      if (source === "d3-transition") return STAND_IN;
      if (source === "d3-interpolate" && importer && TRANSITION_USERS.test(importer))
        return STAND_IN;
      return null;
    },
  };
}
