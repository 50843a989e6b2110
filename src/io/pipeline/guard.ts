/** Importers never throw at their callers: anything thrown by a bug becomes a failed report. */
import { ImportLog } from "./log.ts";
import type { ImportFormat, ImportReport } from "./report.ts";

export function guard<T extends { readonly ok: boolean; readonly report: ImportReport }>(
  format: ImportFormat,
  run: () => T,
): T | { readonly ok: false; readonly report: ImportReport } {
  try {
    return run();
  } catch (error) {
    const log = new ImportLog();
    const message = error instanceof Error ? error.message : String(error);
    log.problem(`the importer failed unexpectedly (${message}); the file was not imported`);
    return { ok: false, report: log.report(format, 0) };
  }
}
