/**
 * Extreme spans: a dataset may date events from year 0000 to 9999, a daily series of 3.7
 * million days. Past MAX_SERIES_POINTS days the series steps several days per element, stays
 * bounded, and agrees with the daily model where it can be compared.
 */
import { dayIndex, mustParseEdtf } from "../../src/model/date.ts";
import {
  MAX_SERIES_POINTS,
  computeTension,
  computeTensionWithUncertainty,
  dayOfIndex,
  indexOfDay,
  summarize,
  tensionInput,
} from "../../src/model/tension.ts";

const at = (id: string, date: string, score: number) =>
  tensionInput(id, mustParseEdtf(date), score);

describe("tension over extreme spans", () => {
  const events = [
    at("first", "0000-01-01", -8),
    at("middle", "2025-03-01", -10),
    at("last", "9999-12-31", 6),
  ];

  it("stays within MAX_SERIES_POINTS elements, covering the whole span", () => {
    const series = computeTensionWithUncertainty(events);
    const days = dayIndex(Date.UTC(9999, 11, 31)) - series.fromDay + 1;
    expect(days).toBeGreaterThan(3_000_000);
    expect(series.step).toBe(Math.ceil(days / MAX_SERIES_POINTS));
    expect(series.length).toBeLessThanOrEqual(MAX_SERIES_POINTS);
    expect(series.tension).toHaveLength(series.length);
    expect(series.lower).toHaveLength(series.length);
    expect(indexOfDay(series, series.toDay)).toBe(series.length - 1);
    expect(dayOfIndex(series, 0)).toBe(series.fromDay);
  });

  it("puts each event's impulse in the element covering its day", () => {
    const series = computeTension(events);
    const middle = indexOfDay(series, dayIndex(Date.UTC(2025, 2, 1)));
    // The conflict of 2025 raises tension in its element and it decays afterwards.
    expect(series.tension[middle]).toBeGreaterThan(50);
    expect(series.tension[middle - 1]).toBeCloseTo(50, 1);
    expect(series.tension[middle + 1] as number).toBeLessThan(series.tension[middle] as number);
    expect(series.staleness[middle]).toBe(0);
    expect(series.staleness[middle + 2]).toBe(2 * series.step);
    const summary = summarize(series);
    expect(summary?.peak.day).toBe(dayOfIndex(series, middle));
  });

  it("keeps a daily series (step 1, same values) for spans within the limit", () => {
    const normal = [at("a", "2020-01-01", -5), at("b", "2024-06-01", 3)];
    const series = computeTension(normal);
    expect(series.step).toBe(1);
    expect(series.length).toBe(series.toDay - series.fromDay + 1);
    expect(indexOfDay(series, series.fromDay + 10)).toBe(10);
  });
});
