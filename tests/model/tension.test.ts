import fc from "fast-check";
import { dayIndex, mustParseEdtf } from "../../src/model/date.ts";
import { eventColumns, knownColumns, rememberColumns } from "../../src/model/eventColumns.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import type { TensionInput, TensionOptions } from "../../src/model/tension.ts";
import {
  DEFAULT_TENSION_OPTIONS,
  TENSION_BANDS,
  bandOf,
  computeTension,
  computeTensionWithUncertainty,
  drivers,
  isStale,
  resolveTensionOptions,
  summarize,
  tensionFromEnergy,
  tensionInput,
} from "../../src/model/tension.ts";

/** An input from an EDTF date string, so each test reads like the data it models. */
function ev(id: string, edtf: string, score: number, weight = 1): TensionInput {
  return tensionInput(id, mustParseEdtf(edtf), score, weight);
}

/** An input on a bare day index (day 0 = 1970-01-01), for the worked examples. */
function onDay(id: string, day: number, score: number): TensionInput {
  const startMs = day * 86_400_000;
  return { id, startMs, anchorMs: startMs + 43_200_000, score };
}

/** The UTC day index of the first day of an EDTF date. */
const day = (edtf: string): number => dayIndex(tensionInput("x", mustParseEdtf(edtf), 0).startMs);

describe("worked numbers (h = 45, K = 15, B = 0)", () => {
  it("one event of −8 on day 0: E(0) = −8, T(0) ≈ 74.40; E(45) = −4, T(45) ≈ 63.03", () => {
    const s = computeTension([onDay("a", 0, -8)], {}, { untilDay: 90 });
    expect(s.fromDay).toBe(0);
    expect(s.toDay).toBe(90);
    // E(0) = 0 · 2^(−1/45) + (−8) = −8
    expect(s.energy[0]).toBe(-8);
    // T(0) = 50 − 50 · tanh(−8/15) = 50 + 50 · tanh(0.5333…) = 50 + 50 · 0.487925 = 74.3962
    expect(s.tension[0]).toBeCloseTo(50 - 50 * Math.tanh(-8 / 15), 12);
    expect(s.tension[0]).toBeCloseTo(74.3962, 4);
    // E(45) = −8 · (2^(−1/45))^45 = −8 · 2^(−1) = −4
    expect(s.energy[45]).toBeCloseTo(-4, 12);
    // T(45) = 50 + 50 · tanh(4/15) = 50 + 50 · 0.260520 = 63.0260
    expect(s.tension[45]).toBeCloseTo(50 - 50 * Math.tanh(-4 / 15), 12);
    expect(s.tension[45]).toBeCloseTo(63.026, 3);
    // E(90) = −8 · 2^(−2) = −2
    expect(s.energy[90]).toBeCloseTo(-2, 12);
  });

  it("two −8 events a half-life apart: E(45) = −8 · ½ + (−8) = −12, T ≈ 83.20", () => {
    const s = computeTension([onDay("a", 0, -8), onDay("b", 45, -8)]);
    expect(s.toDay).toBe(45);
    expect(s.energy[45]).toBeCloseTo(-12, 12);
    // T(45) = 50 + 50 · tanh(12/15) = 50 + 50 · 0.664037 = 83.2018
    expect(s.tension[45]).toBeCloseTo(83.2018, 4);
  });

  it("+4 and −4 on the same day cancel: E = 0, T = 50", () => {
    const s = computeTension([onDay("a", 10, 4), onDay("b", 10, -4)]);
    expect(s.length).toBe(1);
    expect(s.energy[0]).toBe(0);
    expect(s.tension[0]).toBe(50);
  });

  it("weight multiplies the impulse and the baseline shifts T without decaying", () => {
    const weighted = computeTension([{ ...onDay("a", 0, -2), weight: 4 }]);
    expect(weighted.energy[0]).toBe(-8);
    // B = −15 alone: T = 50 − 50 · tanh(−1) = 50 + 50 · 0.761594 = 88.0797, on every day.
    const cool = computeTension([onDay("a", 0, 0)], { baseline: -15 }, { untilDay: 500 });
    expect(cool.tension[0]).toBeCloseTo(88.0797, 4);
    expect(cool.tension[500]).toBeCloseTo(88.0797, 4);
  });

  it("tensionFromEnergy matches the formula", () => {
    expect(tensionFromEnergy(0, DEFAULT_TENSION_OPTIONS)).toBe(50);
    expect(tensionFromEnergy(-8, DEFAULT_TENSION_OPTIONS)).toBeCloseTo(74.3962, 4);
  });
});

describe("spreading coarse dates", () => {
  /** Recovers each day's impulse from the series: impulse(d) = E(d) − 2^(−1/h) · E(d−1). */
  function impulses(energy: Float64Array, halfLife: number): number[] {
    const q = Math.pow(2, -1 / halfLife);
    return Array.from(energy, (e, i) => e - q * (i === 0 ? 0 : (energy[i - 1] ?? 0)));
  }

  it('"2025-02" with score −28 puts −1 on each of its 28 days, conserving the total', () => {
    const s = computeTension([ev("feb", "2025-02", -28)], {}, { untilDay: day("2025-03-10") });
    expect(s.fromDay).toBe(day("2025-02-01"));
    const daily = impulses(s.energy, 45);
    for (let i = 0; i < 28; i++) expect(daily[i]).toBeCloseTo(-1, 12);
    // 1 March onwards gets nothing: the spread ends with the month.
    for (let i = 28; i < daily.length; i++) expect(daily[i]).toBeCloseTo(0, 12);
    expect(daily.reduce((a, b) => a + b, 0)).toBeCloseTo(-28, 10);
  });

  it('a leap year "2024" spreads over 366 days; a day-precision event stays on its day', () => {
    const s = computeTension([ev("y", "2024", -366), ev("d", "2024-03-01", -5)], {
      halfLife: 1e15, // no decay to speak of, so E is the running total
    });
    expect(s.length).toBe(366);
    const march1 = day("2024-03-01") - s.fromDay;
    expect(s.energy[march1 - 1]).toBeCloseTo(-march1, 6);
    expect(s.energy[march1]).toBeCloseTo(-(march1 + 1) - 5, 6);
    expect(s.energy[365]).toBeCloseTo(-366 - 5, 6);
  });
});

describe("decay and range", () => {
  it("after the last event |E| shrinks every day and T moves monotonically towards 50", () => {
    const events = [ev("a", "2020-01-05", -9), ev("b", "2020-02", -6), ev("c", "2020-03-02", 3)];
    const s = computeTension(events, {}, { untilDay: day("2021-01-01") });
    const after = day("2020-03-02") - s.fromDay;
    for (let i = after + 1; i < s.length; i++) {
      const e = s.energy[i] ?? NaN;
      const prevE = s.energy[i - 1] ?? NaN;
      expect(Math.abs(e)).toBeLessThan(Math.abs(prevE));
      expect(Math.abs((s.tension[i] ?? NaN) - 50)).toBeLessThan(
        Math.abs((s.tension[i - 1] ?? NaN) - 50),
      );
      expect(s.tension[i]).toBeGreaterThan(50); // still net conflict, approaching from above
    }
  });

  it("events before fromDay still weigh on it; events after toDay are ignored", () => {
    const events = [onDay("a", 0, -8), onDay("late", 200, 10)];
    const s = computeTension(events, {}, { fromDay: 45, toDay: 100 });
    expect(s.fromDay).toBe(45);
    expect(s.length).toBe(56);
    expect(s.energy[0]).toBeCloseTo(-4, 12);
    expect(s.energy[55]).toBeCloseTo(-8 * Math.pow(2, -100 / 45), 12);
  });

  it("an empty input gives an empty series and no summary", () => {
    const s = computeTension([]);
    expect(s.length).toBe(0);
    expect(summarize(s)).toBeUndefined();
    expect(computeTensionWithUncertainty([]).lower.length).toBe(0);
  });

  it("staleness counts days since the last covered day; stale beyond one half-life", () => {
    const s = computeTension([onDay("a", 0, -3), ev("m", "1970-03", -3)], {}, { untilDay: 200 });
    expect(s.staleness[0]).toBe(0);
    expect(s.staleness[10]).toBe(10);
    const march31 = day("1970-03-31");
    expect(s.staleness[march31]).toBe(0);
    expect(isStale(s, march31 + 45)).toBe(false);
    expect(isStale(s, march31 + 46)).toBe(true);
    expect(isStale(s, 10_000)).toBe(true); // outside the series
  });
});

describe("bands", () => {
  it("one table of six bands tiling 0–100 with English and Spanish labels", () => {
    expect(TENSION_BANDS.map((b) => b.id)).toEqual([
      "close",
      "good",
      "normal",
      "strained",
      "tense",
      "hostile",
    ]);
    for (let i = 1; i < TENSION_BANDS.length; i++)
      expect(TENSION_BANDS[i]?.min).toBe(TENSION_BANDS[i - 1]?.max);
    expect(TENSION_BANDS.map((b) => b.label.es)).toEqual([
      "Estrecha",
      "Buena",
      "Normal",
      "Tirante",
      "Tensa",
      "Hostil",
    ]);
  });

  it.each([
    [0, "close"],
    [19.999, "close"],
    [20, "good"],
    [34.999, "good"],
    [35, "normal"],
    [50, "normal"],
    [50.001, "strained"],
    [65, "strained"],
    [65.001, "tense"],
    [80, "tense"],
    [80.001, "hostile"],
    [100, "hostile"],
    [-1e-12, "close"],
    [100 + 1e-12, "hostile"],
  ])("bandOf(%d) is %s (a boundary belongs to the band nearer neutral)", (t, id) => {
    expect(bandOf(t).id).toBe(id);
  });

  it("puts a relationship with no events (T = 50) in Normal, and mirrors around 50", () => {
    expect(bandOf(tensionFromEnergy(0, DEFAULT_TENSION_OPTIONS)).id).toBe("normal");
    for (const t of [0, 10, 20, 27.5, 35, 42, 49.5]) {
      const low = TENSION_BANDS.indexOf(bandOf(t));
      const high = TENSION_BANDS.indexOf(bandOf(100 - t));
      expect(low + high).toBe(TENSION_BANDS.length - 1);
    }
  });

  it("bandOf(NaN) throws", () => {
    expect(() => bandOf(NaN)).toThrow(RangeError);
  });
});

describe("uncertainty band", () => {
  it("lower ≤ T ≤ upper everywhere and the band widens around a shock", () => {
    const events = [
      ev("a", "2019-06-01", -8),
      ev("b", "2019-07", 5),
      ev("c", "2019", -12),
      ev("d", "2020-01-15", 7, 2),
    ];
    const s = computeTensionWithUncertainty(events, {}, { untilDay: day("2020-12-31") });
    const base = computeTension(events, {}, { untilDay: day("2020-12-31") });
    expect(s.length).toBe(base.length);
    for (let i = 0; i < s.length; i++) {
      expect(s.tension[i]).toBeCloseTo(base.tension[i] ?? NaN, 12);
      expect(s.lower[i]).toBeLessThanOrEqual(s.tension[i] ?? NaN);
      expect(s.upper[i]).toBeGreaterThanOrEqual(s.tension[i] ?? NaN);
    }
    const shock = day("2019-06-01") - s.fromDay;
    expect((s.upper[shock] ?? 0) - (s.lower[shock] ?? 0)).toBeGreaterThan(1);
  });

  it("the band includes the ×0.8 and ×1.2 runs", () => {
    const events = [onDay("a", 0, -8)];
    const s = computeTensionWithUncertainty(events);
    // On the event day every half-life gives E = −8, so the width comes from the score scaling:
    // T(×1.2) = 50 + 50 · tanh(9.6/15) ≈ 78.26; T(×0.8) = 50 + 50 · tanh(6.4/15) ≈ 70.12.
    expect(s.upper[0]).toBeCloseTo(50 + 50 * Math.tanh(9.6 / 15), 12);
    expect(s.lower[0]).toBeCloseTo(50 + 50 * Math.tanh(6.4 / 15), 12);
  });

  it("the band includes the h/2 and 2h runs, which set its edges once the event has decayed", () => {
    const s = computeTensionWithUncertainty([onDay("a", 0, -8)], {}, { untilDay: 45 });
    // Day 45, one base half-life on: E = −4 (base), −3.2 (×0.8), −4.8 (×1.2),
    // −8 · 2^(−45/22.5) = −2 (h/2) and −8 · 2^(−45/90) = −5.657 (2h).
    // The h/2 run decays furthest, so it sets the lower edge: T = 50 + 50 · tanh(2/15) ≈ 56.63.
    expect(s.lower[45]).toBeCloseTo(50 + 50 * Math.tanh(2 / 15), 12);
    expect(s.lower[45]).toBeCloseTo(56.6274, 4);
    // The 2h run keeps the most, so it sets the upper edge: T = 50 + 50 · tanh(5.657/15) ≈ 68.01.
    expect(s.upper[45]).toBeCloseTo(50 + 50 * Math.tanh((8 * Math.SQRT1_2) / 15), 12);
    expect(s.upper[45]).toBeCloseTo(68.0103, 4);
    // Day 1: h/2 leaves −8 · 2^(−1/22.5) ≈ −7.76, more than ×0.8's −6.30, so ×0.8 is the edge.
    expect(s.lower[1]).toBeCloseTo(50 + 50 * Math.tanh((6.4 * 2 ** (-1 / 45)) / 15), 12);
  });
});

describe("drivers", () => {
  const events = [
    ev("old-shock", "2020-01-01", -10),
    ev("feb", "2020-02", 6),
    ev("recent", "2020-04-10", -5),
    ev("future", "2020-06-01", 9),
  ];
  const options: Partial<TensionOptions> = { halfLife: 30 };
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  let series: ReturnType<typeof computeTension>;
  beforeEach(() => {
    series = computeTension(events, options);
  });

  it("contributions sum to E(d) and only events on or before d count", () => {
    for (const edtf of ["2020-01-01", "2020-02-10", "2020-04-15", "2020-05-31"]) {
      const d = day(edtf);
      const found = drivers(events, d, options);
      const sum = found.reduce((a, x) => a + x.contribution, 0);
      expect(sum).toBeCloseTo(series.energy[d - series.fromDay] ?? NaN, 10);
      expect(found.some((x) => x.eventId === "future")).toBe(false);
      expect(found.reduce((a, x) => a + x.share, 0)).toBeCloseTo(1, 12);
    }
  });

  it("sorts by absolute size, so the expected event leads", () => {
    // 2020-04-15: "recent" is −5 · 2^(−5/30) ≈ −4.45; the shock is −10 · 2^(−105/30) ≈ −0.88.
    const found = drivers(events, day("2020-04-15"), options);
    expect(found[0]?.eventId).toBe("recent");
    expect(found[0]?.contribution).toBeCloseTo(-5 * Math.pow(2, -5 / 30), 12);
    // On 2020-01-20 the shock is still the whole story.
    expect(drivers(events, day("2020-01-20"), options)).toEqual([
      { eventId: "old-shock", contribution: -10 * Math.pow(2, -19 / 30), share: 1 },
    ]);
  });

  it("a spread event contributes only the days of its span up to d", () => {
    // On 2020-02-03 three of February's 29 days are in: (6/29) · (q² + q + 1) with q = 2^(−1/30).
    const q = Math.pow(2, -1 / 30);
    const feb = drivers(events, day("2020-02-03"), options).find((x) => x.eventId === "feb");
    expect(feb?.contribution).toBeCloseTo((6 / 29) * (q * q + q + 1), 12);
  });

  it("orders drivers of equal size by id, and leaves out events that add nothing", () => {
    const found = drivers([onDay("b", 0, -4), onDay("c", 0, 0), onDay("a", 0, 4)], 0);
    expect(found).toEqual([
      { eventId: "a", contribution: 4, share: 0.5 },
      { eventId: "b", contribution: -4, share: 0.5 },
    ]);
    expect(drivers([onDay("z", 0, 0)], 3)).toEqual([]);
  });

  it("limit keeps the biggest while shares stay relative to all of them", () => {
    const all = drivers(events, day("2020-04-15"), options);
    const top = drivers(events, day("2020-04-15"), options, 1);
    expect(top).toHaveLength(1);
    expect(top[0]).toEqual(all[0]);
  });
});

describe("summarize", () => {
  it("reports the peak and the last value with their bands", () => {
    const s = computeTension([onDay("a", 10, -8), onDay("b", 20, -8)], {}, { untilDay: 400 });
    const summary = summarize(s);
    // The peak is the second hit: E(20) = −8 · 2^(−10/45) − 8 ≈ −14.86, T ≈ 88.0.
    expect(summary?.peak.day).toBe(20);
    expect(summary?.peak.tension).toBeCloseTo(50 + 50 * Math.tanh((8 * 2 ** (-10 / 45) + 8) / 15));
    expect(summary?.peak.band.id).toBe("hostile");
    expect(summary?.last.day).toBe(400);
    expect(summary?.last.band.id).toBe("strained");
  });

  it("stops at a given last day, ignoring the decay drawn after the data ends", () => {
    const s = computeTension([onDay("a", 10, 8), onDay("b", 20, -8)], {}, { untilDay: 400 });
    const summary = summarize(s, 20);
    expect(summary?.last.day).toBe(20);
    // E(20) = 8 · 2^(−10/45) − 8 ≈ −1.14: just above the midpoint, "strained".
    expect(summary?.last.tension).toBeCloseTo(50 - 50 * Math.tanh((8 * 2 ** (-10 / 45) - 8) / 15));
    expect(summary?.last.band.id).toBe("strained");
    expect(summarize(s, 5)).toBeUndefined();
  });

  it("reports a tied peak on the earliest of its days", () => {
    const tension = Float64Array.from([50, 70, 60, 70, 40]);
    const series = {
      fromDay: 100,
      toDay: 104,
      length: 5,
      step: 1,
      options: DEFAULT_TENSION_OPTIONS,
      energy: new Float64Array(5),
      tension,
      staleness: new Float64Array(5),
    };
    const summary = summarize(series);
    expect(summary?.peak).toEqual({ tension: 70, day: 101, band: TENSION_BANDS[4] });
    expect(summary?.last).toEqual({ tension: 40, day: 104, band: TENSION_BANDS[2] });
  });

  it("reports a flat series' peak on its first day", () => {
    // Balanced events keep E = 0, so T = 50 on every day: the peak is the first of them.
    const s = computeTension([onDay("a", 7, 3), onDay("b", 7, -3)], {}, { untilDay: 12 });
    expect(summarize(s)?.peak).toEqual({ tension: 50, day: 7, band: TENSION_BANDS[2] });
  });
});

describe("options", () => {
  it.each([
    [{ halfLife: 0 }],
    [{ halfLife: -45 }],
    [{ halfLife: NaN }],
    [{ halfLife: Infinity }],
    [{ k: 0 }],
    [{ baseline: NaN }],
    [{ scale: -1 }],
  ])("rejects %o with a RangeError", (bad) => {
    expect(() => resolveTensionOptions(bad)).toThrow(RangeError);
    expect(() => computeTension([onDay("a", 0, 1)], bad)).toThrow(RangeError);
    expect(() => drivers([onDay("a", 0, 1)], 0, bad)).toThrow(RangeError);
  });

  it("says what was wrong with the half-life", () => {
    expect(() => resolveTensionOptions({ halfLife: 0 })).toThrow(/halfLife.*> 0.*got 0/);
  });

  it("says what was wrong with each option, and accepts a scale of 0", () => {
    expect(() => resolveTensionOptions({ k: 0 })).toThrow(
      new RangeError("tension k must be a finite number > 0, got 0"),
    );
    expect(() => resolveTensionOptions({ baseline: NaN })).toThrow(
      new RangeError("tension baseline must be a finite number, got NaN"),
    );
    expect(() => resolveTensionOptions({ scale: -1 })).toThrow(
      new RangeError("tension scale must be a finite number ≥ 0, got -1"),
    );
    expect(resolveTensionOptions({ scale: 0 }).scale).toBe(0);
    expect(() => bandOf(NaN)).toThrow(new RangeError("bandOf: tension is NaN"));
  });

  it("rejects a non-integer day range, naming the bound", () => {
    const one = [onDay("a", 0, 1)];
    for (const name of ["fromDay", "toDay", "untilDay"] as const) {
      expect(() => computeTension(one, {}, { [name]: 0.5 })).toThrow(
        new RangeError(`tension ${name} must be an integer UTC day index, got 0.5`),
      );
    }
  });

  it("scale multiplies every score", () => {
    expect(computeTension([onDay("a", 0, -8)], { scale: 0.5 }).energy[0]).toBe(-4);
  });
});

describe("properties", () => {
  const FROM = day("2000-01-01");
  const TO = day("2003-12-31");

  const arbDate = fc.oneof(
    fc
      .record({ y: fc.integer({ min: 2000, max: 2002 }), m: fc.integer({ min: 1, max: 12 }) })
      .chain(({ y, m }) =>
        fc.oneof(
          fc.constant(`${y}-${String(m).padStart(2, "0")}`),
          fc
            .integer({ min: 1, max: 28 })
            .map((d) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
        ),
      ),
    fc.integer({ min: 2000, max: 2002 }).map(String),
  );
  const arbEvent = fc.record({
    date: arbDate,
    score: fc.double({ min: -10, max: 10, noNaN: true }),
    weight: fc.double({ min: 0.1, max: 5, noNaN: true }),
  });
  const arbEvents = fc
    .array(arbEvent, { minLength: 1, maxLength: 40 })
    .map((list) => list.map((e, i) => ev(`e${i}`, e.date, e.score, e.weight)));
  const arbOptions = fc.record({
    halfLife: fc.double({ min: 1, max: 400, noNaN: true }),
    baseline: fc.double({ min: -10, max: 10, noNaN: true }),
    k: fc.double({ min: 1, max: 40, noNaN: true }),
  });
  const range = { fromDay: FROM, toDay: TO };

  // Spread events are added and removed through a rate difference array, so two runs can
  // differ by float rounding (~1e-15); the property is about the model, not about the last ulp.
  const EPS = 1e-9;

  it("T stays within [0, 100] and lower ≤ T ≤ upper", () => {
    fc.assert(
      fc.property(arbEvents, arbOptions, (events, options) => {
        const s = computeTensionWithUncertainty(events, options, range);
        for (let i = 0; i < s.length; i++) {
          const t = s.tension[i] ?? NaN;
          if (!(t >= 0 && t <= 100)) return false;
          if (!((s.lower[i] ?? NaN) <= t && t <= (s.upper[i] ?? NaN))) return false;
        }
        return true;
      }),
    );
  });

  it("adding a conflict event never lowers T on any day", () => {
    fc.assert(
      fc.property(
        arbEvents,
        arbOptions,
        arbDate,
        fc.double({ min: -10, max: -0.01, noNaN: true }),
        (events, options, date, score) => {
          const before = computeTension(events, options, range);
          const after = computeTension([...events, ev("new", date, score)], options, range);
          for (let i = 0; i < before.length; i++)
            if ((after.tension[i] ?? NaN) < (before.tension[i] ?? NaN) - EPS) return false;
          return true;
        },
      ),
    );
  });

  it("lowering any event's score never lowers T on any day", () => {
    fc.assert(
      fc.property(
        arbEvents,
        arbOptions,
        fc.nat(),
        fc.double({ min: 0.01, max: 10, noNaN: true }),
        (events, options, pick, drop) => {
          const index = pick % events.length;
          const lowered = events.map((e, i) => (i === index ? { ...e, score: e.score - drop } : e));
          const before = computeTension(events, options, range);
          const after = computeTension(lowered, options, range);
          for (let i = 0; i < before.length; i++)
            if ((after.tension[i] ?? NaN) < (before.tension[i] ?? NaN) - EPS) return false;
          return true;
        },
      ),
    );
  });

  it("drivers always sum to E(d)", () => {
    fc.assert(
      fc.property(arbEvents, arbOptions, fc.integer({ min: FROM, max: TO }), (events, o, d) => {
        const s = computeTension(events, o, range);
        const sum = drivers(events, d, o).reduce((a, x) => a + x.contribution, 0);
        return Math.abs(sum - (s.energy[d - FROM] ?? NaN)) < 1e-9;
      }),
    );
  });
});

describe("events with known columns (a loaded dataset's)", () => {
  it("give the same series read from their columns as from the objects", () => {
    const dataset = smallDataset([
      sampleEvent({ id: "day", date: "2026-02-03", score: -4 }),
      sampleEvent({ id: "month", date: "2026-03", score: 2, weight: 3 }),
      sampleEvent({ id: "span", date: "2026-03-10", end: "2026-04-02", score: -1 }),
      sampleEvent({ id: "cameo", date: "2026-04-20" }),
    ]);
    const events = resolveEvents(dataset, goldsteinTable());
    const plain = events.map((e) => ({
      id: e.id,
      startMs: e.startMs,
      anchorMs: e.anchorMs,
      score: e.score,
      weight: e.weight,
    }));
    const fromObjects = computeTensionWithUncertainty(plain, { halfLife: 20 });
    eventColumns(events);
    expect(knownColumns(events)).toBeDefined();
    const fromColumns = computeTensionWithUncertainty(events, { halfLife: 20 });
    expect(Array.from(fromColumns.tension)).toEqual(Array.from(fromObjects.tension));
    expect(Array.from(fromColumns.lower)).toEqual(Array.from(fromObjects.lower));
    expect(Array.from(fromColumns.upper)).toEqual(Array.from(fromObjects.upper));
    expect(fromColumns.fromDay).toBe(fromObjects.fromDay);
    expect(fromColumns.toDay).toBe(fromObjects.toDay);
  });

  it("read the columns, not the objects, once they are known", () => {
    const events = resolveEvents(
      smallDataset([sampleEvent({ id: "only", date: "2026-02-03", score: -4 })]),
      goldsteinTable(),
    );
    const real = eventColumns(events);
    // Columns saying the score is 0: the line stays at its baseline if they are what is read.
    rememberColumns(events, { ...real, score: new Float64Array([0]) });
    const series = computeTensionWithUncertainty(events, { halfLife: 20 });
    expect(Math.max(...series.tension)).toBe(Math.min(...series.tension));
  });
});
