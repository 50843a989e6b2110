/**
 * The baseline's loaded part: fetch and read the daily.csv (io/baseline), then its tension line
 * for any range and half-life, through the same model and weights as a GDELT import
 * (io/gdelt/tension.ts). Loaded on demand by charts/baseline.tsx.
 */
import { loadBaseline } from "../io/baseline/loadBaseline.ts";
import type { DailyCsvProblem } from "../io/baseline/dailyCsv.ts";
import { tensionInputsFromImpulses } from "../io/gdelt/tension.ts";
import { MS_PER_DAY } from "../model/date.ts";
import { computeTension } from "../model/tension.ts";
import type { BaselineLine } from "../scene/tensionScene.ts";

export interface LoadedBaseline {
  /** Days between the parties in the file. */
  readonly days: number;
  readonly skipped: number;
  readonly firstProblem: DailyCsvProblem | undefined;
  /** The line over `[fromDay, toDay]` with the chart's half-life; undefined without days there. */
  readonly lineFor: (fromDay: number, toDay: number, halfLife: number) => BaselineLine | undefined;
}

/** Impulses this long before the range no longer move the line (2^−20 of their size). */
const DECAYED_HALF_LIVES = 20;

export async function fetchBaseline(
  url: string,
  parties: readonly [string, string],
  trusted: boolean,
  signal: AbortSignal,
): Promise<{ ok: true; value: LoadedBaseline } | { ok: false; reason: string }> {
  const load = await loadBaseline(url, parties, { trusted, signal });
  if (!load.ok) return load;
  const inputs = tensionInputsFromImpulses(load.impulses);
  const lineFor = (fromDay: number, toDay: number, halfLife: number): BaselineLine | undefined => {
    if (toDay < fromDay) return undefined;
    // Days long before the range have decayed to nothing: a baseline of many years never makes
    // the walk longer than the chart's own.
    const earliest = (fromDay - DECAYED_HALF_LIVES * halfLife) * MS_PER_DAY;
    const latest = (toDay + 1) * MS_PER_DAY;
    const near = inputs.filter((input) => input.startMs >= earliest && input.startMs < latest);
    if (near.length === 0) return undefined;
    // Drawn only over the days the file covers: before its first day there was no reading.
    const firstDay = Math.floor((near[0]?.startMs ?? 0) / MS_PER_DAY);
    const lastDay = Math.floor((near[near.length - 1]?.startMs ?? 0) / MS_PER_DAY);
    const series = computeTension(near, { halfLife }, { fromDay, toDay });
    return { series, firstDay: Math.max(firstDay, fromDay), lastDay: Math.min(lastDay, toDay) };
  };
  return {
    ok: true,
    value: {
      days: load.impulses.length,
      skipped: load.skipped,
      firstProblem: load.firstProblem,
      lineFor,
    },
  };
}
