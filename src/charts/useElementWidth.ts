import { useLayoutEffect, useState, type RefObject } from "react";

/** Tracks an element's inner (content) width with ResizeObserver (jsdom and old browsers: a fixed guess). */
export function useElementWidth(ref: RefObject<HTMLElement | null>, fallback = 800): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    // clientWidth excludes borders: charts draw inside them.
    const measured = node.clientWidth;
    if (measured > 0) setWidth(Math.round(measured));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver((entries) => {
      const box = entries[0]?.contentRect;
      if (box && box.width > 0) setWidth(Math.round(box.width));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
