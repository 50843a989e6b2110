/**
 * What the interface asks of an importer: start an import, hear its progress, cancel it, get
 * its outcome. The app uses the Web Worker one (io/pipeline/workerImporter.ts) so the page stays
 * responsive; tests, and any host without workers, use the in-thread one below, which runs the
 * very same code (io/pipeline/stream.ts) on the page.
 */
import type { ImportOutcome, ImportProgress, ImportRequest } from "./protocol.ts";
import { failedOutcome, ImportCancelled, importStream, openSource } from "./stream.ts";
import { importTables } from "./tables.ts";

export interface ImportJob {
  /** Always resolves: a failure is a failed outcome with a report, never a rejection. */
  readonly outcome: Promise<ImportOutcome>;
  /** Stops the import; `outcome` then resolves to `{ kind: "cancelled" }`. */
  cancel(): void;
}

export interface Importer {
  start(request: ImportRequest, onProgress: (progress: ImportProgress) => void): ImportJob;
}

const CANCELLED: ImportOutcome = { kind: "cancelled" };

export function createInThreadImporter(): Importer {
  return {
    start(request, onProgress) {
      const controller = new AbortController();
      let cancel = (): void => undefined;
      // Cancelling answers at once; the reading loop notices the signal at its next chunk.
      const cancelled = new Promise<ImportOutcome>((resolve) => {
        cancel = () => {
          controller.abort();
          resolve(CANCELLED);
        };
      });
      const run = async (): Promise<ImportOutcome> => {
        try {
          const opened = await openSource(request.source, controller.signal);
          if ("kind" in opened) return opened;
          const tables = importTables();
          return await importStream(opened, request.options, {
            goldstein: tables.goldstein,
            eventDescriptions: tables.eventDescriptions,
            onProgress: (progress) => {
              if (!controller.signal.aborted) onProgress(progress);
            },
            signal: controller.signal,
          });
        } catch (error) {
          if (error instanceof ImportCancelled || controller.signal.aborted) return CANCELLED;
          const reason = error instanceof Error ? error.message : String(error);
          return failedOutcome(`the import failed unexpectedly (${reason})`);
        }
      };
      return { outcome: Promise.race([run(), cancelled]), cancel };
    },
  };
}
