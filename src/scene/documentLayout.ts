/**
 * The timeline laid out for a document (an exported picture, print): every event in view gets its
 * own row and its whole title, with no "+4 more" badges and no "…" (a reader of paper cannot open
 * a group or hover a label). Lanes grow as many rows as their events need. A label that would run
 * past the right edge goes to the left of its mark; one too long for either side wraps onto the
 * rows below, so the picture never cuts a title.
 *
 * Packing is first-fit in time order over each lane's rows, in pixels at the document's width.
 * It is meant for the few hundred events a readable picture holds; beyond WHOLE_LABEL_LIMIT the
 * document falls back to the screen's layout (groups and all).
 */
import type { LaneIndex } from "../model/lanes.ts";
import { MARK_METRICS, type StackItem, type StackLayout } from "../model/stacking.ts";
import type { Viewport } from "../model/viewport.ts";
import { msToX } from "./geometry.ts";
import { EDGE_MARGIN } from "./edgeLabels.ts";
import type { TextMeasure } from "./sink.ts";

/** More events in view than this and a document keeps the screen's grouped layout. */
export const WHOLE_LABEL_LIMIT = 400;

export interface WholeLabel {
  /** One line per row the label takes, top first. */
  readonly lines: readonly string[];
  /** Which side of its mark the label sits on. */
  readonly side: "right" | "left";
}

export interface DocumentLayout {
  readonly layout: StackLayout;
  /** Per event index, its label as drawn. */
  readonly labels: ReadonlyMap<number, WholeLabel>;
}

const NO_MEMBERS = new Int32Array(0);

/** Greedy word wrap (an over-long word gets its own line). */
export function wrapWords(
  value: string,
  size: number,
  width: number,
  measure: TextMeasure,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate, size) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** Where a title goes beside a mark at `x`: right if it fits, else left, else wrapped. */
export function placeLabel(
  title: string,
  x: number,
  width: number,
  measure: TextMeasure,
): WholeLabel & { readonly extent: number } {
  const { labelSize: size, labelOffset } = MARK_METRICS;
  const whole = measure(title, size);
  const right = width - x - labelOffset - EDGE_MARGIN;
  const left = x - labelOffset - EDGE_MARGIN;
  if (whole <= right) return { lines: [title], side: "right", extent: whole };
  if (whole <= left) return { lines: [title], side: "left", extent: whole };
  const side = right >= left ? "right" : "left";
  const lines = wrapWords(title, size, Math.max(right, left), measure);
  return { lines, side, extent: Math.max(...lines.map((line) => measure(line, size))) };
}

export function documentLayout(
  index: LaneIndex,
  titles: (event: number) => string,
  view: Viewport,
  width: number,
  measure: TextMeasure,
): DocumentLayout | undefined {
  const { before, labelOffset, gap } = MARK_METRICS;
  const labels = new Map<number, WholeLabel>();
  const items: StackItem[] = [];
  const rowCounts: number[] = [];
  let total = 0;
  for (let lane = 0; lane < index.anchors.length; lane++) {
    const anchors = index.anchors[lane] as Float64Array;
    const order = index.order[lane] as Int32Array;
    /**
     * Per row, where what is already drawn in it ends. A lane's events come in anchor order, so
     * a new mark's reach always ends right of every earlier one's start: a row is free for it
     * exactly when it begins at or after the row's end.
     */
    const rowEnds: number[] = [];
    for (let p = 0; p < anchors.length; p++) {
      const anchor = anchors[p] as number;
      if (anchor < view.from || anchor > view.to) continue;
      if (++total > WHOLE_LABEL_LIMIT) return undefined;
      const event = order[p] as number;
      const x = msToX(anchor, view.from, view.to, width);
      const label = placeLabel(titles(event), x, width, measure);
      const reach = labelOffset + label.extent + gap;
      const [l, r] = label.side === "right" ? [x - before, x + reach] : [x - reach, x + before];
      const span = label.lines.length;
      let row = 0;
      while (!rowsFree(rowEnds, row, span, l)) row++;
      for (let k = 0; k < span; k++) rowEnds[row + k] = r;
      labels.set(event, label);
      items.push({
        lane,
        row,
        first: event,
        count: 1,
        members: NO_MEMBERS,
        minMs: anchor,
        maxMs: anchor,
        x,
        labelWidth: label.extent,
      });
    }
    rowCounts.push(Math.max(rowEnds.length, 1));
  }
  return { layout: { level: 0, rowCounts, items }, labels };
}

/** Whether `span` rows from `row` on are all free from pixel `left` on. */
function rowsFree(rowEnds: readonly number[], row: number, span: number, left: number): boolean {
  for (let k = 0; k < span; k++) if (left < (rowEnds[row + k] ?? -Infinity)) return false;
  return true;
}
