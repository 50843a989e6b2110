/**
 * The search text of a batched dataset answers exactly as the search's own per-event test
 * (queryMatcher): same folding (case, accents), same fields (title, summary, quotes), no match
 * across fields or events, whatever the batches; and a long event list adopted from an index
 * is searched through it, in the list's order, keeping what the list had filtered out.
 */
import fc from "fast-check";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { IndexAdopter, indexEvents } from "../../src/model/eventIndex.ts";
import { resolveEvents, type TimelineEvent } from "../../src/model/events.ts";
import { foldText, queryMatcher } from "../../src/model/filters.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";
import {
  filterByText,
  foldBatch,
  isFoldedBatch,
  rememberSearchText,
  SEARCH_TEXT_MIN,
  SearchText,
} from "../../src/model/searchText.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

/** queryMatcher reads only the event's texts. */
const asTimelineEvent = (source: DatasetEvent): TimelineEvent => ({ source }) as TimelineEvent;

function textEvent(i: number, title: string, summary: string, quotes: string[]): DatasetEvent {
  return sampleEvent({
    id: `event-${i}`,
    title,
    summary,
    citations: [{ source: "article" }, ...quotes.map((quote) => ({ source: "article", quote }))],
  });
}

function searchTextOf(events: readonly DatasetEvent[], batches: readonly number[]): SearchText {
  const text = new SearchText();
  let start = 0;
  for (const size of batches) {
    text.addFolded(foldBatch(events.slice(start, start + size)));
    start += size;
  }
  text.addFolded(foldBatch(events.slice(start)));
  return text;
}

describe("SearchText", () => {
  it("finds what queryMatcher finds, for any texts, batches and query", () => {
    // Letters that fold (case, accents), spaces, and the characters the text keeps fields apart with.
    const letter = fc.constantFrom("a", "b", "A", "á", "Á", "e", "é", " ", "\u0001", "\u0002", "ñ");
    const text = fc.array(letter, { maxLength: 8 }).map((chars) => chars.join(""));
    const event = fc.record({
      title: text,
      summary: text,
      quotes: fc.array(text, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat({ max: 6 }), { maxLength: 5 }),
        fc.array(letter, { minLength: 1, maxLength: 3 }),
        (drawn, batches, queryChars) => {
          const events = drawn.map((e, i) => textEvent(i, e.title, e.summary, e.quotes));
          const search = searchTextOf(events, batches);
          const query = queryChars.join("");
          const needle = foldText(query.trim());
          fc.pre(SearchText.canSearch(needle));
          const hits = search.hits(needle);
          const matches = queryMatcher(query);
          expect([...hits].map((hit) => hit === 1)).toEqual(
            events.map((e) => matches(asTimelineEvent(e))),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it("matches inside one field only, never across a title and its summary or two events", () => {
    const events = [
      textEvent(0, "Visa sanctions", "Petro answers", []),
      textEvent(1, "Tariffs", "on coffee", ["Bogotá says no"]),
      textEvent(2, "Talks in Bogota", "", []),
    ];
    const search = searchTextOf(events, [1]);
    expect([...search.hits("sanctionspetro")]).toEqual([0, 0, 0]);
    expect([...search.hits("answerstariffs")]).toEqual([0, 0, 0]);
    expect([...search.hits("bogota")]).toEqual([0, 1, 1]);
    expect([...search.hits("petro answers")]).toEqual([1, 0, 0]);
    expect([...search.hits("s")]).toEqual([1, 1, 1]);
    expect(search.count).toBe(3);
  });

  it("refuses an empty needle or one holding a separator", () => {
    expect(SearchText.canSearch("")).toBe(false);
    expect(SearchText.canSearch("a\u0001b")).toBe(false);
    expect(SearchText.canSearch("a\u0002")).toBe(false);
    expect(SearchText.canSearch("a b")).toBe(true);
  });

  it("takes batches folded elsewhere, and counts their events", () => {
    const events = [textEvent(0, "Alpha", "", []), textEvent(1, "Beta", "", ["Gamma"])];
    const search = new SearchText();
    search.addFolded(structuredClone(foldBatch(events.slice(0, 1))));
    search.addFolded(structuredClone(foldBatch(events.slice(1))));
    search.addFolded(foldBatch([]));
    expect(search.count).toBe(2);
    expect([...search.hits("gamma")]).toEqual([0, 1]);
    expect([...search.hits("a")]).toEqual([1, 1]);
  });

  it("ends a chunk whose starts do not move forward instead of looping", () => {
    const search = new SearchText();
    search.addFolded({ text: "aaaa\u0002aaaa", starts: new Uint32Array([0, 0, 0]) });
    expect([...search.hits("a")]).toEqual([0, 1]);
  });

  it("knows a folded batch from anything else a worker might send", () => {
    expect(isFoldedBatch(foldBatch([textEvent(0, "A", "", [])]))).toBe(true);
    expect(isFoldedBatch(structuredClone(foldBatch([])))).toBe(true);
    for (const other of [
      undefined,
      null,
      "text",
      { text: "a" },
      { text: 1, starts: new Uint32Array(2) },
      { text: "a", starts: [0, 2] },
      { text: "a", starts: new Uint16Array(2) },
      { text: "a", starts: new Uint32Array(0) },
    ])
      expect(isFoldedBatch(other)).toBe(false);
  });

  it("stores a folded batch one byte a character where its letters allow, whatever they were", () => {
    // Folding "Bogotá" leaves a string two bytes a character, which JavaScript cannot see but the
    // heap can (curly quotes fold to plain ones, so they need no more than Latin-1 either): 40 batches of 2,000 such events are 8 MB one way and 16 MB the other.
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const batch = Array.from({ length: 2_000 }, (_, i) =>
      textEvent(
        i,
        `Talks in Bogotá, “round” ${i}`,
        `Negotiators from Bogotá and Washington’s envoys met (${i}).`,
        [],
      ),
    );
    gc();
    const before = getHeapStatistics().used_heap_size;
    const kept = Array.from({ length: 40 }, () => foldBatch(batch).text);
    gc();
    const bytes = getHeapStatistics().used_heap_size - before;
    const chars = kept.reduce((sum, text) => sum + text.length, 0);
    expect(kept[0]).toContain(
      'talks in bogota, "round" 0\u0001negotiators from bogota and washington\'s envoys',
    );
    expect(bytes / chars).toBeLessThan(1.4);
  });

  it("gives the same hits for a query asked again, after others", () => {
    const search = searchTextOf([textEvent(0, "alpha", "beta", [])], []);
    const first = search.hits("alp");
    for (const needle of ["b", "be", "bet", "beta", "a"]) search.hits(needle);
    expect([...search.hits("alp")]).toEqual([...first]);
    expect([...search.hits("gamma")]).toEqual([0]);
  });
});

describe("filterByText", () => {
  /** A dataset of `n` events adopted from its index, with its search text kept. */
  function adopted(n: number) {
    const table = goldsteinTable();
    const events = Array.from({ length: n }, (_, i) =>
      textEvent(
        i,
        i % 3 === 0 ? `Bogotá talks ${i}` : `Visit ${i}`,
        i % 5 === 0 ? "Tariffs on coffee" : "A meeting",
        i % 7 === 0 ? ["Sanciones"] : [],
      ),
    );
    // Dates in reverse of dataset order, so time order differs from it.
    events.forEach((event, i) => {
      const day = new Date(Date.UTC(2000, 0, 1) + (n - i) * 86_400_000);
      event.date = day.toISOString().slice(0, 10);
    });
    const dataset = smallDataset(events);
    const index = indexEvents(structuredClone(dataset), table);
    const adopter = new IndexAdopter(index);
    const text = new SearchText();
    for (let start = 0; start < n; start += 1_000) {
      const batch = dataset.events.slice(start, start + 1_000);
      adopter.add(batch);
      text.addFolded(foldBatch(batch));
    }
    adopter.finish(dataset, table);
    rememberSearchText(index, text);
    return { timeline: resolveEvents(dataset, table), text };
  }

  it("answers as queryMatcher over a long adopted list, in the list's order", () => {
    const { timeline, text } = adopted(SEARCH_TEXT_MIN + 500);
    const hits = vi.spyOn(text, "hits");
    for (const query of ["bogota", "BOGOTÁ", "coffee", "sanciones", "visit 2", "nothing"]) {
      const expected = timeline.filter(queryMatcher(query));
      expect(filterByText(timeline, foldText(query), queryMatcher(query))).toEqual(expected);
    }
    expect(hits).toHaveBeenCalledTimes(6);
    // A sublist (filtered, or an earlier query's matches) keeps its own order and members.
    const every = timeline.filter((_, i) => i % 2 === 0);
    expect(filterByText(every, "bogota", queryMatcher("bogota"))).toEqual(
      every.filter(queryMatcher("bogota")),
    );
  });

  it("tests event by event a short list, a needle with a separator, or events of no index", () => {
    const { timeline, text } = adopted(SEARCH_TEXT_MIN + 10);
    const hits = vi.spyOn(text, "hits");
    const short = timeline.slice(0, SEARCH_TEXT_MIN - 1);
    expect(filterByText(short, "bogota", queryMatcher("bogota"))).toEqual(
      short.filter(queryMatcher("bogota")),
    );
    expect(filterByText(timeline, "a\u0001b", () => false)).toEqual([]);
    const plain = timeline.map((event) => ({ ...event, source: event.source }) as TimelineEvent);
    expect(filterByText(plain, "bogota", queryMatcher("bogota"))).toEqual(
      plain.filter(queryMatcher("bogota")),
    );
    expect(hits).not.toHaveBeenCalled();
  });

  it("is not kept for an index whose events did not all arrive", () => {
    const table = goldsteinTable();
    const dataset = smallDataset(
      Array.from({ length: SEARCH_TEXT_MIN + 1 }, (_, i) => textEvent(i, `Visit ${i}`, "", [])),
    );
    const index = indexEvents(structuredClone(dataset), table);
    const adopter = new IndexAdopter(index);
    adopter.add(dataset.events);
    adopter.finish(dataset, table);
    const text = new SearchText();
    text.addFolded(foldBatch(dataset.events.slice(1)));
    rememberSearchText(index, text);
    const hits = vi.spyOn(text, "hits");
    const timeline = resolveEvents(dataset, table);
    expect(filterByText(timeline, "visit 1", queryMatcher("visit 1"))).toHaveLength(
      timeline.filter(queryMatcher("visit 1")).length,
    );
    expect(hits).not.toHaveBeenCalled();
  });
});
