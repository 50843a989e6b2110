/**
 * What every importer hands back: the dataset when one could be built, and always a report that
 * says how many events were taken, which rows were left out and why, and what was assumed.
 * Nothing is dropped silently: a row that does not become an event is counted under a reason.
 */
import type { Problem } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";

export type ImportFormat =
  | "detente-json"
  | "detente-arrow"
  | "timelinejs-json"
  | "vis-json"
  | "timelinejs-csv"
  | "csv"
  | "gdelt"
  | "icews"
  | "polecat"
  | "plover-json"
  | "acled"
  | "unknown";

/** Rows left out for one reason: how many, and the line numbers of the first few. */
export interface SkipGroup {
  readonly reason: string;
  readonly count: number;
  readonly lines: readonly number[];
}

export interface ImportReport {
  readonly format: ImportFormat;
  readonly eventsTaken: number;
  /** Grouped by reason, in the order the reasons first occurred. */
  readonly skipped: readonly SkipGroup[];
  /** Assumptions and repairs, one sentence per kind, with its count. */
  readonly warnings: readonly string[];
  /** The first few problems, each located by line where the format has lines. */
  readonly problems: readonly Problem[];
}

export type ImportResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly report: ImportReport }
  | { readonly ok: false; readonly report: ImportReport };
