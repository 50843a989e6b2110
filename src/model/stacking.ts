/**
 * Stacked lanes. Inside a lane, each event takes the room its mark and its whole label need;
 * events whose room would overlap go to further rows (greedy interval packing in time order, as
 * vis-timeline stacks its items). A lane has at most `maxRows` rows: when its events need more,
 * the last row holds overflow groups instead ("+4 more"), each gathering the events that found no
 * row near its anchor; an event that a group would hold alone is drawn there itself, labelled in
 * the room the row leaves it. Every event is either drawn in a row or counted in exactly one group.
 *
 * The packing works in time, not pixels: at a zoom level each pixel is a fixed number of
 * milliseconds (a rung of the same quarter-power-of-two ladder the layout used for clusters,
 * rounded so a rung is never finer than the screen), so a level's rows never change while
 * panning and are computed once per level and lane, then cached. A label's width is measured
 * once per event, and only for events that get a row (an estimate that errs wide, passed in).
 */
import { bisector } from "d3-array";
import type { LaneIndex } from "./lanes.ts";
import type { Viewport } from "./viewport.ts";

/** The marks' metrics at the chart's 12 px labels; `before` and `labelOffset` clear the 6 px symbol. */
export const MARK_METRICS: StackMetrics = {
  labelSize: 12,
  before: 10,
  labelOffset: 10,
  gap: 8,
  groupWidth: 64,
  // Three rows and an overflow row keep seven topic lanes and the tension chart on one 800 px
  // screen; a busier lane lists the rest behind its "+N more" badge.
  maxRows: 4,
};

export interface StackMetrics {
  /** Font size of the labels, in pixels. */
  readonly labelSize: number;
  /** Pixels an item takes left of its anchor (half the symbol and a little air). */
  readonly before: number;
  /** From the anchor to where the label starts. */
  readonly labelOffset: number;
  /** Pixels kept free between one item's end and the next item's start in a row. */
  readonly gap: number;
  /** Width of an overflow group's badge, from its anchor. */
  readonly groupWidth: number;
  readonly maxRows: number;
}

/** One lane's rows at one zoom level. Positions are indices into the lane's sorted order. */
export interface LaneStack {
  /** Rows the lane needs at this level, the overflow row included (at least 1). */
  readonly rowCount: number;
  /** The farthest any item reaches right of its anchor, in pixels. */
  readonly reach: number;
  /** Per lane position: its row, or -1 when it is counted in an overflow group. */
  readonly rowOf: Int8Array;
  /** The events drawn in rows, in time order, and each one's row. */
  readonly singles: Int32Array;
  /**
   * Singles whose label the row's next item cuts: lane position → pixels the label may take.
   * Only an event alone in the overflow row has one (a row's other labels get their whole width).
   */
  readonly cutRooms: ReadonlyMap<number, number>;
  /** The overflow groups (all in the last row), in time order: members' lane positions. */
  readonly groupStarts: Int32Array;
  readonly groupMembers: Int32Array;
}

const LADDER_STEPS_PER_DOUBLING = 4;

/**
 * Events from which a zoom draws from a coarser level already stacked while its own waits for an
 * idle moment (StackEngine.levelFor): stacking a level visits every event, a few milliseconds at
 * 50,000 and a hundred at a million, more than a frame has.
 */
export const INTERIM_FROM_EVENTS = 50_000;
/** How much coarser a stand-in level may be: two doublings of the scale. */
const INTERIM_RUNGS = 2 * LADDER_STEPS_PER_DOUBLING;

/** The zoom level for a scale: the smallest rung at or above `msPerPx`. */
export function stackLevel(msPerPx: number): number {
  const scale = Math.max(msPerPx, 1e-6);
  const level = Math.ceil(Math.log2(scale) * LADDER_STEPS_PER_DOUBLING);
  // log2 can round down by an ulp, landing one rung below the scale.
  return msPerLevel(level) < scale ? level + 1 : level;
}

export function msPerLevel(level: number): number {
  return 2 ** (level / LADDER_STEPS_PER_DOUBLING);
}

function earliest(ends: Float64Array): number {
  let min = Infinity;
  for (let r = 0; r < ends.length; r++) min = Math.min(min, ends[r] as number);
  return min;
}

/** The first row whose last item ends at or before `start`, or -1. */
function firstFree(ends: Float64Array, start: number): number {
  for (let r = 0; r < ends.length; r++) if ((ends[r] as number) <= start) return r;
  return -1;
}

/**
 * Packs one lane: `anchors` ascending, `labelWidth(p)` the label of position p in pixels, at
 * `msPerPx`. First-fit in time order. Two packings run side by side in one pass, over all
 * `maxRows` rows and over one row fewer: when the first leaves events without a row, the second
 * is the answer and its last row holds the overflow groups. Whether a row is free depends only
 * on where an item starts, so a label is measured only once its event has a row: in a dense lane
 * at a wide zoom, a few dozen of thousands.
 */
export function stackLane(
  anchors: Float64Array,
  labelWidth: (position: number) => number,
  msPerPx: number,
  metrics: StackMetrics,
): LaneStack {
  const n = anchors.length;
  // At least two rows: one for events and, when needed, one for the overflow groups.
  const rows = Math.max(metrics.maxRows, 2);
  const full = new Int8Array(n);
  const fewer = new Int8Array(n);
  const fullEnds = new Float64Array(rows).fill(-Infinity);
  const fewerEnds = new Float64Array(rows - 1).fill(-Infinity);
  const before = metrics.before * msPerPx;
  // The earliest end of each packing's rows: an item starting before it finds no row without
  // looking, which is most items of a dense lane at a wide zoom.
  let fullFree = -Infinity;
  let fewerFree = -Infinity;
  let overflow = false;
  for (let p = 0; p < n; p++) {
    const anchor = anchors[p] as number;
    const start = anchor - before;
    const a = start < fullFree ? -1 : firstFree(fullEnds, start);
    const b = start < fewerFree ? -1 : firstFree(fewerEnds, start);
    full[p] = a;
    fewer[p] = b;
    if (a < 0) overflow = true;
    if (a < 0 && b < 0) continue;
    const end = anchor + (metrics.labelOffset + labelWidth(p) + metrics.gap) * msPerPx;
    if (a >= 0) {
      fullEnds[a] = end;
      fullFree = earliest(fullEnds);
    }
    if (b >= 0) {
      fewerEnds[b] = end;
      fewerFree = earliest(fewerEnds);
    }
  }
  const rowOf = overflow ? fewer : full;
  const lastRow = rows - 1;
  const singles = new Int32Array(n);
  const groupStarts = new Int32Array(n);
  const groupMembers = new Int32Array(n);
  const cutRooms = new Map<number, number>();
  let singleCount = 0;
  let groupCount = 0;
  let memberCount = 0;
  let groupEnd = -Infinity;
  let used = 0;
  let reach = overflow ? metrics.groupWidth : 0;
  // The next position after `p` without a row (or n): a pointer that only moves forward.
  let ahead = 0;
  const nextWithoutRow = (p: number): number => {
    ahead = Math.max(ahead, p + 1);
    while (ahead < n && (rowOf[ahead] as number) >= 0) ahead++;
    return ahead;
  };
  for (let p = 0; p < n; p++) {
    const row = rowOf[p] as number;
    if (row >= 0) {
      singles[singleCount++] = p;
      used = Math.max(used, row + 1);
      reach = Math.max(reach, metrics.labelOffset + labelWidth(p));
      continue;
    }
    // Without a row: joins the open group while its anchor is under that group's badge.
    const anchor = anchors[p] as number;
    if (anchor - before < groupEnd) {
      groupMembers[memberCount++] = p;
      continue;
    }
    const badgeEnd = anchor + (metrics.groupWidth + metrics.gap) * msPerPx;
    const next = nextWithoutRow(p);
    const nextStart = next < n ? (anchors[next] as number) - before : Infinity;
    if (nextStart >= badgeEnd) {
      // A group would hold this event alone ("+1 more" for one mark): the event is drawn in the
      // overflow row itself, labelled, its label given the room up to the row's next item (at
      // least what the badge would have taken).
      rowOf[p] = lastRow;
      singles[singleCount++] = p;
      const width = labelWidth(p);
      const room = (nextStart - anchor) / msPerPx - metrics.labelOffset - metrics.gap;
      if (room < width) cutRooms.set(p, room);
      reach = Math.max(reach, metrics.labelOffset + Math.min(width, room));
      groupEnd = -Infinity;
      continue;
    }
    groupStarts[groupCount++] = memberCount;
    groupEnd = badgeEnd;
    groupMembers[memberCount++] = p;
  }
  return {
    rowCount: Math.max(overflow ? rows : used, 1),
    reach: reach + metrics.gap,
    rowOf,
    singles: singles.slice(0, singleCount),
    cutRooms,
    groupStarts: groupStarts.slice(0, groupCount),
    groupMembers: groupMembers.slice(0, memberCount),
  };
}

/** A lane's stack with its groups' members as event indices, ready to hand out. */
interface PlacedStack extends LaneStack {
  readonly groupEvents: Int32Array;
}

export interface StackItem {
  readonly lane: number;
  readonly row: number;
  /** The event index (into the events array) of a single mark, or a group's first member. */
  readonly first: number;
  /** 1 for a single mark; a group's size otherwise. */
  readonly count: number;
  /**
   * A group's events (indices into the events array), in time order; empty for a single. A view
   * onto the layout's cache: read it, do not write to it.
   */
  readonly members: Int32Array;
  /** First and last anchor (UTC ms). */
  readonly minMs: number;
  readonly maxMs: number;
  /** Where the mark or the group's badge is anchored, in pixels. */
  readonly x: number;
  /** Pixels reserved for the label (a single's whole label, unless `cut`), right of `labelOffset`. */
  readonly labelWidth: number;
  /** Set when `labelWidth` is less than the whole label, which is then fitted (cut) to it. */
  readonly cut?: boolean;
}

export interface StackLayout {
  readonly level: number;
  /** Rows per lane at this level (pan-invariant: the lane's whole extent is packed). */
  readonly rowCounts: readonly number[];
  readonly items: readonly StackItem[];
}

const NO_MEMBERS = new Int32Array(0);

/**
 * Caches each zoom level's stacks for one lane index. Label widths are measured lazily, once
 * per event, by the function given.
 */
export class StackEngine {
  private readonly cache = new Map<number, readonly PlacedStack[]>();
  /**
   * Label width per event index, measured on first use (0 until then: a new array needs no
   * filling, a million entries; an empty label measured as 0 is simply measured again).
   */
  private readonly widths: Float64Array;
  /** Per event index: its position in its lane's order. */
  private positions: Int32Array | undefined;
  private readonly index: LaneIndex;
  private readonly labelWidth: (event: number) => number;
  readonly metrics: StackMetrics;

  constructor(index: LaneIndex, labelWidth: (event: number) => number, metrics: StackMetrics) {
    this.index = index;
    this.labelWidth = labelWidth;
    this.metrics = metrics;
    this.widths = new Float64Array(index.laneOfEvent.length);
  }

  /**
   * Measures every label not yet measured, so later zoom levels find them ready. Worth calling
   * when the page is idle: otherwise the first zoom into a busy dataset measures thousands at once.
   */
  measureAll(): void {
    this.measureWhile(() => true);
  }

  /** Where measureWhile stopped: labels before it are measured. */
  private measuredUpTo = 0;

  /**
   * Measures labels not yet measured while `more()` says so (asked every 256 labels), so a
   * million labels can be measured in idle slices; returns true once all are.
   */
  measureWhile(more: () => boolean): boolean {
    const { widths } = this;
    let event = this.measuredUpTo;
    while (event < widths.length) {
      const stop = Math.min(widths.length, event + 256);
      for (; event < stop; event++) {
        if (widths[event] === 0) widths[event] = this.labelWidth(event);
      }
      this.measuredUpTo = event;
      if (!more()) break;
    }
    return event >= widths.length;
  }

  /** An event's label width, measured once. */
  private widthOf(event: number): number {
    let width = this.widths[event] as number;
    if (width === 0) {
      width = this.labelWidth(event);
      this.widths[event] = width;
    }
    return width;
  }

  stacksAt(level: number): readonly PlacedStack[] {
    let stacks = this.cache.get(level);
    if (!stacks) {
      const msPerPx = msPerLevel(level);
      stacks = this.index.anchors.map((anchors, lane) => {
        const order = this.index.order[lane] as Int32Array;
        const width = (p: number): number => this.widthOf(order[p] as number);
        const stack = stackLane(anchors, width, msPerPx, this.metrics);
        const { groupMembers } = stack;
        const groupEvents = new Int32Array(groupMembers.length);
        for (let m = 0; m < groupMembers.length; m++)
          groupEvents[m] = order[groupMembers[m] as number] as number;
        return { ...stack, groupEvents };
      });
      // A zoom back and forth revisits the same levels: forget the oldest level only.
      if (this.cache.size >= 48) {
        const oldest = this.cache.keys().next();
        if (!oldest.done) this.cache.delete(oldest.value);
      }
      this.cache.set(level, stacks);
    }
    return stacks;
  }

  /** Where an event sits at the level of this view: its lane, and its row or its group's row. */
  placement(event: number, view: Viewport, widthPx: number): { lane: number; row: number } {
    const lane = this.index.laneOfEvent[event] ?? 0;
    this.positions ??= positionsInLanes(this.index);
    const stack = this.stacksAt(this.levelFor(view, widthPx))[lane];
    const row = stack?.rowOf[this.positions[event] ?? 0] ?? 0;
    return { lane, row: row >= 0 ? row : (stack?.rowCount ?? 1) - 1 };
  }

  /** The level a view's scale calls for. */
  exactLevelFor(view: Viewport, widthPx: number): number {
    return stackLevel(Math.max(view.to - view.from, 1) / Math.max(widthPx, 1));
  }

  /**
   * The level a view is drawn at: its own once stacked. Until then, with a lane index large
   * enough that stacking a level costs frames (a pass over every event), a coarser level already
   * stacked stands in (up to two doublings coarser): its rows were packed for labels taking more
   * time than they take now, so they never overlap, they only leave more events in "+N more"
   * groups for a moment. `stackExact` then stacks the view's own level when the page is idle.
   */
  levelFor(view: Viewport, widthPx: number): number {
    const exact = this.exactLevelFor(view, widthPx);
    if (this.cache.has(exact) || this.widths.length < INTERIM_FROM_EVENTS) return exact;
    for (let level = exact + 1; level <= exact + INTERIM_RUNGS; level++)
      if (this.cache.has(level)) return level;
    return exact;
  }

  /** Stacks the view's own level if a coarser one stands in for it; true when it did. */
  stackExact(view: Viewport, widthPx: number): boolean {
    const exact = this.exactLevelFor(view, widthPx);
    if (this.cache.has(exact)) return false;
    this.stacksAt(exact);
    return true;
  }

  /** Rows per lane at the level of this view. */
  rowCounts(view: Viewport, widthPx: number): readonly number[] {
    return this.stacksAt(this.levelFor(view, widthPx)).map((stack) => stack.rowCount);
  }

  /** The items that can show in `view` on a chart `widthPx` wide, with their pixel anchors. */
  layout(view: Viewport, widthPx: number): StackLayout {
    const span = Math.max(view.to - view.from, 1);
    const level = this.levelFor(view, widthPx);
    const stacks = this.stacksAt(level);
    const msPerPx = msPerLevel(level);
    const toX = (ms: number): number => ((ms - view.from) / span) * widthPx;
    const { metrics } = this;
    const items: StackItem[] = [];
    stacks.forEach((stack, lane) => {
      const anchors = this.index.anchors[lane] as Float64Array;
      const order = this.index.order[lane] as Int32Array;
      // An item reaches at most this far right of its anchor: start looking that far left.
      const from = view.from - stack.reach * msPerPx;
      const to = view.to + metrics.before * msPerPx;
      const { singles } = stack;
      for (let i = firstAtOrAfter(singles, anchors, from); i < singles.length; i++) {
        const p = singles[i] as number;
        const anchor = anchors[p] as number;
        if (anchor > to) break;
        const cutRoom = stack.cutRooms.get(p);
        items.push({
          lane,
          row: stack.rowOf[p] as number,
          first: order[p] as number,
          count: 1,
          members: NO_MEMBERS,
          minMs: anchor,
          maxMs: anchor,
          x: toX(anchor),
          labelWidth: cutRoom ?? this.widthOf(order[p] as number),
          cut: cutRoom !== undefined,
        });
      }
      const { groupStarts, groupMembers } = stack;
      const groupEnd = (g: number): number =>
        g + 1 < groupStarts.length ? (groupStarts[g + 1] as number) : groupMembers.length;
      // Groups follow each other in time: binary search for the first whose last anchor is in reach.
      let lo = 0;
      let hi = groupStarts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((anchors[groupMembers[groupEnd(mid) - 1] as number] as number) < from) lo = mid + 1;
        else hi = mid;
      }
      for (let g = lo; g < groupStarts.length; g++) {
        const start = groupStarts[g] as number;
        const end = groupEnd(g);
        const minMs = anchors[groupMembers[start] as number] as number;
        const maxMs = anchors[groupMembers[end - 1] as number] as number;
        if (minMs > to) break;
        // A view of the group's events, not a copy: at a wide zoom a million events are members.
        const members = stack.groupEvents.subarray(start, end);
        items.push({
          lane,
          row: stack.rowCount - 1,
          first: members[0] as number,
          count: end - start,
          members,
          minMs,
          maxMs,
          x: toX(minMs),
          labelWidth: 0,
          cut: false,
        });
      }
    });
    return { level, rowCounts: stacks.map((stack) => stack.rowCount), items };
  }
}

function positionsInLanes(index: LaneIndex): Int32Array {
  const positions = new Int32Array(index.laneOfEvent.length);
  for (const order of index.order) order.forEach((event, p) => (positions[event] = p));
  return positions;
}

/** The first of `positions` (ascending anchors) whose anchor is at or after `ms`. */
function firstAtOrAfter(positions: Int32Array, anchors: Float64Array, ms: number): number {
  return bisector((p: number) => anchors[p] as number).left(positions, ms);
}
