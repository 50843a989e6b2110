/**
 * The load worker: fetches, parses and validates one dataset off the page's thread, then posts
 * it back in batches (protocol: load-protocol.ts). The page terminates it once the outcome is
 * in, which frees the text and the parse tree at once.
 */
import { bundledGoldsteinTable } from "../model/goldstein-bundled.ts";
import {
  LOAD_PROTOCOL_VERSION,
  postOutcome,
  readLoadRequest,
  type FromLoadWorker,
} from "./load-protocol.ts";
import { readDataset } from "./read-dataset.ts";

/** The worker's global scope, typed here rather than with the "webworker" lib (see import.worker.ts). */
interface WorkerScope {
  postMessage(message: FromLoadWorker): void;
  addEventListener(type: "message", listener: (event: MessageEvent<unknown>) => void): void;
}
declare const self: WorkerScope;

const post = (message: FromLoadWorker): void => self.postMessage(message);

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
  readDataset(request.source, bundledGoldsteinTable(), (progress) =>
    post({ v: LOAD_PROTOCOL_VERSION, type: "progress", progress }),
  ).then(
    (outcome) => postOutcome(post, outcome),
    (error: unknown) =>
      post({
        v: LOAD_PROTOCOL_VERSION,
        type: "error",
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
