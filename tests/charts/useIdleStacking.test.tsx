/**
 * The chart's idle work for the layout engine, with a real StackEngine over a lane index large
 * enough for stand-in levels, and idle callbacks run by hand.
 */
import { cleanup, renderHook } from "@testing-library/react";
import {
  INTERIM_FROM_EVENTS,
  MARK_METRICS,
  StackEngine,
  stackLevel,
} from "../../src/model/stacking.ts";
import type { Viewport } from "../../src/model/viewport.ts";
import { useIdleStacking } from "../../src/charts/useIdleStacking.ts";
import { laneIndexOf } from "../helpers/laneIndex.ts";

const METRICS = MARK_METRICS;

interface Pending {
  readonly run: IdleRequestCallback;
  readonly timeout: number | undefined;
}

/** requestIdleCallback by hand: callbacks wait until `idle` runs them. */
function idleQueue() {
  const pending = new Map<number, Pending>();
  let next = 0;
  vi.stubGlobal("requestIdleCallback", (run: IdleRequestCallback, options?: IdleRequestOptions) => {
    pending.set(++next, { run, timeout: options?.timeout });
    return next;
  });
  vi.stubGlobal("cancelIdleCallback", (handle: number) => pending.delete(handle));
  return {
    pending,
    /** Runs the callbacks waiting now, each given `ms` of idle time (0: its timeout forced it). */
    idle(ms: number): void {
      const now = [...pending.entries()];
      pending.clear();
      for (const [, { run }] of now) run({ didTimeout: ms === 0, timeRemaining: () => ms });
    },
  };
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

// One event a millisecond: at 1 ms per pixel, labels 100 px wide overlap heavily.
const anchors = Array.from({ length: INTERIM_FROM_EVENTS }, (_, i) => i);
const wide: Viewport = { from: 0, to: 4000 };
const narrow: Viewport = { from: 0, to: 1000 };

afterEach(() => {
  // Unmount while the stand-in idle callbacks are still there for the effects' clean-up.
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("useIdleStacking", () => {
  it("stacks the settled view's own level when idle, and asks for a redraw once, in a task of its own", async () => {
    const queue = idleQueue();
    const engine = new StackEngine(laneIndexOf([anchors]), () => 100, METRICS);
    engine.layout(wide, 1000);
    const onStacked = vi.fn();
    const { rerender } = renderHook(
      ({ view }: { view: Viewport }) => useIdleStacking(engine, view, 1000, onStacked),
      { initialProps: { view: wide } },
    );
    queue.idle(50);
    // The wide view's level was stacked already: nothing to redraw.
    expect(onStacked).not.toHaveBeenCalled();

    rerender({ view: narrow });
    expect(engine.layout(narrow, 1000).level).toBe(stackLevel(4));
    queue.idle(50);
    expect(onStacked).not.toHaveBeenCalled();
    await nextTask();
    expect(onStacked).toHaveBeenCalledTimes(1);
    expect(engine.layout(narrow, 1000).level).toBe(stackLevel(1));
    queue.idle(50);
    await nextTask();
    expect(onStacked).toHaveBeenCalledTimes(1);
  });

  it("forgets the stacking of a view the reader left before the page was idle", async () => {
    const queue = idleQueue();
    const engine = new StackEngine(laneIndexOf([anchors]), () => 100, METRICS);
    engine.layout(wide, 1000);
    const stackExact = vi.spyOn(engine, "stackExact");
    const onStacked = vi.fn();
    const { rerender, unmount } = renderHook(
      ({ view }: { view: Viewport }) => useIdleStacking(engine, view, 1000, onStacked),
      { initialProps: { view: narrow } },
    );
    rerender({ view: wide });
    queue.idle(50);
    await nextTask();
    expect(stackExact.mock.calls.map(([view]) => view)).toEqual([wide]);
    expect(onStacked).not.toHaveBeenCalled();

    rerender({ view: narrow });
    unmount();
    expect(queue.pending.size).toBe(0);
  });

  it("measures labels in idle slices until all are measured", () => {
    const queue = idleQueue();
    let clock = 0;
    // Each label costs a millisecond on this clock.
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    const measured = new Set<number>();
    const engine = new StackEngine(
      laneIndexOf([anchors.slice(0, 2000)]),
      (event) => {
        clock += 1;
        measured.add(event);
        return 100;
      },
      METRICS,
    );
    renderHook(() => useIdleStacking(engine, wide, 1000, () => undefined));
    const measuredBelow = (n: number): boolean =>
      Array.from({ length: n }, (_, i) => i).every((i) => measured.has(i));
    // The 10 ms slice stops at the first check past it (every 256 labels); the stacking of the
    // settled view measures only the labels it places.
    queue.idle(10);
    expect(measuredBelow(256)).toBe(true);
    expect(measured.size).toBeLessThan(512);
    // A forced slice takes 20 ms: again one batch of 256 at this cost.
    queue.idle(0);
    expect(measuredBelow(512)).toBe(true);
    expect(measured.size).toBeLessThan(768);
    for (let slice = 0; slice < 20 && queue.pending.size > 0; slice++) queue.idle(600);
    expect(measured.size).toBe(2000);
    // Once all are measured, no further idle work is asked for, apart from the stacking check.
    expect([...queue.pending.values()].every((p) => p.timeout === 500)).toBe(true);
  });

  it("takes at most 20 ms of a longer idle period", () => {
    const queue = idleQueue();
    let clock = 0;
    vi.spyOn(performance, "now").mockImplementation(() => clock);
    let measured = 0;
    const engine = new StackEngine(
      laneIndexOf([anchors.slice(0, 2000)]),
      () => {
        // 256 labels (one batch between checks) take 25.6 ms.
        clock += 0.1;
        measured++;
        return 100;
      },
      METRICS,
    );
    renderHook(() => useIdleStacking(engine, wide, 1000, () => undefined));
    queue.idle(50);
    // One batch (and the few labels the stacking check places), not the two 50 ms would allow.
    expect(measured).toBeLessThan(512);
  });
});
