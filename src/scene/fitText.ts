/** Labels that fit their room: whole, or cut with an ellipsis, or left out when too tight. */
import type { TextMeasure } from "./sink.ts";

/** Below this many pixels a label would be two or three letters: none reads better. */
export const MIN_LABEL_ROOM = 28;

/** The text, or its longest prefix with "…" that fits `room`; undefined when too tight. */
export function fitText(
  value: string,
  size: number,
  room: number,
  measure: TextMeasure,
): string | undefined {
  if (room < MIN_LABEL_ROOM) return undefined;
  if (measure(value, size) <= room) return value;
  const chars = Array.from(value);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (measure(`${chars.slice(0, mid).join("")}…`, size) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? undefined : `${chars.slice(0, lo).join("").trimEnd()}…`;
}
