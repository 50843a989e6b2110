import fc from "fast-check";
import type { TimelineEvent } from "../../src/model/events.ts";
import { resolveEvents } from "../../src/model/events.ts";
import type { Filters } from "../../src/model/filters.ts";
import {
  NO_FILTERS,
  applyFilters,
  foldText,
  isFiltering,
  matchesQuery,
  passesFilters,
  keepAllBut,
  keepTest,
  leftOut,
  setOfList,
} from "../../src/model/filters.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();

function resolve(events: DatasetEvent[]): TimelineEvent[] {
  return resolveEvents(smallDataset(events), goldstein);
}

function one(overrides: Partial<DatasetEvent>): TimelineEvent {
  const [event] = resolve([sampleEvent(overrides)]);
  if (!event) throw new Error("no event");
  return event;
}

const filters = (partial: Partial<Filters>): Filters => ({ ...NO_FILTERS, ...partial });
const ids = (events: readonly TimelineEvent[]): string[] => events.map((e) => e.id);

const EVENTS = resolve([
  sampleEvent({
    id: "tariffs",
    date: "2025-01-26",
    title: "Tariff threat over deportation flights",
    summary: "Colombia turns back two military deportation flights.",
    topics: ["migration", "diplomacy"],
    actors: ["trump", "petro"],
    initiator: "USA",
    citations: [{ source: "article", quote: "Tariffs of 25% on all goods" }],
  }),
  sampleEvent({
    id: "bogota-summit",
    date: "2025-03",
    title: "Summit in Bogotá",
    summary: "Ministers meet in the capital.",
    topics: ["diplomacy"],
    actors: [],
    initiator: "COL",
    citations: [{ source: "article" }],
  }),
  sampleEvent({
    id: "visa",
    date: "2025-09-27",
    title: "Visa revoked",
    summary: "The State Department revokes a visa.",
    topics: ["diplomacy"],
    actors: ["petro"],
    initiator: "USA",
    citations: [
      { source: "article", note: "Reported by Reuters" },
      { source: "article", quote: "Petro spoke at a rally in Manhattan" },
    ],
  }),
  sampleEvent({
    id: "flights",
    date: "2025-01-27",
    title: "Deportation flights resume",
    summary: "Colombia sends its air force planes.",
    topics: ["migration"],
    actors: ["petro"],
    initiator: "COL",
  }),
]);

describe("NO_FILTERS and isFiltering", () => {
  it("no filters keeps everything and returns the very same array", () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(applyFilters(EVENTS, NO_FILTERS)).toBe(EVENTS);
  });

  it("any non-null list counts as filtering, even an empty one; the query does not", () => {
    expect(isFiltering(filters({ topics: [] }))).toBe(true);
    expect(isFiltering(filters({ actors: ["petro"] }))).toBe(true);
    expect(isFiltering(filters({ parties: ["USA"] }))).toBe(true);
    // The query highlights matches; it does not hide events.
    expect(isFiltering(filters({ query: "visa" }))).toBe(false);
    expect(applyFilters(EVENTS, filters({ query: "visa" }))).toBe(EVENTS);
  });
});

describe("passesFilters / applyFilters", () => {
  it("topics: keeps an event when any of its topics is selected", () => {
    expect(ids(applyFilters(EVENTS, filters({ topics: ["migration"] })))).toEqual([
      "tariffs",
      "flights",
    ]);
    // tariffs has migration first and diplomacy second: it matches diplomacy too.
    expect(ids(applyFilters(EVENTS, filters({ topics: ["diplomacy"] })))).toEqual([
      "tariffs",
      "bogota-summit",
      "visa",
    ]);
    expect(applyFilters(EVENTS, filters({ topics: ["migration", "diplomacy"] }))).toHaveLength(4);
  });

  it("actors: keeps an event when any of its actors is selected; an event with none never passes", () => {
    expect(ids(applyFilters(EVENTS, filters({ actors: ["trump"] })))).toEqual(["tariffs"]);
    expect(ids(applyFilters(EVENTS, filters({ actors: ["petro"] })))).toEqual([
      "tariffs",
      "flights",
      "visa",
    ]);
    expect(ids(applyFilters(EVENTS, filters({ actors: ["trump", "petro"] })))).not.toContain(
      "bogota-summit",
    );
  });

  it("parties: keeps events initiated by a selected party", () => {
    expect(ids(applyFilters(EVENTS, filters({ parties: ["COL"] })))).toEqual([
      "flights",
      "bogota-summit",
    ]);
    expect(ids(applyFilters(EVENTS, filters({ parties: ["USA"] })))).toEqual(["tariffs", "visa"]);
  });

  it("an empty list keeps nothing (null, not [], means “all”)", () => {
    expect(applyFilters(EVENTS, filters({ topics: [] }))).toEqual([]);
    expect(applyFilters(EVENTS, filters({ actors: [] }))).toEqual([]);
    expect(applyFilters(EVENTS, filters({ parties: [] }))).toEqual([]);
  });

  it("combines filters with AND, each list with OR", () => {
    expect(ids(applyFilters(EVENTS, filters({ topics: ["migration"], parties: ["COL"] })))).toEqual(
      ["flights"],
    );
    expect(
      ids(
        applyFilters(
          EVENTS,
          filters({ topics: ["diplomacy"], actors: ["petro"], parties: ["USA", "COL"] }),
        ),
      ),
    ).toEqual(["tariffs", "visa"]);
    expect(
      applyFilters(EVENTS, filters({ topics: ["migration"], actors: ["trump"], parties: ["COL"] })),
    ).toEqual([]);
  });

  it("ignores ids that no event has", () => {
    expect(applyFilters(EVENTS, filters({ topics: ["trade"] }))).toEqual([]);
    expect(ids(applyFilters(EVENTS, filters({ parties: ["MEX", "USA"] })))).toEqual([
      "tariffs",
      "visa",
    ]);
  });

  it("agrees with passesFilters, keeps order, and only ever removes events", () => {
    const list = (values: readonly string[]) => fc.option(fc.subarray([...values]), { nil: null });
    fc.assert(
      fc.property(
        list(["migration", "diplomacy", "trade"]),
        list(["trump", "petro"]),
        list(["USA", "COL"]),
        (topics, actors, parties) => {
          const f = filters({ topics, actors, parties });
          const kept = applyFilters(EVENTS, f);
          expect(kept).toEqual(EVENTS.filter((e) => passesFilters(e, f)));
          // No active list: the very same array.
          if (!isFiltering(f)) expect(kept).toBe(EVENTS);
          // Each kept event satisfies each active list.
          for (const e of kept) {
            if (topics) expect(e.source.topics.some((t) => topics.includes(t))).toBe(true);
            if (actors) expect(e.source.actors.some((a) => actors.includes(a))).toBe(true);
            if (parties) expect(parties).toContain(e.source.initiator);
          }
          // Widening a list never removes events.
          const wider = filters({ topics: topics && [...topics, "migration"], actors, parties });
          expect(applyFilters(EVENTS, wider).length).toBeGreaterThanOrEqual(kept.length);
        },
      ),
    );
  });
});

describe("foldText", () => {
  it("drops accents and case", () => {
    expect(foldText("Bogotá")).toBe("bogota");
    expect(foldText("PETRO")).toBe("petro");
    expect(foldText("Señor Ñandú")).toBe("senor nandu");
    expect(foldText("Über Çé")).toBe("uber ce");
  });

  it("reads typographic punctuation as it is typed", () => {
    expect(foldText("Trump labels Petro a “drug leader”")).toBe(
      'trump labels petro a "drug leader"',
    );
    expect(foldText("Colombia’s effort, 2025–2026 — or not…")).toBe(
      "colombia's effort, 2025-2026 - or not...",
    );
    expect(foldText("‘a’ ‚b‛ „c‟ 5′ 6″ x‐y‑z‒w―v −3")).toBe(`'a' 'b' "c" 5' 6" x-y-z-w-v -3`);
    expect(foldText("26\u00a0Jan\u202f2025\u2009at\u2007noon")).toBe("26 jan 2025 at noon");
  });

  it("treats precomposed and decomposed accents alike", () => {
    expect(foldText("Bogota\u0301")).toBe(foldText("Bogot\u00e1"));
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        expect(foldText(foldText(text))).toBe(foldText(text));
      }),
    );
  });
});

describe("matchesQuery", () => {
  const [tariffs, summit, visa, flights] = ["tariffs", "bogota-summit", "visa", "flights"].map(
    (id) => EVENTS.find((e) => e.id === id) as TimelineEvent,
  ) as [TimelineEvent, TimelineEvent, TimelineEvent, TimelineEvent];

  it("matches the title, the summary and citation quotes", () => {
    expect(matchesQuery(tariffs, "tariff threat")).toBe(true); // title
    expect(matchesQuery(flights, "air force")).toBe(true); // summary
    expect(matchesQuery(tariffs, "25% on all goods")).toBe(true); // quote
    expect(matchesQuery(visa, "manhattan")).toBe(true); // second citation's quote
  });

  it("does not match other fields: id, topics, actors, date, citation notes, source ids", () => {
    expect(matchesQuery(visa, "reuters")).toBe(false); // a note, not a quote
    expect(matchesQuery(summit, "bogota-summit")).toBe(false); // id
    expect(matchesQuery(flights, "migration")).toBe(false); // topic
    expect(matchesQuery(flights, "2025")).toBe(false); // date
    expect(matchesQuery(summit, "article")).toBe(false); // citation source
  });

  it("is case- and accent-insensitive both ways", () => {
    expect(matchesQuery(summit, "bogota")).toBe(true);
    expect(matchesQuery(summit, "BOGOTÁ")).toBe(true);
    expect(matchesQuery(summit, "Bogotá")).toBe(true);
    const plain = one({ title: "Meeting in Bogota" });
    expect(matchesQuery(plain, "Bogotá")).toBe(true);
    expect(matchesQuery(one({ summary: "El Niño returns" }), "nino")).toBe(true);
  });

  it("takes the query's characters literally, symbols included", () => {
    expect(matchesQuery(one({ title: "Tariffs (25%) on coffee" }), "(25%)")).toBe(true);
    expect(matchesQuery(one({ title: "Tariffs (25%) on coffee" }), "25%)")).toBe(true);
    expect(matchesQuery(one({ title: "U.S. aid" }), "u.s.")).toBe(true);
    // A dot is a dot, not any character; a bracket or a star is itself.
    expect(matchesQuery(one({ title: "USA aid" }), "u.s")).toBe(false);
    expect(matchesQuery(one({ title: "Aid cut" }), "a*d")).toBe(false);
    expect(matchesQuery(one({ title: "Note [1] and \\ slash" }), "[1]")).toBe(true);
    expect(matchesQuery(one({ title: "Note [1] and \\ slash" }), "\\")).toBe(true);
    expect(matchesQuery(one({ title: "Note 1" }), "[1]")).toBe(false);
  });

  it("finds a plainly typed apostrophe, quote or dash in typographic text, and the reverse", () => {
    const label = one({
      title: "Trump labels Petro a “drug leader”",
      summary: "Colombia’s 2025–2026",
    });
    expect(matchesQuery(label, '"drug leader"')).toBe(true);
    expect(matchesQuery(label, "colombia's")).toBe(true);
    expect(matchesQuery(label, "2025-2026")).toBe(true);
    expect(matchesQuery(one({ title: "Colombia's visa" }), "Colombia’s")).toBe(true);
    expect(matchesQuery(label, "colombias")).toBe(false);
  });

  it("never finds a needle that is not plain ASCII in a plain ASCII text", () => {
    expect(matchesQuery(one({ title: "Sanctions on Moscow" }), "москва")).toBe(false);
    expect(matchesQuery(one({ title: "Sanctions on Москва" }), "москва")).toBe(true);
  });

  it("answers as folding the text and the query would, for any text and query", () => {
    const letters = [
      ..."aAeEiIkKnN.*' (\u0131\u0130\u212a\u00e9\u00c9\u00f1e\u0301\u00df\u2019\u2026\u00a0",
    ];
    const text = fc.array(fc.constantFrom(...letters), { maxLength: 12 }).map((l) => l.join(""));
    fc.assert(
      fc.property(text, text, (title, query) => {
        const event = one({ title });
        const { summary, citations } = event.source;
        const texts = [title, summary, ...citations.map((c) => c.quote ?? "")];
        const needle = foldText(query.trim());
        const expected = needle !== "" && texts.some((t) => foldText(t).includes(needle));
        return matchesQuery(event, query) === expected;
      }),
      { numRuns: 2_000 },
    );
  });

  it("trims the query but keeps inner spaces", () => {
    expect(matchesQuery(flights, "  air force  ")).toBe(true);
    expect(matchesQuery(flights, "airforce")).toBe(false);
  });

  it("matches nothing for an empty or blank query", () => {
    for (const query of ["", " ", "\t\n"]) {
      for (const event of EVENTS) expect(matchesQuery(event, query)).toBe(false);
    }
  });

  it("misses words that are not there", () => {
    expect(matchesQuery(tariffs, "embargo")).toBe(false);
    expect(EVENTS.some((e) => matchesQuery(e, "venezuela"))).toBe(false);
  });

  it("finds any non-blank piece of a title, typed in any case, with or without accents", () => {
    const letters = [..."abcnoeABCNOE áéñÁÉÑ"];
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 30 }),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (title, a, b, shout) => {
          const start = a % title.length;
          const piece = title.slice(start, start + 1 + (b % 10));
          fc.pre(piece.trim() !== "");
          const typed = shout ? piece.toUpperCase() : foldText(piece);
          expect(matchesQuery(one({ title: `«${title}»` }), typed)).toBe(true);
        },
      ),
    );
  });
});

describe("setOfList", () => {
  it("gives one set per list, shared by every caller, holding the list's ids", () => {
    const list = ["a", "b", "a"];
    const set = setOfList(list);
    expect([...set]).toEqual(["a", "b"]);
    expect(setOfList(list)).toBe(set);
    expect(setOfList(["a", "b"])).not.toBe(set);
  });
});

describe("keepAllBut and keepTest", () => {
  const all = ["a", "b", "c", "d"];

  it("makes the keep list of all but a few, remembering the few", () => {
    const list = keepAllBut(all, new Set(["b"]));
    expect(list).toEqual(["a", "c", "d"]);
    expect(leftOut(list)).toEqual(new Set(["b"]));
    expect(leftOut(["a", "c", "d"])).toBeUndefined();
  });

  it("tests membership the same way for either kind of list", () => {
    const made = keepAllBut(all, new Set(["b", "d"]));
    const plain = ["a", "c"];
    for (const id of all) expect(keepTest(made).has(id)).toBe(keepTest(plain).has(id));
    expect(keepTest(made)).toBe(keepTest(made));
  });

  it("filters events by a list of all but a few as by the same list written out", () => {
    const events = resolveEvents(
      smallDataset([
        sampleEvent({ id: "one", topics: ["diplomacy"] }),
        sampleEvent({ id: "two", topics: ["trade-tariffs"] }),
      ]),
      goldsteinTable(),
    );
    const topics = ["diplomacy", "trade-tariffs", "migration-deportation"];
    const made = keepAllBut(topics, new Set(["diplomacy"]));
    const ids = (list: readonly string[]) =>
      applyFilters(events, { ...NO_FILTERS, topics: list }).map((e) => e.id);
    expect(ids(made)).toEqual(ids([...made]));
    expect(ids(made)).toEqual(["two"]);
  });
});
