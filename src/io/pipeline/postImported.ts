/**
 * How the import worker hands an imported dataset to the page (protocol.ts): the index first
 * (its buffers moved, not copied), so the page turns each batch of events into its timeline
 * events as it arrives; then the events in batches; then long topic, actor and source lists in
 * batches (100,000 actors, or a source for each of a CSV's 1.3 million linked rows, were one
 * long task to deserialize); then the outcome without them. Each message is a short task for the
 * page, whatever the file's size.
 */
import { indexBuffers, type EventIndex } from "../../model/eventIndex.ts";
import { eventBatches, eventsTransfer, inBatches } from "./loadProtocol.ts";
import { IMPORT_PROTOCOL_VERSION, type FromWorker, type ImportOutcome } from "./protocol.ts";

export function postImported(
  post: (message: FromWorker, transfer?: Transferable[]) => void,
  id: number,
  outcome: Extract<ImportOutcome, { kind: "imported" }>,
  index: EventIndex,
): void {
  const v = IMPORT_PROTOCOL_VERSION;
  post({ v, type: "index", id, index }, indexBuffers(index));
  for (const { json, search } of eventBatches(outcome.dataset.events, true))
    post(
      search ? { v, type: "events", id, json, search } : { v, type: "events", id, json },
      eventsTransfer(search),
    );
  const { entries, rest } = inBatches(outcome.dataset);
  for (const { field, json } of entries) post({ v, type: "entries", id, field, json });
  post({ v, type: "done", id, outcome: { ...outcome, dataset: rest } });
}
