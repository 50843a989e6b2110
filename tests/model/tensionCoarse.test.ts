/**
 * The tension series past MAX_SERIES_POINTS days, where each element covers several days: the
 * half-life and the element's first day must be counted in days, not in elements.
 */
import { MS_PER_DAY } from "../../src/model/date.ts";
import {
  DEFAULT_TENSION_OPTIONS,
  MAX_SERIES_POINTS,
  computeTension,
  dayOfIndex,
  relationsFromEnergy,
} from "../../src/model/tension.ts";

const onDay = (id: string, day: number, score: number) => ({
  id,
  startMs: day * MS_PER_DAY,
  anchorMs: day * MS_PER_DAY + MS_PER_DAY / 2,
  score,
});

describe("a tension series of several days per element", () => {
  it("halves an impulse every half-life in days, whatever the element's width", () => {
    // 300,001 days: four days per element.
    const series = computeTension([onDay("first", 0, 5), onDay("last", 300_000, 0)]);
    expect(series.step).toBe(Math.ceil(300_001 / MAX_SERIES_POINTS));
    expect(series.step).toBe(4);
    expect(dayOfIndex(series, 10)).toBe(series.fromDay + 40);
    // Element 45 starts on day 180: four half-lives of 45 days after the impulse.
    expect(series.energy[0]).toBeCloseTo(5, 9);
    expect(series.energy[45]).toBeCloseTo(5 / 16, 6);
  });

  it("starts a later output range on the element of its first day, earlier impulses decayed", () => {
    const events = [onDay("first", 0, 5), onDay("last", 300_000, 0)];
    const later = computeTension(events, {}, { fromDay: 180 });
    expect([later.fromDay, later.step]).toEqual([180, 4]);
    expect(later.energy[0]).toBeCloseTo(5 / 16, 6);
    expect(later.energy[45]).toBeCloseTo(5 / 256, 6);
  });
});

describe("relationsFromEnergy", () => {
  it("is 10 · tanh((B + E) / K)", () => {
    const options = { ...DEFAULT_TENSION_OPTIONS, baseline: 1, k: 2 };
    expect(relationsFromEnergy(3, options)).toBeCloseTo(10 * Math.tanh(2), 12);
    expect(relationsFromEnergy(-1, options)).toBe(0);
  });
});
