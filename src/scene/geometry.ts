/** Vertical layout of the timeline, in CSS pixels. */
export const ERA_ROW = 20;
export const LANE_HEIGHT = 40;
export const AXIS_HEIGHT = 26;
/** Marks closer than this merge into a cluster (it leaves room for a short label). */
export const MIN_MARK_GAP = 28;
export const MARK_RADIUS = 6;

export function plotHeight(laneCount: number): number {
  return ERA_ROW + Math.max(laneCount, 1) * LANE_HEIGHT + AXIS_HEIGHT;
}

/** Vertical centre of a lane's marks (below the lane label). */
export function laneMarkY(lane: number): number {
  return ERA_ROW + lane * LANE_HEIGHT + LANE_HEIGHT * 0.62;
}

export function laneTop(lane: number): number {
  return ERA_ROW + lane * LANE_HEIGHT;
}

export function msToX(ms: number, from: number, to: number, width: number): number {
  return ((ms - from) / (to - from)) * width;
}

export function xToMs(x: number, from: number, to: number, width: number): number {
  return from + (x / width) * (to - from);
}
