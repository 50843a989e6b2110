/**
 * Lanes stay few whatever the data: the largest MAX_LANES − 1 groups and "Other"; a grouping
 * with nearly one event per group falls back to one lane and says so.
 */
import { resolveEvents } from "../../src/model/events.ts";
import type { LaneIndex } from "../../src/model/lanes.ts";
import { MAX_LANES, buildLaneIndex } from "../../src/model/lanes.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { expectConsistent, membership } from "../helpers/laneIndex.ts";

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

describe("capped lanes at their edges", () => {
  /** Per lane id, how many events it holds. */
  const sizesOf = (index: LaneIndex): Record<string, number> =>
    Object.fromEntries(index.lanes.map((lane, l) => [lane.id, index.order[l]?.length ?? 0]));

  it("sends each folded group's events to Other and keeps every other event in its own topic's lane", () => {
    const sizes = Array.from({ length: 14 }, (_, k) => (k < 11 ? 3 : 1));
    const dataset = datasetWith(sizes);
    const events = resolveEvents(dataset, goldstein);
    const index = buildLaneIndex(dataset, events, "topic");
    expectConsistent(index, events);
    const lanes = membership(index, events);
    expect(lanes["t0"]?.sort()).toEqual(["e0-0", "e0-1", "e0-2"]);
    expect(lanes["t10"]?.sort()).toEqual(["e10-0", "e10-1", "e10-2"]);
    expect(lanes["other"]?.sort()).toEqual(["e11-0", "e12-0", "e13-0"]);
    expect(index.folded).toBe(3);
  });

  it("draws exactly MAX_LANES groups as they are, and folds from one more", () => {
    const twelve = datasetWith(Array.from({ length: MAX_LANES }, () => 2));
    const atMost = buildLaneIndex(twelve, resolveEvents(twelve, goldstein), "topic");
    expect(atMost.lanes.map((lane) => lane.id)).toEqual(
      Array.from({ length: MAX_LANES }, (_, k) => `t${k}`),
    );
    expect("folded" in atMost).toBe(false);
    const thirteen = datasetWith(Array.from({ length: MAX_LANES + 1 }, () => 2));
    const capped = buildLaneIndex(thirteen, resolveEvents(thirteen, goldstein), "topic");
    expect(sizesOf(capped)).toMatchObject({ t0: 2, t10: 2, other: 4 });
    expect(capped.folded).toBe(2);
  });

  it("keeps the lanes when the largest groups hold exactly half of the events", () => {
    // 22 single-event topics: the first 11 hold 11 of 22 events.
    const dataset = datasetWith(Array.from({ length: 22 }, () => 1));
    const index = buildLaneIndex(dataset, resolveEvents(dataset, goldstein), "topic");
    expect(index.collapsed).toBeUndefined();
    expect(index.folded).toBe(11);
    expect(sizesOf(index)["other"]).toBe(11);
  });

  it("counts only groups with events as folded, empty lanes kept or not", () => {
    // 11 large topics, 3 single-event ones and 4 without events.
    const sizes = [...Array.from({ length: 11 }, () => 5), 1, 1, 1, 0, 0, 0, 0];
    const dataset = datasetWith(sizes);
    const events = resolveEvents(dataset, goldstein);
    for (const keepEmpty of [true, false]) {
      const index = buildLaneIndex(dataset, events, "topic", keepEmpty);
      expect(index.folded).toBe(3);
      expect(sizesOf(index)["other"]).toBe(3);
      expectConsistent(index, events);
    }
  });

  it("folds no group when only empty topics are past the twelfth lane", () => {
    // Five topics with events and eight without: the empty ones past the eleventh share Other.
    const dataset = datasetWith([4, 3, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    const events = resolveEvents(dataset, goldstein);
    const index = buildLaneIndex(dataset, events, "topic");
    expect(index.lanes).toHaveLength(MAX_LANES);
    expect(index.folded).toBe(0);
    expect(sizesOf(index)["other"]).toBe(0);
  });

  it("counts neither empty topics nor undeclared ones among the groups it gives up on", () => {
    // Eight single-event topics, five without events, and twenty events whose topic the dataset
    // does not declare: the largest lanes would hold 8 of 28 events.
    const sizes = [...Array.from({ length: 8 }, () => 1), 0, 0, 0, 0, 0];
    const dataset = datasetWith(sizes);
    const strays = Array.from({ length: 20 }, (_, i) =>
      sampleEvent({ id: `stray-${i}`, date: "2025-02-01", topics: [`undeclared-${i}`] }),
    );
    const withStrays = { ...dataset, events: [...dataset.events, ...strays] };
    const events = resolveEvents(withStrays, goldstein);
    const index = buildLaneIndex(withStrays, events, "topic");
    expect(index.collapsed).toEqual({ grouping: "topic", groups: 8 });
    expect(index.lanes).toHaveLength(1);
    expect(index.order[0]).toHaveLength(28);
    // Without the empty topics only nine lanes are left to draw (eight and Other): no fallback.
    const shown = buildLaneIndex(withStrays, events, "topic", false);
    expect(shown.collapsed).toBeUndefined();
    expect(shown.lanes.map((lane) => lane.id)).toEqual([
      ...Array.from({ length: 8 }, (_, k) => `t${k}`),
      "other",
    ]);
    expect(shown.order.at(-1)).toHaveLength(20);
  });
});
