/** The store's events in the reader's language: same ids, dates and order, translated texts. */
import { adoptIndex, indexEvents } from "../../src/model/eventIndex.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import {
  selectEventById,
  selectEvents,
  selectLaneIndex,
  selectLocalDataset,
} from "../../src/store/selectors.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

function translated(): Dataset {
  return {
    ...smallDataset([
      sampleEvent({ id: "first", date: "2026-01", title: "First" }),
      sampleEvent({ id: "second", date: "2026-02-03", title: "Second" }),
    ]),
    translations: {
      es: {
        title: "Relaciones",
        topics: { diplomacy: "Diplomacia" },
        events: { second: { title: "Segundo" } },
      },
    },
  };
}

describe("events in the reader's language", () => {
  it("translates titles and lane labels, and follows a change of language", () => {
    const store = createDetenteStore({
      dataset: translated(),
      goldstein: goldsteinTable(),
      settings: { lang: "es" },
    });
    const titles = () => selectEvents(store.getState()).map((e) => e.source.title);
    expect(titles()).toEqual(["First", "Segundo"]);
    expect(selectLocalDataset(store.getState()).title).toBe("Relaciones");
    expect(selectLaneIndex(store.getState()).lanes.map((lane) => lane.label)).toContain(
      "Diplomacia",
    );
    expect(selectEventById(store.getState(), "second")?.source.title).toBe("Segundo");
    store.getState().setSettings({ lang: "en" });
    expect(titles()).toEqual(["First", "Second"]);
    // The store keeps the dataset as loaded, translations and all, for saving and sharing.
    expect(store.getState().dataset.events[1]?.title).toBe("Second");
  });

  it("keeps the dates of events resolved by the load worker's index", () => {
    const dataset = translated();
    const goldstein = goldsteinTable();
    adoptIndex(dataset, goldstein, indexEvents(dataset, goldstein));
    const state = { dataset, goldstein, settings: { lang: "es" as const } };
    const [first, second] = selectEvents(state);
    expect(second?.source.title).toBe("Segundo");
    expect(second?.id).toBe("second");
    expect(second?.start).toEqual({ year: 2026, month: 2, day: 3, precision: "day" });
    expect(first?.start.precision).toBe("month");
    expect(second?.end).toBeUndefined();
  });
});
