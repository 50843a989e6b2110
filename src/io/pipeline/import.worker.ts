/**
 * The import worker: reads a file or URL as a stream, parses and converts it off the page's
 * thread, and posts progress and the outcome (protocol: io/pipeline/protocol.ts). One worker per
 * import: the page terminates it when the import ends or is cancelled, which also frees the
 * parsed rows at once.
 */
import {
  IMPORT_PROTOCOL_VERSION,
  readToWorker,
  type FromWorker,
  type ImportProgress,
  type ImportRequest,
} from "./protocol.ts";
import { importStream, openSource } from "./stream.ts";
import { importTables } from "./tables.ts";
import { indexEvents } from "../../model/eventIndex.ts";
import { postImported } from "./postImported.ts";

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
  // the load worker does for a bundled dataset.
  postImported(
    (message, transfer = []) => self.postMessage(message, transfer),
    id,
    outcome,
    indexEvents(outcome.dataset, tables.goldstein),
  );
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
