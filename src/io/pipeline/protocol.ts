/**
 * The messages between the page and the import worker (src/io/pipeline/import.worker.ts). Every message
 * carries the protocol version, so a page and a worker from different deployments (a cached
 * worker script after an update) fail loudly instead of misreading each other, and the job id it
 * belongs to. Everything in here survives structured cloning: plain data, Files and no functions.
 *
 *   page → worker   start     one import: where the bytes come from and how to read them
 *   worker → page   progress  bytes read so far and rows parsed (throttled)
 *                   index     an imported dataset's events resolved and sorted (typed arrays,
 *                             transferred), before the events themselves
 *                   events    the next batch of an imported dataset's events, as JSON text
 *                   entries   the next batch of a long topic, actor or source list, as JSON
 *                             text (100,000 actors, or a CSV's 1.3 million linked reports, in
 *                             the outcome were one long task to read)
 *                   done      the outcome: a dataset with its report (its events came before it,
 *                             in batches: see loadProtocol.ts for why), a failed report, or
 *                             the CSV header when the columns need mapping first
 *                   error     the worker itself broke (not a bad file: that is a failed report)
 *
 * Cancelling is not a message: the page terminates the worker, which stops it mid-chunk.
 */
import type { CsvField, CsvMapping } from "../csv/columns.ts";
import type { DailyImpulse } from "../gdelt/aggregate.ts";
import type { AcledMapping, AcledTypeUse } from "../acled/mapping.ts";
import type { PairCount } from "../eventdata/pairs.ts";
import type { EventIndex } from "../../model/eventIndex.ts";
import type { FoldedBatch } from "../../model/searchText.ts";
import type { Dataset } from "../../model/schema.ts";
import type { ImportFormat, ImportReport } from "./report.ts";

export const IMPORT_PROTOCOL_VERSION = 4;

export type ImportSource =
  | { readonly kind: "file"; readonly file: File }
  /** Already checked against the allowed origins by the page (src/io/pipeline/sourceUrl.ts). */
  | { readonly kind: "url"; readonly url: string };

export interface ImportRequestOptions {
  /** The user's choice; "unknown" (or absent) means detect from the content. */
  readonly format?: ImportFormat;
  /** CSV columns chosen in the mapping step. */
  readonly mapping?: CsvMapping;
  /**
   * Event data (GDELT, ICEWS, POLECAT/PLOVER, ACLED): the two country codes to import, chosen in
   * the pair picker or by `?parties=`; absent → the file's largest pair.
   */
  readonly parties?: readonly [string, string];
  /** ACLED: the reader's edits to the event type → CAMEO root mapping. */
  readonly acledMapping?: AcledMapping;
}

/** What event-data imports add to their outcome, imported or failed: the pair picker's input. */
export interface EventDataExtras {
  /** The file's country pairs, most events first (both directions together). */
  readonly pairs?: readonly PairCount[];
  /** ACLED: the event types the file uses and the CAMEO root each was scored with. */
  readonly acledTypes?: readonly AcledTypeUse[];
}

export interface ImportRequest {
  readonly source: ImportSource;
  readonly options: ImportRequestOptions;
}

export interface ImportProgress {
  readonly bytes: number;
  /** File size or Content-Length; null when the server did not say. */
  readonly totalBytes: number | null;
  /** Rows parsed (GDELT, parsed as it streams) or lines read (formats parsed whole). */
  readonly rows: number;
  readonly unit: "rows" | "lines";
  /** The format, once the first chunk has told it. */
  readonly format: ImportFormat | null;
}

export type ImportOutcome =
  | ({
      readonly kind: "imported";
      readonly format: ImportFormat;
      readonly dataset: Dataset;
      readonly report: ImportReport;
      /** GDELT only: the daily tension input built from every row (io/gdelt/aggregate.ts). */
      readonly dailyImpulses?: readonly DailyImpulse[];
    } & EventDataExtras)
  | ({
      readonly kind: "failed";
      readonly format: ImportFormat;
      readonly report: ImportReport;
    } & EventDataExtras)
  | {
      /** A CSV whose header does not name the required fields: ask, then import again. */
      readonly kind: "needs-mapping";
      readonly header: readonly string[];
      /** What detectColumns found, as the mapping step's starting point. */
      readonly mapping: CsvMapping;
      readonly missing: readonly CsvField[];
    }
  | { readonly kind: "cancelled" };

export type ToWorker = {
  readonly v: typeof IMPORT_PROTOCOL_VERSION;
  readonly type: "start";
  readonly id: number;
  readonly request: ImportRequest;
};

/** The dataset's lists that may be long enough to come in batches (a source per row's link). */
export type EntryField = "topics" | "actors" | "sources";
export const ENTRY_FIELDS: readonly EntryField[] = ["topics", "actors", "sources"];

export type FromWorker =
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "progress";
      readonly id: number;
      readonly progress: ImportProgress;
    }
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "events";
      readonly id: number;
      /** JSON text of an array of DatasetEvent, in order. */
      readonly json: string;
      /** The batch's search texts, folded here rather than on the page (large datasets). */
      readonly search?: FoldedBatch;
    }
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "entries";
      readonly id: number;
      /** Which list of the dataset the batch belongs to; the outcome then has it empty. */
      readonly field: EntryField;
      /** JSON text of an array of the list's items, in order. */
      readonly json: string;
    }
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "done";
      readonly id: number;
      readonly outcome: Exclude<ImportOutcome, { kind: "cancelled" }>;
    }
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "index";
      readonly id: number;
      /**
       * An imported dataset's events resolved and sorted in the worker (typed arrays,
       * transferred), so the page adopts them batch by batch instead of parsing a million
       * dates and sorting in one task.
       */
      readonly index: EventIndex;
    }
  | {
      readonly v: typeof IMPORT_PROTOCOL_VERSION;
      readonly type: "error";
      readonly id: number;
      readonly message: string;
    };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** A message from the other side, if it speaks this version; anything else is refused. */
export function readToWorker(data: unknown): ToWorker | undefined {
  if (!isObject(data) || data["v"] !== IMPORT_PROTOCOL_VERSION || data["type"] !== "start")
    return undefined;
  return typeof data["id"] === "number" && isObject(data["request"])
    ? (data as unknown as ToWorker)
    : undefined;
}

export function readFromWorker(data: unknown): FromWorker | string {
  if (!isObject(data)) return "the import worker sent something that is not a message";
  if (data["v"] !== IMPORT_PROTOCOL_VERSION)
    return (
      `the import worker speaks protocol version ${String(data["v"])}, the page ` +
      `${IMPORT_PROTOCOL_VERSION}: reload the page`
    );
  const type = data["type"];
  if (
    typeof data["id"] !== "number" ||
    (type !== "progress" &&
      type !== "index" &&
      type !== "events" &&
      type !== "entries" &&
      type !== "done" &&
      type !== "error")
  )
    return "the import worker sent a message this page does not understand";
  return data as unknown as FromWorker;
}
