/**
 * A kept record's dataset text in IndexedDB, in parts. IndexedDB copies a value on the page's
 * thread when it is put, all at once: a 10 MB string was a task of a few hundred milliseconds.
 * Put in parts (the slices sliceJson.ts wrote, a few milliseconds of text each), each put issued
 * when the previous one has succeeded, every part is its own short task, and all of them and the
 * record are still one transaction: a reader never sees a record without its text, nor a text
 * without its record. Here the parts' keys and their reading, which the page's start needs; the
 * writing is in keptWrites.ts.
 */

/** Parts sort by key in their order: zero-padded, "part-000010" after "part-000002". */
const PART_PREFIX = "imported-part-";
export const partKey = (index: number): string => `${PART_PREFIX}${String(index).padStart(6, "0")}`;
export const ALL_PARTS = (): IDBKeyRange => IDBKeyRange.bound(PART_PREFIX, `${PART_PREFIX}\uffff`);

export const requestDone = (request: IDBRequest): Promise<unknown> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error("IndexedDB request failed"));
  });

/** The text put in parts (all of them, in order), read in the transaction of `objects`. */
export async function readParts(objects: IDBObjectStore, count: number): Promise<string> {
  const parts = (await requestDone(objects.getAll(ALL_PARTS()))) as unknown[];
  if (parts.length !== count || parts.some((part) => typeof part !== "string"))
    throw new Error(`expected ${count} parts of the dataset's text, found ${parts.length}`);
  return parts.join("");
}
