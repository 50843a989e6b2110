import { eventRows, filterRows, sortRows, type EventRow } from "../../src/model/eventTable.ts";
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
// Computed inside each test, neither while the file is collected nor in beforeAll: a planted bug
// (npm run mutate) is switched on per test, and only code a test runs counts as covered by it.
const rowsOf = (): EventRow[] => eventRows(dataset, resolveEvents(dataset, goldsteinTable()));
const ids = (list: readonly { event: { id: string } }[]) => list.map((row) => row.event.id);

describe("event table rows", () => {
  it("name topics, actors, parties and sources, each source once", () => {
    const rows = rowsOf();
    const c = rows.find((row) => row.event.id === "c");
    expect(c?.topics).toEqual(["Migration and deportation"]);
    expect(c?.initiator).toBe("Colombia");
    expect(c?.target).toBe("United States");
    expect(c?.sources).toEqual(["A publisher"]);
    expect(rows.find((row) => row.event.id === "b")?.actors).toEqual(["Gustavo Petro"]);
  });

  it("sort by date, title (accents and case aside) and score, ties in time order", () => {
    const rows = rowsOf();
    expect(ids(sortRows(rows, "date", "ascending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "date", "descending"))).toEqual(["c", "b", "a"]);
    expect(ids(sortRows(rows, "title", "ascending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "score", "descending"))).toEqual(["a", "b", "c"]);
    expect(ids(sortRows(rows, "score", "ascending"))).toEqual(["b", "c", "a"]);
    expect(ids(sortRows(rows, "parties", "ascending"))).toEqual(["c", "a", "b"]);
  });

  it("filter by every word typed, in any field", () => {
    const rows = rowsOf();
    expect(ids(filterRows(rows, "petro"))).toEqual(["b", "c"]);
    expect(ids(filterRows(rows, "trump"))).toEqual(["c"]);
    expect(ids(filterRows(rows, "charlie colombia"))).toEqual(["c"]);
    // Nothing typed: the rows themselves, not a copy, so what depends on them need not redraw.
    expect(filterRows(rows, "  ")).toBe(rows);
    expect(filterRows(rows, "")).toBe(rows);
    // A word never runs across two fields ("Beta talks" and "Diplomacy").
    expect(ids(filterRows(rows, "talksdiplomacy"))).toEqual([]);
    expect(ids(filterRows(rows, "nothing here"))).toEqual([]);
  });
});

describe("event table sorting by the other columns", () => {
  // Four events in time order whose topics, actors and sources each sort differently from time.
  const many = smallDataset([
    sampleEvent({
      id: "w",
      date: "2025-01-01",
      title: "Item 10",
      topics: ["migration", "diplomacy"],
      actors: ["trump"],
      score: 1,
    }),
    sampleEvent({
      id: "x",
      date: "2025-02-01",
      title: "item 9",
      topics: ["diplomacy"],
      actors: [],
      score: 1,
      citations: [{ source: "article" }, { source: "wire" }],
    }),
    sampleEvent({
      id: "y",
      date: "2025-03-01",
      title: "Item 2",
      topics: ["migration"],
      actors: ["petro", "trump"],
      score: 1,
    }),
    sampleEvent({
      id: "z",
      date: "2025-04-01",
      title: "ítem 1",
      topics: ["diplomacy", "migration"],
      actors: [],
      score: -3,
    }),
  ]);
  const withWire = {
    ...many,
    sources: [...many.sources, { id: "wire", title: "A wire report", publisher: "A wire" }],
  };
  const tableOf = (): EventRow[] => eventRows(withWire, resolveEvents(withWire, goldsteinTable()));

  it.each([
    ["title", "numbers in numeric order, accents and case aside", "zyxw", "wxyz"],
    // "Diplomacy" (x) < "Diplomacy, Migration…" (z) < "Migration…" (y) < "Migration…, Diplomacy" (w)
    ["topics", "the names as they read in the event's own order", "xzyw", "wyzx"],
    ["actors", "no actors last going up and first going down, in time order", "wyxz", "xzyw"],
    ["sources", "the number of publishers cited, ties in time order both ways", "wyzx", "xwyz"],
    ["score", "equal scores from the earliest in either direction", "zwxy", "wxyz"],
  ] as const)("by %s: %s", (column, _why, ascending, descending) => {
    const table = tableOf();
    expect(ids(sortRows(table, column, "ascending")).join("")).toBe(ascending);
    expect(ids(sortRows(table, column, "descending")).join("")).toBe(descending);
  });

  it("names each publisher a row cites once", () => {
    const table = tableOf();
    expect(table.find((row) => row.event.id === "x")?.sources).toEqual(["A publisher", "A wire"]);
  });

  it("leaves the rows it was given in their order", () => {
    const table = tableOf();
    sortRows(table, "title", "ascending");
    expect(ids(table)).toEqual(["w", "x", "y", "z"]);
  });

  it("names an id it does not know by the id itself", () => {
    const [row] = eventRows(
      { ...many, topics: [], actors: [], sources: [], parties: [] as never },
      resolveEvents(many, goldsteinTable()).slice(0, 1),
    );
    expect(row?.topics).toEqual(["migration", "diplomacy"]);
    expect(row?.actors).toEqual(["trump"]);
    expect(row?.initiator).toBe("USA");
    expect(row?.sources).toEqual(["article"]);
  });

  it("filters on topics, actors, parties and publishers, not on ids", () => {
    const table = tableOf();
    expect(ids(filterRows(table, "wire"))).toEqual(["x"]);
    expect(ids(filterRows(table, "migration donald"))).toEqual(["w", "y"]);
    expect(ids(filterRows(table, "united states colombia"))).toEqual(["w", "x", "y", "z"]);
    expect(ids(filterRows(table, "article"))).toEqual([]);
  });
});

describe("event table sorting by lists of names", () => {
  it("joins a list with a comma, which sorts before any letter", () => {
    const base = smallDataset();
    const named = {
      ...base,
      topics: [
        { id: "tariff", label: "Tariff" },
        { id: "trade", label: "Trade" },
        { id: "tariffs", label: "Tariffs" },
      ],
      actors: [
        { id: "ana", name: "Ana", party: "USA", role: "A role" },
        { id: "bo", name: "Bo", party: "USA", role: "A role" },
        { id: "anab", name: "Anab", party: "COL", role: "A role" },
      ],
      events: [
        sampleEvent({ id: "single", date: "2025-01-01", topics: ["tariffs"], actors: ["anab"] }),
        sampleEvent({
          id: "pair",
          date: "2025-02-01",
          topics: ["tariff", "trade"],
          actors: ["ana", "bo"],
        }),
      ],
    };
    const list = eventRows(named, resolveEvents(named, goldsteinTable()));
    // "Tariff, Trade" before "Tariffs"; run together, "TariffTrade" would come after.
    expect(ids(sortRows(list, "topics", "ascending"))).toEqual(["pair", "single"]);
    expect(ids(sortRows(list, "actors", "ascending"))).toEqual(["pair", "single"]);
  });
});
