/**
 * Détente's Arrow form through the import path: read as bytes, then the same validation and
 * report as Détente JSON (problems located by JSON-like path; an Arrow file has no lines).
 */
import { validateDataset } from "../../model/validate.ts";
import { codesUsed } from "../detente/import.ts";
import { guard } from "../pipeline/guard.ts";
import { ImportLog } from "../pipeline/log.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import type { ImportResult } from "../pipeline/report.ts";
import { parseArrow } from "./parse.ts";

export function importDetenteArrow(
  bytes: Uint8Array | readonly Uint8Array[],
  options: ImportOptions = {},
): ImportResult {
  return guard("detente-arrow", () => {
    const log = new ImportLog();
    const parsed = parseArrow(bytes);
    if (!parsed.ok) {
      log.addProblems(parsed.error);
      return { ok: false, report: log.report("detente-arrow", 0) };
    }
    const validated = validateDataset(parsed.value, options.goldstein ?? codesUsed(parsed.value));
    if (!validated.ok) {
      log.addProblems(validated.error);
      return { ok: false, report: log.report("detente-arrow", 0) };
    }
    return {
      ok: true,
      dataset: validated.value,
      report: log.report("detente-arrow", validated.value.events.length),
    };
  });
}
