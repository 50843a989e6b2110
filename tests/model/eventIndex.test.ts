/**
 * The load worker's index must stand in for resolveEvents and the topic lanes exactly: the page
 * adopts it instead of computing them, so any difference would show as misplaced marks.
 */
import { adoptIndex, indexEvents } from "../../src/model/eventIndex.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { buildLaneIndex } from "../../src/model/lanes.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
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
