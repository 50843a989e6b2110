/**
 * Lanes stay few whatever the data: the largest MAX_LANES − 1 groups and "Other"; a grouping
 * with nearly one event per group falls back to one lane and says so.
 */
import { resolveEvents } from "../../src/model/events.ts";
import { MAX_LANES, buildLaneIndex } from "../../src/model/lanes.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();

/** `sizes[k]` events tagged with topic k. */
function datasetWith(sizes: readonly number[]): Dataset {
  const topics = sizes.map((_, k) => ({ id: `t${k}`, label: `Topic ${k}` }));
  const events: DatasetEvent[] = [];
  sizes.forEach((size, k) => {
    for (let i = 0; i < size; i++)
      events.push(
        sampleEvent({
          id: `e${k}-${i}`,
          date: `2025-01-${String(1 + ((k + i) % 28)).padStart(2, "0")}`,
          topics: [`t${k}`],
        }),
      );
  });
  return { ...smallDataset(events), topics };
}

describe("capped lanes", () => {
  it("keeps the largest groups in the dataset's order and folds the rest into Other", () => {
    // 20 topics: the even ones have 10 events, the odd ones 1.
    const sizes = Array.from({ length: 20 }, (_, k) => (k % 2 === 0 ? 10 : 1));
    const dataset = datasetWith(sizes);
    const events = resolveEvents(dataset, goldstein);
    const index = buildLaneIndex(dataset, events, "topic");
    expect(index.lanes).toHaveLength(MAX_LANES);
    // The ten large topics and the first single-event one (ties go to the earlier), in order.
    expect(index.lanes.map((lane) => lane.id)).toEqual([
      "t0",
      "t1",
      ...Array.from({ length: 9 }, (_, k) => `t${2 * k + 2}`),
      "other",
    ]);
    // Other holds the nine folded single-event topics; every event is in exactly one lane.
    expect(index.order.at(-1)).toHaveLength(9);
    expect(index.folded).toBe(9);
    expect(index.collapsed).toBeUndefined();
    expect(index.order.reduce((sum, lane) => sum + lane.length, 0)).toBe(events.length);
    events.forEach((event, i) => {
      const lane = index.lanes[index.laneOfEvent[i] as number];
      expect(lane?.id === event.source.topics[0] || lane?.id === "other").toBe(true);
    });
  });

  it("leaves datasets with few groups as they were", () => {
    const dataset = datasetWith([3, 2, 1]);
    const index = buildLaneIndex(dataset, resolveEvents(dataset, goldstein), "topic");
    expect(index.lanes.map((lane) => lane.id)).toEqual(["t0", "t1", "t2"]);
    expect(index.folded).toBeUndefined();
  });

  it("falls back to one lane when each group holds about one event", () => {
    const dataset = datasetWith(Array.from({ length: 500 }, () => 1));
    const events = resolveEvents(dataset, goldstein);
    const index = buildLaneIndex(dataset, events, "topic");
    expect(index.lanes).toHaveLength(1);
    expect(index.collapsed).toEqual({ grouping: "topic", groups: 500 });
    expect(index.order[0]).toHaveLength(500);
  });
});
