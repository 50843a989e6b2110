/**
 * The load worker: fetches, parses and validates one dataset off the page's thread, then posts
 * it back in batches (protocol: loadProtocol.ts). The page terminates it once the outcome is
 * in, which frees the text and the parse tree at once.
 */
import { indexEvents } from "../../model/eventIndex.ts";
import { bundledGoldsteinTable } from "../../model/goldsteinBundled.ts";
import {
  LOAD_PROTOCOL_VERSION,
  postOutcome,
  readLoadRequest,
  type FromLoadWorker,
} from "./loadProtocol.ts";
import { readDataset } from "./readDataset.ts";

/** The worker's global scope, typed here rather than with the "webworker" lib (see import.worker.ts). */
interface WorkerScope {
  postMessage(message: FromLoadWorker, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: WorkerScope;

const post = (message: FromLoadWorker, transfer: Transferable[] = []): void =>
  self.postMessage(message, transfer);

self.addEventListener("message", (event: MessageEvent<unknown>) => {
  const request = readLoadRequest(event.data);
  if (!request) {
    post({
      v: LOAD_PROTOCOL_VERSION,
      type: "error",
      message: `the load worker speaks protocol version ${LOAD_PROTOCOL_VERSION} only`,
    });
    return;
  }
  const goldstein = bundledGoldsteinTable();
  readDataset(request.source, goldstein, (progress) =>
    post({ v: LOAD_PROTOCOL_VERSION, type: "progress", progress }),
  ).then(
    // Resolving dates and sorting 100,000 events is work the page need not do: done here.
    (outcome) => {
      if (outcome.kind !== "loaded") return postOutcome(post, outcome);
      const started = performance.now();
      const index = indexEvents(outcome.dataset, goldstein);
      const timings = { ...outcome.timings, indexMs: performance.now() - started };
      postOutcome(post, { ...outcome, timings }, index);
    },
    (error: unknown) =>
      post({
        v: LOAD_PROTOCOL_VERSION,
        type: "error",
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
