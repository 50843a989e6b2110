/**
 * The field contract every dyadic event-data importer (ICEWS, POLECAT/PLOVER, ACLED) parses its
 * rows into, so one builder (build.ts) does what they share: count the country pairs, take the
 * chosen pair, and turn each row into an event that says where it came from.
 */
import type { PairCount } from "./pairs.ts";
import type { ImportReport } from "../pipeline/report.ts";
import type { Dataset } from "../../model/schema.ts";

export interface EventSide {
  /** ISO 3166-1 alpha-3 code, or "" when the row names no country. */
  readonly country: string;
  /** The actor as the file names it ("Mike Pompeo", "Military Forces of Colombia (2022-)"). */
  readonly name: string;
  /** What the file says the actor is (sectors, actor type); shown as the actor's role. */
  readonly role: string;
}

export interface EventRecord {
  /** 1-based line of the row in the file. */
  readonly line: number;
  /** The file's event id, when it has one. */
  readonly id: string;
  /** EDTF: YYYY-MM-DD, YYYY-MM or YYYY, never finer than the file knows. */
  readonly date: string;
  readonly approximate?: boolean;
  readonly source: EventSide;
  readonly target: EventSide;
  /** A CAMEO code, when the format has one or the score was mapped through one. */
  readonly cameo?: string;
  /** Conflict–cooperation score, −10 … +10; undefined → the CAMEO code's Goldstein score. */
  readonly score?: number;
  readonly scoreNote?: string;
  readonly title: string;
  readonly summary: string;
  readonly topic: string;
  readonly url?: string;
  /** A named source without a link (ICEWS's Publisher, ACLED's source). */
  readonly publisher?: string;
  /** Note on the citation of the imported file (ids, counts). */
  readonly fileNote?: string;
}

/** What a dyadic import gives besides the dataset: the file's pairs, for the pair picker. */
export type EventDataResult =
  | {
      readonly ok: true;
      readonly dataset: Dataset;
      readonly report: ImportReport;
      readonly pairs: readonly PairCount[];
    }
  | { readonly ok: false; readonly report: ImportReport; readonly pairs?: readonly PairCount[] };
