/**
 * The load worker's index must stand in for resolveEvents and the topic lanes exactly: the page
 * adopts it instead of computing them, so any difference would show as misplaced marks.
 */
import fc from "fast-check";
import {
  adoptIndex,
  IndexAdopter,
  indexBuffers,
  indexEvents,
  indexOfEvent,
  positionIn,
} from "../../src/model/eventIndex.ts";
import { resolveEvents, type TimelineEvent } from "../../src/model/events.ts";
import { buildLaneIndex } from "../../src/model/lanes.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { usColombia } from "../helpers/render.tsx";

/** A structured clone, as the dataset and index reach the page from the worker. */
const cloned = <T>(value: T): T => structuredClone(value);

describe("the event index from the load worker", () => {
  it("gives the page the same events, in the same order, with the same lanes", () => {
    const table = goldsteinTable();
    const inWorker = usColombia();
    const index = cloned(indexEvents(inWorker, table));
    const onPage = cloned(inWorker);
    const pageTable = goldsteinTable();
    adoptIndex(onPage, pageTable, index);

    const adopted = resolveEvents(onPage, pageTable);
    const computed = resolveEvents(cloned(inWorker), pageTable);
    const fields = (e: (typeof computed)[number]) => ({
      id: e.id,
      title: e.source.title,
      start: e.start,
      end: e.end,
      startMs: e.startMs,
      endMs: e.endMs,
      anchorMs: e.anchorMs,
      score: e.score,
      scoreFromCameo: e.scoreFromCameo,
      weight: e.weight,
      isSpan: e.isSpan,
      context: e.context,
      within: e.within,
    });
    // The record has context events and bounded dates, so both must survive the index.
    expect(computed.some((e) => e.context)).toBe(true);
    expect(computed.some((e) => e.within !== undefined)).toBe(true);
    expect(adopted.map(fields)).toEqual(computed.map(fields));
    // The adopted events' sources are the page's own objects, not copies.
    expect(adopted.every((e) => onPage.events.includes(e.source))).toBe(true);

    const lanes = buildLaneIndex(onPage, adopted, "topic");
    expect(lanes).toBe(index.topicLanes);
    // Plain arrays: a structured clone's typed arrays may come from another realm in jsdom.
    const plain = (index: typeof lanes) => ({
      lanes: index.lanes,
      anchors: index.anchors.map((a) => Array.from(a)),
      order: index.order.map((o) => Array.from(o)),
      laneOfEvent: Array.from(index.laneOfEvent),
    });
    expect(plain(lanes)).toEqual(plain(buildLaneIndex(onPage, computed, "topic")));
  });

  it("is ignored for a table other than the one it was adopted with", () => {
    const dataset = usColombia();
    adoptIndex(dataset, goldsteinTable(), indexEvents(dataset, goldsteinTable()));
    const other = new Map([["042", 1.9]]);
    const events = resolveEvents(dataset, other);
    expect(events).toHaveLength(dataset.events.length);
    expect(events).not.toBe(resolveEvents(dataset, goldsteinTable()));
  });
});

describe("the event index of a dataset whose events name no causes", () => {
  // Dates of every precision over a few months (many ties), topics known and unknown, in any
  // order: the index's order comes from its own sort, and its lanes read in the dataset's order.
  const date = fc.oneof(
    fc.constantFrom("2025", "2026"),
    fc.constantFrom("2025-01", "2025-02", "2025-03"),
    fc.constantFrom("2025-01-01", "2025-01-15", "2025-02-01", "2025-02-15", "2025-03-31"),
  );
  const topic = fc.constantFrom("migration", "diplomacy", "elsewhere");
  const events = fc
    .array(fc.tuple(date, topic, fc.boolean()), { minLength: 1, maxLength: 40 })
    .map((rows) =>
      rows.map(([when, first, withEnd], i) =>
        sampleEvent({
          // Ids out of time order, so ties fall to the ids, not to the dataset's order.
          id: `event-${(i * 7919) % 1000}-${i}`,
          date: when,
          ...(withEnd ? { end: "2026-06-30" } : {}),
          topics: [first, "diplomacy"],
        }),
      ),
    );

  it("orders and lanes them as resolving and grouping them event by event does", () => {
    fc.assert(
      fc.property(events, (list) => {
        const table = goldsteinTable();
        const dataset = smallDataset(list);
        const index = indexEvents(dataset, table);
        const computed = resolveEvents(cloned(dataset), table);
        expect(Array.from(index.order, (p) => list[p]?.id)).toEqual(computed.map((e) => e.id));
        const plain = (lanes: typeof index.topicLanes) => ({
          lanes: lanes.lanes,
          anchors: lanes.anchors.map((a) => Array.from(a)),
          order: lanes.order.map((o) => Array.from(o)),
          laneOfEvent: Array.from(lanes.laneOfEvent),
        });
        const copy = cloned(dataset);
        expect(plain(index.topicLanes)).toEqual(
          plain(buildLaneIndex(copy, resolveEvents(copy, table), "topic")),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe("the event index's parts", () => {
  const table = goldsteinTable();

  it("hands over every column's buffer once, to transfer instead of copying", () => {
    const dataset = usColombia();
    const index = indexEvents(dataset, table);
    const buffers = indexBuffers(index);
    const lanes = index.topicLanes;
    expect(buffers).toHaveLength(8 + lanes.anchors.length + lanes.order.length);
    expect(new Set(buffers).size).toBe(buffers.length);
    for (const column of [index.order, index.startMs, index.flags, lanes.laneOfEvent])
      expect(buffers).toContain(column.buffer);
    for (const column of [...lanes.anchors, ...lanes.order])
      expect(buffers).toContain(column.buffer);
  });

  it("tells which index an event was adopted from and where it sits in time order", () => {
    const dataset = usColombia();
    const index = indexEvents(dataset, table);
    adoptIndex(dataset, table, index);
    const events = resolveEvents(dataset, table);
    expect(events.every((event) => indexOfEvent(event) === index)).toBe(true);
    expect(events.map((event) => positionIn(index, event))).toEqual(events.map((_, i) => i));
    // Events computed rather than adopted, or adopted from another index, have no position.
    const computed = resolveEvents(usColombia(), table);
    expect(indexOfEvent(computed[0] as (typeof computed)[number])).toBeUndefined();
    expect(positionIn(index, computed[0] as (typeof computed)[number])).toBe(-1);
    const other = indexEvents(dataset, table);
    expect(positionIn(other, events[3] as (typeof events)[number])).toBe(-1);
  });

  it("parses an adopted event's dates once, when first read", () => {
    const make = () =>
      smallDataset([
        sampleEvent({ id: "span", date: "2026-01", end: "2026-03-04", within: "2026-01/.." }),
        sampleEvent({ id: "day", date: "2026-02-03" }),
      ]);
    const dataset = make();
    adoptIndex(dataset, table, indexEvents(dataset, table));
    const [span, day] = resolveEvents(dataset, table);
    const [computedSpan, computedDay] = resolveEvents(make(), table);
    expect(indexOfEvent(span as TimelineEvent)).toBeDefined();
    expect(span?.isSpan).toBe(true);
    expect(day?.isSpan).toBe(false);
    expect(span?.start).toBe(span?.start);
    expect(span?.start).toEqual(computedSpan?.start);
    expect(span?.end).toBe(span?.end);
    expect(span?.end).toEqual(computedSpan?.end);
    expect(span?.within).toBe(span?.within);
    expect(span?.within).toEqual(computedSpan?.within);
    expect(day?.end).toBeUndefined();
    expect(day?.end).toBeUndefined();
    expect(day?.within).toBeUndefined();
    expect(day?.start).toEqual(computedDay?.start);
  });

  it("is not adopted for a dataset of another length, in one go or batch by batch", () => {
    const dataset = usColombia();
    const index = indexEvents(dataset, table);
    const shorter = { ...dataset, events: dataset.events.slice(1) };
    adoptIndex(shorter, table, index);
    expect(indexOfEvent(resolveEvents(shorter, table)[0] as TimelineEvent)).toBeUndefined();

    // Batches that fall short, or run past the index, leave the page to resolve the events.
    const short = new IndexAdopter(index);
    const partial = usColombia();
    short.add(partial.events.slice(0, 5));
    short.finish(partial, table);
    expect(indexOfEvent(resolveEvents(partial, table)[0] as TimelineEvent)).toBeUndefined();

    // Every event of the index, then finished with a dataset of another length.
    const whole = new IndexAdopter(index);
    const same = usColombia();
    whole.add(same.events);
    const other = { ...same, events: same.events.slice(0, -1) };
    whole.finish(other, table);
    expect(indexOfEvent(resolveEvents(other, table)[0] as TimelineEvent)).toBeUndefined();

    const long = new IndexAdopter(index);
    const extra = usColombia();
    long.add(extra.events);
    long.add(extra.events.slice(0, 2));
    long.finish(extra, table);
    expect(indexOfEvent(resolveEvents(extra, table)[0] as TimelineEvent)).toBeUndefined();
  });
});
