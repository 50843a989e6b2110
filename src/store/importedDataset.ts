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
import { createStore, get, promisifyRequest, type UseStore } from "idb-keyval";
import type { DailyImpulse } from "../io/gdelt/aggregate.ts";
import type { ImportFormat } from "../io/pipeline/report.ts";
import type { Problem, Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";
import { deleteParts, putWithParts, readParts } from "./keptParts.ts";
import { yieldToPage } from "./yieldToPage.ts";

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

/**
 * The stored form of `record`, its dataset's text written a slice at a time (a task each), and
 * that text's parts as written.
 */
export async function storedRecord(
  record: ImportedRecord,
): Promise<{ stored: Omit<StoredRecord, "datasetJson">; parts: string[] }> {
  const { version: _, dataset, ...rest } = record;
  // The first slice waits too: the save never lengthens the task that showed the import. The
  // writer loads with the first save, off the page's first load.
  await yieldToPage();
  const { sliceJsonParts } = await import("./sliceJson.ts");
  const parts = await sliceJsonParts(dataset, { pause: yieldToPage });
  return { stored: { ...rest, version: STORED_RECORD_VERSION, title: dataset.title }, parts };
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

const KEY = "imported";
const META_KEY = "imported-meta";

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

function isKeptMeta(value: unknown): value is KeptMeta {
  return (
    isObject(value) &&
    typeof value["id"] === "string" &&
    typeof value["name"] === "string" &&
    typeof value["title"] === "string" &&
    typeof value["savedAt"] === "string"
  );
}

/** IndexedDB database "detente", object store "imported-dataset". Opened on first use. */
export function browserImportedStorage(): ImportedStorage {
  let store: UseStore | undefined;
  const database = (): UseStore => (store ??= createStore("detente", "imported-dataset"));
  /**
   * Bumped by every save and removal: a save still writing its text when a newer save or a
   * removal starts gives way, so the last call always decides what is kept.
   */
  let latest = 0;
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
    kept: async () => {
      const meta = await get<unknown>(META_KEY, database());
      if (isKeptMeta(meta)) return meta;
      const record = await get<unknown>(KEY, database());
      return record === undefined ? undefined : keptMetaOf(record);
    },
    save: async (record) => {
      const call = ++latest;
      const { stored, parts } = await storedRecord(record);
      if (call !== latest) return;
      // One transaction: the record, its text and its description never disagree.
      await database()("readwrite", (objects) =>
        putWithParts(objects, parts, [
          [KEY, { ...stored, datasetParts: parts.length }],
          [META_KEY, keptMetaOf(record)],
        ]),
      );
    },
    remove: async (id) => {
      latest++;
      if (id === undefined) {
        await database()("readwrite", (objects) => {
          objects.delete(KEY);
          objects.delete(META_KEY);
          deleteParts(objects);
          return promisifyRequest(objects.transaction);
        });
        return undefined;
      }
      // Read and delete in one read-write transaction: another tab cannot keep a new import
      // between the check and the deletion.
      return database()(
        "readwrite",
        (objects) =>
          new Promise<KeptMeta | undefined>((resolve, reject) => {
            const decide = (kept: KeptMeta | undefined): void => {
              if (kept !== undefined && kept.id !== id) return resolve(kept);
              objects.delete(KEY);
              objects.delete(META_KEY);
              deleteParts(objects);
              promisifyRequest(objects.transaction).then(() => resolve(undefined), reject);
            };
            const metaRequest = objects.get(META_KEY);
            metaRequest.onerror = () => reject(metaRequest.error);
            metaRequest.onsuccess = () => {
              if (isKeptMeta(metaRequest.result)) return decide(metaRequest.result);
              const recordRequest = objects.get(KEY);
              recordRequest.onerror = () => reject(recordRequest.error);
              recordRequest.onsuccess = () => {
                const record: unknown = recordRequest.result;
                decide(record === undefined ? undefined : keptMetaOf(record));
              };
            };
          }),
      );
    },
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
