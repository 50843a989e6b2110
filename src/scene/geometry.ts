/** Vertical layout of the timeline, in CSS pixels. */
import { MARK_METRICS } from "../model/stacking.ts";

export const ERA_ROW = 20;
export const AXIS_HEIGHT = 26;
export const MARK_RADIUS = 6;
/** The lane's name sits above its first row. */
export const LANE_HEAD = 14;
/** One row of marks and labels. */
export const ROW_HEIGHT = 18;
const LANE_FOOT = 2;
/** A lane of one row: the height every lane had before lanes stacked. */
export const LANE_HEIGHT = LANE_HEAD + ROW_HEIGHT + LANE_FOOT;
/** Where a mark's label starts, right of its anchor. */
export const LABEL_OFFSET = MARK_METRICS.labelOffset;

/** Lane tops for the rows each lane needs; `tops[lanes]` is the bottom of the last lane. */
export interface LaneGeometry {
  readonly tops: Float64Array;
}

export function laneGeometry(rowCounts: readonly number[]): LaneGeometry {
  const tops = new Float64Array(rowCounts.length + 1);
  tops[0] = ERA_ROW;
  rowCounts.forEach((rows, lane) => {
    tops[lane + 1] = (tops[lane] as number) + laneHeight(rows);
  });
  return { tops };
}

export function laneHeight(rows: number): number {
  return LANE_HEAD + Math.max(rows, 1) * ROW_HEIGHT + LANE_FOOT;
}

export function laneTop(geometry: LaneGeometry, lane: number): number {
  return geometry.tops[lane] as number;
}

/** Bottom of the last lane: where lane stripes, eras and grid lines end. */
export function lanesBottom(geometry: LaneGeometry): number {
  return geometry.tops[geometry.tops.length - 1] as number;
}

/** Vertical centre of a row's marks. */
export function markY(geometry: LaneGeometry, lane: number, row: number): number {
  return laneTop(geometry, lane) + LANE_HEAD + row * ROW_HEIGHT + ROW_HEIGHT / 2;
}

/** The plot's height: era row, lanes (at least one lane's worth) and the axis. */
export function plotHeight(geometry: LaneGeometry): number {
  return Math.max(lanesBottom(geometry), ERA_ROW + LANE_HEIGHT) + AXIS_HEIGHT;
}

export function msToX(ms: number, from: number, to: number, width: number): number {
  return ((ms - from) / (to - from)) * width;
}

export function xToMs(x: number, from: number, to: number, width: number): number {
  return from + (x / width) * (to - from);
}

/**
 * The row the edge signposts ("‹ 2 earlier", "3 later ›") sit in: the middle row of the lane at
 * the middle of the plot, never on a lane's name (which sits above its rows at the left edge).
 */
export function signpostSlot(
  geometry: LaneGeometry,
  rowCounts: readonly number[],
): { readonly lane: number; readonly row: number } | undefined {
  const middle = (plotHeight(geometry) - AXIS_HEIGHT) / 2;
  for (let lane = 0; lane < rowCounts.length; lane++) {
    if ((geometry.tops[lane + 1] ?? Infinity) >= middle) {
      const rows = Math.max(rowCounts[lane] ?? 1, 1);
      return { lane, row: Math.floor((rows - 1) / 2) };
    }
  }
  return undefined;
}
