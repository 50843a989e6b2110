/**
 * Labels at the chart's edges. The stacking reserves each label's room to the right of its mark,
 * in time rather than pixels, so rows hold still while panning; a mark near the right edge then
 * has its label cut ("Trump tells Pe…"). When the room on the mark's left, back to the previous
 * item in its row, holds the whole title (or clearly more of it), the label goes there, ending
 * just before the mark, as the exported picture places it (documentLayout.ts).
 *
 * The edge signposts ("‹ 2 earlier", "3 later ›", charts/EdgeGroups.tsx) sit over one row at
 * the plot's ends: a label in that row keeps clear of them.
 *
 * Decided from the layout's reserved label widths, estimates that err wide, so the canvas and the
 * buttons over it (charts/MarksOverlay.tsx) agree without measuring text.
 */
import { MARK_METRICS, type StackItem } from "../model/stacking.ts";
import type { Viewport } from "../model/viewport.ts";
import { laneGeometry, signpostSlot } from "./geometry.ts";

/** Kept free between a label and the chart's edge. */
export const EDGE_MARGIN = 4;
/** Kept free for a signpost at either end of its row: its badge, in either language, and air. */
export const SIGNPOST_ROOM = 110;
/** A cut label moves left only for at least this much room, and half again what the right leaves. */
const MIN_LEFT_ROOM = 48;
const LEFT_OVER_RIGHT = 1.5;

/** Where the edge signposts are: their row, and which of them the window has. */
export interface EdgeSignposts {
  readonly lane: number;
  readonly row: number;
  readonly before: boolean;
  readonly after: boolean;
}

/**
 * The signposts a window shows, given the shown events' first and last anchor (as EdgeGroups
 * counts them: an event before the window's start, or after its end); undefined when none.
 */
export function edgeSignposts(
  rowCounts: readonly number[],
  anchors: { readonly first: number; readonly last: number },
  view: Viewport,
): EdgeSignposts | undefined {
  const before = anchors.first < view.from;
  const after = anchors.last > view.to;
  if (!before && !after) return undefined;
  const slot = signpostSlot(laneGeometry(rowCounts), rowCounts);
  return slot && { ...slot, before, after };
}

const inRow = (item: StackItem, signposts: EdgeSignposts | undefined): boolean =>
  signposts !== undefined && item.lane === signposts.lane && item.row === signposts.row;

/** Pixels a label drawn right of `item` may take before the edge (or a signpost) cuts it. */
export function rightRoom(
  item: StackItem,
  width: number,
  signposts: EdgeSignposts | undefined,
): number {
  const end = inRow(item, signposts) && signposts?.after ? width - SIGNPOST_ROOM : width;
  return end - item.x - MARK_METRICS.labelOffset - EDGE_MARGIN;
}

/**
 * Pixels a label drawn right of `item` takes: its reserved width, as far as the edge (or a
 * signpost) and, once labels have been placed, the room it ceded to a neighbour (`capped`) allow.
 * The canvas and the marks' buttons both size a label by it.
 */
export function labelRoomOnRight(
  item: StackItem,
  width: number,
  signposts: EdgeSignposts | undefined,
  capped?: ReadonlyMap<number, number>,
): number {
  const ceded = capped?.get(item.first) ?? Infinity;
  return Math.max(0, Math.min(item.labelWidth, rightRoom(item, width, signposts), ceded));
}

/** Pixels from the anchor of `item` to the right end of what it draws. */
function rightExtent(item: StackItem, width: number, signposts: EdgeSignposts | undefined): number {
  const { labelOffset, groupWidth } = MARK_METRICS;
  if (item.count !== 1) return Math.min(item.x + groupWidth, width);
  return item.x + labelOffset + labelRoomOnRight(item, width, signposts);
}

/** Where the labels near the right edge go: which move left, and which give up room for them. */
export interface LabelSides {
  /** Event index → pixels its label may take on the left of its mark, ending `labelOffset` before it. */
  readonly left: ReadonlyMap<number, number>;
  /** Event index → pixels its label, still on the right, may take: the rest went to its neighbour. */
  readonly capped: ReadonlyMap<number, number>;
}

export const NO_SIDES: LabelSides = { left: new Map(), capped: new Map() };

/**
 * The single marks whose label is drawn on their left. When even the left has no useful room,
 * because the previous label in the row reaches up to the mark, the two share the gap between
 * their marks (each cut to its part), so no mark at the edge is left without a label.
 */
export function labelSides(
  items: readonly StackItem[],
  width: number,
  signposts?: EdgeSignposts,
): LabelSides {
  const { labelOffset, gap } = MARK_METRICS;
  const left = new Map<number, number>();
  const capped = new Map<number, number>();
  for (const item of items) {
    // A cut label (stacking.ts) already has all the room its row gives it.
    if (item.count !== 1 || item.cut === true || item.x < 0 || item.x > width) continue;
    const right = rightRoom(item, width, signposts);
    if (item.labelWidth <= right) continue;
    // The row is free back to the nearest item before this one (rows are packed without overlap,
    // so nothing earlier in the row reaches past it), or to the edge and its signpost.
    let bound = inRow(item, signposts) && signposts?.before ? SIGNPOST_ROOM : EDGE_MARGIN;
    let previous: StackItem | undefined;
    for (const other of items) {
      if (other.lane !== item.lane || other.row !== item.row || other.x >= item.x) continue;
      bound = Math.max(bound, rightExtent(other, width, signposts) + gap);
      if (!previous || other.x > previous.x) previous = other;
    }
    const room = item.x - labelOffset - bound;
    if (room >= item.labelWidth) left.set(item.first, item.labelWidth);
    else if (room >= MIN_LEFT_ROOM && room >= LEFT_OVER_RIGHT * right) left.set(item.first, room);
    else if (right < MIN_LEFT_ROOM && previous) {
      const shared = shareRow(previous, item, width, signposts, left);
      if (shared) {
        left.set(item.first, shared.mine);
        capped.set(previous.first, shared.theirs);
      }
    }
  }
  return { left, capped };
}

/**
 * Splits the gap between two marks of a row between the earlier one's label (on its right) and
 * the later one's (moved to its left): half each, or more for the later one when the earlier
 * needs less. Undefined when either part would be too small to read, or the earlier item is a
 * group or has its label on the left already.
 */
function shareRow(
  previous: StackItem,
  item: StackItem,
  width: number,
  signposts: EdgeSignposts | undefined,
  left: ReadonlyMap<number, number>,
): { mine: number; theirs: number } | undefined {
  if (previous.count !== 1 || left.has(previous.first) || previous.x < 0) return undefined;
  const { labelOffset, gap } = MARK_METRICS;
  const shared = item.x - previous.x - 2 * labelOffset - gap;
  const theirsWhole = labelRoomOnRight(previous, width, signposts);
  const mine = Math.min(item.labelWidth, Math.max(shared / 2, shared - theirsWhole));
  const theirs = Math.min(theirsWhole, shared - mine);
  if (mine < MIN_LEFT_ROOM || (theirs < MIN_LEFT_ROOM && theirs < theirsWhole)) return undefined;
  return { mine, theirs };
}
