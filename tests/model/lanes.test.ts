import fc from "fast-check";
import type { TimelineEvent } from "../../src/model/events.ts";
import { resolveEvents } from "../../src/model/events.ts";
import type { LaneGrouping } from "../../src/model/lanes.ts";
import { LANE_GROUPINGS, buildLaneIndex } from "../../src/model/lanes.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { expectConsistent, membership } from "../helpers/laneIndex.ts";

const goldstein = goldsteinTable();

function resolved(events: DatasetEvent[]): { dataset: Dataset; events: TimelineEvent[] } {
  const dataset = smallDataset(events);
  return { dataset, events: resolveEvents(dataset, goldstein) };
}

describe("buildLaneIndex", () => {
  const { dataset, events } = resolved([
    sampleEvent({
      id: "tariffs",
      date: "2025-01-26",
      topics: ["diplomacy", "migration"],
      actors: ["petro", "trump"],
      initiator: "COL",
    }),
    sampleEvent({
      id: "deportations",
      date: "2025-01",
      topics: ["migration"],
      actors: [],
      initiator: "USA",
    }),
    sampleEvent({
      id: "meeting",
      date: "2026-02-03",
      topics: ["diplomacy"],
      actors: ["trump", "petro"],
      initiator: "USA",
    }),
    sampleEvent({
      id: "treaty",
      date: "2000",
      topics: ["migration", "diplomacy"],
      actors: ["trump"],
      initiator: "COL",
    }),
  ]);

  it("resolveEvents sorts the fixture in time", () => {
    expect(events.map((e) => e.id)).toEqual(["treaty", "deportations", "tariffs", "meeting"]);
  });

  it("sorts each lane by anchor, although resolveEvents sorts by start (mixed precisions)", () => {
    // "2025" starts on 1 January but is drawn on 2 July; "2025-03" on 16 March; "2025-01-26" at
    // midday that day. Start order: year, day, month. Anchor order: day, month, year.
    const mixed = resolved([
      sampleEvent({ id: "year", date: "2025" }),
      sampleEvent({ id: "month", date: "2025-03" }),
      sampleEvent({ id: "day", date: "2025-01-26" }),
      sampleEvent({ id: "later", date: "2025-12-31" }),
    ]);
    expect(mixed.events.map((e) => e.id)).toEqual(["year", "day", "month", "later"]);
    const index = buildLaneIndex(mixed.dataset, mixed.events, "none");
    expect(membership(index, mixed.events)).toEqual({ all: ["day", "month", "year", "later"] });
    expect(Array.from(index.anchors[0] ?? [], (ms) => new Date(ms).toISOString())).toEqual([
      "2025-01-26T12:00:00.000Z",
      "2025-03-16T12:00:00.000Z",
      "2025-07-02T12:00:00.000Z",
      "2025-12-31T12:00:00.000Z",
    ]);
    // laneOfEvent is indexed by the events array, untouched by the lane's sort.
    expect(Array.from(index.laneOfEvent)).toEqual([0, 0, 0, 0]);
    expectConsistent(index, mixed.events);
  });

  it("keeps events' order for equal anchors", () => {
    const tied = resolved([
      sampleEvent({ id: "b", date: "2025-01-26" }),
      sampleEvent({ id: "a", date: "2025-01-26" }),
      sampleEvent({ id: "c", date: "2025-01-26" }),
    ]);
    // resolveEvents breaks ties by id.
    const index = buildLaneIndex(tied.dataset, tied.events, "none");
    expect(membership(index, tied.events)).toEqual({ all: ["a", "b", "c"] });
    expect(Array.from(index.order[0] ?? [])).toEqual([0, 1, 2]);
  });

  it("keeps tied anchors in the events' order when a long lane needs sorting", () => {
    // Forty year-precision events start on 1 January but are drawn on 2 July: the lane of 100
    // events arrives out of anchor order, and the forty tie.
    const years = Array.from({ length: 40 }, (_, i) =>
      sampleEvent({ id: `y${String(i).padStart(2, "0")}`, date: "2025" }),
    );
    const days = Array.from({ length: 60 }, (_, i) =>
      sampleEvent({
        id: `d${String(i).padStart(2, "0")}`,
        date: `2025-${String(1 + Math.floor(i / 5)).padStart(2, "0")}-${String(2 + (i % 5) * 5).padStart(2, "0")}`,
      }),
    );
    const long = resolved([...days, ...years]);
    const index = buildLaneIndex(long.dataset, long.events, "none");
    const ids = membership(index, long.events)["all"] ?? [];
    // Days in January to June, then the forty years in id order, then July to December.
    expect(ids.slice(0, 30)).toEqual(days.slice(0, 30).map((e) => e.id));
    expect(ids.slice(30, 70)).toEqual(years.map((e) => e.id));
    expect(ids.slice(70)).toEqual(days.slice(30).map((e) => e.id));
    expectConsistent(index, long.events);
  });

  it("accepts events in any order", () => {
    const reversed = [...events].reverse();
    const index = buildLaneIndex(dataset, reversed, "topic");
    expect(membership(index, reversed)).toEqual({
      migration: ["treaty", "deportations"],
      diplomacy: ["tariffs", "meeting"],
    });
    expect(Array.from(index.laneOfEvent)).toEqual([1, 1, 0, 0]);
    expectConsistent(index, reversed);
  });

  it("topic: groups by each event's first topic, lanes in the dataset's topic order", () => {
    const index = buildLaneIndex(dataset, events, "topic");
    expect(index.lanes).toEqual([
      { id: "migration", label: "Migration and deportation" },
      { id: "diplomacy", label: "Diplomacy" },
    ]);
    expect(membership(index, events)).toEqual({
      migration: ["treaty", "deportations"],
      diplomacy: ["tariffs", "meeting"],
    });
    expect(Array.from(index.laneOfEvent)).toEqual([0, 0, 1, 1]);
    expectConsistent(index, events);
  });

  it("actor: groups by first actor; an event without actors goes to “other”, added last", () => {
    const index = buildLaneIndex(dataset, events, "actor");
    expect(index.lanes).toEqual([
      { id: "trump", label: "Donald Trump" },
      { id: "petro", label: "Gustavo Petro" },
      { id: "other", label: "Other" },
    ]);
    expect(membership(index, events)).toEqual({
      trump: ["treaty", "meeting"],
      petro: ["tariffs"],
      other: ["deportations"],
    });
    expectConsistent(index, events);
  });

  it("party: groups by initiating party, labelled with the party's name", () => {
    const index = buildLaneIndex(dataset, events, "party");
    expect(index.lanes).toEqual([
      { id: "USA", label: "United States" },
      { id: "COL", label: "Colombia" },
    ]);
    expect(membership(index, events)).toEqual({
      USA: ["deportations", "meeting"],
      COL: ["treaty", "tariffs"],
    });
    expectConsistent(index, events);
  });

  it("none: one lane, labelled with the dataset's title, holding every event in time order", () => {
    const index = buildLaneIndex(dataset, events, "none");
    expect(index.lanes).toEqual([{ id: "all", label: "Sample relations" }]);
    expect(membership(index, events)).toEqual({
      all: ["treaty", "deportations", "tariffs", "meeting"],
    });
    expect(Array.from(index.anchors[0] ?? [])).toEqual(events.map((e) => e.anchorMs));
    expectConsistent(index, events);
  });

  it("keeps empty lanes (a lane per dataset topic/actor/party) and adds “other” only when needed", () => {
    const only = resolved([sampleEvent({ id: "a", topics: ["diplomacy"], actors: ["petro"] })]);
    const byTopic = buildLaneIndex(only.dataset, only.events, "topic");
    expect(byTopic.lanes.map((l) => l.id)).toEqual(["migration", "diplomacy"]);
    expect(Array.from(byTopic.anchors[0] ?? [])).toEqual([]);
    expect(Array.from(byTopic.order[1] ?? [])).toEqual([0]);
    const byActor = buildLaneIndex(only.dataset, only.events, "actor");
    expect(byActor.lanes.map((l) => l.id)).toEqual(["trump", "petro"]);
  });

  it("sends keys the dataset does not declare to “other” (unvalidated data does not crash)", () => {
    const { dataset: d, events: e } = resolved([
      sampleEvent({ id: "known", date: "2020-01-01", topics: ["diplomacy"] }),
      sampleEvent({ id: "unknown", date: "2020-01-02", topics: ["trade", "diplomacy"] }),
      sampleEvent({ id: "party", date: "2020-01-03", initiator: "MEX" }),
    ]);
    // First topic "trade" is not a dataset topic: the event does not fall back to its second.
    expect(membership(buildLaneIndex(d, e, "topic"), e)).toEqual({
      migration: [],
      diplomacy: ["known", "party"],
      other: ["unknown"],
    });
    expect(membership(buildLaneIndex(d, e, "party"), e)).toEqual({
      USA: ["known", "unknown"],
      COL: [],
      other: ["party"],
    });
  });

  it("handles no events", () => {
    const { dataset: d, events: e } = resolved([]);
    for (const grouping of LANE_GROUPINGS) {
      const index = buildLaneIndex(d, e, grouping);
      expect(index.laneOfEvent).toHaveLength(0);
      expect(index.lanes.some((l) => l.id === "other")).toBe(false);
      expectConsistent(index, e);
    }
  });

  it("lists the four groupings", () => {
    expect(LANE_GROUPINGS).toEqual(["topic", "actor", "party", "none"]);
  });

  it("is consistent for any events and grouping (sorted anchors, order ↔ laneOfEvent)", () => {
    const topic = fc.constantFrom("migration", "diplomacy", "trade");
    const actor = fc.constantFrom("trump", "petro", "rubio");
    const date = fc
      .tuple(
        fc.integer({ min: 1990, max: 2030 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom(4, 7, 10),
      )
      .map(([y, m, d, length]) =>
        `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`.slice(0, length),
      );
    const event = fc.record({
      date,
      topics: fc.array(topic, { minLength: 1, maxLength: 3 }),
      actors: fc.array(actor, { maxLength: 3 }),
      initiator: fc.constantFrom("USA", "COL", "MEX"),
    });
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 40 }),
        fc.constantFrom<LaneGrouping>(...LANE_GROUPINGS),
        (specs, grouping) => {
          const { dataset: d, events: e } = resolved(
            specs.map((spec, i) => sampleEvent({ id: `e${i}`, ...spec })),
          );
          const index = buildLaneIndex(d, e, grouping);
          expectConsistent(index, e);
          // Lanes: the dataset's own, then "other" only if some event has no declared key.
          const own = index.lanes.filter((l) => l.id !== "other");
          expect(own.length).toBe({ topic: 2, actor: 2, party: 2, none: 1 }[grouping] as number);
          const otherAt = index.lanes.findIndex((l) => l.id === "other");
          if (otherAt !== -1) {
            expect(otherAt).toBe(index.lanes.length - 1);
            expect((index.order[otherAt] as Int32Array).length).toBeGreaterThan(0);
          }
          // Each event's lane is the one its grouping key names.
          e.forEach((ev, i) => {
            const key = {
              topic: ev.source.topics[0],
              actor: ev.source.actors[0],
              party: ev.source.initiator,
              none: "all",
            }[grouping];
            const laneId = index.lanes[index.laneOfEvent[i] as number]?.id;
            const declared = own.some((l) => l.id === key);
            expect(laneId).toBe(declared ? key : "other");
          });
        },
      ),
    );
  });
});

describe("hiding empty lanes", () => {
  it("leaves out lanes without events unless asked to keep them, renumbering the rest", () => {
    const { dataset, events } = resolved([
      sampleEvent({ id: "a", topics: ["diplomacy"] }),
      sampleEvent({ id: "b", topics: ["diplomacy"], date: "2025-03-01" }),
    ]);
    const kept = buildLaneIndex(dataset, events, "topic", true);
    expect(kept.lanes.map((lane) => lane.id)).toEqual(["migration", "diplomacy"]);
    const hidden = buildLaneIndex(dataset, events, "topic", false);
    expect(hidden.lanes.map((lane) => lane.id)).toEqual(["diplomacy"]);
    expectConsistent(hidden, events);
    expect(membership(hidden, events)).toEqual({ diplomacy: ["b", "a"] });
  });

  it("keeps every event in exactly one shown lane, whatever the grouping", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("migration", "diplomacy", "unknown-topic"), { maxLength: 12 }),
        fc.constantFrom(...LANE_GROUPINGS),
        (topics, grouping) => {
          const { dataset, events } = resolved(
            topics.map((topic, i) => sampleEvent({ id: `e${i}`, topics: [topic] })),
          );
          const index = buildLaneIndex(dataset, events, grouping, false);
          expectConsistent(index, events);
          index.order.forEach((order) => expect(order.length).toBeGreaterThan(0));
        },
      ),
    );
  });
});
