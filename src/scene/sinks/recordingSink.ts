/**
 * Keeps every scene call as a plain record, so tests can say what a frame draws (which symbols,
 * which labels, where) without a canvas or a document. Each record carries the roles of the
 * groups it was drawn in, innermost last, and the group's data attributes.
 */
import type { Tone } from "../../model/tone.ts";
import type { Band, GroupAttrs, Paint, PathBuilder, Sink, TextStyle } from "../sink.ts";

interface Base {
  /** Roles of the enclosing groups, outermost first. */
  readonly groups: readonly string[];
  /** Data attributes of the innermost group that has some (an event id, a count). */
  readonly data: Readonly<Record<string, string>>;
  /** Product of the enclosing groups' opacities. */
  readonly opacity: number;
}

export type DrawCall = Base &
  (
    | {
        readonly kind: "rect";
        readonly x: number;
        readonly y: number;
        readonly width: number;
        readonly height: number;
        readonly paint: Paint;
        readonly radius: number | undefined;
      }
    | {
        readonly kind: "circle";
        readonly x: number;
        readonly y: number;
        readonly r: number;
        readonly paint: Paint;
      }
    | {
        readonly kind: "symbol";
        readonly tone: Tone;
        readonly x: number;
        readonly y: number;
        readonly r: number;
        readonly paint: Paint;
      }
    | {
        readonly kind: "path";
        readonly points: readonly (readonly [number, number])[];
        readonly paint: Paint;
      }
    | {
        readonly kind: "polyline";
        readonly xs: readonly number[];
        readonly ys: readonly number[];
        readonly paint: Paint;
      }
    | {
        readonly kind: "area";
        readonly xs: readonly number[];
        readonly tops: readonly number[];
        readonly bottoms: readonly number[];
        readonly paint: Paint;
      }
    | {
        readonly kind: "text";
        readonly x: number;
        readonly y: number;
        readonly content: string;
        readonly style: TextStyle;
      }
  );

interface OpenGroup {
  readonly attrs: GroupAttrs;
  readonly opacity: number;
}

export class RecordingSink implements Sink {
  readonly calls: DrawCall[] = [];
  private readonly open: OpenGroup[] = [];

  private base(): Base {
    const groups = this.open.flatMap((g) => (g.attrs.role === undefined ? [] : [g.attrs.role]));
    const withData = [...this.open].reverse().find((g) => g.attrs.data !== undefined);
    return {
      groups,
      data: withData?.attrs.data ?? {},
      opacity: this.open.at(-1)?.opacity ?? 1,
    };
  }

  rect(x: number, y: number, width: number, height: number, paint: Paint, radius?: number): void {
    this.calls.push({ ...this.base(), kind: "rect", x, y, width, height, paint, radius });
  }

  circle(x: number, y: number, r: number, paint: Paint): void {
    this.calls.push({ ...this.base(), kind: "circle", x, y, r, paint });
  }

  symbol(tone: Tone, x: number, y: number, r: number, paint: Paint): void {
    this.calls.push({ ...this.base(), kind: "symbol", tone, x, y, r, paint });
  }

  path(paint: Paint, build: (path: PathBuilder) => void): void {
    const points: [number, number][] = [];
    build({
      moveTo: (x, y) => points.push([x, y]),
      lineTo: (x, y) => points.push([x, y]),
      closePath: () => undefined,
    });
    this.calls.push({ ...this.base(), kind: "path", points, paint });
  }

  polyline(xs: Float64Array, ys: Float64Array, count: number, paint: Paint): void {
    this.calls.push({
      ...this.base(),
      kind: "polyline",
      xs: Array.from(xs.subarray(0, count)),
      ys: Array.from(ys.subarray(0, count)),
      paint,
    });
  }

  area({ xs, tops, bottoms, count }: Band, paint: Paint): void {
    this.calls.push({
      ...this.base(),
      kind: "area",
      xs: Array.from(xs.subarray(0, count)),
      tops: Array.from(tops.subarray(0, count)),
      bottoms: Array.from(bottoms.subarray(0, count)),
      paint,
    });
  }

  text(x: number, y: number, content: string, style: TextStyle): void {
    this.calls.push({ ...this.base(), kind: "text", x, y, content, style });
  }

  beginGroup(attrs: GroupAttrs): void {
    const outer = this.open.at(-1)?.opacity ?? 1;
    this.open.push({ attrs, opacity: outer * (attrs.opacity ?? 1) });
  }

  endGroup(): void {
    this.open.pop();
  }

  /** The calls of one kind, typed. */
  of<K extends DrawCall["kind"]>(kind: K): Extract<DrawCall, { kind: K }>[] {
    return this.calls.filter((call): call is Extract<DrawCall, { kind: K }> => call.kind === kind);
  }
}
