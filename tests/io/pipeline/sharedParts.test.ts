/** Repeated lists shared across a load's batches: same values, one object per distinct value. */
import { SharedParts } from "../../../src/io/pipeline/sharedParts.ts";
import type { Actor, DatasetEvent, Source } from "../../../src/model/schema.ts";

function event(id: string, fields: Partial<DatasetEvent> = {}): DatasetEvent {
  return {
    id,
    title: id,
    summary: id,
    date: "2025-01-02",
    topics: ["trade"],
    actors: [],
    initiator: "USA",
    target: "COL",
    citations: [{ source: "imported-file" }, { source: "example-org" }],
    ...fields,
  };
}

/** A fresh copy, as JSON.parse makes of each batch. */
const parsed = (events: DatasetEvent[]): DatasetEvent[] =>
  JSON.parse(JSON.stringify(events)) as DatasetEvent[];

describe("shared parts of a load's events", () => {
  it("gives equal lists, across batches, one shared object, and leaves the values as they were", () => {
    const written = [
      event("a"),
      event("b", { topics: ["trade", "security"], actors: ["petro"] }),
      event("c", { topics: ["security"] }),
    ];
    const shared = new SharedParts();
    const first = parsed(written);
    const second = parsed([event("d"), event("e", { topics: ["trade", "security"] })]);
    shared.share(first);
    shared.share(second);

    expect(first).toEqual(written);
    const [a, b, c] = first as [DatasetEvent, DatasetEvent, DatasetEvent];
    const [d, e] = second as [DatasetEvent, DatasetEvent];
    expect(d.topics).toBe(a.topics);
    expect(e.topics).toBe(b.topics);
    expect(c.topics).not.toBe(a.topics);
    expect(c.topics).toEqual(["security"]);
    // Order matters: ["security", "trade"] is another list.
    expect(b.topics).toEqual(["trade", "security"]);
    expect(a.actors).toBe(d.actors);
    expect(b.actors).toEqual(["petro"]);
    expect(d.citations).toBe(a.citations);
  });

  it("keeps lists that differ only in order or grouping apart", () => {
    const shared = new SharedParts();
    const events = parsed([
      event("a", { topics: ["ab", "c"] }),
      event("b", { topics: ["a", "bc"] }),
      event("c", { topics: ["c", "ab"] }),
    ]);
    shared.share(events);
    expect(events.map((e) => e.topics)).toEqual([
      ["ab", "c"],
      ["a", "bc"],
      ["c", "ab"],
    ]);
  });

  it("shares a citation every row repeats even when each row also cites its own report", () => {
    const events = parsed(
      Array.from({ length: 3 }, (_, i) =>
        event(`row-${i}`, { citations: [{ source: "imported-file" }, { source: `report-${i}` }] }),
      ),
    );
    new SharedParts().share(events);
    const [a, b, c] = events as [DatasetEvent, DatasetEvent, DatasetEvent];
    expect(b.citations).not.toBe(a.citations);
    expect(b.citations[0]).toBe(a.citations[0]);
    expect(c.citations[0]).toBe(a.citations[0]);
    expect(c.citations).toEqual([{ source: "imported-file" }, { source: "report-2" }]);
  });

  it("shares one-citation lists by source, apart from longer lists and empty ones", () => {
    const events = parsed([
      event("a", { citations: [{ source: "imported-file" }] }),
      event("b", { citations: [{ source: "imported-file" }] }),
      event("c", { citations: [{ source: "imported-file" }, { source: "example-org" }] }),
      event("d", { citations: [{ source: "imported-file" }, { source: "example-org" }] }),
      event("e", { citations: [] }),
      event("f", { citations: [{ source: "example-org" }] }),
    ]);
    new SharedParts().share(events);
    const [a, b, c, d, e, f] = events as [
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
    ];
    expect(b.citations).toBe(a.citations);
    expect(d.citations).toBe(c.citations);
    expect(c.citations).not.toBe(a.citations);
    expect(f.citations).not.toBe(a.citations);
    expect(events.map((x) => x.citations.map((citation) => citation.source))).toEqual([
      ["imported-file"],
      ["imported-file"],
      ["imported-file", "example-org"],
      ["imported-file", "example-org"],
      [],
      ["example-org"],
    ]);
    expect(e.citations).toEqual([]);
  });

  it("keeps sharing what it knows once thousands of distinct lists have gone by", () => {
    const shared = new SharedParts();
    const first = parsed([event("first", { actors: ["petro", "trump"] })]);
    shared.share(first);
    const many = parsed(
      Array.from({ length: 10_000 }, (_, i) => event(`row-${i}`, { actors: [`actor-${i}`] })),
    );
    shared.share(many);
    expect(many.map((e) => e.actors[0])).toEqual(many.map((_, i) => `actor-${i}`));
    const later = parsed([event("later", { actors: ["petro", "trump"] })]);
    shared.share(later);
    expect(later[0]?.actors).toBe(first[0]?.actors);
  });

  it("never shares citations that carry a quote or a note", () => {
    const quoted = [{ source: "reuters", quote: "Said so." }];
    const noted = [{ source: "reuters", note: "p. 2" }];
    const events = parsed([
      event("a", { citations: quoted }),
      event("b", { citations: quoted }),
      event("c", { citations: noted }),
      event("d", { citations: noted }),
      event("e", { citations: [{ source: "reuters" }] }),
    ]);
    new SharedParts().share(events);
    const [a, b, c, d, e] = events as [
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
      DatasetEvent,
    ];
    expect(b.citations).not.toBe(a.citations);
    expect(d.citations).not.toBe(c.citations);
    expect(a.citations).toEqual(quoted);
    expect(e.citations).toEqual([{ source: "reuters" }]);
    expect(Object.isFrozen(a.citations)).toBe(false);
  });

  it("freezes what it shares, so an edit in place fails instead of changing every event", () => {
    const events = parsed([event("a"), event("b")]);
    new SharedParts().share(events);
    const [a] = events as [DatasetEvent];
    expect(() => a.topics.push("energy")).toThrow(TypeError);
    expect(() => a.actors.push("petro")).toThrow(TypeError);
    expect(() => {
      (a.citations[0] as { source: string }).source = "other";
    }).toThrow(TypeError);
    expect(events[1]?.topics).toEqual(["trade"]);
  });
});

describe("a load whose every row cites its own report", () => {
  const ownReports = (from: number, count: number): DatasetEvent[] =>
    parsed(
      Array.from({ length: count }, (_, i) =>
        event(`row-${from + i}`, { citations: [{ source: `report-${from + i}` }] }),
      ),
    );

  it("stops looking citations up after 4,096 rows in a row that shared nothing past a full pool", () => {
    const shared = new SharedParts();
    // 4,096 fill the pool (kept, frozen); 4,095 more share nothing, one short of the stop.
    const filling = ownReports(0, 4_096);
    shared.share(filling);
    expect(Object.isFrozen(filling[4_095]?.citations)).toBe(true);
    const unshared = ownReports(4_096, 4_095);
    shared.share(unshared);
    expect(Object.isFrozen(unshared[0]?.citations)).toBe(false);
    // A list the pool knows is still shared, and starts the count again…
    const known = parsed([event("again", { citations: [{ source: "report-7" }] })]);
    shared.share(known);
    expect(known[0]?.citations).toBe(filling[7]?.citations);
    shared.share(ownReports(8_191, 4_095));
    const stillKnown = parsed([event("still", { citations: [{ source: "report-8" }] })]);
    shared.share(stillKnown);
    expect(stillKnown[0]?.citations).toBe(filling[8]?.citations);
    // …and after 4,096 unshared rows in a row, a known one is left as it came, equal all the same.
    shared.share(ownReports(12_286, 4_096));
    const late = parsed([event("late", { citations: [{ source: "report-7" }] })]);
    shared.share(late);
    expect(late[0]?.citations).not.toBe(filling[7]?.citations);
    expect(late[0]?.citations).toEqual([{ source: "report-7" }]);
    expect(late[0]?.topics).toBe(filling[0]?.topics);
  });

  it("keeps looking while rows still share a repeated citation beside their own", () => {
    const shared = new SharedParts();
    const rows = (from: number, count: number): DatasetEvent[] =>
      parsed(
        Array.from({ length: count }, (_, i) =>
          event(`row-${from + i}`, {
            citations: [{ source: "imported-file" }, { source: `report-${from + i}` }],
          }),
        ),
      );
    shared.share(rows(0, 12_000));
    const last = rows(12_000, 1);
    shared.share(last);
    const first = rows(20_000, 1);
    shared.share(first);
    expect(last[0]?.citations[0]).toBe(first[0]?.citations[0]);
    expect(Object.isFrozen(last[0]?.citations[0])).toBe(true);
  });
});

describe("shared texts of a load's sources and actors", () => {
  // Strings cannot be told apart by identity in JavaScript: what can be checked is that sharing
  // them never changes a value (the memory it saves is measured in the bench).
  it("keeps every source as it came: a title equal to its address, one that differs, none", () => {
    const written: Source[] = [
      {
        id: "a",
        title: "https://example.org/1",
        publisher: "example.org",
        url: "https://example.org/1",
      },
      { id: "b", title: "A report", publisher: "example.org", url: "https://example.org/2" },
      {
        id: "c",
        title: "https://example.org/3",
        publisher: "Other",
        url: "https://example.org/3/",
      },
      { id: "d", title: "Imported data", publisher: "CSV file" },
    ];
    const batch = JSON.parse(JSON.stringify(written)) as Source[];
    const shared = new SharedParts();
    shared.shareSources(batch);
    shared.shareSources(batch);
    expect(batch).toEqual(written);
    expect(batch[3]).not.toHaveProperty("url");
  });

  it("keeps every actor's role, across batches and past thousands of distinct roles", () => {
    const shared = new SharedParts();
    const actors = (from: number, count: number): Actor[] =>
      Array.from({ length: count }, (_, i) => ({
        id: `actor-${from + i}`,
        name: `Actor ${from + i}`,
        party: "USA",
        role: i % 2 === 0 ? "actor named in the imported CSV" : `role ${from + i}`,
      }));
    const first = actors(0, 5_000);
    const second = actors(5_000, 5_000);
    shared.shareActors(JSON.parse(JSON.stringify(first)) as Actor[]);
    const batch = JSON.parse(JSON.stringify(second)) as Actor[];
    shared.shareActors(batch);
    expect(batch).toEqual(second);
  });
});
