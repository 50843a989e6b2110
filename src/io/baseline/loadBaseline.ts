/**
 * Fetches a daily.csv for the tension chart's news-coded baseline and reads the days between the
 * dataset's two parties. Loaded on demand (only a page with a baseline pays for it).
 */
import type { TensionInput } from "../../model/tension.ts";
import type { DailyImpulse } from "../gdelt/aggregate.ts";
import { tensionInputsFromImpulses } from "../gdelt/tension.ts";
import { dailyImpulsesFromCsv, parseDailyCsv, type DailyCsvProblem } from "./dailyCsv.ts";

export type BaselineLoad =
  | {
      readonly ok: true;
      readonly impulses: readonly DailyImpulse[];
      /** The impulses as the tension model's inputs, weighed as a GDELT import's are. */
      readonly inputs: readonly TensionInput[];
      readonly skipped: number;
      readonly firstProblem: DailyCsvProblem | undefined;
    }
  | { readonly ok: false; readonly reason: string };

/** Reads a daily.csv already in hand (tests, files dropped on the page). */
export function readBaseline(text: string, parties: readonly [string, string]): BaselineLoad {
  const parsed = parseDailyCsv(text);
  if ("error" in parsed) return { ok: false, reason: parsed.error };
  const impulses = dailyImpulsesFromCsv(parsed.rows, parties);
  return {
    ok: true,
    impulses,
    inputs: tensionInputsFromImpulses(impulses),
    skipped: parsed.skipped,
    firstProblem: parsed.problems[0],
  };
}

/** Fetches `url` (already checked by the caller) and reads the days between `parties`. */
export async function loadBaseline(
  url: string,
  parties: readonly [string, string],
  signal?: AbortSignal,
): Promise<BaselineLoad> {
  let text: string;
  try {
    const response = await fetch(url, {
      ...(signal ? { signal } : {}),
      credentials: "same-origin",
    });
    if (!response.ok) return { ok: false, reason: `the server answered ${response.status}` };
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      reason: error instanceof Error ? error.message : "it could not be fetched",
    };
  }
  return readBaseline(text, parties);
}
