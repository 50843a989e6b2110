/**
 * Détente's Arrow form through the import path: every byte read (with progress), then parsed
 * and validated like Détente JSON. A chunk of its own, loaded by stream.ts once the first bytes
 * say Arrow, so apache-arrow weighs on the import worker only when an Arrow file comes.
 */
import { importDetenteArrow } from "../arrow/import.ts";
import type { FinishedOutcome } from "./failedOutcome.ts";
import type { StreamImportContext } from "./stream.ts";

/** Progress messages at most this often, as for text formats. */
const PROGRESS_INTERVAL_MS = 100;

export async function importArrowStream(
  head: readonly Uint8Array<ArrayBuffer>[],
  next: () => Promise<Uint8Array<ArrayBuffer> | undefined>,
  totalBytes: number | null,
  context: StreamImportContext,
): Promise<FinishedOutcome> {
  const chunks = [...head];
  let bytes = chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);
  let told = -Infinity;
  const progress = (force = false): void => {
    const now = performance.now();
    if (!force && now - told < PROGRESS_INTERVAL_MS) return;
    told = now;
    context.onProgress({ bytes, totalBytes, rows: 0, unit: "rows", format: "detente-arrow" });
  };
  progress(true);
  for (let chunk = await next(); chunk; chunk = await next()) {
    chunks.push(chunk);
    bytes += chunk.byteLength;
    progress();
  }
  progress(true);
  const result = importDetenteArrow(chunks, { goldstein: context.goldstein });
  return result.ok
    ? { kind: "imported", format: "detente-arrow", dataset: result.dataset, report: result.report }
    : { kind: "failed", format: "detente-arrow", report: result.report };
}
