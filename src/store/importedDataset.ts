/**
 * The last imported dataset, kept in the browser (IndexedDB, through idb-keyval) so a reload
 * does not lose it. One record only: importing again replaces it, "Remove imported data"
 * deletes it. Each record has an id, and a small "which import is kept" entry beside it, so a
 * tab can tell whether the kept import is still the one it shows without reading the dataset.
 *
 * A record is validated again when read, as strictly as a fresh import (keptRecord.ts). One that
 * no longer validates is never deleted here: the page says so and offers the raw record for
 * download, and only the reader's dismissal removes it (nothing is lost without telling).
 */
import { createStore, promisifyRequest, type UseStore } from "idb-keyval";
import type { DailyImpulse } from "../io/gdelt/aggregate.ts";
import type { ImportFormat } from "../io/pipeline/report.ts";
import type { Problem, Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";
import { readParts } from "./keptParts.ts";
import type { KeptWrites } from "./keptWrites.ts";

/**
 * Checks a stored dataset as any input is checked. The app passes the load worker's check
 * (io/pipeline/datasetLoader.ts), so the schema validator never runs, nor loads, on the page.
 */
export type DatasetCheck = (value: unknown) => Promise<Result<Dataset>>;

export const IMPORTED_RECORD_VERSION = 1;

/**
 * How IndexedDB holds a record (browserImportedStorage): the dataset as its JSON text. IndexedDB
 * copies what it stores on the page's thread, all at once: 50,000 events as objects took a
 * task of several hundred milliseconds. The text is written a slice at a time (sliceJson.ts) and
 * stored in parts, a short task each (keptParts.ts). Records of version 1 (the dataset as an
 * object) still read.
 */
export const STORED_RECORD_VERSION = 2;

/**
 * A record of version 2 as read back: its dataset as JSON text, its title beside it. In IndexedDB
 * the text is in parts beside the record, which holds their number (`datasetParts`) instead.
 */
export interface StoredRecord extends Omit<ImportedRecord, "version" | "dataset"> {
  readonly version: typeof STORED_RECORD_VERSION;
  readonly title: string;
  readonly datasetJson: string;
}

export interface ImportedRecord {
  readonly version: typeof IMPORTED_RECORD_VERSION;
  /** Tells one kept import from another (tabs compare it); absent in records before ids. */
  readonly id?: string;
  /** ISO 8601 instant of the import. */
  readonly savedAt: string;
  /** The file name or URL it came from. */
  readonly name: string;
  readonly format: ImportFormat;
  readonly dataset: Dataset;
  readonly dailyImpulses?: readonly DailyImpulse[];
}

/** Which import is kept: enough to name it, without the dataset. */
export interface KeptMeta {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly savedAt: string;
}

export interface ImportedStorage {
  /** The kept record as stored (unchecked), or undefined. */
  load(): Promise<unknown>;
  /** Which import is kept, if any. */
  kept(): Promise<KeptMeta | undefined>;
  save(record: ImportedRecord): Promise<void>;
  /**
   * Deletes the kept record. Given an id, only if the kept record is that one: otherwise it
   * stays, and its description is returned (another tab kept it since).
   */
  remove(id?: string): Promise<KeptMeta | undefined>;
}

/** The record's key, and its description's (which import is kept, without the dataset). */
export const KEY = "imported";
export const META_KEY = "imported-meta";

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

const text = (value: unknown): string => (typeof value === "string" ? value : "");

/** A new id for a kept import: unique enough to tell two imports apart, not a secret. */
export function newImportId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The description of any stored value, valid or not. A record from before ids is named by its
 * save time, the same way every time it is read.
 */
export function keptMetaOf(value: unknown): KeptMeta {
  const record = isObject(value) ? value : {};
  const savedAt = text(record["savedAt"]);
  const dataset = record["dataset"];
  return {
    id: typeof record["id"] === "string" ? record["id"] : `saved-${savedAt}`,
    name: text(record["name"]),
    title: isObject(dataset) ? text(dataset["title"]) : text(record["title"]),
    savedAt,
  };
}

export function isKeptMeta(value: unknown): value is KeptMeta {
  return (
    isObject(value) &&
    typeof value["id"] === "string" &&
    typeof value["name"] === "string" &&
    typeof value["title"] === "string" &&
    typeof value["savedAt"] === "string"
  );
}

/**
 * IndexedDB database "detente", object store "imported-dataset". Opened on first use. Reading
 * the kept import is the page's start; writing, removing and telling which import is kept load
 * with their first use (keptWrites.ts), off the page's first load.
 */
export function browserImportedStorage(): ImportedStorage {
  let store: UseStore | undefined;
  const database = (): UseStore => (store ??= createStore("detente", "imported-dataset"));
  let writes: Promise<KeptWrites> | undefined;
  const writer = (): Promise<KeptWrites> =>
    (writes ??= import("./keptWrites.ts").then((module) => module.keptWrites(database)));
  return {
    load: () =>
      database()("readonly", async (objects) => {
        const record = await promisifyRequest<unknown>(objects.get(KEY));
        if (!isObject(record) || typeof record["datasetParts"] !== "number") return record;
        const { datasetParts, ...rest } = record;
        try {
          return { ...rest, datasetJson: await readParts(objects, datasetParts) };
        } catch (error) {
          // Parts missing: the record is told as unreadable (keptRecord.ts), not lost silently.
          console.warn("Détente: the kept import's text is incomplete.", error);
          return rest;
        }
      }),
    kept: () => writer().then((w) => w.kept()),
    save: (record) => writer().then((w) => w.save(record)),
    remove: (id) => writer().then((w) => w.remove(id)),
  };
}

/** For hosts and tests without IndexedDB: kept for the page's lifetime only. */
export function memoryImportedStorage(): ImportedStorage {
  let record: unknown;
  return {
    load: () => Promise.resolve(record),
    kept: () => Promise.resolve(record === undefined ? undefined : keptMetaOf(record)),
    save: (next) => {
      record = next;
      return Promise.resolve();
    },
    remove: (id) => {
      if (record !== undefined && id !== undefined && keptMetaOf(record).id !== id)
        return Promise.resolve(keptMetaOf(record));
      record = undefined;
      return Promise.resolve(undefined);
    },
  };
}

/** A kept record that can no longer be opened: what it was, why, and the value as stored. */
export interface DiscardedImport extends KeptMeta {
  readonly problems: readonly Problem[];
  /** The stored value, for "Save the raw record". */
  readonly raw: unknown;
}

export type KeptOutcome =
  | { readonly kind: "none" }
  | { readonly kind: "restored"; readonly record: ImportedRecord; readonly meta: KeptMeta }
  | { readonly kind: "discarded"; readonly discarded: DiscardedImport };

const NONE: KeptOutcome = { kind: "none" };

/**
 * The stored import, if any, for the app's start: restored, or discarded with its problems.
 * Never throws and never hangs the start: no IndexedDB (some private modes) or a blocked
 * database mean "none". Nothing is deleted here.
 */
export async function openKept(
  storage: ImportedStorage,
  check: DatasetCheck,
  timeoutMs = 3000,
): Promise<KeptOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const value = await Promise.race([storage.load(), timeout]);
    if (value === undefined) return NONE;
    // The strict checks load only when there is a record to check.
    const { readKeptRecord } = await import("./keptRecord.ts");
    const read = await readKeptRecord(value, check);
    const meta = keptMetaOf(value);
    if (read.ok) return { kind: "restored", record: read.value, meta };
    return { kind: "discarded", discarded: { ...meta, problems: read.error, raw: value } };
  } catch (error) {
    console.warn("Détente: could not read the imported dataset kept in this browser.", error);
    return NONE;
  } finally {
    clearTimeout(timer);
  }
}

/** The kept import if it can be opened; undefined otherwise (nothing is deleted). */
export async function restoreImported(
  storage: ImportedStorage,
  check: DatasetCheck,
  timeoutMs = 3000,
): Promise<ImportedRecord | undefined> {
  const outcome = await openKept(storage, check, timeoutMs);
  return outcome.kind === "restored" ? outcome.record : undefined;
}
