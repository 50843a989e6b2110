/**
 * Context events never drive the tension line: not the series, not its drivers, not the
 * readout's lists (all of which read the tension view), in the app and in exports alike.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { dayIndex } from "../../src/model/date.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { drivers } from "../../src/model/tension.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectEvents } from "../../src/store/selectors.ts";
import { computeTensionView, selectTension } from "../../src/store/tensionSelectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();

function storeFor(dataset: Dataset) {
  return createDetenteStore({ dataset, goldstein, settings: { reducedMotion: true } });
}

describe("tension and context events", () => {
  it("gives a context event no impulse: the series is the same with or without it", () => {
    const threat = sampleEvent({ id: "threat", date: "2026-01-04", cameo: "138" });
    const raid = sampleEvent({ id: "raid", date: "2026-01-03", target: "VEN", cameo: "190" });
    const base = smallDataset([threat]);
    const withRaid: Dataset = {
      ...smallDataset([raid, threat]),
      thirdParties: [{ code: "VEN", name: "Venezuela" }],
    };
    const state = storeFor(withRaid).getState();
    const alone = storeFor(base).getState();
    const view = computeTensionView(selectEvents(state), 45, state.viewport);
    const reference = computeTensionView(selectEvents(alone), 45, state.viewport);
    expect(Array.from(view.series.energy)).toEqual(Array.from(reference.series.energy));
    expect(view.events.map((e) => e.id)).toEqual(["threat"]);
    expect(view.inputs.map((e) => e.id)).toEqual(["threat"]);
    // On the raid's own day nothing has happened yet between the two parties.
    const raidDay = dayIndex(Date.parse("2026-01-03T12:00:00Z"));
    expect(view.series.energy[raidDay - view.series.fromDay]).toBe(0);
  });

  it("never lists the bundled raid in Venezuela among the drivers", () => {
    const dataset = JSON.parse(
      readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
    ) as Dataset;
    const state = storeFor(dataset).getState();
    const raid = selectEvents(state).find((e) => e.id === "venezuelan-raid");
    expect(raid?.context).toBe(true);
    const tension = selectTension(state);
    expect(tension.events.some((e) => e.context)).toBe(false);
    const day = dayIndex(Date.parse("2026-01-05T12:00:00Z"));
    const ids = drivers(tension.inputs, day, { halfLife: 45 }).map((d) => d.eventId);
    expect(ids).toContain("military-threat-colombia");
    expect(ids).not.toContain("venezuelan-raid");
    expect(ids).not.toContain("caribbean-boat-strike");
  });
});
