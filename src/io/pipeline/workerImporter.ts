/**
 * The app's importer: each import runs in its own Web Worker (io/pipeline/import.worker.ts), so reading and
 * parsing a large file never blocks the page. Cancel terminates the worker, which stops it
 * mid-chunk and frees everything it had parsed; so does the end of an import.
 */
import { BatchedDataset } from "./batchedDataset.ts";
import type { Importer } from "./importer.ts";
import {
  IMPORT_PROTOCOL_VERSION,
  readFromWorker,
  type ImportOutcome,
  type ImportRequest,
  type ToWorker,
} from "./protocol.ts";
import { failedOutcome } from "./failedOutcome.ts";
import { needsPacing, PacedQueue } from "./pacedQueue.ts";

/** The worker, as Vite bundles it: this exact `new Worker(new URL(…))` form is what it looks for. */
export function createImportWorker(): Worker {
  return new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
}

/**
 * A relative address means the page's, not the worker script's (which sits in an assets folder):
 * resolved here, at the boundary, before the worker sees it.
 */
function resolvedRequest(request: ImportRequest): ImportRequest {
  const { source } = request;
  if (source.kind !== "url" || typeof location === "undefined") return request;
  const base = typeof document === "undefined" ? location.href : document.baseURI;
  return { ...request, source: { kind: "url", url: new URL(source.url, base).href } };
}

export function createWorkerImporter(create: () => Worker = createImportWorker): Importer {
  let nextId = 1;
  return {
    start(request, onProgress) {
      const id = nextId++;
      let settle: (outcome: ImportOutcome) => void = () => undefined;
      const outcome = new Promise<ImportOutcome>((resolve) => {
        settle = resolve;
      });
      let worker: Worker | undefined;
      const queue = new PacedQueue();
      const finish = (result: ImportOutcome): void => {
        queue.stop();
        worker?.terminate();
        worker = undefined;
        settle(result);
      };
      try {
        worker = create();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        finish(failedOutcome(`could not start the import worker (${reason})`));
        return { outcome, cancel: () => undefined };
      }
      const batched = new BatchedDataset();
      worker.addEventListener("message", (event: MessageEvent<unknown>) =>
        queue.push(() => handle(event.data)),
      );
      const handle = (data: unknown): void => {
        const message = readFromWorker(data);
        if (typeof message === "string") return finish(failedOutcome(message));
        if (message.id !== id) return;
        if (message.type === "progress") onProgress(message.progress);
        else if (message.type === "index") {
          queue.pace(needsPacing(message.index.order.length));
          batched.index(message.index);
        } else if (message.type === "events") batched.events(message.json, message.search);
        else if (message.type === "entries") batched.entries(message.field, message.json);
        else if (message.type === "done") {
          const result = message.outcome;
          if (result.kind !== "imported" || result.dataset.events.length > 0) return finish(result);
          // An imported dataset's events arrived before it, in batches, after their index.
          const dataset = batched.complete(result.dataset);
          finish({ ...result, dataset });
        } else finish(failedOutcome(`the import worker failed (${message.message})`));
      };
      worker.addEventListener("error", (event: ErrorEvent) => {
        // A worker script that fails to load or throws outside the protocol ends up here.
        event.preventDefault();
        finish(
          failedOutcome(`the import worker failed (${event.message || "it could not start"})`),
        );
      });
      worker.addEventListener("messageerror", () =>
        finish(failedOutcome("the import worker's answer could not be read")),
      );
      const start: ToWorker = {
        v: IMPORT_PROTOCOL_VERSION,
        type: "start",
        id,
        request: resolvedRequest(request),
      };
      worker.postMessage(start);
      return { outcome, cancel: () => finish({ kind: "cancelled" }) };
    },
  };
}
