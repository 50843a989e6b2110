/**
 * The import worker: reads a file or URL as a stream, parses and converts it off the page's
 * thread, and posts progress and the outcome (protocol: io/pipeline/protocol.ts). One worker per
 * import: the page terminates it when the import ends or is cancelled, which also frees the
 * parsed rows at once.
 */
import {
  ENTRY_FIELDS,
  IMPORT_PROTOCOL_VERSION,
  readToWorker,
  type FromWorker,
  type ImportProgress,
  type ImportRequest,
} from "./protocol.ts";
import { importStream, openSource } from "./stream.ts";
import { EVENT_BATCH } from "./loadProtocol.ts";
import { importTables } from "./tables.ts";
import { indexBuffers, indexEvents } from "../../model/eventIndex.ts";

/**
 * The worker's global scope, typed here rather than with the "webworker" lib, which would
 * retype globals for the whole program (it is compiled with the DOM lib).
 */
interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: WorkerScope;

const post = (message: FromWorker): void => self.postMessage(message);

async function run(id: number, request: ImportRequest): Promise<void> {
  const opened = await openSource(request.source);
  if ("kind" in opened) {
    post({ v: IMPORT_PROTOCOL_VERSION, type: "done", id, outcome: opened });
    return;
  }
  const tables = importTables();
  const outcome = await importStream(opened, request.options, {
    goldstein: tables.goldstein,
    eventDescriptions: tables.eventDescriptions,
    onProgress: (progress: ImportProgress) =>
      post({ v: IMPORT_PROTOCOL_VERSION, type: "progress", id, progress }),
  });
  if (outcome.kind !== "imported") {
    post({ v: IMPORT_PROTOCOL_VERSION, type: "done", id, outcome });
    return;
  }
  // Resolving dates and sorting a million events is work the page need not do: done here, as
  // the load worker does for a bundled dataset. The index goes first (its buffers moved, not
  // copied), so the page turns each batch of events into its timeline events as it arrives.
  const index = indexEvents(outcome.dataset, tables.goldstein);
  self.postMessage({ v: IMPORT_PROTOCOL_VERSION, type: "index", id, index }, indexBuffers(index));
  // The events, in batches the page parses in short tasks; then the rest without them.
  const { events } = outcome.dataset;
  for (let start = 0; start < events.length; start += EVENT_BATCH) {
    const json = JSON.stringify(events.slice(start, start + EVENT_BATCH));
    post({ v: IMPORT_PROTOCOL_VERSION, type: "events", id, json });
  }
  // Long topic and actor lists too (100,000 actors), each then left empty in the outcome.
  const dataset = { ...outcome.dataset, events: [] };
  for (const field of ENTRY_FIELDS) {
    const list = outcome.dataset[field];
    if (list.length <= EVENT_BATCH) continue;
    for (let start = 0; start < list.length; start += EVENT_BATCH) {
      const json = JSON.stringify(list.slice(start, start + EVENT_BATCH));
      post({ v: IMPORT_PROTOCOL_VERSION, type: "entries", id, field, json });
    }
    dataset[field] = [];
  }
  post({ v: IMPORT_PROTOCOL_VERSION, type: "done", id, outcome: { ...outcome, dataset } });
}

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  const message = readToWorker(event.data);
  if (!message) {
    const id =
      typeof event.data === "object" && event.data !== null && "id" in event.data
        ? Number(event.data.id)
        : -1;
    post({
      v: IMPORT_PROTOCOL_VERSION,
      type: "error",
      id,
      message: `the import worker speaks protocol version ${IMPORT_PROTOCOL_VERSION} only`,
    });
    return;
  }
  const { id, request } = message;
  run(id, request).catch((error: unknown) =>
    post({
      v: IMPORT_PROTOCOL_VERSION,
      type: "error",
      id,
      message: error instanceof Error ? error.message : String(error),
    }),
  );
});
