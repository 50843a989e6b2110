/** The events that drive the tension line: the two parties' own, context events left out. */
import { knownColumns } from "../../src/model/eventColumns.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { bilateralEvents, computeTensionView } from "../../src/store/tensionSelectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const DAY = 86_400_000;

function events() {
  return resolveEvents(
    smallDataset([
      sampleEvent({ id: "talks", date: "2026-02-01", score: 3 }),
      sampleEvent({ id: "third-country", date: "2026-02-02", target: "VEN", score: -9 }),
      sampleEvent({ id: "tariffs", date: "2026-02-05", end: "2026-02-08", score: -5 }),
    ]),
    goldsteinTable(),
  );
}

describe("bilateral events", () => {
  it("leave out context events, and bring their columns with them", () => {
    const all = events();
    const bilateral = bilateralEvents(all);
    expect(bilateral.map((e) => e.id)).toEqual(["talks", "tariffs"]);
    const columns = knownColumns(bilateral);
    expect(columns && Array.from(columns.startMs)).toEqual(bilateral.map((e) => e.startMs));
    expect(columns && Array.from(columns.endMs)).toEqual(bilateral.map((e) => e.endMs));
    expect(columns && Array.from(columns.score)).toEqual([3, -5]);
    expect(bilateralEvents(all)).toBe(bilateral);
  });

  it("are the list itself when no event is context", () => {
    const own = events().filter((e) => !e.context);
    expect(bilateralEvents(own)).toBe(own);
  });
});

describe("tension view", () => {
  it("ends its data on the last day an event covers, context events aside", () => {
    const all = events();
    const from = Date.UTC(2026, 0, 1);
    const view = computeTensionView(all, 10, { from, to: Date.UTC(2026, 11, 31) });
    // The span ends on 8 February (its end column is the exclusive 9 February).
    expect(view.lastDataDay).toBe(Date.UTC(2026, 1, 8) / DAY);
    expect(view.events.map((e) => e.id)).toEqual(["talks", "tariffs"]);
    // The series runs two half-lives past the data, so the decay shows.
    expect(view.series.toDay).toBe(Date.UTC(2026, 1, 8) / DAY + 20);
    // The list the line was computed from brought its columns: no event was read for them.
    expect(knownColumns(view.events)).toBeDefined();
  });
});
