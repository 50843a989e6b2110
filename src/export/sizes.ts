/** The picture sizes the export editor offers, in CSS pixels. */

export type SizeId = "landscape" | "square" | "wide" | "a4" | "custom";

export interface SizePreset {
  readonly id: SizeId;
  readonly width: number;
  /** Undefined: the height the content needs. */
  readonly height: number | undefined;
}

/**
 * An A4 page in landscape less the print stylesheet's 10 mm margins, at CSS's 96 px to the inch:
 * 277 × 190 mm. Two pixels short of the full height so rounding never spills onto a second page.
 */
const A4_WIDTH = Math.floor((277 / 25.4) * 96);
const A4_HEIGHT = Math.floor((190 / 25.4) * 96) - 2;

export const SIZE_PRESETS: readonly SizePreset[] = [
  { id: "landscape", width: 1200, height: 675 },
  { id: "square", width: 1080, height: 1080 },
  { id: "wide", width: 1600, height: 900 },
  { id: "a4", width: A4_WIDTH, height: A4_HEIGHT },
  { id: "custom", width: 960, height: undefined },
];

export const MIN_CUSTOM_WIDTH = 480;
export const MAX_CUSTOM_WIDTH = 4000;

/** A typed custom width, kept in the range a picture can be drawn at. */
export function clampCustomWidth(value: number): number {
  if (!Number.isFinite(value)) return 960;
  return Math.min(Math.max(Math.round(value), MIN_CUSTOM_WIDTH), MAX_CUSTOM_WIDTH);
}
