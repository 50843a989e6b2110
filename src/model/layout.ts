/**
 * Deterministic mark layout. Within a lane, marks closer than a minimum gap merge into a
 * cluster showing its count; the cluster splits as the zoom widens the gap.
 *
 * Clustering is a greedy pass over the whole lane in time order (not just the visible part), so
 * a cluster never changes while panning, only while zooming. The gap in ms is rounded up to a
 * ladder of zoom levels (quarter powers of two) so one level's clusters can be cached and reused
 * for every frame at that level; rounding up keeps marks at least `minGapPx` apart.
 */
import type { LaneIndex } from "./lanes.ts";
import type { Viewport } from "./viewport.ts";

export interface LaneClusters {
  /** Per cluster: first and one-past-last position in the lane's sorted order. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

/**
 * Greedy clustering of sorted anchors. A cluster is drawn at its midpoint, so it takes each next
 * anchor closer than `gapMs` to its midpoint so far: it holds every anchor within `gapMs` of its
 * first, spans less than 2 × `gapMs`, and the next cluster starts at least `gapMs` after its
 * midpoint, which keeps consecutive marks (midpoints or single anchors) a gap apart.
 */
export function clusterSorted(anchors: Float64Array, gapMs: number): LaneClusters {
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  const n = anchors.length;
  while (i < n) {
    const first = anchors[i] as number;
    let j = i + 1;
    while (j < n && (anchors[j] as number) - (first + (anchors[j - 1] as number)) / 2 < gapMs) j++;
    starts.push(i);
    ends.push(j);
    i = j;
  }
  return { starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

const LADDER_STEPS_PER_DOUBLING = 4;

/** The zoom level whose gap is the smallest rung at or above `gapMs`. */
export function gapLevel(gapMs: number): number {
  const gap = Math.max(gapMs, 1);
  const level = Math.ceil(Math.log2(gap) * LADDER_STEPS_PER_DOUBLING);
  // log2 can round down by an ulp (e.g. at 2^1.5), landing one rung below the gap.
  return gapForLevel(level) < gap ? level + 1 : level;
}

export function gapForLevel(level: number): number {
  return 2 ** (level / LADDER_STEPS_PER_DOUBLING);
}

export interface LayoutItem {
  readonly lane: number;
  /** Event indices (into the events array) in this mark, in time order. */
  readonly first: number;
  readonly count: number;
  /** Position in the lane's order, to enumerate a cluster's events. */
  readonly laneStart: number;
  readonly laneEnd: number;
  /** Anchor of the first and last event (UTC ms). */
  readonly minMs: number;
  readonly maxMs: number;
  /** Where the mark is drawn: its first anchor for a single event, the midpoint for a cluster. */
  readonly x: number;
  readonly x0: number;
  readonly x1: number;
  /** Pixels free to the right before the next mark in the lane (for its label). */
  readonly room: number;
}

export interface Layout {
  readonly level: number;
  readonly items: readonly LayoutItem[];
}

/** Caches each zoom level's clusters for one lane index. */
export class LayoutEngine {
  private readonly cache = new Map<number, readonly LaneClusters[]>();

  constructor(private readonly index: LaneIndex) {}

  clustersAt(level: number): readonly LaneClusters[] {
    let clusters = this.cache.get(level);
    if (!clusters) {
      const gap = gapForLevel(level);
      clusters = this.index.anchors.map((anchors) => clusterSorted(anchors, gap));
      if (this.cache.size > 32) this.cache.clear();
      this.cache.set(level, clusters);
    }
    return clusters;
  }

  /** The marks visible in `view` on a chart `widthPx` wide, with their pixel positions. */
  layout(view: Viewport, widthPx: number, minGapPx: number): Layout {
    const span = Math.max(view.to - view.from, 1);
    const msPerPx = span / Math.max(widthPx, 1);
    const level = gapLevel(minGapPx * msPerPx);
    const clusters = this.clustersAt(level);
    const toX = (ms: number): number => ((ms - view.from) / span) * widthPx;
    const pad = minGapPx * msPerPx;
    const items: LayoutItem[] = [];
    clusters.forEach((lane, laneIndex) => {
      const anchors = this.index.anchors[laneIndex] as Float64Array;
      const order = this.index.order[laneIndex] as Int32Array;
      const { starts, ends } = lane;
      // Binary search for the first cluster whose last anchor reaches the view's left edge.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((anchors[(ends[mid] as number) - 1] as number) < view.from - pad) lo = mid + 1;
        else hi = mid;
      }
      for (let c = lo; c < starts.length; c++) {
        const s = starts[c] as number;
        const e = ends[c] as number;
        const minMs = anchors[s] as number;
        if (minMs > view.to + pad) break;
        const maxMs = anchors[e - 1] as number;
        const x0 = toX(minMs);
        const x1 = toX(maxMs);
        const nextStart =
          c + 1 < starts.length ? (anchors[starts[c + 1] as number] as number) : Infinity;
        items.push({
          lane: laneIndex,
          first: order[s] as number,
          count: e - s,
          laneStart: s,
          laneEnd: e,
          minMs,
          maxMs,
          x: e - s === 1 ? x0 : (x0 + x1) / 2,
          x0,
          x1,
          room: nextStart === Infinity ? Infinity : toX(nextStart) - x1,
        });
      }
    });
    return { level, items };
  }
}
