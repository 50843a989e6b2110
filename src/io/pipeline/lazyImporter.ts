/**
 * The worker importer (workerImporter.ts), loaded with the first import rather than with the page:
 * most readers never import, and the page's side of the import worker (its protocol, the import
 * log behind failure reports) then stays out of the first load. An import started before the
 * code is in waits for it; cancelling meanwhile answers at once.
 */
import type { Importer, ImportJob } from "./importer.ts";
import type { ImportOutcome } from "./protocol.ts";

type LoadImporter = () => Promise<Importer>;

const loadWorkerImporter: LoadImporter = () =>
  import("./workerImporter.ts").then((module) => module.createWorkerImporter());

/** A failure before any importer ran: one problem for the whole file, as the import log writes it. */
function notLoaded(error: unknown): ImportOutcome {
  const reason = error instanceof Error ? error.message : String(error);
  const report = {
    format: "unknown" as const,
    eventsTaken: 0,
    skipped: [],
    warnings: [],
    problems: [{ path: "(file)", message: `the importer could not be loaded (${reason})` }],
  };
  return { kind: "failed", format: "unknown", report };
}

export function createLazyImporter(load: LoadImporter = loadWorkerImporter): Importer {
  let importer: Promise<Importer> | undefined;
  return {
    start(request, onProgress): ImportJob {
      // A chunk that failed to load (a dropped connection) is asked for again by the next import.
      const loading = (importer ??= load().catch((error: unknown) => {
        importer = undefined;
        throw error;
      }));
      let cancel: () => void = () => undefined;
      const cancelled = new Promise<ImportOutcome>((resolve) => {
        cancel = () => resolve({ kind: "cancelled" });
      });
      let job: ImportJob | undefined;
      let stopped = false;
      const started = loading.then(
        (real) => {
          if (stopped) return cancelled;
          job = real.start(request, onProgress);
          return job.outcome;
        },
        (error: unknown) => notLoaded(error),
      );
      return {
        outcome: Promise.race([started, cancelled]),
        cancel: () => {
          stopped = true;
          job?.cancel();
          cancel();
        },
      };
    },
  };
}
