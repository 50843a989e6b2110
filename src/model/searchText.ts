/**
 * The search's texts held in one piece per batch of events, for datasets handed to the page in
 * batches after their index (imports, loads through the worker).
 *
 * Why: searching a million events object by object reads each event, its source, its title, its
 * summary and its citations, objects scattered over a gigabyte of heap; the first letter of a
 * query took 0.9–1.5 s over 1.3 million imported rows, nearly all of it waiting on memory. Folded
 * by the worker beside each batch it sends (off the page's thread), the same texts sit in a few
 * hundred long strings that `indexOf` scans at memory speed. The answer is the same as `queryMatcher`'s by construction:
 * each field is folded as it folds it, and fields are kept apart by characters a search cannot
 * hold (see `canSearch`).
 */
import { indexOfEvent, positionIn, type EventIndex } from "./eventIndex.ts";
import type { TimelineEvent } from "./events.ts";
import { foldText } from "./filters.ts";
import type { DatasetEvent } from "./schema.ts";

/** Between one event's fields (title, summary, quotes) and between events. */
const FIELD = "\u0001";
const EVENT = "\u0002";

/** Below this many events a plain pass is as quick, and needs no search text. */
export const SEARCH_TEXT_MIN = 2_048;

/** Hit lists kept per column: the last few queries typed. */
const KEPT_QUERIES = 4;

/** A batch's texts folded into one string: what a worker sends beside the batch. */
export interface FoldedBatch {
  readonly text: string;
  /** Where each of the batch's events starts in `text`, and one past the last. */
  readonly starts: Uint32Array;
}

interface Chunk extends FoldedBatch {
  /** The dataset position of the chunk's first event. */
  readonly first: number;
}

function eventText(event: DatasetEvent): string {
  let text = `${foldText(event.title)}${FIELD}${foldText(event.summary)}`;
  for (const citation of event.citations)
    if (citation.quote !== undefined) text += FIELD + foldText(citation.quote);
  return text;
}

const ABOVE_LATIN1 = /[\u0100-\uffff]/;

/**
 * The same text, stored one byte a character. Folding a field that is not plain ASCII
 * (decomposed, then stripped of its marks) leaves a string of two bytes a character even where
 * only ASCII remains, and one such field makes the whole joined batch two bytes a character: a
 * million events kept 217 MB of search text instead of about 110 (the bench's heap went from
 * 285 to 502 MB). JavaScript has no call to narrow a string, but a string decoded from UTF-8
 * bytes is stored one byte a character wherever its characters allow (in V8 as in Blink), and
 * the round trip is exact for text without lone surrogates (Latin-1 text has none).
 */
function narrowed(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(text));
}

/** One batch's search texts, folded into one string (in the worker, off the page's thread). */
export function foldBatch(batch: readonly DatasetEvent[]): FoldedBatch {
  const starts = new Uint32Array(batch.length + 1);
  const parts: string[] = [];
  let at = 0;
  batch.forEach((event, k) => {
    const text = eventText(event);
    starts[k] = at;
    parts.push(text);
    at += text.length + EVENT.length;
  });
  starts[batch.length] = at;
  const text = parts.join(EVENT);
  // Text above Latin-1 needs two bytes a character anyway. The rest is narrowed whether or not
  // a field needed it: the copy (about 0.1 ms a batch) costs less than checking every field of
  // every event first (20-30 ms per 100,000 events, in Node).
  return { text: ABOVE_LATIN1.test(text) ? text : narrowed(text), starts };
}

/** Whether something a worker sent is a folded batch (anything else is ignored). */
export function isFoldedBatch(value: unknown): value is FoldedBatch {
  if (typeof value !== "object" || value === null) return false;
  const { text, starts } = value as Record<string, unknown>;
  // By its tag, not instanceof: a structured clone may come from another realm (jsdom, frames).
  return (
    typeof text === "string" &&
    Object.prototype.toString.call(starts) === "[object Uint32Array]" &&
    (starts as Uint32Array).length > 0
  );
}

export class SearchText {
  readonly #chunks: Chunk[] = [];
  readonly #hits = new Map<string, Uint8Array>();
  #count = 0;

  /** The next batch, folded by foldBatch (in the worker that sent it), in `dataset.events` order. */
  addFolded({ text, starts }: FoldedBatch): void {
    this.#chunks.push({ text, starts, first: this.#count });
    this.#count += starts.length - 1;
  }

  /** Events added so far. */
  get count(): number {
    return this.#count;
  }

  /** Whether a folded needle can be searched here: one holding a separator could span fields. */
  static canSearch(needle: string): boolean {
    return needle !== "" && !needle.includes(FIELD) && !needle.includes(EVENT);
  }

  /** For each dataset position, 1 where the event's texts hold the folded `needle`. */
  hits(needle: string): Uint8Array {
    const known = this.#hits.get(needle);
    if (known) return known;
    const hits = new Uint8Array(this.#count);
    for (const { text, starts, first } of this.#chunks) {
      const last = starts.length - 2;
      let k = 0;
      for (let found = text.indexOf(needle); found >= 0;) {
        // The event holding the hit: hits come in order, so the walk only goes forward.
        while (k < last && (starts[k + 1] as number) <= found) k++;
        hits[first + k] = 1;
        // The rest of that event needs no look: on to the next one (a start that does not move
        // forward, which no worker of ours sends, ends the chunk rather than looping).
        const next = starts[k + 1] as number;
        if (next <= found) break;
        found = text.indexOf(needle, next);
      }
    }
    if (this.#hits.size >= KEPT_QUERIES) this.#hits.clear();
    this.#hits.set(needle, hits);
    return hits;
  }
}

const columns = new WeakMap<EventIndex, SearchText>();

/** Keeps `text` for the events adopted from `index` (all of them, in dataset order). */
export function rememberSearchText(index: EventIndex, text: SearchText): void {
  if (text.count === index.order.length) columns.set(index, text);
}

/**
 * The events of `events` whose texts hold the folded `needle`, in order: through the search text
 * where the events were adopted from an index that has one, else with `test` event by event.
 * `test` must be `queryMatcher` of the same query (a date query searches event by event).
 */
export function filterByText(
  events: readonly TimelineEvent[],
  needle: string,
  test: (event: TimelineEvent) => boolean,
): TimelineEvent[] {
  const first = events[0];
  const index = first === undefined ? undefined : indexOfEvent(first);
  const text = index && columns.get(index);
  if (!index || !text || events.length < SEARCH_TEXT_MIN || !SearchText.canSearch(needle))
    return events.filter(test);
  const hits = text.hits(needle);
  const { order } = index;
  return events.filter((event) => {
    const at = positionIn(index, event);
    // An event from elsewhere (none in practice: every event of one list comes from one index).
    return at < 0 ? test(event) : hits[order[at] as number] === 1;
  });
}
