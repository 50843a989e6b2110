/**
 * A GDELT import's tension input: one TensionInput per day with rows between the parties, built
 * from the whole file's daily impulses (io/gdelt/aggregate.ts) rather than from the few events per
 * day the timeline shows. The score is the day's mean Goldstein (weighted by NumSources, as
 * GDELT's own aggregates are); the weight is normalised as follows.
 *
 * Why not the raw weight (total NumSources)? A day with 5,000 rows would carry thousands of
 * times the impulse of a quiet day and pin the tanh at its end for months: the line would show
 * media attention, not relations.
 *
 * Why not 1 per day? A curated dataset has a few events a month; a GDELT file has a reading
 * every day. With the default half-life h = 45, a constant daily impulse s·w settles at
 * E = s·w / (1 − 2^(−1/h)) ≈ 65·s·w, and the tension model's tanh (K = 15) is saturated beyond
 * |E| ≈ 30: at 1 per day, a routine mean Goldstein of +1 would read "Close" for ever.
 *
 * The choice: an average day weighs DAY_WEIGHT = 1/14 (two weeks of daily readings count like
 * one curated event), so a sustained daily mean s settles near E ≈ 4.6·s: +2 (routine
 * cooperation) reads Good (≈ 22), −2 reads Tense (≈ 78), and only sustained means beyond ±5
 * reach the Close or Hostile ends. Busier days weigh more, but logarithmically: a day's weight
 * is DAY_WEIGHT · log(1 + sources) / (the file's mean of log(1 + sources)), so a day with
 * 8,000 sources weighs about 2.3 times a typical day of 50 sources, not 160 times. Dividing by
 * the file's own mean makes the scale independent of how much the press covered the pair.
 */
import { MS_PER_DAY } from "../../model/date.ts";
import type { TensionInput } from "../../model/tension.ts";
import type { DailyImpulse } from "./aggregate.ts";

export const DAY_WEIGHT = 1 / 14;

function dayStart(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

export function tensionInputsFromImpulses(impulses: readonly DailyImpulse[]): TensionInput[] {
  let sum = 0;
  for (const impulse of impulses) sum += Math.log1p(Math.max(0, impulse.weight));
  const mean = impulses.length > 0 ? sum / impulses.length : 0;
  return impulses.map((impulse) => {
    const startMs = dayStart(impulse.day);
    const volume = Math.log1p(Math.max(0, impulse.weight));
    return {
      id: `gdelt-day-${impulse.day}`,
      startMs,
      // The middle of the day: the model reads a one-day span from start and anchor.
      anchorMs: startMs + MS_PER_DAY / 2,
      score: impulse.meanGoldstein,
      weight: mean > 0 ? (DAY_WEIGHT * volume) / mean : DAY_WEIGHT,
    };
  });
}
