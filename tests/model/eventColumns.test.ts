/** Event times as columns: read once from any list, or taken as given from the worker's index. */
import {
  CONTEXT,
  eventColumns,
  FROM_CAMEO,
  knownColumns,
  pickEvents,
  pickedFrom,
  rememberColumns,
  SPAN,
} from "../../src/model/eventColumns.ts";
import { adoptIndex, indexEvents } from "../../src/model/eventIndex.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

describe("event columns", () => {
  it("hold each event's start and end, in the list's order, read once per list", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const columns = eventColumns(events);
    expect(Array.from(columns.startMs)).toEqual(events.map((e) => e.startMs));
    expect(Array.from(columns.endMs)).toEqual(events.map((e) => e.endMs));
    expect(Array.from(columns.anchorMs)).toEqual(events.map((e) => e.anchorMs));
    expect(Array.from(columns.score)).toEqual(events.map((e) => e.score));
    expect(Array.from(columns.weight)).toEqual(events.map((e) => e.weight));
    expect(eventColumns(events)).toBe(columns);
    // Another list of the same events is another list: read again, in its own order.
    const reversed = [...events].reverse();
    expect(Array.from(eventColumns(reversed).startMs)).toEqual(reversed.map((e) => e.startMs));
  });

  it("are the worker index's own arrays for adopted events", () => {
    const dataset = usColombia();
    const table = goldsteinTable();
    const index = indexEvents(dataset, table);
    adoptIndex(dataset, table, index);
    const columns = eventColumns(resolveEvents(dataset, table));
    expect(columns.startMs).toBe(index.startMs);
    expect(columns.endMs).toBe(index.endMs);
    expect(columns.anchorMs).toBe(index.anchorMs);
    expect(columns.flags).toBe(index.flags);
  });

  it("flag CAMEO scores, spans and context events, one bit each", () => {
    const dataset = smallDataset([
      sampleEvent({ id: "scored-by-cameo", date: "2026-02-01" }),
      sampleEvent({ id: "a-span", date: "2026-02-02", end: "2026-02-09", score: 2 }),
      sampleEvent({ id: "third-country", date: "2026-02-03", target: "VEN", score: -1 }),
    ]);
    const events = resolveEvents(dataset, goldsteinTable());
    expect(events.map((e) => e.id)).toEqual(["scored-by-cameo", "a-span", "third-country"]);
    expect(Array.from(eventColumns(events).flags)).toEqual([FROM_CAMEO, SPAN, CONTEXT]);
  });

  it("are known without reading only once a list has them", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const copy = [...events];
    expect(knownColumns(copy)).toBeUndefined();
    const columns = eventColumns(copy);
    expect(knownColumns(copy)).toBe(columns);
  });

  it("pick events with their columns taken from the list's, without reading an event", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const from = eventColumns(events);
    const picked = pickEvents(events, [0, 2, 5]);
    expect(picked).toEqual([events[0], events[2], events[5]]);
    const columns = knownColumns(picked);
    expect(columns && Array.from(columns.startMs)).toEqual([0, 2, 5].map((p) => from.startMs[p]));
    expect(columns && Array.from(columns.endMs)).toEqual([0, 2, 5].map((p) => from.endMs[p]));
    expect(columns && Array.from(columns.anchorMs)).toEqual([0, 2, 5].map((p) => from.anchorMs[p]));
    expect(columns && Array.from(columns.score)).toEqual([0, 2, 5].map((p) => from.score[p]));
    expect(columns && Array.from(columns.weight)).toEqual([0, 2, 5].map((p) => from.weight[p]));
    expect(columns && Array.from(columns.flags)).toEqual([0, 2, 5].map((p) => from.flags[p]));
  });

  it("remember where a picked list came from, and no other list's origin", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const picked = pickEvents(events, Uint32Array.of(1, 3));
    expect(pickedFrom(picked)?.from).toBe(events);
    expect(Array.from(pickedFrom(picked)?.positions ?? [])).toEqual([1, 3]);
    expect(pickedFrom(events)).toBeUndefined();
    expect(pickedFrom([...picked])).toBeUndefined();
  });

  it("ignore columns of another length", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const one = new Float64Array(1);
    const all = new Float64Array(events.length);
    const flags = new Uint8Array(events.length);
    rememberColumns(events, {
      startMs: one,
      endMs: one,
      anchorMs: one,
      score: one,
      weight: one,
      flags,
    });
    expect(eventColumns(events).startMs).toHaveLength(events.length);
    // Every column is checked, not only the times.
    rememberColumns(events, {
      startMs: all,
      endMs: all,
      anchorMs: all,
      score: all,
      weight: all,
      flags: new Uint8Array(1),
    });
    expect(eventColumns(events).startMs).toHaveLength(events.length);
  });
});
