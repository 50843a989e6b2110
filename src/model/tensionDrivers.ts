/**
 * A day's drivers read by direction. Conflict and cooperation pull the line opposite ways, so a
 * share of a total that mixes them means nothing ("+5 is 34 % of a Tense day"): each side is
 * totalled on its own, and each driver's share is of its own side.
 */
import type { TensionDriver } from "./tension.ts";

export interface SidedDriver {
  readonly eventId: string;
  readonly contribution: number;
  /** |contribution| / the total of its own side, 0–1. */
  readonly shareOfSide: number;
}

export interface DriversBySide {
  /** Negative contributions (towards hostility), largest first. */
  readonly conflict: readonly SidedDriver[];
  /** Positive contributions (towards closeness), largest first. */
  readonly cooperation: readonly SidedDriver[];
  /** Sum of the negative contributions (≤ 0). */
  readonly conflictTotal: number;
  /** Sum of the positive contributions (≥ 0). */
  readonly cooperationTotal: number;
}

/** Splits every driver of a day by sign; `limit` caps each side's list, not its total. */
export function driversBySide(all: readonly TensionDriver[], limit = Infinity): DriversBySide {
  let conflictTotal = 0;
  let cooperationTotal = 0;
  for (const d of all) {
    if (d.contribution < 0) conflictTotal += d.contribution;
    else if (d.contribution > 0) cooperationTotal += d.contribution;
  }
  const side = (keep: (c: number) => boolean, total: number): SidedDriver[] =>
    all
      .filter((d) => keep(d.contribution))
      .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution))
      .slice(0, Number.isFinite(limit) ? limit : undefined)
      .map((d) => ({
        eventId: d.eventId,
        contribution: d.contribution,
        shareOfSide: total === 0 ? 0 : d.contribution / total,
      }));
  return {
    conflict: side((c) => c < 0, conflictTotal),
    cooperation: side((c) => c > 0, cooperationTotal),
    conflictTotal,
    cooperationTotal,
  };
}

/** The sign of a day's net impulse: what a one-per-day marker on the line shows. */
export function netSign(scores: readonly { score: number; weight: number }[]): -1 | 0 | 1 {
  let net = 0;
  for (const s of scores) net += s.score * s.weight;
  return net < 0 ? -1 : net > 0 ? 1 : 0;
}
