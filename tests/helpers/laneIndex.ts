import type { LaneIndex } from "../../src/model/lanes.ts";

/** A lane index straight from per-lane anchors; event indices are numbered lane after lane. */
export function laneIndexOf(lanes: readonly (readonly number[])[]): LaneIndex {
  let next = 0;
  const anchors: Float64Array[] = [];
  const order: Int32Array[] = [];
  const laneOfEvent: number[] = [];
  lanes.forEach((lane, l) => {
    const sorted = [...lane].sort((a, b) => a - b);
    anchors.push(Float64Array.from(sorted));
    order.push(Int32Array.from(sorted.map(() => next++)));
    sorted.forEach(() => laneOfEvent.push(l));
  });
  return {
    lanes: lanes.map((_, l) => ({ id: `lane-${l}`, label: `Lane ${l}` })),
    anchors,
    order,
    laneOfEvent: Int32Array.from(laneOfEvent),
  };
}
