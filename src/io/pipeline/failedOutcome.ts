/**
 * A failed import outcome with one problem. Its own module because the page's side of the
 * worker importer needs it, and must not pull the parsers (which live in the worker) into the
 * page's first load.
 */
import { ImportLog } from "./log.ts";
import type { ImportOutcome } from "./protocol.ts";
import type { ImportFormat } from "./report.ts";

export type FinishedOutcome = Exclude<ImportOutcome, { kind: "cancelled" }>;

/** For failures before any parser ran, or of the worker itself. */
export function failedOutcome(message: string, format: ImportFormat = "unknown"): FinishedOutcome {
  const log = new ImportLog();
  log.problem(message);
  return { kind: "failed", format, report: log.report(format, 0) };
}
