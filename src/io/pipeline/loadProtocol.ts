/**
 * The messages between the page and the load worker (load.worker.ts). One worker per load, so
 * no job ids; every message carries the protocol version, so a page and a cached worker from
 * another deployment fail loudly instead of misreading each other.
 *
 *   page → worker   load      where the dataset comes from
 *   worker → page   progress  bytes read so far
 *                   index     a loaded dataset's events resolved and sorted (typed arrays,
 *                             transferred), before the events themselves, so the page turns
 *                             each batch into its timeline events as it arrives
 *                   events    the next batch of the dataset's events, in order, as JSON text
 *                   entries   the next batch of a long topic, actor or source list, as JSON text
 *                   done      the outcome; a loaded dataset arrives without its events and long
 *                             lists: they came before it, in batches
 *                   error     the worker itself broke (a bad file is an "invalid" outcome)
 *
 * Why batches: the page deserializes each message in one task. A 100,000-event dataset in one
 * message is one task of a few hundred milliseconds, during which the page cannot scroll or
 * paint; in batches of EVENT_BATCH events it is many short tasks the browser can interleave.
 * Each batch travels as JSON text: V8's JSON.parse rebuilds plain objects faster than structured
 * cloning deserializes them (about twice as fast for this shape of data in Chromium 156), and
 * copying a string between threads is one memcpy.
 */
import { indexBuffers, type EventIndex } from "../../model/eventIndex.ts";
import { ENTRY_FIELDS, type EntryField } from "./protocol.ts";
import type { Dataset, DatasetEvent } from "../../model/schema.ts";
import { foldBatch, SEARCH_TEXT_MIN, type FoldedBatch } from "../../model/searchText.ts";
import type { LoadOutcome, LoadProgress, LoadSource } from "./readDataset.ts";

export const LOAD_PROTOCOL_VERSION = 2;

/** Events per message: a few milliseconds of structured-clone work each on the page. */
export const EVENT_BATCH = 2_000;

export interface LoadRequest {
  readonly v: typeof LOAD_PROTOCOL_VERSION;
  readonly type: "load";
  readonly source: LoadSource;
}

export type FromLoadWorker =
  | {
      readonly v: typeof LOAD_PROTOCOL_VERSION;
      readonly type: "progress";
      readonly progress: LoadProgress;
    }
  | {
      readonly v: typeof LOAD_PROTOCOL_VERSION;
      readonly type: "index";
      /** A loaded dataset's events resolved and indexed (typed arrays, transferred). */
      readonly index: EventIndex;
    }
  | {
      readonly v: typeof LOAD_PROTOCOL_VERSION;
      readonly type: "events";
      /** JSON text of an array of DatasetEvent, already validated. */
      readonly json: string;
      /** The batch's search texts, folded here rather than on the page (large datasets). */
      readonly search?: FoldedBatch;
    }
  | {
      readonly v: typeof LOAD_PROTOCOL_VERSION;
      readonly type: "entries";
      /** Which list of the dataset the batch belongs to; the outcome then has it empty. */
      readonly field: EntryField;
      /** JSON text of an array of the list's items, in order. */
      readonly json: string;
    }
  | {
      readonly v: typeof LOAD_PROTOCOL_VERSION;
      readonly type: "done";
      readonly outcome: LoadOutcome;
    }
  | { readonly v: typeof LOAD_PROTOCOL_VERSION; readonly type: "error"; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

export function readLoadRequest(data: unknown): LoadRequest | undefined {
  return isObject(data) &&
    data["v"] === LOAD_PROTOCOL_VERSION &&
    data["type"] === "load" &&
    isObject(data["source"])
    ? (data as unknown as LoadRequest)
    : undefined;
}

/** A message from the worker, or why it cannot be read. */
export function readFromLoadWorker(data: unknown): FromLoadWorker | string {
  if (!isObject(data)) return "the load worker sent something that is not a message";
  if (data["v"] !== LOAD_PROTOCOL_VERSION)
    return `the load worker speaks protocol version ${String(data["v"])}, the page ${LOAD_PROTOCOL_VERSION}: reload the page`;
  const type = data["type"];
  if (
    type !== "progress" &&
    type !== "index" &&
    type !== "events" &&
    type !== "entries" &&
    type !== "done" &&
    type !== "error"
  )
    return "the load worker sent a message this page does not understand";
  return data as unknown as FromLoadWorker;
}

/**
 * A dataset cut for posting, as both workers hand one over: its topic, actor and source lists
 * longer than a batch as JSON batches, and the rest (those lists and the events left empty) for
 * the outcome message. The events go first, through eventBatches.
 */
export function inBatches(dataset: Dataset): {
  readonly entries: readonly { readonly field: EntryField; readonly json: string }[];
  readonly rest: Dataset;
} {
  const batches = (list: readonly unknown[]): string[] => {
    const jsons: string[] = [];
    for (let start = 0; start < list.length; start += EVENT_BATCH)
      jsons.push(JSON.stringify(list.slice(start, start + EVENT_BATCH)));
    return jsons;
  };
  const rest = { ...dataset, events: [] };
  const entries: { field: EntryField; json: string }[] = [];
  for (const field of ENTRY_FIELDS) {
    if (dataset[field].length <= EVENT_BATCH) continue;
    for (const json of batches(dataset[field])) entries.push({ field, json });
    rest[field] = [];
  }
  return { entries, rest };
}

/**
 * The events in batches of JSON, each cut, written and (with `search`, for a dataset long enough
 * to be searched through them, model/searchText.ts) folded only when its turn comes: the page
 * turns one batch into timeline events while the worker writes the next, instead of waiting
 * until all are written (a few hundred milliseconds at 100,000 events).
 */
export function* eventBatches(
  events: readonly DatasetEvent[],
  search: boolean,
): Generator<{ readonly json: string; readonly search: FoldedBatch | undefined }> {
  const fold = search && events.length >= SEARCH_TEXT_MIN;
  for (let start = 0; start < events.length; start += EVENT_BATCH) {
    const batch = events.slice(start, start + EVENT_BATCH);
    yield { json: JSON.stringify(batch), search: fold ? foldBatch(batch) : undefined };
  }
}

/** An events message's parts: the search text's starts are moved, not copied. */
export function eventsTransfer(search: FoldedBatch | undefined): Transferable[] {
  return search ? [search.starts.buffer as ArrayBuffer] : [];
}

/**
 * Posts a loaded dataset's index first, if given (its buffers transferred: moved, not copied),
 * then its events in batches, then its long topic, actor and source lists in batches, then the
 * outcome without them.
 */
export function postOutcome(
  post: (message: FromLoadWorker, transfer?: Transferable[]) => void,
  outcome: LoadOutcome,
  index?: EventIndex,
): void {
  if (outcome.kind !== "loaded") {
    post({ v: LOAD_PROTOCOL_VERSION, type: "done", outcome });
    return;
  }
  if (index) post({ v: LOAD_PROTOCOL_VERSION, type: "index", index }, indexBuffers(index));
  for (const { json, search } of eventBatches(outcome.dataset.events, index !== undefined)) {
    const message: FromLoadWorker = { v: LOAD_PROTOCOL_VERSION, type: "events", json };
    post(search ? { ...message, search } : message, eventsTransfer(search));
  }
  const { entries, rest } = inBatches(outcome.dataset);
  for (const { field, json } of entries)
    post({ v: LOAD_PROTOCOL_VERSION, type: "entries", field, json });
  post({ v: LOAD_PROTOCOL_VERSION, type: "done", outcome: { ...outcome, dataset: rest } });
}
