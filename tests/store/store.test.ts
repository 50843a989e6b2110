import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { createDetenteStore, MAX_ANIMATION_MS } from "../../src/store/createDetenteStore.ts";
import {
  selectBounds,
  selectEvents,
  selectFilteredEvents,
  selectLaneIndex,
} from "../../src/store/selectors.ts";
import { MIN_SPAN_MS, zoomViewport } from "../../src/model/viewport.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();
const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
) as Dataset;

const makeStore = () =>
  createDetenteStore({ dataset, goldstein, settings: { reducedMotion: true } });

describe("detente store", () => {
  it("opens on the dataset's declared view, and Show all widens to the bounds", () => {
    const store = makeStore();
    // data/us-colombia.json declares "view": { "from": "2025-01-01", "to": "2026-02-28" }.
    expect(store.getState().viewport).toEqual({
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2026, 2, 1),
    });
    store.getState().showAll();
    expect(store.getState().viewport).toEqual(selectBounds(store.getState()));
    store.getState().resetViewport();
    expect(store.getState().viewport).toEqual({
      from: Date.UTC(2025, 0, 1),
      to: Date.UTC(2026, 2, 1),
    });
  });

  it("opens a dataset without a view on its dense window", () => {
    const { view: _declared, ...undeclared } = dataset;
    const store = createDetenteStore({
      dataset: undeclared,
      goldstein,
      settings: { reducedMotion: true },
    });
    const { from, to } = store.getState().viewport;
    // 16 of 20 events (80 %) fall between 26 January 2025 and 29 January 2026 or so; the
    // window is that run plus 5 %, far narrower than the 2000–2026 bounds.
    expect(from).toBeGreaterThan(Date.UTC(2024, 9, 1));
    expect(from).toBeLessThan(Date.UTC(2025, 0, 26));
    expect(to).toBeGreaterThan(Date.UTC(2026, 0, 29));
    expect(to).toBeLessThan(Date.UTC(2026, 5, 1));
  });

  it("clamps the viewport to one day at the narrowest and the bounds at the widest", () => {
    const store = makeStore();
    const { from } = store.getState().viewport;
    store.getState().setViewport({ from: from + 1e9, to: from + 1e9 + 1000 });
    const narrow = store.getState().viewport;
    expect(narrow.to - narrow.from).toBe(MIN_SPAN_MS);
    store.getState().setViewport({ from: -1e15, to: 1e15 });
    expect(store.getState().viewport).toEqual(selectBounds(store.getState()));
  });

  it("never pans into emptiness", () => {
    const store = makeStore();
    store.getState().zoomBy(4);
    const bounds = selectBounds(store.getState());
    store.getState().panBy(100);
    expect(store.getState().viewport.to).toBe(bounds.to);
    store.getState().panBy(-100);
    expect(store.getState().viewport.from).toBe(bounds.from);
  });

  it("zooms around an anchor and resets", () => {
    const store = makeStore();
    const before = store.getState().viewport;
    const anchor = Date.UTC(2025, 9, 24);
    store.getState().zoomBy(2, anchor);
    const after = store.getState().viewport;
    expect(after.to - after.from).toBeCloseTo((before.to - before.from) / 2, -3);
    // The anchor keeps its relative position on screen.
    const rel = (v: { from: number; to: number }) => (anchor - v.from) / (v.to - v.from);
    expect(rel(after)).toBeCloseTo(rel(before), 6);
    store.getState().resetViewport();
    expect(store.getState().viewport).toEqual(before);
  });

  it("animates viewport changes when motion is allowed", () => {
    // Fake clock and frames: the animation runs frame by frame without waiting in real time.
    // d3-timer keeps the performance object it found at import, so its clock is pointed at the
    // fake Date.
    const { performance: clock } = globalThis;
    vi.useFakeTimers();
    vi.spyOn(clock, "now").mockImplementation(() => Date.now());
    try {
      const store = createDetenteStore({ dataset, goldstein });
      const seen: number[] = [];
      store.subscribe((s) => seen.push(s.viewport.to - s.viewport.from));
      const start = store.getState().viewport;
      const target = zoomViewport(start, 4);
      store.getState().zoomBy(4);
      // Nothing moves before the first frame.
      expect(store.getState().viewport).toEqual(start);
      vi.advanceTimersByTime(MAX_ANIMATION_MS / 2);
      const halfway = store.getState().viewport;
      expect(halfway.to - halfway.from).toBeLessThan(start.to - start.from);
      expect(halfway.to - halfway.from).toBeGreaterThan(target.to - target.from);
      vi.advanceTimersByTime(MAX_ANIMATION_MS);
      // The last frame lands exactly on the target, and then the animation stops.
      expect(store.getState().viewport).toEqual(target);
      const frames = seen.length;
      expect(frames).toBeGreaterThan(2);
      vi.advanceTimersByTime(MAX_ANIMATION_MS);
      expect(seen.length).toBe(frames);
    } finally {
      vi.useRealTimers();
      vi.restoreAllMocks();
    }
  });

  it("selects, hovers and moves the roving focus to the selected event", () => {
    const store = makeStore();
    store.getState().select("visa-revocation");
    expect(store.getState().selectedId).toBe("visa-revocation");
    expect(store.getState().focusedId).toBe("visa-revocation");
    store.getState().hover("white-house-meeting");
    expect(store.getState().hoveredId).toBe("white-house-meeting");
    store.getState().select(null);
    expect(store.getState().selectedId).toBeNull();
  });

  it("keeps two stores independent", () => {
    const a = makeStore();
    const b = makeStore();
    a.getState().select("visa-revocation");
    a.getState().zoomBy(8);
    a.getState().setSettings({ lanes: "party" });
    expect(b.getState().selectedId).toBeNull();
    expect(b.getState().viewport).toEqual({ from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 2, 1) });
    expect(b.getState().settings.lanes).toBe("topic");
    expect(selectLaneIndex(a.getState()).lanes.map((l) => l.id)).toEqual(["USA", "COL"]);
    // Lanes without events are hidden: one per topic that leads some event.
    const leading = new Set(dataset.events.map((e) => e.topics[0]));
    expect(selectLaneIndex(b.getState()).lanes.map((l) => l.id)).toEqual(
      dataset.topics.map((t) => t.id).filter((id) => leading.has(id)),
    );
  });

  it("derives data once per input, not per call", () => {
    const store = makeStore();
    const first = selectEvents(store.getState());
    store.getState().select("visa-revocation");
    expect(selectEvents(store.getState())).toBe(first);
    expect(selectLaneIndex(store.getState())).toBe(selectLaneIndex(store.getState()));
  });

  it("filters events by topic and by initiating party", () => {
    const store = makeStore();
    store.getState().setFilters({ topics: ["migration-deportation"] });
    const kept = selectFilteredEvents(store.getState());
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.every((e) => e.source.topics.includes("migration-deportation"))).toBe(true);
    store.getState().setFilters({ topics: null, parties: ["COL"] });
    expect(selectFilteredEvents(store.getState()).every((e) => e.source.initiator === "COL")).toBe(
      true,
    );
  });
});

describe("initial state from a link", () => {
  it("does not open an event its own filters hide, and records why", () => {
    const store = createDetenteStore({
      dataset,
      goldstein,
      filters: { topics: ["migration-deportation"], actors: null, parties: null, query: "" },
      selectedId: "visa-revocation",
    });
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().deselectedByFilter).toBe("visa-revocation");
  });
});
