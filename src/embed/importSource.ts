/**
 * An embed's `src` read by the import pipeline rather than the dataset loader: what the `parties`
 * prop (and the element's `parties` attribute) asks for. The import worker detects the format
 * (GDELT, ICEWS, POLECAT/PLOVER, ACLED, CSV, TimelineJS or Détente JSON) and, for event data,
 * keeps the rows between the two countries named, as `?src=…&parties=USA,COL` does on the page.
 *
 * Loaded on demand (a dynamic import), so an embed that never names parties never downloads it.
 */
import { createWorkerImporter } from "../io/pipeline/workerImporter.ts";
import type { ImportOutcome } from "../io/pipeline/protocol.ts";
import { tensionInputsFromImpulses } from "../io/gdelt/tension.ts";
import type { LoadProgress } from "../io/pipeline/readDataset.ts";
import type { Importer } from "../io/pipeline/importer.ts";
import { readPartyCodes, type PartyCodes } from "../io/eventdata/partyCodes.ts";
import type { Problem, Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";
import type { TensionInput } from "../model/tension.ts";

export interface ImportedSource {
  readonly dataset: Dataset;
  /** GDELT: the daily tension built from every row of the pair, not only the events kept. */
  readonly tensionInputs?: readonly TensionInput[];
}

/** How many of the file's pairs a failure lists, most events first. */
const PAIRS_LISTED = 10;

/** A failed import worded as problems, with the pairs the file does hold when it names any. */
export function problemsOfOutcome(
  outcome: Exclude<ImportOutcome, { kind: "imported" | "cancelled" }>,
  parties: PartyCodes | undefined,
): Problem[] {
  if (outcome.kind === "needs-mapping") {
    return [
      {
        path: "(header)",
        message:
          `the columns do not name ${outcome.missing.join(", ")}; found: ` +
          outcome.header.join(", "),
      },
    ];
  }
  const { report } = outcome;
  const problems: Problem[] = [...report.problems];
  for (const group of report.skipped) {
    // The report keeps the first few line numbers of each reason: "…" when there are more.
    const more = group.count > group.lines.length ? "…" : "";
    const lines = group.lines.length > 0 ? ` (lines ${group.lines.join(", ")}${more})` : "";
    problems.push({ path: "(rows)", message: `${group.count} left out: ${group.reason}${lines}` });
  }
  const pairs = outcome.pairs ?? [];
  if (pairs.length > 0) {
    const listed = pairs
      .slice(0, PAIRS_LISTED)
      .map((pair) => `${pair.codes[0]},${pair.codes[1]} (${pair.events})`)
      .join("; ");
    const more = pairs.length > PAIRS_LISTED ? `; and ${pairs.length - PAIRS_LISTED} more` : "";
    problems.push({
      path: "parties",
      message:
        (parties ? `no events between ${parties[0]} and ${parties[1]}; ` : "") +
        `the file's pairs, events in both directions: ${listed}${more}`,
    });
  }
  if (problems.length === 0) {
    problems.push({ path: "(file)", message: `nothing could be read as ${report.format}` });
  }
  return problems;
}

/**
 * Imports `src` for one embed instance, between the `parties` given as text ("USA,COL"); `cancel`
 * stops the worker, and the outcome is then undefined.
 */
export function importSource(
  src: string,
  partiesText: string,
  onProgress: (progress: LoadProgress) => void,
  importer: Importer = createWorkerImporter(),
): { readonly result: Promise<Result<ImportedSource> | undefined>; cancel(): void } {
  const parties = readPartyCodes(partiesText);
  if (!parties && partiesText.trim() !== "") {
    console.warn(
      `Détente: ignoring parties="${partiesText}": expected two ISO 3166-1 alpha-3 country ` +
        `codes such as "USA,COL"; the file's largest pair is shown.`,
    );
  }
  const job = importer.start(
    { source: { kind: "url", url: src }, options: parties ? { parties } : {} },
    (progress) => onProgress({ bytes: progress.bytes, totalBytes: progress.totalBytes }),
  );
  const result = job.outcome.then((outcome): Result<ImportedSource> | undefined => {
    if (outcome.kind === "cancelled") return undefined;
    if (outcome.kind !== "imported") {
      return { ok: false, error: problemsOfOutcome(outcome, parties) };
    }
    // What the page shows in its import report, the host's developer finds in the console.
    for (const warning of outcome.report.warnings) console.warn(`Détente (${src}): ${warning}`);
    const { dataset, dailyImpulses } = outcome;
    return {
      ok: true,
      value: dailyImpulses
        ? { dataset, tensionInputs: tensionInputsFromImpulses(dailyImpulses) }
        : { dataset },
    };
  });
  return { result, cancel: job.cancel };
}
