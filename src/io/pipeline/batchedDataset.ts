/**
 * The page's side of a dataset handed over in batches (loadProtocol.ts `inBatches`, used by both
 * workers): the index first, then the events, each batch shared (sharedParts.ts) and turned into
 * its timeline events as it arrives, then long lists, then the outcome's dataset they complete.
 */
import { IndexAdopter, type EventIndex } from "../../model/eventIndex.ts";
import { isFoldedBatch, rememberSearchText, SearchText } from "../../model/searchText.ts";
import { bundledGoldsteinTable } from "../../model/goldsteinBundled.ts";
import type { Actor, Dataset, DatasetEvent, Source } from "../../model/schema.ts";
import type { EntryField } from "./protocol.ts";
import { SharedParts } from "./sharedParts.ts";

export class BatchedDataset {
  readonly #events: DatasetEvent[] = [];
  /** Long topic, actor and source lists that came in batches (the outcome then has them empty). */
  readonly #entries: Partial<Record<EntryField, unknown[]>> = {};
  readonly #shared = new SharedParts();
  #adopter: IndexAdopter | undefined;
  #index: EventIndex | undefined;
  /** The search's texts, as the worker folded them (searchText.ts says why). */
  readonly #searchText = new SearchText();

  index(index: EventIndex): void {
    this.#index = index;
    this.#adopter = new IndexAdopter(index);
  }

  /** A batch of events, and the worker's folding of their search texts where it sent one. */
  events(json: string, search?: unknown): void {
    const batch = JSON.parse(json) as DatasetEvent[];
    this.#shared.share(batch);
    for (const event of batch) this.#events.push(event);
    if (this.#index && isFoldedBatch(search)) this.#searchText.addFolded(search);
    // Each batch becomes its timeline events now, a short task each, not all at the end.
    this.#adopter?.add(batch);
  }

  entries(field: EntryField, json: string): void {
    const list = (this.#entries[field] ??= []);
    const batch = JSON.parse(json) as unknown[];
    if (field === "sources") this.#shared.shareSources(batch as Source[]);
    else if (field === "actors") this.#shared.shareActors(batch as Actor[]);
    for (const item of batch) list.push(item);
  }

  /** The outcome's dataset with what came before it; the index adopted for it. */
  complete(outcome: Dataset): Dataset {
    const dataset = { ...outcome, ...this.#entries, events: this.#events } as Dataset;
    // The worker resolved and sorted the events with the same table the page scores with.
    this.#adopter?.finish(dataset, bundledGoldsteinTable());
    if (this.#index) rememberSearchText(this.#index, this.#searchText);
    return dataset;
  }
}
