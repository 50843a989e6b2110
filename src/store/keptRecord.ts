/**
 * The strict read of a kept import: every field of the record checked as a fresh import checks
 * its output, with each problem located by its path in the record. Loaded on demand
 * (importedDataset.ts), only when a record is there to check.
 */
import { checkDailyImpulses } from "../io/gdelt/impulseCheck.ts";
import type { ImportFormat } from "../io/pipeline/report.ts";
import type { Problem, Result } from "../model/result.ts";
import {
  IMPORTED_RECORD_VERSION,
  STORED_RECORD_VERSION,
  type DatasetCheck,
  type ImportedRecord,
} from "./importedDataset.ts";

const FORMATS: ReadonlySet<string> = new Set<ImportFormat>([
  "detente-json",
  "detente-arrow",
  "timelinejs-json",
  "vis-json",
  "timelinejs-csv",
  "csv",
  "gdelt",
]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const within = (path: string, problem: Problem): Problem => ({
  ...problem,
  path: problem.path === "(root)" ? path : `${path}.${problem.path}`,
});

export async function readKeptRecord(
  value: unknown,
  check: DatasetCheck,
): Promise<Result<ImportedRecord>> {
  if (!isObject(value))
    return {
      ok: false,
      error: [{ path: "(record)", message: "expected a record kept by Détente" }],
    };
  const stored = value["version"];
  if (stored !== IMPORTED_RECORD_VERSION && stored !== STORED_RECORD_VERSION) {
    const version = JSON.stringify(stored) ?? "none";
    return {
      ok: false,
      error: [
        {
          path: "version",
          message: `kept in a format this version of Détente does not read (${version}; it reads ${IMPORTED_RECORD_VERSION} and ${STORED_RECORD_VERSION})`,
        },
      ],
    };
  }
  const problems: Problem[] = [];
  const { id, savedAt, name, format, dailyImpulses } = value;
  if (id !== undefined && (typeof id !== "string" || id === ""))
    problems.push({ path: "id", message: "expected a non-empty string" });
  if (typeof savedAt !== "string" || Number.isNaN(Date.parse(savedAt)))
    problems.push({ path: "savedAt", message: "expected the time of the import (ISO 8601)" });
  if (typeof name !== "string") problems.push({ path: "name", message: "expected a file name" });
  if (typeof format !== "string" || !FORMATS.has(format))
    problems.push({
      path: "format",
      message: `expected one of ${[...FORMATS].join(", ")}, got ${JSON.stringify(format) ?? "nothing"}`,
    });
  // Version 2 keeps the dataset as JSON text (importedDataset.ts), version 1 as an object.
  const text = stored === STORED_RECORD_VERSION ? value["datasetJson"] : undefined;
  let datasetValue: unknown = value["dataset"];
  if (stored === STORED_RECORD_VERSION) {
    if (typeof text !== "string")
      return {
        ok: false,
        error: [...problems, { path: "datasetJson", message: "expected the dataset as JSON text" }],
      };
    try {
      datasetValue = JSON.parse(text) as unknown;
    } catch (error) {
      return {
        ok: false,
        error: [
          ...problems,
          {
            path: "datasetJson",
            message: `could not be read as JSON (${error instanceof Error ? error.message : String(error)})`,
          },
        ],
      };
    }
  }
  const dataset = await check(datasetValue);
  if (!dataset.ok) problems.push(...dataset.error.map((p) => within("dataset", p)));
  let impulses: ImportedRecord["dailyImpulses"];
  if (dailyImpulses !== undefined) {
    if (format !== "gdelt")
      problems.push({ path: "dailyImpulses", message: "only a GDELT import has daily impulses" });
    else if (dataset.ok) {
      const checked = checkDailyImpulses(dailyImpulses, dataset.value);
      if (checked.ok) impulses = checked.value;
      else problems.push(...checked.error);
    }
  }
  if (problems.length > 0 || !dataset.ok) return { ok: false, error: problems };
  return {
    ok: true,
    value: {
      version: IMPORTED_RECORD_VERSION,
      ...(typeof id === "string" ? { id } : {}),
      savedAt: savedAt as string,
      name: name as string,
      format: format as ImportFormat,
      dataset: dataset.value,
      ...(impulses === undefined ? {} : { dailyImpulses: impulses }),
    },
  };
}
