/**
 * Parts that many events repeat, held once: a million imported rows name the same few topics,
 * no actors and the same source, yet each row parsed from JSON is its own arrays and objects.
 * Sharing them as each batch arrives lets the young copies die in the cheap minor collections,
 * so the page keeps (and the major collector traces) one list per distinct value instead of one
 * per event. Short strings need nothing: V8's JSON parser already shares them.
 *
 * Shared parts are frozen: code that edits an event's list in place would change every event
 * sharing it, so it throws instead.
 */
import type { Actor, Citation, DatasetEvent, Source } from "../../model/schema.ts";

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * Distinct values kept per kind. Repeated values are found among the first few thousand; a file
 * whose every row differs (a report per row) would otherwise fill a map as large as the dataset.
 */
const POOL_LIMIT = 4_096;

/** One pool per load: the values it holds are the dataset's, freed with the pool. */
export class SharedParts {
  readonly #lists = new Map<string, readonly string[]>();
  readonly #citations = new Map<string, readonly Citation[]>();
  /** Citations naming only their source, one object per source. */
  readonly #bare = new Map<string, Citation>();
  /**
   * Citation lists in a row that shared nothing, counted once the pool is full. A file whose
   * every row cites its own report (a CSV's link column) shares nothing after its first rows;
   * past POOL_LIMIT such rows in a row, looking each one up is only cost, so it stops.
   */
  #unsharedRun = 0;
  /** Texts many entries repeat (a source's publisher, an actor's role), one string each. */
  readonly #texts = new Map<string, string>();

  #text(text: string): string {
    const known = this.#texts.get(text);
    if (known !== undefined) return known;
    if (this.#texts.size < POOL_LIMIT) this.#texts.set(text, text);
    return text;
  }

  #list(list: string[]): string[] {
    if (list.length === 0) return EMPTY as never[];
    // Ids are slugs (no line breaks), so the joined key is unambiguous.
    const key = list.join("\n");
    const known = this.#lists.get(key);
    if (known) return known as string[];
    if (this.#lists.size < POOL_LIMIT) this.#lists.set(key, Object.freeze(list));
    return list;
  }

  /** Citations that only name their sources (no quote, no note): the common case in imports. */
  #citationList(citations: Citation[]): Citation[] {
    if (this.#unsharedRun >= POOL_LIMIT) return citations;
    for (const citation of citations)
      if (citation.quote !== undefined || citation.note !== undefined) return citations;
    // One citation (nearly every imported row) is keyed by its source id as it stands: a row
    // citing its own report would otherwise leave a new key string behind for the collector.
    // Other lists start with their length and a line break, which no id contains.
    const key =
      citations.length === 1
        ? (citations[0] as Citation).source
        : `${citations.length}\n${citations.map((citation) => citation.source).join("\n")}`;
    const known = this.#citations.get(key);
    if (known) {
      this.#unsharedRun = 0;
      return known as Citation[];
    }
    // A list of its own (a row's own report beside the file's): its repeated citations shared.
    let sharedAny = false;
    for (let i = 0; i < citations.length; i++) {
      const citation = citations[i] as Citation;
      const bare = this.#bare.get(citation.source);
      if (bare) {
        citations[i] = bare;
        sharedAny = true;
      } else if (this.#bare.size < POOL_LIMIT)
        this.#bare.set(citation.source, Object.freeze(citation));
    }
    if (this.#citations.size < POOL_LIMIT) this.#citations.set(key, Object.freeze(citations));
    else this.#unsharedRun = sharedAny ? 0 : this.#unsharedRun + 1;
    return citations;
  }

  /**
   * A batch of sources or actors, their repeated texts shared (in place). A CSV gives each row's
   * link a source whose title is the address itself and whose publisher is the site: a million
   * rows held two copies of every address and a million copies of a few site names, about 80
   * bytes a row. Strings are immutable: sharing one changes nothing a reader can see.
   */
  shareSources(batch: readonly Source[]): void {
    for (const source of batch) {
      if (source.url !== undefined && source.title === source.url) source.title = source.url;
      source.publisher = this.#text(source.publisher);
    }
  }

  shareActors(batch: readonly Actor[]): void {
    for (const actor of batch) actor.role = this.#text(actor.role);
  }

  /** The batch's events, each with its repeated parts replaced by the shared ones (in place). */
  share(batch: readonly DatasetEvent[]): void {
    for (const event of batch) {
      event.topics = this.#list(event.topics);
      event.actors = this.#list(event.actors);
      event.citations = this.#citationList(event.citations);
    }
  }
}
