/** Which events are shown: topic, actor and party filters plus a text query, all optional. */
import { pickEvents } from "./eventColumns.ts";
import type { TimelineEvent } from "./events.ts";

export interface Filters {
  /** Topic ids to keep; `null` keeps all. An event is kept when any of its topics is kept. */
  readonly topics: readonly string[] | null;
  readonly actors: readonly string[] | null;
  /** Initiating party codes to keep. */
  readonly parties: readonly string[] | null;
  readonly query: string;
  /** Hides context events (those involving a third country); shown unless set. */
  readonly hideContext?: boolean;
}

export const NO_FILTERS: Filters = { topics: null, actors: null, parties: null, query: "" };

export function isFiltering(filters: Filters): boolean {
  return (
    filters.topics !== null ||
    filters.actors !== null ||
    filters.parties !== null ||
    filters.hideContext === true
  );
}

/**
 * Case- and accent-insensitive text for search ("Bogotá" matches "bogota"), with typographic
 * punctuation read as typed on a keyboard ("Petro’s" matches "petro's", "2025–2026" matches
 * "2025-2026", "“drug leader”" matches '"drug leader"').
 */
export function foldText(text: string): string {
  // Plain ASCII has nothing to decompose: lower-casing is the whole fold, and many times faster
  // over 50,000 titles per keystroke.
  return NON_ASCII.test(text)
    ? text
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(TYPOGRAPHIC, (mark) => TYPED[mark] ?? mark)
        .toLowerCase()
    : text.toLowerCase();
}

/** Curly quotes, primes, dashes and the minus sign, the ellipsis, and spaces that do not break. */
const TYPED: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
  "\u2026": "...",
  "\u00a0": " ",
  "\u2007": " ",
  "\u2009": " ",
  "\u202f": " ",
};
const TYPOGRAPHIC = new RegExp(`[${Object.keys(TYPED).join("")}]`, "g");

const NON_ASCII = /[\u0080-\uffff]/;

export function matchesQuery(event: TimelineEvent, query: string): boolean {
  return queryMatcher(query)(event);
}

/**
 * A test for one query, to run over many events: the query is folded once, and a plain ASCII
 * text (most of them) is searched case-insensitively as it stands instead of lower-cased into a
 * new string, so a keystroke over a million titles allocates nothing per event.
 */
export function queryMatcher(query: string): (event: TimelineEvent) => boolean {
  const needle = foldText(query.trim());
  if (needle === "") return () => false;
  // The needle as it stands, in any case, in the text as it stands: the common answer, with no
  // copy of the text. Where it is found so, the folded text holds it too (folding leaves ASCII
  // letters in place, lower-cased, and a case-insensitive match never pairs a non-ASCII letter
  // with an ASCII one); only a text with other letters can hold it in another form ("Bogotá").
  const asciiNeedle = !NON_ASCII.test(needle);
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  const contains = (text: string): boolean =>
    (asciiNeedle && pattern.test(text)) ||
    (NON_ASCII.test(text) && foldText(text).includes(needle));
  return (event) => {
    const { title, summary, citations } = event.source;
    if (contains(title) || contains(summary)) return true;
    for (const citation of citations)
      if (citation.quote !== undefined && contains(citation.quote)) return true;
    return false;
  };
}

/** The filters with their lists as sets: a keep list of 50,000 topics is looked up, not scanned. */
interface FilterSets {
  readonly topics: KeepTest | null;
  readonly actors: KeepTest | null;
  readonly parties: KeepTest | null;
  readonly hideContext: boolean;
}

const setsCache = new WeakMap<Filters, FilterSets>();
const listSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * A filter list as a set, once per list: the filter and the chips showing it share one set of
 * 49,999 topics rather than building one each on every toggle.
 */
export function setOfList(list: readonly string[]): ReadonlySet<string> {
  let set = listSets.get(list);
  if (!set) {
    set = new Set(list);
    listSets.set(list, set);
  }
  return set;
}

/** Whether an id is in a keep list. */
export interface KeepTest {
  has(id: string): boolean;
}

/** Keep lists made as "all but these few", and those few. */
const complements = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * The keep list of every id of `all` but those `left` out, remembered as such: whether an id of
 * `all` is kept is then a look-up among the few left out, and no set of the 99,999 kept is built
 * on each toggle.
 */
export function keepAllBut(all: readonly string[], left: ReadonlySet<string>): readonly string[] {
  const list = all.filter((id) => !left.has(id));
  complements.set(list, left);
  return list;
}

/** The ids left out of a list made by keepAllBut, or undefined for any other list. */
export function leftOut(list: readonly string[]): ReadonlySet<string> | undefined {
  return complements.get(list);
}

const tests = new WeakMap<readonly string[], KeepTest>();

/**
 * Whether an id is in `list`: a look-up among the few left out for a list made by keepAllBut
 * (for ids of the `all` it was made from, which every event's topics and actors are), else in
 * the list's set.
 */
export function keepTest(list: readonly string[]): KeepTest {
  let test = tests.get(list);
  if (!test) {
    const left = complements.get(list);
    test = left ? { has: (id) => !left.has(id) } : setOfList(list);
    tests.set(list, test);
  }
  return test;
}

function filterSets(filters: Filters): FilterSets {
  let sets = setsCache.get(filters);
  if (!sets) {
    sets = {
      topics: filters.topics && keepTest(filters.topics),
      actors: filters.actors && keepTest(filters.actors),
      parties: filters.parties && setOfList(filters.parties),
      hideContext: filters.hideContext === true,
    };
    setsCache.set(filters, sets);
  }
  return sets;
}

export function passesFilters(event: TimelineEvent, filters: Filters): boolean {
  return passesSets(event, filterSets(filters));
}

function passesSets(event: TimelineEvent, sets: FilterSets): boolean {
  const { topics, actors, parties, hideContext } = sets;
  if (topics && !event.source.topics.some((t) => topics.has(t))) return false;
  if (actors && !event.source.actors.some((a) => actors.has(a))) return false;
  if (parties && !parties.has(event.source.initiator)) return false;
  if (hideContext && event.context) return false;
  return true;
}

/**
 * The events that pass, picked by position (pickEvents): their columns and what is known per
 * event of the whole list come along without reading the events again.
 */
export function applyFilters(
  events: readonly TimelineEvent[],
  filters: Filters,
): readonly TimelineEvent[] {
  if (!isFiltering(filters)) return events;
  const sets = filterSets(filters);
  const positions: number[] = [];
  events.forEach((event, i) => {
    if (passesSets(event, sets)) positions.push(i);
  });
  return pickEvents(events, positions);
}
