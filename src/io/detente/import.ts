/**
 * Détente JSON through the import path: the same validation as loading a dataset, reported
 * like any other import (problems located by line where the JSON has them).
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import { validateDataset } from "../../model/validate.ts";
import { ImportLog } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { isRecord, readJson } from "../shared/jsonInput.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";
import type { ImportResult } from "../pipeline/report.ts";

/** Without a CAMEO table, well-formed codes are accepted unchecked (as for other imports). */
export function codesUsed(value: unknown): GoldsteinTable {
  const events = isRecord(value) && Array.isArray(value["events"]) ? value["events"] : [];
  const codes = events.flatMap((e: unknown) =>
    isRecord(e) && typeof e["cameo"] === "string" ? [e["cameo"]] : [],
  );
  return new Map(codes.map((code) => [code, 0]));
}

export function importDetenteJson(text: string, options: ImportOptions = {}): ImportResult {
  return guard("detente-json", () => {
    const log = new ImportLog();
    const json = readJson(text, "detente-json", log);
    if (!json.ok) return json.result;
    const validated = validateDataset(json.value, options.goldstein ?? codesUsed(json.value));
    if (validated.ok) {
      return {
        ok: true,
        dataset: validated.value,
        report: log.report("detente-json", validated.value.events.length),
      };
    }
    const lines = jsonItemLines(text, ["events"]);
    log.addProblems(
      validated.error.map((problem) => {
        const index = /^events\[(\d+)\]/.exec(problem.path)?.[1];
        const line = index === undefined ? undefined : lines(Number(index));
        return line === undefined ? problem : { ...problem, line };
      }),
    );
    return { ok: false, report: log.report("detente-json", 0) };
  });
}
