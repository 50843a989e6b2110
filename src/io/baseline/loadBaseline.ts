/**
 * Fetches a daily.csv for the tension chart's news-coded baseline and reads the days between the
 * dataset's two parties. Loaded on demand (only a page with a baseline pays for it).
 */
import type { DailyImpulse } from "../gdelt/aggregate.ts";
import { checkSourceUrl, loadSourceConfig } from "../pipeline/sourceUrl.ts";
import { dailyImpulsesFromCsv, parseDailyCsv, type DailyCsvProblem } from "./dailyCsv.ts";

export type BaselineLoad =
  | {
      readonly ok: true;
      readonly impulses: readonly DailyImpulse[];
      readonly skipped: number;
      readonly firstProblem: DailyCsvProblem | undefined;
    }
  | { readonly ok: false; readonly reason: string };

/** Reads a daily.csv already in hand (tests, files dropped on the page). */
export function readBaseline(text: string, parties: readonly [string, string]): BaselineLoad {
  const parsed = parseDailyCsv(text);
  if ("error" in parsed) return { ok: false, reason: parsed.error };
  return {
    ok: true,
    impulses: dailyImpulsesFromCsv(parsed.rows, parties),
    skipped: parsed.skipped,
    firstProblem: parsed.problems[0],
  };
}

/**
 * `trusted`: the host page chose the address (a prop or attribute). From a link (`?baseline=`)
 * the address obeys the same rule as `?src=`: same origin, or an origin the deployment lists.
 */
export async function loadBaseline(
  url: string,
  parties: readonly [string, string],
  options: { readonly trusted: boolean; readonly signal?: AbortSignal } = { trusted: false },
): Promise<BaselineLoad> {
  const page = globalThis.location?.href ?? "http://localhost/";
  let address = url;
  if (!options.trusted) {
    const check = checkSourceUrl(url, page, await loadSourceConfig());
    if (!check.ok)
      return {
        ok: false,
        reason:
          check.reason === "origin"
            ? `${check.origin} is not among the origins this site loads data from`
            : "expected an http(s) address",
      };
    address = check.url;
  }
  const { signal } = options;
  let text: string;
  try {
    const response = await fetch(new URL(address, page), {
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
