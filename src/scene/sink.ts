/**
 * What a scene draws onto. The builders (timelineScene.ts, tensionScene.ts, axisScene.ts) say
 * what the picture is; a sink decides what that means: the canvas sink paints at once, the SVG
 * sink writes markup, the recording sink keeps a list for tests. The calls are few and coarse on
 * purpose, the way d3-shape draws one path to a canvas context or to SVG path data, so that every
 * mark, label and band is written once for the screen and the export.
 *
 * Symbols take a tone (▼ conflict, ● cooperation, ■ neutral): shape carries it as well as colour.
 *
 * Paints and styles are plain objects the builders create once per palette (paints.ts), not per
 * frame: the canvas sink reads them and keeps nothing.
 */

import type { Tone } from "../model/tone.ts";

export interface Paint {
  readonly fill?: string | undefined;
  readonly fillOpacity?: number | undefined;
  readonly stroke?: string | undefined;
  readonly strokeWidth?: number | undefined;
  readonly strokeOpacity?: number | undefined;
  readonly dash?: readonly number[] | undefined;
  /** A name for the SVG document and the tests (its `class`); the canvas ignores it. */
  readonly role?: string | undefined;
}

export interface TextStyle {
  readonly fill: string;
  /** Font size in CSS pixels. */
  readonly size: number;
  readonly weight?: number | undefined;
  readonly anchor?: "start" | "middle" | "end" | undefined;
  /** Extra spacing between letters in em (small capitals of lane names). */
  readonly letterSpacing?: number | undefined;
  readonly role?: string | undefined;
}

/** The subset of a path context a builder needs; a canvas context is one. */
export interface PathBuilder {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
}

export interface ClipRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GroupAttrs {
  readonly role?: string | undefined;
  /** `data-*` attributes in the SVG (event ids, counts, tones), for readers of the file and tests. */
  readonly data?: Readonly<Record<string, string>> | undefined;
  /** Multiplies the opacity of everything inside (faded events). */
  readonly opacity?: number | undefined;
  readonly clip?: ClipRect | undefined;
  /** A tooltip in the SVG (`<title>`), the accessible name of a mark in the document. */
  readonly title?: string | undefined;
}

/** Two lines over the same xs, for i in [0, count): the top and bottom edges of a band. */
export interface Band {
  readonly xs: Float64Array;
  readonly tops: Float64Array;
  readonly bottoms: Float64Array;
  readonly count: number;
}

export interface Sink {
  rect(x: number, y: number, width: number, height: number, paint: Paint, radius?: number): void;
  circle(cx: number, cy: number, r: number, paint: Paint): void;
  symbol(tone: Tone, x: number, y: number, r: number, paint: Paint): void;
  /** Straight segments built by `build`; filled and/or stroked as `paint` says. */
  path(paint: Paint, build: (path: PathBuilder) => void): void;
  /** A line through (xs[i], ys[i]) for i in [0, count): long series, no per-point objects. */
  polyline(xs: Float64Array, ys: Float64Array, count: number, paint: Paint): void;
  /** The area between two lines over the same xs (an uncertainty band). */
  area(band: Band, paint: Paint): void;
  text(x: number, y: number, content: string, style: TextStyle): void;
  beginGroup(attrs: GroupAttrs): void;
  endGroup(): void;
}

/** Width of `text` at `size` px in the sink's font: the canvas measures, documents estimate. */
export type TextMeasure = (text: string, size: number) => number;
