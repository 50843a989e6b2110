import fc from "fast-check";
import { MS_PER_DAY } from "../../src/model/date.ts";
import type { Viewport } from "../../src/model/viewport.ts";
import {
  MIN_SPAN_MS,
  centerViewportOn,
  clampViewport,
  panViewport,
  viewportBounds,
  viewportContains,
  zoomViewport,
} from "../../src/model/viewport.ts";

const DAY = MS_PER_DAY;
const utc = (iso: string): number => Date.parse(`${iso}T00:00:00Z`);

/** Bounds of the us-colombia scale: 2000–2026 with margins. */
const BOUNDS = viewportBounds(utc("2000-01-01"), utc("2026-01-01"));

/** Any number at all, including the ones a broken gesture or division can produce. */
const anyNumber = fc.oneof(
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, 0, -0, Number.MAX_VALUE, -Number.MAX_VALUE),
  fc.integer({ min: utc("1950-01-01"), max: utc("2080-01-01") }),
);

/** Sensible bounds: a start within a century and an extent from nothing to 200 years. */
const bounds = fc
  .record({
    first: fc.integer({ min: utc("1900-01-01"), max: utc("2100-01-01") }),
    extent: fc.integer({ min: 0, max: 200 * 365 * DAY }),
  })
  .map(({ first, extent }) => viewportBounds(first, first + extent));

describe("MIN_SPAN_MS", () => {
  it("is one day", () => {
    expect(MIN_SPAN_MS).toBe(86_400_000);
  });
});

describe("viewportBounds", () => {
  it("adds 5 % of the extent on each side when that is more than 30 days", () => {
    const first = utc("2000-01-01");
    const last = utc("2020-01-01"); // 7305 days
    const b = viewportBounds(first, last);
    // 5 % of 7305 days = 365.25 days.
    expect(b.from).toBe(first - 365.25 * DAY);
    expect(b.to).toBe(last + 365.25 * DAY);
  });

  it("adds at least 30 days on each side", () => {
    const first = utc("2025-01-01");
    const last = utc("2026-01-01"); // 365 days: 5 % is 18.25 days
    expect(viewportBounds(first, last)).toEqual({ from: first - 30 * DAY, to: last + 30 * DAY });
  });

  it("switches from 30 days to 5 % at an extent of 600 days", () => {
    expect(viewportBounds(0, 600 * DAY)).toEqual({ from: -30 * DAY, to: 630 * DAY });
    expect(viewportBounds(0, 700 * DAY)).toEqual({ from: -35 * DAY, to: 735 * DAY });
    expect(viewportBounds(0, 500 * DAY)).toEqual({ from: -30 * DAY, to: 530 * DAY });
  });

  it("gives a single event (or all on one instant) 30 days either side", () => {
    const t = utc("2025-01-26");
    expect(viewportBounds(t, t)).toEqual({ from: t - 30 * DAY, to: t + 30 * DAY });
  });

  it("always contains the data with a margin of at least 30 days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1900-01-01"), max: utc("2100-01-01") }),
        fc.integer({ min: 0, max: 300 * 365 * DAY }),
        (first, extent) => {
          const b = viewportBounds(first, first + extent);
          expect(first - b.from).toBeGreaterThanOrEqual(30 * DAY);
          expect(b.to - (first + extent)).toBeCloseTo(first - b.from, 0);
          expect(first - b.from).toBeCloseTo(Math.max(0.05 * extent, 30 * DAY), 0);
        },
      ),
    );
  });
});

describe("clampViewport", () => {
  it("leaves a window that is already inside the bounds alone", () => {
    const view = { from: utc("2010-01-01"), to: utc("2012-01-01") };
    expect(clampViewport(view, BOUNDS)).toEqual(view);
  });

  it("widens a window narrower than a day to one day around its centre", () => {
    const noon = utc("2015-06-01") + 12 * 3_600_000;
    expect(clampViewport({ from: noon - 1000, to: noon + 1000 }, BOUNDS)).toEqual({
      from: noon - DAY / 2,
      to: noon + DAY / 2,
    });
    // Zero and negative spans too.
    expect(clampViewport({ from: noon, to: noon }, BOUNDS)).toEqual({
      from: noon - DAY / 2,
      to: noon + DAY / 2,
    });
    expect(clampViewport({ from: noon + 5000, to: noon - 5000 }, BOUNDS)).toEqual({
      from: noon - DAY / 2,
      to: noon + DAY / 2,
    });
  });

  it("narrows a window wider than the bounds to the bounds", () => {
    expect(clampViewport({ from: utc("1900-01-01"), to: utc("2100-01-01") }, BOUNDS)).toEqual(
      BOUNDS,
    );
  });

  it("slides a window past an edge back inside, keeping its span", () => {
    const span = 365 * DAY;
    const left = clampViewport(
      { from: BOUNDS.from - 100 * DAY, to: BOUNDS.from + 265 * DAY },
      BOUNDS,
    );
    expect(left).toEqual({ from: BOUNDS.from, to: BOUNDS.from + span });
    const right = clampViewport({ from: BOUNDS.to - 100 * DAY, to: BOUNDS.to + 265 * DAY }, BOUNDS);
    expect(right.to).toBe(BOUNDS.to);
    expect(right.to - right.from).toBe(span);
    // Entirely outside: pinned to the nearest edge.
    const far = clampViewport({ from: utc("2200-01-01"), to: utc("2201-01-01") }, BOUNDS);
    expect(far.to).toBe(BOUNDS.to);
    expect(far.to - far.from).toBe(365 * DAY);
  });

  it("falls back to the whole bounds for NaN or infinite input, never producing NaN", () => {
    for (const view of [
      { from: NaN, to: NaN },
      { from: NaN, to: utc("2010-01-01") },
      { from: utc("2010-01-01"), to: NaN },
      { from: -Infinity, to: Infinity },
      { from: utc("2010-01-01"), to: Infinity },
      { from: -Infinity, to: utc("2010-01-01") },
    ]) {
      expect(clampViewport(view, BOUNDS)).toEqual(BOUNDS);
    }
  });

  it("centres on the bounds when from + to overflows, keeping the (finite) requested span", () => {
    const result = clampViewport({ from: Number.MAX_VALUE, to: Number.MAX_VALUE }, BOUNDS);
    expect(result.to - result.from).toBeCloseTo(DAY, -1);
    expect((result.from + result.to) / 2).toBeCloseTo((BOUNDS.from + BOUNDS.to) / 2, -1);
  });

  it("does not overshoot an edge through rounding when pinned there (regression)", () => {
    // Found by fast-check: bounds.to − span rounded to 2.4e-5 ms before bounds.from.
    const b = { from: -20852944206.9, to: 437911828344.9 };
    const result = clampViewport({ from: 0, to: Number.MAX_VALUE }, b);
    expect(result.from).toBeGreaterThanOrEqual(b.from);
    expect(result.to).toBeLessThanOrEqual(b.to);
    expect(result.to - result.from).toBeCloseTo(b.to - b.from, -1);
  });

  it("uses the bounds' span when the bounds are narrower than a day", () => {
    const tiny = { from: 0, to: 1000 };
    expect(clampViewport({ from: 100, to: 200 }, tiny)).toEqual(tiny);
  });

  it("for any input and bounds: finite, inside the bounds, span within [1 day, bounds]", () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, bounds, (from, to, b) => {
        const result = clampViewport({ from, to }, b);
        expect(Number.isFinite(result.from)).toBe(true);
        expect(Number.isFinite(result.to)).toBe(true);
        expect(result.from).toBeGreaterThanOrEqual(b.from);
        expect(result.to).toBeLessThanOrEqual(b.to);
        const span = result.to - result.from;
        // One day at 2100 is exact to well under a millisecond.
        expect(span).toBeGreaterThanOrEqual(Math.min(MIN_SPAN_MS, b.to - b.from) - 1e-3);
        expect(span).toBeLessThanOrEqual(b.to - b.from);
      }),
    );
  });

  it("keeps the requested span when it is allowed, and is idempotent", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01"), max: utc("2040-01-01") }),
        fc.integer({ min: DAY, max: 20 * 365 * DAY }),
        (from, span) => {
          const once = clampViewport({ from, to: from + span }, BOUNDS);
          expect(once.to - once.from).toBeCloseTo(span, -1);
          const twice = clampViewport(once, BOUNDS);
          expect(twice.from).toBeCloseTo(once.from, -1);
          expect(twice.to).toBeCloseTo(once.to, -1);
        },
      ),
    );
  });
});

describe("zoomViewport", () => {
  const view: Viewport = { from: 0, to: 100 * DAY };

  it("zooms in by the factor around the centre by default", () => {
    expect(zoomViewport(view, 2)).toEqual({ from: 25 * DAY, to: 75 * DAY });
    expect(zoomViewport(view, 0.5)).toEqual({ from: -50 * DAY, to: 150 * DAY });
    expect(zoomViewport(view, 1)).toEqual(view);
  });

  it("keeps the anchor where it is on screen (its relative position)", () => {
    // Anchor at 20 % of the view: zooming in ×4 leaves it at 20 %.
    const zoomed = zoomViewport(view, 4, 20 * DAY);
    expect(zoomed).toEqual({ from: 15 * DAY, to: 40 * DAY });
    expect((20 * DAY - zoomed.from) / (zoomed.to - zoomed.from)).toBeCloseTo(0.2, 12);
  });

  it("keeps any anchor's relative position, divides the span by the factor and undoes itself", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01"), max: utc("2040-01-01") }),
        fc.integer({ min: DAY, max: 50 * 365 * DAY }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (from, span, at, factor) => {
          const v = { from, to: from + span };
          const anchor = from + at * span;
          const z = zoomViewport(v, factor, anchor);
          expect((anchor - z.from) / (z.to - z.from)).toBeCloseTo(at, 6);
          expect((z.to - z.from) / (span / factor)).toBeCloseTo(1, 9);
          const back = zoomViewport(z, 1 / factor, anchor);
          expect(back.from / from).toBeCloseTo(1, 9);
          expect(back.to / v.to).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  it("composes with clampViewport into a valid window even for a zero or NaN factor", () => {
    for (const factor of [0, NaN, -1, Infinity, 1e-300, 1e300]) {
      const result = clampViewport(
        zoomViewport({ from: utc("2010-01-01"), to: utc("2011-01-01") }, factor),
        BOUNDS,
      );
      expect(Number.isFinite(result.from) && Number.isFinite(result.to)).toBe(true);
      expect(result.from).toBeGreaterThanOrEqual(BOUNDS.from);
      expect(result.to).toBeLessThanOrEqual(BOUNDS.to);
    }
  });
});

describe("panViewport", () => {
  it("moves by a fraction of the span, later for positive fractions", () => {
    const view = { from: 0, to: 10 * DAY };
    expect(panViewport(view, 0.5)).toEqual({ from: 5 * DAY, to: 15 * DAY });
    expect(panViewport(view, -0.1)).toEqual({ from: -DAY, to: 9 * DAY });
    expect(panViewport(view, 0)).toEqual(view);
  });

  it("keeps the span", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01"), max: utc("2040-01-01") }),
        fc.integer({ min: DAY, max: 50 * 365 * DAY }),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (from, span, fraction) => {
          const p = panViewport({ from, to: from + span }, fraction);
          expect(p.to - p.from).toBeCloseTo(span, -1);
          expect(p.from - from).toBeCloseTo(span * fraction, -1);
        },
      ),
    );
  });
});

describe("centerViewportOn", () => {
  it("centres the window on the instant, keeping its span", () => {
    const view = { from: utc("2010-01-01"), to: utc("2010-01-11") };
    const target = utc("2025-01-26") + DAY / 2;
    expect(centerViewportOn(view, target)).toEqual({
      from: target - 5 * DAY,
      to: target + 5 * DAY,
    });
  });

  it("brings the instant into view", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc("1990-01-01"), max: utc("2040-01-01") }),
        fc.integer({ min: DAY, max: 50 * 365 * DAY }),
        fc.integer({ min: utc("1990-01-01"), max: utc("2040-01-01") }),
        (from, span, ms) => {
          const c = centerViewportOn({ from, to: from + span }, ms);
          expect(viewportContains(c, ms)).toBe(true);
          expect((c.from + c.to) / 2).toBeCloseTo(ms, -1);
          expect(c.to - c.from).toBeCloseTo(span, -1);
        },
      ),
    );
  });
});

describe("viewportContains", () => {
  it("includes both edges", () => {
    const view = { from: 10, to: 20 };
    expect(viewportContains(view, 10)).toBe(true);
    expect(viewportContains(view, 20)).toBe(true);
    expect(viewportContains(view, 15)).toBe(true);
    expect(viewportContains(view, 9.999)).toBe(false);
    expect(viewportContains(view, 20.001)).toBe(false);
    expect(viewportContains(view, NaN)).toBe(false);
  });
});
