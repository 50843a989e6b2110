/**
 * How the import worker hands an imported dataset to the page (protocol.ts): the index first
 * (its buffers moved, not copied), so the page turns each batch of events into its timeline
 * events as it arrives; then the events in batches; then long topic, actor and source lists in
 * batches (100,000 actors, or a source for each of a CSV's 1.3 million linked rows, were one
 * long task to deserialize); then the outcome without them. Each message is a short task for the
 * page, whatever the file's size.
 */
import { indexBuffers, type EventIndex } from "../../model/eventIndex.ts";
import { EVENT_BATCH } from "./loadProtocol.ts";
import {
  ENTRY_FIELDS,
  IMPORT_PROTOCOL_VERSION,
  type FromWorker,
  type ImportOutcome,
} from "./protocol.ts";

export function postImported(
  post: (message: FromWorker, transfer?: Transferable[]) => void,
  id: number,
  outcome: Extract<ImportOutcome, { kind: "imported" }>,
  index: EventIndex,
): void {
  const v = IMPORT_PROTOCOL_VERSION;
  post({ v, type: "index", id, index }, indexBuffers(index));
  const { events } = outcome.dataset;
  for (let start = 0; start < events.length; start += EVENT_BATCH)
    post({ v, type: "events", id, json: JSON.stringify(events.slice(start, start + EVENT_BATCH)) });
  const dataset = { ...outcome.dataset, events: [] };
  for (const field of ENTRY_FIELDS) {
    const list = outcome.dataset[field];
    if (list.length <= EVENT_BATCH) continue;
    for (let start = 0; start < list.length; start += EVENT_BATCH) {
      const json = JSON.stringify(list.slice(start, start + EVENT_BATCH));
      post({ v, type: "entries", id, field, json });
    }
    dataset[field] = [];
  }
  post({ v, type: "done", id, outcome: { ...outcome, dataset } });
}
