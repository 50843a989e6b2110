/**
 * Writing the kept import (importedDataset.ts browserImportedStorage): saving a record with its
 * text in parts, removing it, and telling which import is kept. Loaded with the first of these,
 * off the page's first load (the page only reads the kept import as it starts).
 */
import { get, promisifyRequest, type UseStore } from "idb-keyval";
import {
  KEY,
  META_KEY,
  STORED_RECORD_VERSION,
  isKeptMeta,
  keptMetaOf,
  type ImportedRecord,
  type ImportedStorage,
  type KeptMeta,
  type StoredRecord,
} from "./importedDataset.ts";
import { ALL_PARTS, partKey, requestDone } from "./keptParts.ts";
import { yieldToPage } from "./yieldToPage.ts";

export type KeptWrites = Pick<ImportedStorage, "kept" | "save" | "remove">;

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

const transactionDone = (transaction: IDBTransaction): Promise<void> =>
  new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = transaction.onerror = () =>
      reject(transaction.error ?? new Error("IndexedDB transaction failed"));
  });

/**
 * Within one read-write transaction on `objects`: the old parts deleted, `parts`
 * put one after another, then `entries` (the record, its description). Resolves when it has
 * committed.
 */
export async function putWithParts(
  objects: IDBObjectStore,
  parts: readonly string[],
  entries: readonly (readonly [string, unknown])[],
): Promise<void> {
  const done = transactionDone(objects.transaction);
  // Awaiting a request's success keeps the transaction alive: the next put is made from it.
  await requestDone(objects.delete(ALL_PARTS()));
  for (const [index, part] of parts.entries()) await requestDone(objects.put(part, partKey(index)));
  for (const [key, value] of entries) objects.put(value, key);
  await done;
}

/** Deletes every part, in the transaction of `objects`. */
export function deleteParts(objects: IDBObjectStore): void {
  objects.delete(ALL_PARTS());
}

/** The writing half of the browser's storage, on `database` (opened on first use). */
export function keptWrites(database: () => UseStore): KeptWrites {
  /**
   * Bumped by every save and removal: a save still writing its text when a newer save or a
   * removal starts gives way, so the last call always decides what is kept.
   */
  let latest = 0;
  return {
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
