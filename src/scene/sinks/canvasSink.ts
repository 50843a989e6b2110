/**
 * Paints scene calls straight onto a 2D canvas context. Used on every zoom frame, so it keeps
 * nothing between calls and allocates nothing per call: styles are set from the paint objects,
 * group opacity and clipping live in the context's own save/restore stack, and paths go to the
 * context itself (a canvas context is a PathBuilder).
 */
import type { Tone } from "../../model/tone.ts";
import type { Band, GroupAttrs, Paint, PathBuilder, Sink, TextStyle } from "../sink.ts";
import { FONT_FAMILY } from "../font.ts";
import { traceSymbol } from "../symbols.ts";

const NO_DASH: number[] = [];
/** Scenes nest groups two or three deep; the stacks are sized well past that. */
const MAX_DEPTH = 32;
/** Widths kept per font size before the cache starts afresh (a few hundred kB at most). */
const MAX_KNOWN_WIDTHS = 20_000;

export class CanvasSink implements Sink {
  private readonly ctx: CanvasRenderingContext2D;
  private readonly fontFamily: string;
  private alpha = 1;
  private currentFont = "";
  private fontSize = 0;
  private fontWeight: number | undefined;
  /** Per open group: the opacity outside it, and whether it clipped (then restore the context). */
  private readonly outerAlpha = new Float64Array(MAX_DEPTH);
  private readonly clipped = new Uint8Array(MAX_DEPTH);
  private depth = 0;

  constructor(ctx: CanvasRenderingContext2D, fontFamily: string) {
    this.ctx = ctx;
    this.fontFamily = fontFamily;
  }

  /**
   * Starts a frame: clears the canvas (width and height in CSS pixels) and sets the text state
   * again, since resizing a canvas resets its context.
   */
  clear(width: number, height: number): void {
    const { ctx } = this;
    ctx.clearRect(0, 0, width, height);
    ctx.textBaseline = "alphabetic";
    ctx.textAlign = "left";
    ctx.globalAlpha = 1;
    this.alpha = 1;
    this.depth = 0;
    this.currentFont = "";
  }

  /**
   * Widths measured, per font size. Every zoom frame fits the same badges ("+12 more") and cut
   * labels (a binary search over a title's prefixes) again; the canvas's measureText is a costly
   * call, a map lookup is not. The typeface is the system's, never swapped by a font load.
   */
  private readonly widths = new Map<number, Map<string, number>>();

  /** The canvas's own measurement, in the sink's font: a TextMeasure for the builders. */
  readonly measure = (text: string, size: number): number => {
    let known = this.widths.get(size);
    if (!known) {
      known = new Map();
      this.widths.set(size, known);
    }
    let width = known.get(text);
    if (width === undefined) {
      this.setFont(size, undefined);
      width = this.ctx.measureText(text).width;
      // Bounded: a long zoom through a large dataset meets many titles.
      if (known.size >= MAX_KNOWN_WIDTHS) known.clear();
      known.set(text, width);
    }
    return width;
  };

  private setFont(size: number, weight: number | undefined): void {
    // Compared as numbers first: most calls keep the font, and need no string built.
    if (size === this.fontSize && weight === this.fontWeight && this.currentFont !== "") return;
    const font = `${weight === undefined ? "" : `${weight} `}${size}px ${this.fontFamily}`;
    this.fontSize = size;
    this.fontWeight = weight;
    if (font !== this.currentFont) {
      this.ctx.font = font;
      this.currentFont = font;
    }
  }

  private finish(paint: Paint): void {
    const { ctx } = this;
    if (paint.fill !== undefined) {
      ctx.globalAlpha = this.alpha * (paint.fillOpacity ?? 1);
      ctx.fillStyle = paint.fill;
      ctx.fill();
    }
    if (paint.stroke !== undefined) {
      ctx.globalAlpha = this.alpha * (paint.strokeOpacity ?? 1);
      ctx.strokeStyle = paint.stroke;
      ctx.lineWidth = paint.strokeWidth ?? 1;
      ctx.setLineDash((paint.dash as number[] | undefined) ?? NO_DASH);
      ctx.stroke();
      if (paint.dash !== undefined) ctx.setLineDash(NO_DASH);
    }
    ctx.globalAlpha = this.alpha;
  }

  rect(x: number, y: number, width: number, height: number, paint: Paint, radius?: number): void {
    this.ctx.beginPath();
    if (radius === undefined) this.ctx.rect(x, y, width, height);
    else this.ctx.roundRect(x, y, width, height, radius);
    this.finish(paint);
  }

  circle(cx: number, cy: number, r: number, paint: Paint): void {
    this.ctx.beginPath();
    this.ctx.arc(cx, cy, r, 0, Math.PI * 2);
    this.finish(paint);
  }

  symbol(tone: Tone, x: number, y: number, r: number, paint: Paint): void {
    if (tone === "cooperation") {
      this.circle(x, y, r, paint);
      return;
    }
    this.ctx.beginPath();
    traceSymbol(tone, x, y, r, this.ctx);
    this.finish(paint);
  }

  path(paint: Paint, build: (path: PathBuilder) => void): void {
    this.ctx.beginPath();
    build(this.ctx);
    this.finish(paint);
  }

  polyline(xs: Float64Array, ys: Float64Array, count: number, paint: Paint): void {
    if (count === 0) return;
    const { ctx } = this;
    ctx.beginPath();
    ctx.moveTo(xs[0] as number, ys[0] as number);
    for (let i = 1; i < count; i++) ctx.lineTo(xs[i] as number, ys[i] as number);
    this.finish(paint);
  }

  area({ xs, tops, bottoms, count }: Band, paint: Paint): void {
    if (count === 0) return;
    const { ctx } = this;
    ctx.beginPath();
    ctx.moveTo(xs[0] as number, tops[0] as number);
    for (let i = 1; i < count; i++) ctx.lineTo(xs[i] as number, tops[i] as number);
    for (let i = count - 1; i >= 0; i--) ctx.lineTo(xs[i] as number, bottoms[i] as number);
    ctx.closePath();
    this.finish(paint);
  }

  text(x: number, y: number, content: string, style: TextStyle): void {
    const { ctx } = this;
    this.setFont(style.size, style.weight);
    ctx.globalAlpha = this.alpha;
    ctx.fillStyle = style.fill;
    const anchor = style.anchor ?? "start";
    if (anchor !== "start") ctx.textAlign = anchor === "middle" ? "center" : "right";
    ctx.fillText(content, x, y);
    if (anchor !== "start") ctx.textAlign = "left";
  }

  beginGroup(attrs: GroupAttrs): void {
    const { ctx } = this;
    const depth = Math.min(this.depth, MAX_DEPTH - 1);
    this.outerAlpha[depth] = this.alpha;
    this.clipped[depth] = attrs.clip ? 1 : 0;
    this.depth++;
    // Only a clip needs the context's save/restore; opacity is a number kept here.
    if (attrs.clip) {
      ctx.save();
      ctx.beginPath();
      ctx.rect(attrs.clip.x, attrs.clip.y, attrs.clip.width, attrs.clip.height);
      ctx.clip();
    }
    if (attrs.opacity !== undefined) this.alpha *= attrs.opacity;
    ctx.globalAlpha = this.alpha;
  }

  endGroup(): void {
    if (this.depth === 0) return;
    this.depth--;
    const depth = Math.min(this.depth, MAX_DEPTH - 1);
    if (this.clipped[depth] === 1) this.ctx.restore();
    this.alpha = this.outerAlpha[depth] as number;
    this.ctx.globalAlpha = this.alpha;
  }
}

const sinks = new WeakMap<CanvasRenderingContext2D, CanvasSink>();

/** The sink of a canvas context, made once per context rather than once per frame. */
export function canvasSinkFor(ctx: CanvasRenderingContext2D): CanvasSink {
  let sink = sinks.get(ctx);
  if (!sink) {
    sink = new CanvasSink(ctx, FONT_FAMILY);
    sinks.set(ctx, sink);
  }
  return sink;
}
