/** Labels that fit their room: whole, or cut with an ellipsis, or left out when too tight. */
import { estimateTextWidth } from "../model/textWidth.ts";
import type { TextMeasure } from "./sink.ts";

/** Below this many pixels a label would be two or three letters: none reads better. */
export const MIN_LABEL_ROOM = 28;

/**
 * The text, or its longest prefix with "…" that fits `room`; undefined when too tight.
 *
 * The cut is searched for with the measure (a canvas's measureText on screen, a costly call made
 * for every cut label of every zoom frame), but it starts where the text-width estimate, scaled
 * to the whole text's measured width, puts it: the answer is there or a character away, so a cut
 * costs two or three measurements instead of a binary search's six or seven. Where the estimate
 * is off (other scripts), the search still ends on the same prefix, in a few more.
 */
export function fitText(
  value: string,
  size: number,
  room: number,
  measure: TextMeasure,
): string | undefined {
  if (room < MIN_LABEL_ROOM) return undefined;
  const whole = measure(value, size);
  if (whole <= room) return value;
  const chars = Array.from(value);
  const fits = (length: number): boolean =>
    measure(`${chars.slice(0, length).join("")}…`, size) <= room;
  // The longest prefix the scaled estimate lets fit with its ellipsis.
  const scale = whole / Math.max(estimateTextWidth(value, size), 1e-9);
  let estimated = estimateTextWidth("…", size) * scale;
  let guess = 0;
  while (guess < chars.length) {
    estimated += estimateTextWidth(chars[guess] as string, size) * scale;
    if (estimated > room) break;
    guess++;
  }
  // The answer lies in [lo, hi]: fits(lo) or lo = 0, and nothing longer than hi fits.
  let lo = 0;
  let hi = chars.length;
  if (fits(guess)) {
    lo = guess;
    if (guess < hi && !fits(guess + 1)) hi = guess;
    else lo = Math.min(guess + 1, hi);
  } else {
    hi = guess - 1;
    if (hi > 0 && fits(hi)) lo = hi;
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? undefined : `${chars.slice(0, lo).join("").trimEnd()}…`;
}
