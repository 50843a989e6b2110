/**
 * Writes scene calls as SVG markup, for the exported document. Long series are thinned per
 * pixel column on the way out (first, lowest, highest and last point of each column): a 26-year
 * view is ~9,500 days on ~1,000 pixels, the thinned line is indistinguishable, and the file
 * stays small.
 */
import type { Tone } from "../../model/tone.ts";
import type { Band, GroupAttrs, Paint, PathBuilder, Sink, TextStyle } from "../sink.ts";
import { squareBox, traceSymbol } from "../symbols.ts";
import { attrs as attrsOf, el, escapeXml, n, textEl, type Attrs } from "./svgMarkup.ts";

class PathData implements PathBuilder {
  d = "";
  moveTo(x: number, y: number): void {
    this.d += `M${n(x)} ${n(y)}`;
  }
  lineTo(x: number, y: number): void {
    this.d += `L${n(x)} ${n(y)}`;
  }
  closePath(): void {
    this.d += "Z";
  }
}

function paintAttrs(paint: Paint): Attrs {
  return {
    class: paint.role,
    fill: paint.fill ?? "none",
    "fill-opacity": paint.fillOpacity,
    stroke: paint.stroke,
    "stroke-width": paint.stroke === undefined ? undefined : paint.strokeWidth,
    "stroke-opacity": paint.strokeOpacity,
    "stroke-dasharray": paint.dash?.join(" "),
  };
}

/** Indices to keep of a series drawn at xs: per pixel column, the first, extreme and last. */
function thinned(xs: Float64Array, ys: Float64Array, count: number): number[] {
  const keep: number[] = [];
  let start = 0;
  while (start < count) {
    const column = Math.floor(xs[start] as number);
    let end = start + 1;
    while (end < count && Math.floor(xs[end] as number) === column) end++;
    let low = start;
    let high = start;
    for (let i = start; i < end; i++) {
      if ((ys[i] as number) < (ys[low] as number)) low = i;
      if ((ys[i] as number) > (ys[high] as number)) high = i;
    }
    for (let i = start; i < end; i++) {
      if (i === start || i === low || i === high || i === end - 1) keep.push(i);
    }
    start = end;
  }
  return keep;
}

/** One point per pixel column: the extreme that `pick` chooses, for an envelope. */
function envelope(
  xs: Float64Array,
  ys: Float64Array,
  count: number,
  pick: (a: number, b: number) => number,
): string[] {
  const points: string[] = [];
  let i = 0;
  while (i < count) {
    const column = Math.floor(xs[i] as number);
    const x = xs[i] as number;
    let best = ys[i] as number;
    let j = i + 1;
    for (; j < count && Math.floor(xs[j] as number) === column; j++)
      best = pick(best, ys[j] as number);
    points.push(`${n(x)},${n(best)}`);
    i = j;
  }
  return points;
}

export class SvgSink implements Sink {
  private readonly parts: string[] = [];
  private readonly clipPrefix: string;
  private clips = 0;

  /** `clipPrefix` keeps clip-path ids unique when several scenes share a document. */
  constructor(clipPrefix: string) {
    this.clipPrefix = clipPrefix;
  }

  toString(): string {
    return this.parts.join("");
  }

  rect(x: number, y: number, width: number, height: number, paint: Paint, radius?: number): void {
    this.parts.push(el("rect", { x, y, width, height, rx: radius, ...paintAttrs(paint) }));
  }

  circle(cx: number, cy: number, r: number, paint: Paint): void {
    this.parts.push(el("circle", { cx, cy, r, ...paintAttrs(paint) }));
  }

  symbol(tone: Tone, x: number, y: number, r: number, paint: Paint): void {
    if (tone === "cooperation") {
      this.circle(x, y, r, paint);
    } else if (tone === "neutral") {
      const [left, top, side] = squareBox(x, y, r);
      this.rect(left, top, side, side, paint);
    } else {
      const points: string[] = [];
      traceSymbol(tone, x, y, r, {
        moveTo: (px, py) => points.push(`${n(px)},${n(py)}`),
        lineTo: (px, py) => points.push(`${n(px)},${n(py)}`),
        closePath: () => undefined,
      });
      this.parts.push(el("polygon", { points: points.join(" "), ...paintAttrs(paint) }));
    }
  }

  path(paint: Paint, build: (path: PathBuilder) => void): void {
    const data = new PathData();
    build(data);
    if (data.d !== "") this.parts.push(el("path", { d: data.d, ...paintAttrs(paint) }));
  }

  polyline(xs: Float64Array, ys: Float64Array, count: number, paint: Paint): void {
    if (count === 0) return;
    const points = thinned(xs, ys, count).map((i) => `${n(xs[i] as number)},${n(ys[i] as number)}`);
    this.parts.push(
      el("polyline", {
        points: points.join(" "),
        "stroke-linejoin": "round",
        ...paintAttrs(paint),
      }),
    );
  }

  area({ xs, tops, bottoms, count }: Band, paint: Paint): void {
    if (count === 0) return;
    // Screen y grows downwards: the top edge keeps each column's highest point (least y).
    const upper = envelope(xs, tops, count, Math.min);
    const lower = envelope(xs, bottoms, count, Math.max).reverse();
    this.parts.push(
      el("polygon", { points: [...upper, ...lower].join(" "), ...paintAttrs(paint) }),
    );
  }

  text(x: number, y: number, content: string, style: TextStyle): void {
    this.parts.push(
      textEl(
        {
          class: style.role,
          x,
          y,
          fill: style.fill,
          "font-size": style.size,
          "font-weight": style.weight,
          "text-anchor":
            style.anchor === undefined || style.anchor === "start" ? undefined : style.anchor,
          "letter-spacing":
            style.letterSpacing === undefined ? undefined : `${style.letterSpacing}em`,
        },
        content,
      ),
    );
  }

  beginGroup(attrs: GroupAttrs): void {
    let clipPath: string | undefined;
    if (attrs.clip) {
      const id = `${this.clipPrefix}-${++this.clips}`;
      const { x, y, width, height } = attrs.clip;
      this.parts.push(el("clipPath", { id }, el("rect", { x, y, width, height })));
      clipPath = `url(#${id})`;
    }
    const data: Record<string, string> = {};
    for (const [key, value] of Object.entries(attrs.data ?? {})) data[`data-${key}`] = value;
    this.parts.push(
      `<g${attrsOf({ class: attrs.role, ...data, opacity: attrs.opacity, "clip-path": clipPath })}>`,
    );
    if (attrs.title !== undefined) this.parts.push(el("title", {}, escapeXml(attrs.title)));
  }

  endGroup(): void {
    this.parts.push("</g>");
  }
}
