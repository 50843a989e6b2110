import { dayIndex } from "../../src/model/date.ts";
import { isStale } from "../../src/model/tension.ts";
import { FALLBACK_PALETTE } from "../../src/scene/palette.ts";
import { paintsFor } from "../../src/scene/paints.ts";
import { RecordingSink } from "../../src/scene/sinks/recordingSink.ts";
import {
  SCREEN_TENSION,
  drawTension,
  tensionY,
  type TensionFrame,
} from "../../src/scene/tensionScene.ts";
import { selectTension } from "../../src/store/tensionSelectors.ts";
import { sampleEvent, storeOf, window } from "./sceneFixture.ts";

const HEIGHT = 150;
const paints = paintsFor(FALLBACK_PALETTE);

// Two conflicts in early 2025, then nothing for a year: the line goes stale after a half-life.
const state = storeOf([
  sampleEvent({ id: "sanctions", date: "2025-01-26", score: -8, title: "Sanctions" }),
  sampleEvent({ id: "visa", date: "2025-02-10", score: -5, title: "Visas revoked" }),
  sampleEvent({ id: "late", date: "2026-03-01", score: 3, title: "A late meeting" }),
]).getState();
const tension = selectTension(state);

function frame(view = window("2025-01-01", "2026-03-31"), patch: Partial<TensionFrame> = {}) {
  return {
    view,
    width: 800,
    height: HEIGHT,
    series: tension.series,
    events: tension.events,
    showUncertainty: true,
    selectedId: null,
    palette: FALLBACK_PALETTE,
    ...patch,
  };
}

function draw(f: TensionFrame = frame(), options = SCREEN_TENSION) {
  const sink = new RecordingSink();
  drawTension(sink, f, options);
  return sink;
}

describe("the tension scene", () => {
  it("tints the six bands behind the line, unless asked not to (the overview)", () => {
    const bands = (sink: RecordingSink) =>
      sink.of("rect").filter((c) => c.paint.role === "detente-band");
    expect(bands(draw())).toHaveLength(6);
    expect(bands(draw(frame(), { ...SCREEN_TENSION, bands: false }))).toHaveLength(0);
  });

  it("draws the line in runs, solid while fresh and dashed once stale, without gaps", () => {
    const lines = draw().of("polyline");
    const kinds = lines.map((line) => (line.paint === paints.staleLine ? "stale" : "fresh"));
    // Stale before the first event, fresh after it, stale over the quiet year, fresh at the end.
    expect(kinds).toEqual(["stale", "fresh", "stale", "fresh"]);
    for (let i = 1; i < lines.length; i++) {
      expect(lines[i]?.xs[0]).toBe(lines[i - 1]?.xs.at(-1));
    }
    // Every point of a stale run but its joining point is a stale day of the series.
    const view = window("2025-01-01", "2026-03-31");
    const firstIndex = Math.max(0, dayIndex(view.from) - tension.series.fromDay - 1);
    let index = firstIndex;
    for (const line of lines) {
      const stale = line.paint === paints.staleLine;
      for (let k = 0; k < line.xs.length - 1; k++)
        expect(isStale(tension.series, index + k)).toBe(stale);
      index += line.xs.length - 1;
    }
  });

  it("draws the line's values at the right height on every day in view, at several zooms", () => {
    for (const view of [
      window("2025-01-01", "2026-03-31"),
      window("2025-01-20", "2025-02-20"),
      window("2025-01-25", "2025-01-28"),
    ]) {
      const lines = draw(frame(view)).of("polyline");
      const points = lines.reduce((sum, line) => sum + line.xs.length - 1, 0) + 1;
      const first = Math.max(0, dayIndex(view.from) - tension.series.fromDay - 1);
      const last = Math.min(
        tension.series.length - 1,
        dayIndex(view.to) - tension.series.fromDay + 1,
      );
      expect(points).toBe(last - first + 1);
      const [line] = lines;
      expect(line?.ys[0]).toBeCloseTo(tensionY(tension.series.tension[first] ?? NaN, HEIGHT), 9);
      expect(line?.xs[0]).toBeLessThanOrEqual(0);
      expect(lines.at(-1)?.xs.at(-1)).toBeGreaterThanOrEqual(800);
    }
  });

  it("shades the uncertainty band only when it is on", () => {
    expect(draw().of("area")).toHaveLength(1);
    expect(draw(frame(undefined, { showUncertainty: false })).of("area")).toHaveLength(0);
    const [area] = draw().of("area");
    area?.tops.forEach((top, i) => expect(top).toBeLessThanOrEqual((area.bottoms[i] ?? 0) + 1e-9));
  });

  it("puts a tick of the event's tone on the line for each event in view, ringing the selected", () => {
    const sink = draw(frame(undefined, { selectedId: "visa" }));
    expect(sink.of("symbol").map((s) => s.tone)).toEqual(["conflict", "conflict", "cooperation"]);
    const rings = sink.of("circle").filter((c) => c.paint.role === "detente-selected");
    expect(rings).toHaveLength(1);
    const visaDay = dayIndex(Date.parse("2025-02-10")) - tension.series.fromDay;
    expect(rings[0]?.y).toBeCloseTo(tensionY(tension.series.tension[visaDay] ?? NaN, HEIGHT), 9);
    const unringed = draw(frame(undefined, { selectedId: "visa" }), {
      ...SCREEN_TENSION,
      selection: false,
    });
    expect(unringed.of("circle")).toHaveLength(0);
  });

  it("names the bands in documents", () => {
    const sink = draw(frame(), { ...SCREEN_TENSION, bandLabel: (i) => `band ${i}` });
    const names = sink.of("text").map((t) => t.content);
    expect(names).toEqual(["band 0", "band 1", "band 2", "band 3", "band 4", "band 5"]);
  });
});
