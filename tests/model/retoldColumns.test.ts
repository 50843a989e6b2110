/**
 * Two small guards written out: columns are remembered only when all three have the list's
 * length (each one checked, not only the first), and a retold event reads its end and its
 * interval from the event it retells.
 */
import { eventColumns, rememberColumns } from "../../src/model/eventColumns.ts";
import type { TimelineEvent } from "../../src/model/events.ts";
import { retoldEvent } from "../../src/model/retoldEvent.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";

/** Two events with the times the columns read, and nothing else. */
const twoEvents = (): TimelineEvent[] =>
  [
    { startMs: 10, endMs: 20, anchorMs: 15 },
    { startMs: 30, endMs: 40, anchorMs: 35 },
  ] as unknown as TimelineEvent[];

describe("remembered columns", () => {
  it("are kept when all six have the list's length", () => {
    const events = twoEvents();
    const two = (): Float64Array => new Float64Array(2);
    const given = {
      startMs: two(),
      endMs: two(),
      anchorMs: two(),
      score: two(),
      weight: two(),
      flags: new Uint8Array(2),
    };
    rememberColumns(events, given);
    expect(eventColumns(events)).toBe(given);
  });

  it.each([
    ["start", { startMs: 1, endMs: 2, anchorMs: 2, score: 2, weight: 2, flags: 2 }],
    ["end", { startMs: 2, endMs: 1, anchorMs: 2, score: 2, weight: 2, flags: 2 }],
    ["anchor", { startMs: 2, endMs: 2, anchorMs: 1, score: 2, weight: 2, flags: 2 }],
    ["score", { startMs: 2, endMs: 2, anchorMs: 2, score: 1, weight: 2, flags: 2 }],
    ["weight", { startMs: 2, endMs: 2, anchorMs: 2, score: 2, weight: 1, flags: 2 }],
    ["flags", { startMs: 2, endMs: 2, anchorMs: 2, score: 2, weight: 2, flags: 1 }],
  ])("are ignored when the %s column has another length", (_, lengths) => {
    const events = twoEvents();
    rememberColumns(events, {
      startMs: new Float64Array(lengths.startMs),
      endMs: new Float64Array(lengths.endMs),
      anchorMs: new Float64Array(lengths.anchorMs),
      score: new Float64Array(lengths.score),
      weight: new Float64Array(lengths.weight),
      flags: new Uint8Array(lengths.flags),
    });
    const columns = eventColumns(events);
    expect(Array.from(columns.startMs)).toEqual([10, 30]);
    expect(Array.from(columns.endMs)).toEqual([20, 40]);
    expect(Array.from(columns.anchorMs)).toEqual([15, 35]);
  });
});

describe("a retold event", () => {
  it("reads its end and interval from the event it retells", () => {
    const end = { year: 2001 };
    const within = { from: 1, to: 2 };
    const original = { id: "e1", end, within } as unknown as TimelineEvent;
    const retold = retoldEvent(original, { id: "e1", title: "Otra" } as unknown as DatasetEvent);
    expect(retold.end).toBe(end);
    expect(retold.within).toBe(within);
    expect(retold.id).toBe("e1");
  });
});
