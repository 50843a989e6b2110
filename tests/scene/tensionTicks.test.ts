import fc from "fast-check";
import { visibleEvents } from "../../src/scene/tensionScene.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const table = goldsteinTable();

describe("visibleEvents (the tension chart's event ticks)", () => {
  it("finds exactly the events anchored in view, whatever their precision", () => {
    const date = fc.oneof(
      fc.integer({ min: 2000, max: 2030 }).map(String),
      fc
        .tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc
        .tuple(
          fc.integer({ min: 2000, max: 2030 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
    );
    fc.assert(
      fc.property(
        fc.array(date, { minLength: 0, maxLength: 60 }),
        fc.integer({ min: Date.UTC(1999, 0, 1), max: Date.UTC(2031, 0, 1) }),
        fc.integer({ min: 86_400_000, max: 20 * 365 * 86_400_000 }),
        (dates, from, span) => {
          const events = resolveEvents(
            smallDataset(dates.map((d, i) => sampleEvent({ id: `e${i}`, date: d }))),
            table,
          );
          const view = { from, to: from + span };
          const naive = events.filter((e) => e.anchorMs >= view.from && e.anchorMs <= view.to);
          expect(visibleEvents(events, view).map((e) => e.id)).toEqual(naive.map((e) => e.id));
        },
      ),
      { numRuns: 200 },
    );
  });
});
