import { eventRows, filterRows, sortRows } from "../../src/model/eventTable.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const dataset = smallDataset([
  sampleEvent({ id: "b", date: "2025-02-01", title: "Beta talks", score: -2, actors: ["petro"] }),
  sampleEvent({ id: "a", date: "2025-01-01", title: "alpha accord", score: 5, actors: [] }),
  sampleEvent({
    id: "c",
    date: "2025-03-01",
    title: "Çharlie sanctions",
    score: -2,
    topics: ["migration"],
    initiator: "COL",
    target: "USA",
    citations: [{ source: "article" }, { source: "article" }],
  }),
]);
const rows = eventRows(dataset, resolveEvents(dataset, goldsteinTable()));
const ids = (list: readonly { event: { id: string } }[]) => list.map((row) => row.event.id);

describe("event table rows", () => {
  it("name topics, actors, parties and sources, each source once", () => {
    const c = rows.find((row) => row.event.id === "c");
    expect(c?.topics).toEqual(["Migration and deportation"]);
    expect(c?.initiator).toBe("Colombia");
    expect(c?.target).toBe("United States");
    expect(c?.sources).toEqual(["A publisher"]);
    expect(rows.find((row) => row.event.id === "b")?.actors).toEqual(["Gustavo Petro"]);
  });

  it("sort by date, title (accents and case aside) and score, ties in time order", () => {
    expect(ids(sortRows(rows, "date", "ascending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "date", "descending"))).toEqual(["c", "b", "a"]);
    expect(ids(sortRows(rows, "title", "ascending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "score", "descending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "score", "ascending"))).toEqual(["b", "c", "a"]);
    expect(ids(sortRows(rows, "parties", "ascending"))).toEqual(["c", "a", "b"]);
  });

  it("filter by every word typed, in any field", () => {
    expect(ids(filterRows(rows, "petro"))).toEqual(["b", "c"]);
    expect(ids(filterRows(rows, "trump"))).toEqual(["c"]);
    expect(ids(filterRows(rows, "charlie colombia"))).toEqual(["c"]);
    expect(ids(filterRows(rows, "  "))).toEqual(["a", "b", "c"]);
    expect(ids(filterRows(rows, "nothing here"))).toEqual([]);
  });
});
