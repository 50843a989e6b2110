/**
 * A filter's result is picked by position from the whole list, so its columns and its events'
 * lanes come from the whole list's. Whatever the route, they must be what reading the filtered
 * events themselves gives.
 */
import fc from "fast-check";
import { eventColumns, pickedFrom, readColumns } from "../../src/model/eventColumns.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { NO_FILTERS, applyFilters } from "../../src/model/filters.ts";
import { LANE_GROUPINGS, buildLaneIndex } from "../../src/model/lanes.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();
const TOPICS = ["migration", "diplomacy", "trade", "undeclared"];
const ACTORS = ["trump", "petro", "rubio"];

const eventArb = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  topics: fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1, maxLength: 3 }),
  actors: fc.uniqueArray(fc.constantFrom(...ACTORS), { maxLength: 2 }),
  initiator: fc.constantFrom("USA", "COL"),
});

interface Row {
  readonly day: number;
  readonly topics: string[];
  readonly actors: string[];
  readonly initiator: string;
}

function datasetOf(rows: readonly Row[]): Dataset {
  const base = smallDataset([]);
  return {
    ...base,
    topics: TOPICS.slice(0, 3).map((id) => ({ id, label: id })),
    actors: ACTORS.map((id) => ({ id, name: id, party: "USA", role: "official" })),
    events: rows.map((row, i) =>
      sampleEvent({
        id: `e${i}`,
        date: `2025-03-${String(row.day).padStart(2, "0")}`,
        topics: row.topics,
        actors: row.actors,
        initiator: row.initiator,
        target: row.initiator === "USA" ? "COL" : "USA",
      }),
    ),
  };
}

describe("a filter's result", () => {
  it("is the events that pass, picked from the whole list with their columns (property)", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1 }),
        (rows, kept) => {
          const events = resolveEvents(datasetOf(rows), goldstein);
          const shown = applyFilters(events, { ...NO_FILTERS, topics: kept });
          expect(shown).toEqual(
            events.filter((e) => e.source.topics.some((t) => kept.includes(t))),
          );
          expect(pickedFrom(shown)?.from).toBe(events);
          expect(eventColumns(shown)).toEqual(readColumns(shown));
        },
      ),
    );
  });

  it("gets the lanes its own events would get, in every grouping (property)", () => {
    fc.assert(
      fc.property(
        fc.array(eventArb, { maxLength: 40 }),
        fc.uniqueArray(fc.constantFrom(...TOPICS), { minLength: 1 }),
        fc.constantFrom(...LANE_GROUPINGS),
        fc.boolean(),
        (rows, kept, grouping, keepEmpty) => {
          const dataset = datasetOf(rows);
          const events = resolveEvents(dataset, goldstein);
          const shown = applyFilters(events, { ...NO_FILTERS, topics: kept });
          // A copy is not a picked list: its lanes are read from its events.
          const read = buildLaneIndex(dataset, [...shown], grouping, keepEmpty);
          const picked = buildLaneIndex(dataset, shown, grouping, keepEmpty);
          expect(picked.lanes).toEqual(read.lanes);
          expect(Array.from(picked.laneOfEvent)).toEqual(Array.from(read.laneOfEvent));
        },
      ),
    );
  });

  it("takes its lanes from the dataset it is given, not one the whole list met before", () => {
    const dataset = datasetOf([
      { day: 1, topics: ["migration"], actors: [], initiator: "USA" },
      { day: 2, topics: ["trade"], actors: [], initiator: "USA" },
    ]);
    const events = resolveEvents(dataset, goldstein);
    const shown = applyFilters(events, { ...NO_FILTERS, topics: ["migration", "trade"] });
    expect(buildLaneIndex(dataset, shown, "topic").lanes.map((l) => l.id)).toEqual([
      "migration",
      "diplomacy",
      "trade",
    ]);
    const reordered = { ...dataset, topics: [...dataset.topics].reverse() };
    const index = buildLaneIndex(reordered, shown, "topic");
    expect(index.lanes.map((l) => l.id)).toEqual(["trade", "diplomacy", "migration"]);
    expect(Array.from(index.laneOfEvent)).toEqual([2, 0]);
  });
});
