import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";

/** A small valid dataset; tests derive broken variants from it. */
export function smallDataset(events: DatasetEvent[] = [sampleEvent()]): Dataset {
  return {
    id: "sample",
    title: "Sample relations",
    description: "A dataset built in tests.",
    parties: [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ],
    sources: [{ id: "article", title: "An article", publisher: "A publisher" }],
    topics: [
      { id: "migration", label: "Migration and deportation" },
      { id: "diplomacy", label: "Diplomacy" },
    ],
    actors: [
      { id: "trump", name: "Donald Trump", party: "USA", role: "President of the United States" },
      { id: "petro", name: "Gustavo Petro", party: "COL", role: "President of Colombia" },
    ],
    events,
    eras: [{ id: "thaw", label: "The thaw", start: "2026-01", end: "2026-02" }],
  };
}

export function sampleEvent(overrides: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id: "meeting",
    title: "White House meeting",
    summary: "The two presidents meet.",
    date: "2026-02-03",
    topics: ["diplomacy"],
    actors: ["trump", "petro"],
    initiator: "USA",
    target: "COL",
    cameo: "043",
    citations: [{ source: "article", quote: "a quote" }],
    ...overrides,
  };
}
