/** Event times as columns: read once from any list, or taken as given from the worker's index. */
import { eventColumns, rememberColumns } from "../../src/model/eventColumns.ts";
import { adoptIndex, indexEvents } from "../../src/model/eventIndex.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

describe("event columns", () => {
  it("hold each event's start and end, in the list's order, read once per list", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const columns = eventColumns(events);
    expect(Array.from(columns.startMs)).toEqual(events.map((e) => e.startMs));
    expect(Array.from(columns.endMs)).toEqual(events.map((e) => e.endMs));
    expect(Array.from(columns.anchorMs)).toEqual(events.map((e) => e.anchorMs));
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
  });

  it("ignore columns of another length", () => {
    const events = resolveEvents(usColombia(), goldsteinTable());
    const one = new Float64Array(1);
    rememberColumns(events, { startMs: one, endMs: one, anchorMs: one });
    expect(eventColumns(events).startMs).toHaveLength(events.length);
  });
});
