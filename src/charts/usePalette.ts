import { useEffect, useMemo, useState, type RefObject } from "react";
import { useDetente } from "../store/context.tsx";
import type { ChartPalette } from "../scene/palette.ts";
import { readPalette } from "./readPalette.ts";

/**
 * Returns a reader for the chart colours that re-reads the --detente-* properties only when the
 * theme setting or the system colour scheme changes; the reader's identity changes with them,
 * so draw callbacks that depend on it repaint.
 */
export function usePalette(ref: RefObject<Element | null>): () => ChartPalette {
  const theme = useDetente((s) => s.settings.theme);
  const [schemeVersion, setSchemeVersion] = useState(0);
  useEffect(() => {
    const media = window.matchMedia?.("(prefers-color-scheme: dark)");
    const bump = (): void => setSchemeVersion((v) => v + 1);
    media?.addEventListener?.("change", bump);
    return () => media?.removeEventListener?.("change", bump);
  }, []);
  // theme and schemeVersion are the reasons to read again, not inputs to the reading.
  return useMemo(() => makeReader(ref, `${theme}/${schemeVersion}`), [ref, theme, schemeVersion]);
}

function makeReader(ref: RefObject<Element | null>, _version: string): () => ChartPalette {
  let cached: ChartPalette | undefined;
  return () => {
    if (!cached) {
      const node = ref.current;
      if (!node) return readPalette(document.documentElement);
      cached = readPalette(node);
    }
    return cached;
  };
}
