/**
 * A kept record's dataset text in IndexedDB, in parts. IndexedDB copies a value on the page's
 * thread when it is put, all at once: a 10 MB string was a task of a few hundred milliseconds.
 * Put in parts (the slices sliceJson.ts wrote, a few milliseconds of text each), each put issued
 * when the previous one has succeeded, every part is its own short task, and all of them and the
 * record are still one transaction: a reader never sees a record without its text, nor a text
 * without its record.
 */

/** Parts sort by key in their order: zero-padded, "part-000010" after "part-000002". */
const PART_PREFIX = "imported-part-";
const partKey = (index: number): string => `${PART_PREFIX}${String(index).padStart(6, "0")}`;
const ALL_PARTS = (): IDBKeyRange => IDBKeyRange.bound(PART_PREFIX, `${PART_PREFIX}\uffff`);

const requestDone = (request: IDBRequest): Promise<unknown> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

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

/** The text put in parts (all of them, in order), read in the transaction of `objects`. */
export async function readParts(objects: IDBObjectStore, count: number): Promise<string> {
  const parts = (await requestDone(objects.getAll(ALL_PARTS()))) as unknown[];
  if (parts.length !== count || parts.some((part) => typeof part !== "string"))
    throw new Error(`expected ${count} parts of the dataset's text, found ${parts.length}`);
  return parts.join("");
}

/** Deletes every part, in the transaction of `objects`. */
export function deleteParts(objects: IDBObjectStore): void {
  objects.delete(ALL_PARTS());
}
