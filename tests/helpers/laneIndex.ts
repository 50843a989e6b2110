import type { TimelineEvent } from "../../src/model/events.ts";
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

/** Per lane id, the ids of its events in lane order. */
export function membership(
  index: LaneIndex,
  events: readonly TimelineEvent[],
): Record<string, string[]> {
  return Object.fromEntries(
    index.lanes.map((lane, l) => [
      lane.id,
      Array.from(index.order[l] ?? [], (i) => events[i]?.id ?? "?"),
    ]),
  );
}

/** The structural invariants every lane index must satisfy. */
export function expectConsistent(index: LaneIndex, events: readonly TimelineEvent[]): void {
  expect(index.anchors).toHaveLength(index.lanes.length);
  expect(index.order).toHaveLength(index.lanes.length);
  expect(index.laneOfEvent).toHaveLength(events.length);
  const seen = new Array<number>(events.length).fill(0);
  index.order.forEach((order, lane) => {
    const anchors = index.anchors[lane] as Float64Array;
    expect(anchors.length).toBe(order.length);
    order.forEach((eventIndex, p) => {
      seen[eventIndex] = (seen[eventIndex] ?? 0) + 1;
      expect(index.laneOfEvent[eventIndex]).toBe(lane);
      expect(anchors[p]).toBe(events[eventIndex]?.anchorMs);
      if (p > 0) {
        expect(anchors[p]).toBeGreaterThanOrEqual(anchors[p - 1] as number);
        // Ties keep the events array's order.
        if (anchors[p] === anchors[p - 1]) {
          expect(eventIndex).toBeGreaterThan(order[p - 1] as number);
        }
      }
    });
  });
  // Each event sits in exactly one lane.
  expect(seen.every((n) => n === 1)).toBe(true);
}
