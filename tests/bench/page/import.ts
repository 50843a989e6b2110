/**
 * In-page side of the import benchmark: the driver (tests/bench/import.bench.ts) puts a file in
 * the input; the page imports it with the app's own Web Worker importer and reports through
 * `window.__importBench`. Timing runs from the file being chosen to the outcome arriving on the
 * page (reading, parsing, conversion in the worker, and structured cloning back).
 */
import type { ImportProgress } from "../../../src/io/pipeline/protocol.ts";
import {
  createImportWorker,
  createWorkerImporter,
} from "../../../src/io/pipeline/workerImporter.ts";

export interface ImportBenchState {
  phase: "waiting" | "running" | "done" | "error";
  error?: string;
  ms: number;
  bytes: number;
  rows: number;
  events: number;
  skipped: number;
  progressMessages: number;
  /** Longest gap between two animation frames on the page while the worker ran (ms). */
  pageFrameMaxMs: number;
}

declare global {
  interface Window {
    __importBench?: ImportBenchState;
    /** With `?profile=1`: ends the worker the importer finished with, once its profile is read. */
    __importBenchEnd?: () => void;
  }
}

/**
 * With `?profile=1` the worker outlives its import (the importer's terminate is deferred to
 * `__importBenchEnd`), so the driver can still stop its CPU profiler and read the profile.
 */
const profiling = new URLSearchParams(window.location.search).has("profile");
function createWorker(): Worker {
  const worker = createImportWorker();
  if (profiling) {
    const terminate = worker.terminate.bind(worker);
    worker.terminate = () => {
      window.__importBenchEnd = terminate;
    };
  }
  return worker;
}

const state: ImportBenchState = {
  phase: "waiting",
  ms: 0,
  bytes: 0,
  rows: 0,
  events: 0,
  skipped: 0,
  progressMessages: 0,
  pageFrameMaxMs: 0,
};
window.__importBench = state;

const input = document.getElementById("file") as HTMLInputElement;
input.addEventListener("change", () => {
  const file = input.files?.[0];
  if (!file) return;
  state.phase = "running";
  // The page must stay responsive: the longest frame gap while the import runs says whether it did.
  let last = performance.now();
  let frames = true;
  const frame = (now: number): void => {
    state.pageFrameMaxMs = Math.max(state.pageFrameMaxMs, now - last);
    last = now;
    if (frames) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const started = performance.now();
  const job = createWorkerImporter(createWorker).start(
    { source: { kind: "file", file }, options: {} },
    (progress: ImportProgress) => {
      state.progressMessages++;
      state.bytes = progress.bytes;
      state.rows = progress.rows;
    },
  );
  job.outcome.then(
    (outcome) => {
      state.ms = performance.now() - started;
      frames = false;
      if (outcome.kind === "imported" || outcome.kind === "failed") {
        state.events = outcome.report.eventsTaken;
        state.skipped = outcome.report.skipped.reduce((sum, group) => sum + group.count, 0);
      }
      if (outcome.kind === "imported") state.phase = "done";
      else {
        state.phase = "error";
        state.error =
          outcome.kind === "failed"
            ? outcome.report.problems.map((p) => p.message).join("; ")
            : outcome.kind;
      }
    },
    (error: unknown) => {
      frames = false;
      state.phase = "error";
      state.error = String(error);
    },
  );
});
