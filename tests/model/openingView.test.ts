import fc from "fast-check";
import { declaredWindow, denseWindow, denseWindowOf } from "../../src/model/openingView.ts";
import { MS_PER_DAY } from "../../src/model/date.ts";

const day = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d);
const point = (ms: number) => ({ startMs: ms, endMs: ms + MS_PER_DAY });

describe("denseWindow", () => {
  it("is undefined without events", () => {
    expect(denseWindow([])).toBeUndefined();
  });

  it("takes the shortest run holding 80 % of the events, plus 5 % of its span each side", () => {
    // 2 old events and 8 within 100 days: the 8 are exactly 80 %.
    const events = [
      point(day(2000, 1, 1)),
      point(day(2010, 6, 1)),
      ...Array.from({ length: 8 }, (_, i) => point(day(2025, 1, 1) + i * 14 * MS_PER_DAY)),
    ];
    const window = denseWindow(events);
    const first = day(2025, 1, 1);
    const lastEnd = day(2025, 1, 1) + 7 * 14 * MS_PER_DAY + MS_PER_DAY;
    const pad = (lastEnd - first) * 0.05;
    expect(window).toEqual({ from: first - pad, to: lastEnd + pad });
  });

  it("includes the whole span of long events in the run", () => {
    const events = [
      { startMs: day(2020, 1, 1), endMs: day(2021, 1, 1) },
      point(day(2020, 1, 2)),
      point(day(2020, 1, 3)),
      point(day(2020, 1, 4)),
      point(day(1990, 1, 1)),
    ];
    const window = denseWindow(events);
    expect(window?.to).toBeGreaterThanOrEqual(day(2021, 1, 1));
  });

  it("never opens narrower than two weeks, centred on a single busy day", () => {
    const window = denseWindow([point(day(2025, 1, 26)), point(day(2025, 1, 26))]);
    expect(window).toBeDefined();
    const span = (window?.to ?? 0) - (window?.from ?? 0);
    expect(span).toBeCloseTo(14 * MS_PER_DAY * 1.1, -3);
    expect(((window?.from ?? 0) + (window?.to ?? 0)) / 2).toBe(day(2025, 1, 26) + MS_PER_DAY / 2);
  });

  it("holds at least 80 % of any set of events, and no shorter run would (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 60 }),
        (days) => {
          const events = days.map((d) => point(d * MS_PER_DAY));
          const window = denseWindow(events, 0.8, 0);
          if (!window) return false;
          const inside = events.filter((e) => e.startMs >= window.from && e.endMs <= window.to);
          const k = Math.ceil(0.8 * events.length);
          if (inside.length < k) return false;
          // Brute force: no run of k sorted starts is shorter (the two-week floor aside).
          const sorted = [...events].sort((a, b) => a.startMs - b.startMs);
          let shortest = Infinity;
          for (let i = 0; i + k <= sorted.length; i++) {
            const run = sorted.slice(i, i + k);
            const end = Math.max(...run.map((e) => e.endMs));
            shortest = Math.min(shortest, end - (run[0]?.startMs ?? 0));
          }
          const span = window.to - window.from;
          return span <= Math.max(shortest, 14 * MS_PER_DAY) + 1;
        },
      ),
    );
  });
});

describe("denseWindow over spans in any order", () => {
  const span = fc
    // Few distinct starts, so runs of equal starts are common.
    .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 40 }))
    .map(([start, days]) => ({ startMs: start * MS_PER_DAY, endMs: (start + days) * MS_PER_DAY }));

  it("opens on the same window whether or not the events come in start order (property)", () => {
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 80 }), (events) => {
        const inOrder = [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
        // A dataset's own order: by start, the coarser (longer) first among equal starts.
        const coarserFirst = [...events].sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs);
        const expected = denseWindow(inOrder, 0.8, 0);
        expect(denseWindow(events, 0.8, 0)).toEqual(expected);
        expect(denseWindow(coarserFirst, 0.8, 0)).toEqual(expected);
      }),
    );
  });

  it("orders long runs of events that start together as short ones (property)", () => {
    // Four starts among up to 120 events: runs of dozens, past the insertion sort's reach.
    const crowded = fc
      .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 40 }))
      .map(([start, days]) => ({
        startMs: start * MS_PER_DAY,
        endMs: (start + days) * MS_PER_DAY,
      }));
    fc.assert(
      fc.property(fc.array(crowded, { minLength: 1, maxLength: 120 }), (events) => {
        const bySpan = [...events].sort((a, b) => a.startMs - b.startMs || b.endMs - a.endMs);
        const inOrder = [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
        expect(denseWindow(bySpan, 0.8, 0)).toEqual(denseWindow(inOrder, 0.8, 0));
      }),
    );
  });

  it("matches a brute force over runs of starts, long events included (property)", () => {
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 40 }), (events) => {
        const window = denseWindow(events, 0.8, 0);
        const sorted = [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
        const k = Math.ceil(0.8 * events.length);
        let best = { from: 0, to: Infinity };
        for (let i = 0; i + k <= sorted.length; i++) {
          const run = sorted.slice(i, i + k);
          const from = run[0]?.startMs ?? 0;
          const to = Math.max(...run.map((e) => e.endMs));
          // Ties go to the latest run, as the reader's interest does.
          if (to - from <= best.to - best.from) best = { from, to };
        }
        const wide = Math.max(best.to - best.from, 14 * MS_PER_DAY);
        const centre = (best.from + best.to) / 2;
        expect(window).toEqual({
          from: Math.min(best.from, centre - wide / 2),
          to: Math.max(best.to, centre + wide / 2),
        });
      }),
    );
  });

  it("reads columns as it reads events", () => {
    const events = [
      { startMs: day(2020, 1, 5), endMs: day(2020, 1, 6) },
      { startMs: day(2020, 1, 1), endMs: day(2020, 3, 1) },
      { startMs: day(2020, 1, 1), endMs: day(2020, 1, 2) },
      { startMs: day(1999, 1, 1), endMs: day(1999, 1, 2) },
    ];
    const starts = Float64Array.from(events, (e) => e.startMs);
    const ends = Float64Array.from(events, (e) => e.endMs);
    expect(denseWindowOf(starts, ends)).toEqual(denseWindow(events));
    // Four events: 80 % of them is all four, from 1999 to the end of the two-month one.
    const pad = (day(2020, 3, 1) - day(1999, 1, 1)) * 0.05;
    expect(denseWindowOf(starts, ends)).toEqual({
      from: day(1999, 1, 1) - pad,
      to: day(2020, 3, 1) + pad,
    });
  });
});

describe("denseWindow: worked examples of the sliding run", () => {
  const days = (from: number, to: number) => ({
    startMs: from * MS_PER_DAY,
    endMs: to * MS_PER_DAY,
  });

  it("lets an early long event go once the run has moved past it", () => {
    // Four of five events: the run from day 10 to day 41 is shorter than any run holding the
    // long first event, however short the events after it.
    const events = [days(0, 1000), days(10, 11), days(20, 21), days(30, 31), days(40, 41)];
    expect(denseWindow(events, 0.8, 0)).toEqual({ from: 10 * MS_PER_DAY, to: 41 * MS_PER_DAY });
  });

  it("gives the same window whatever the order of events that start together", () => {
    // Days 0–100 and 0–1 start together; taken as they come, "0–1 then the rest" would be a run
    // to day 31 in one order and not in the other. Ordered by end within equal starts, both
    // orders give the run from day 0 to day 100.
    const long = days(0, 100);
    const short = days(0, 1);
    const rest = [days(10, 11), days(20, 21), days(30, 31)];
    const expected = { from: 0, to: 100 * MS_PER_DAY };
    expect(denseWindow([long, short, ...rest], 0.8, 0)).toEqual(expected);
    expect(denseWindow([short, long, ...rest], 0.8, 0)).toEqual(expected);
  });

  it("leaves the columns it is given as they were", () => {
    const starts = Float64Array.from([0, 0, 10, 20, 30], (d) => d * MS_PER_DAY);
    const ends = Float64Array.from([100, 1, 11, 21, 31], (d) => d * MS_PER_DAY);
    denseWindowOf(starts, ends, 0.8, 0);
    expect(Array.from(ends, (ms) => ms / MS_PER_DAY)).toEqual([100, 1, 11, 21, 31]);
    expect(Array.from(starts, (ms) => ms / MS_PER_DAY)).toEqual([0, 0, 10, 20, 30]);
  });
});

describe("declaredWindow", () => {
  it("runs from the start of `from` to the end of `to`, at their precision", () => {
    expect(declaredWindow({ from: "2025-01-01", to: "2026-02-28" })).toEqual({
      from: day(2025, 1, 1),
      to: day(2026, 3, 1),
    });
    expect(declaredWindow({ from: "2025", to: "2025-06" })).toEqual({
      from: day(2025, 1, 1),
      to: day(2025, 7, 1),
    });
  });
});
