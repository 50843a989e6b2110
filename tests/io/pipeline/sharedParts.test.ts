/** Repeated lists shared across a load's batches: same values, one object per distinct value. */
import { SharedParts } from "../../../src/io/pipeline/sharedParts.ts";
import type { DatasetEvent } from "../../../src/model/schema.ts";

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
