/**
 * How large an import may be and still be kept in the browser. IndexedDB copies the whole record
 * on the page's thread when it is saved (structured cloning: about 2 µs an event in Chromium, so
 * 100,000 events take about 200 ms and 1.3 million several seconds, during which the page is
 * frozen). Larger imports are shown but not kept, and the page says so.
 */
import type { Dataset } from "../model/schema.ts";

export const KEEP_MAX_EVENTS = 100_000;

/** Why `dataset` is not kept, or undefined when it is small enough to keep. */
export function tooLargeToKeep(dataset: Dataset): string | undefined {
  const count = dataset.events.length;
  if (count <= KEEP_MAX_EVENTS) return undefined;
  const n = new Intl.NumberFormat("en").format;
  return (
    `${n(count)} events: imports of more than ${n(KEEP_MAX_EVENTS)} events are not kept, ` +
    "so that saving them never freezes the page"
  );
}
