/**
 * The tension series past MAX_SERIES_POINTS days, where each element covers several days: the
 * half-life and the element's first day must be counted in days, not in elements.
 */
import { MS_PER_DAY } from "../../src/model/date.ts";
import {
  DEFAULT_TENSION_OPTIONS,
  MAX_SERIES_POINTS,
  computeTension,
  computeTensionWithUncertainty,
  dayOfIndex,
  drivers,
  relationsFromEnergy,
  tensionFromEnergy,
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

describe("the uncertainty band of several days per element", () => {
  it("runs its half and double half-lives in days too", () => {
    const series = computeTensionWithUncertainty([onDay("first", 0, 5), onDay("last", 300_000, 0)]);
    expect(series.step).toBe(4);
    // Day 180 is four base half-lives on: the h/2 run has decayed eight, the 2h run two.
    const options = series.options;
    expect(series.upper[45]).toBeCloseTo(tensionFromEnergy(5 / 256, options), 6);
    expect(series.lower[45]).toBeCloseTo(tensionFromEnergy(5 / 4, options), 6);
  });
});

describe("a tension series' range", () => {
  /** A month-precision event: its impulse spread over [fromDay, toDay). */
  const overDays = (id: string, fromDay: number, toDay: number, score: number) => ({
    id,
    startMs: fromDay * MS_PER_DAY,
    anchorMs: ((fromDay + toDay) / 2) * MS_PER_DAY,
    score,
  });

  it("ends on the last event's last day, and is empty without events or with an end before its start", () => {
    expect(computeTension([onDay("only", 100, 1)])).toMatchObject({
      fromDay: 100,
      toDay: 100,
      length: 1,
    });
    expect(computeTension([])).toMatchObject({ fromDay: 0, toDay: -1, length: 0 });
    expect(computeTension([], {}, { untilDay: 100 }).length).toBe(0);
    expect(computeTension([onDay("only", 100, 1)], {}, { fromDay: 10, toDay: 5 }).length).toBe(0);
  });

  it("counts days before any event as never covered", () => {
    const early = computeTension([onDay("only", 100, 1)], {}, { fromDay: 97 });
    expect(Array.from(early.staleness.subarray(0, 4))).toEqual([Infinity, Infinity, Infinity, 0]);
  });

  it("stops a spread impulse at the end of its span, the day before the series' last", () => {
    // January (31 days) spreads 3.1 and a 32-day span spreads 3.2: on day 31, the last, only the
    // second is still open, adding its 0.1 a day.
    const series = computeTension([
      overDays("january", 0, 31, 3.1),
      overDays("longer", 0, 32, 3.2),
    ]);
    expect(series.length).toBe(32);
    const q = Math.pow(2, -1 / DEFAULT_TENSION_OPTIONS.halfLife);
    expect(series.energy[31]).toBeCloseTo((series.energy[30] ?? 0) * q + 0.1, 12);
  });
});

describe("drivers", () => {
  it("scales each contribution by the scale, and orders equal ones by id", () => {
    const events = [onDay("b", 0, 2), onDay("a", 0, 2)];
    const scaled = drivers(events, 0, { scale: 2 });
    expect(scaled.map((d) => [d.eventId, d.contribution, d.share])).toEqual([
      ["a", 4, 0.5],
      ["b", 4, 0.5],
    ]);
  });
});

describe("relationsFromEnergy", () => {
  it("is 10 · tanh((B + E) / K)", () => {
    const options = { ...DEFAULT_TENSION_OPTIONS, baseline: 1, k: 2 };
    expect(relationsFromEnergy(3, options)).toBeCloseTo(10 * Math.tanh(2), 12);
    expect(relationsFromEnergy(-1, options)).toBe(0);
  });
});
