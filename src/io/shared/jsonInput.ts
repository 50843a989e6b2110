/** Shared first step of the JSON importers: parse with located errors, or a failed report. */
import { parseJsonText } from "./jsonText.ts";
import type { ImportLog } from "../pipeline/log.ts";
import type { ImportFormat, ImportResult } from "../pipeline/report.ts";

export type JsonInput = { ok: true; value: unknown } | { ok: false; result: ImportResult };

export function readJson(text: string, format: ImportFormat, log: ImportLog): JsonInput {
  const parsed = parseJsonText(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  log.addProblems(parsed.error);
  return { ok: false, result: { ok: false, report: log.report(format, 0) } };
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
