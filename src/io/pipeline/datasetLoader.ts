/**
 * Loading a dataset without freezing the page: a Web Worker (load.worker.ts) fetches, parses and
 * validates it, and the page receives the events in batches, each a short task. Where no worker
 * can run (server rendering, test environments, a Content-Security-Policy that forbids workers)
 * the same code (readDataset.ts) runs on the page, loaded only then as a separate chunk.
 */
import { BatchedDataset } from "./batchedDataset.ts";
import { bundledGoldsteinTable } from "../../model/goldsteinBundled.ts";
import type { Result } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";
import { needsPacing, PacedQueue } from "./pacedQueue.ts";
import { LOAD_PROTOCOL_VERSION, readFromLoadWorker, type LoadRequest } from "./loadProtocol.ts";
import type * as ReadDataset from "./readDataset.ts";
import type { LoadOutcome, LoadProgress, LoadSource } from "./readDataset.ts";

export type { LoadOutcome, LoadProgress, LoadSource } from "./readDataset.ts";

export interface DatasetLoad {
  /** Always resolves: a failure is an outcome, never a rejection. */
  readonly outcome: Promise<LoadOutcome>;
  /** Stops the load; `outcome` then never resolves, and nothing more is reported. */
  cancel(): void;
}

/** The worker, as Vite bundles it: this exact `new Worker(new URL(…))` form is what it looks for. */
function createLoadWorker(): Worker {
  return new Worker(new URL("./load.worker.ts", import.meta.url), { type: "module" });
}

/** The same load on the page's own thread, for where no worker can run. */
async function loadInThread(
  source: LoadSource,
  onProgress: (progress: LoadProgress) => void,
): Promise<LoadOutcome> {
  const { readDataset } = await import("./readDataset.ts");
  return readDataset(source, bundledGoldsteinTable(), onProgress);
}

/** A relative address means the page's, not the worker script's. */
function absolute(source: LoadSource): LoadSource {
  if (source.kind !== "url" || typeof location === "undefined") return source;
  return { kind: "url", url: new URL(source.url, location.href).href };
}

export function loadDataset(
  source: LoadSource,
  onProgress: (progress: LoadProgress) => void = () => undefined,
  createWorker: () => Worker = createLoadWorker,
): DatasetLoad {
  let cancelled = false;
  let worker: Worker | undefined;
  const report = (progress: LoadProgress): void => {
    if (!cancelled) onProgress(progress);
  };
  const inThread = (): Promise<LoadOutcome> =>
    loadInThread(source, report).catch((error: unknown): LoadOutcome => ({
      kind: "unreachable",
      reason: error instanceof Error ? error.message : String(error),
    }));
  const queue = new PacedQueue();
  const outcome = new Promise<LoadOutcome>((resolve) => {
    const settle = (result: LoadOutcome): void => {
      queue.stop();
      worker?.terminate();
      worker = undefined;
      if (!cancelled) resolve(result);
    };
    if (typeof Worker !== "function") {
      void inThread().then(settle);
      return;
    }
    try {
      worker = createWorker();
    } catch {
      void inThread().then(settle);
      return;
    }
    const batched = new BatchedDataset();
    let heard = false;
    worker.addEventListener("message", (event: MessageEvent<unknown>) => {
      heard = true;
      queue.push(() => handle(event.data));
    });
    const handle = (data: unknown): void => {
      const message = readFromLoadWorker(data);
      if (typeof message === "string") return settle({ kind: "unreachable", reason: message });
      switch (message.type) {
        case "progress":
          report(message.progress);
          return;
        case "index":
          queue.pace(needsPacing(message.index.order.length));
          batched.index(message.index);
          return;
        case "events":
          batched.events(message.json, message.search);
          return;
        case "entries":
          batched.entries(message.field, message.json);
          return;
        case "error":
          return settle({
            kind: "unreachable",
            reason: `the load worker failed (${message.message})`,
          });
        case "done": {
          const result = message.outcome;
          if (result.kind !== "loaded") return settle(result);
          const dataset = batched.complete(result.dataset);
          settle({ ...result, dataset });
        }
      }
    };
    worker.addEventListener("error", (event: ErrorEvent) => {
      event.preventDefault();
      // A worker that never started (blocked by a policy, script missing): load on the page.
      if (!heard) {
        worker?.terminate();
        worker = undefined;
        void inThread().then(settle);
      } else settle({ kind: "unreachable", reason: `the load worker failed (${event.message})` });
    });
    const request: LoadRequest = {
      v: LOAD_PROTOCOL_VERSION,
      type: "load",
      source: absolute(source),
    };
    worker.postMessage(request);
  });
  return {
    outcome,
    cancel: () => {
      cancelled = true;
      queue.stop();
      worker?.terminate();
      worker = undefined;
    },
  };
}

/** An object checked like a file, off the page's thread: the dataset or its problems. */
export async function checkDataset(value: unknown): Promise<Result<Dataset>> {
  const outcome = await loadDataset({ kind: "value", value }).outcome;
  return outcomeResult(outcome);
}

/** An outcome as a Result: a failed fetch becomes one problem at "(request)". */
export function outcomeResult(outcome: LoadOutcome): Result<Dataset> {
  switch (outcome.kind) {
    case "loaded":
      return { ok: true, value: outcome.dataset };
    case "invalid":
      return { ok: false, error: [...outcome.problems] };
    case "unreachable":
      return { ok: false, error: [{ path: "(request)", message: outcome.reason }] };
  }
}

let validation: typeof ReadDataset | undefined;

/**
 * Loads the schema validator (a separate chunk) for checks that must answer synchronously on the
 * page, such as a host's `dataset` prop during a render.
 */
export async function loadValidation(): Promise<void> {
  validation ??= await import("./readDataset.ts");
}

export function validationLoaded(): boolean {
  return validation !== undefined;
}

/** The check of an object on the page, once loadValidation() has resolved; undefined before. */
export function validateLoaded(value: unknown): Result<Dataset> | undefined {
  return validation?.checkValue(value, bundledGoldsteinTable());
}
