/**
 * The geometry of the tone symbols, shared by every sink so ▼ ● ■ look the same on screen and in
 * a document: a downward triangle a little wider than the circle, a square a little smaller, so
 * the three read as the same size.
 */
import type { Tone } from "../model/tone.ts";
import type { PathBuilder } from "./sink.ts";

/** Traces the triangle or square; the circle is left to each sink's own arc or `<circle>`. */
export function traceSymbol(
  tone: Exclude<Tone, "cooperation">,
  x: number,
  y: number,
  r: number,
  path: PathBuilder,
): void {
  if (tone === "conflict") {
    path.moveTo(x - r * 1.1, y - r * 0.8);
    path.lineTo(x + r * 1.1, y - r * 0.8);
    path.lineTo(x, y + r * 1.1);
  } else {
    path.moveTo(x - r * 0.85, y - r * 0.85);
    path.lineTo(x + r * 0.85, y - r * 0.85);
    path.lineTo(x + r * 0.85, y + r * 0.85);
    path.lineTo(x - r * 0.85, y + r * 0.85);
  }
  path.closePath();
}

/** The neutral square's corner and side, for sinks that draw it as a rectangle. */
export function squareBox(x: number, y: number, r: number): [number, number, number] {
  return [x - r * 0.85, y - r * 0.85, r * 1.7];
}
