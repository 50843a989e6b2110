/**
 * The last imported dataset, kept in the browser (IndexedDB, through idb-keyval) so a reload
 * does not lose it. One record only: importing again replaces it, "Remove imported data"
 * deletes it. A record is validated again when read, as any dataset is, so a record written by
 * an older version of the app that no longer validates is dropped rather than shown broken.
 */
import { createStore, del, get, set, type UseStore } from "idb-keyval";
import type { DailyImpulse } from "../io/gdelt/aggregate.ts";
import type { ImportFormat } from "../io/pipeline/report.ts";
import type { Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";

/**
 * Checks a stored dataset as any input is checked. The app passes the load worker's check
 * (io/pipeline/datasetLoader.ts), so the schema validator never runs, nor loads, on the page.
 */
export type DatasetCheck = (value: unknown) => Promise<Result<Dataset>>;

export const IMPORTED_RECORD_VERSION = 1;

export interface ImportedRecord {
  readonly version: typeof IMPORTED_RECORD_VERSION;
  /** ISO 8601 instant of the import. */
  readonly savedAt: string;
  /** The file name or URL it came from. */
  readonly name: string;
  readonly format: ImportFormat;
  readonly dataset: Dataset;
  readonly dailyImpulses?: readonly DailyImpulse[];
}

export interface ImportedStorage {
  load(): Promise<unknown>;
  save(record: ImportedRecord): Promise<void>;
  remove(): Promise<void>;
}

const KEY = "imported";

/** IndexedDB database "detente", object store "imported-dataset". Opened on first use. */
export function browserImportedStorage(): ImportedStorage {
  let store: UseStore | undefined;
  const database = (): UseStore => (store ??= createStore("detente", "imported-dataset"));
  return {
    load: () => get<unknown>(KEY, database()),
    save: (record) => set(KEY, record, database()),
    remove: () => del(KEY, database()),
  };
}

/** For hosts and tests without IndexedDB: kept for the page's lifetime only. */
export function memoryImportedStorage(): ImportedStorage {
  let record: ImportedRecord | undefined;
  return {
    load: () => Promise.resolve(record),
    save: (next) => {
      record = next;
      return Promise.resolve();
    },
    remove: () => {
      record = undefined;
      return Promise.resolve();
    },
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

function isImpulse(value: unknown): value is DailyImpulse {
  return (
    isObject(value) &&
    typeof value["day"] === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value["day"]) &&
    Number.isFinite(value["meanGoldstein"]) &&
    Number.isFinite(value["weight"])
  );
}

/** A stored value as a record, validated; undefined when it is absent or no longer valid. */
export async function readImportedRecord(
  value: unknown,
  check: DatasetCheck,
): Promise<ImportedRecord | undefined> {
  if (!isObject(value) || value["version"] !== IMPORTED_RECORD_VERSION) return undefined;
  const { savedAt, name, format, dailyImpulses } = value;
  if (typeof savedAt !== "string" || typeof name !== "string" || typeof format !== "string")
    return undefined;
  if (
    dailyImpulses !== undefined &&
    !(Array.isArray(dailyImpulses) && dailyImpulses.every(isImpulse))
  )
    return undefined;
  const dataset = await check(value["dataset"]);
  if (!dataset.ok) return undefined;
  return {
    version: IMPORTED_RECORD_VERSION,
    savedAt,
    name,
    format: format as ImportFormat,
    dataset: dataset.value,
    ...(dailyImpulses === undefined ? {} : { dailyImpulses: dailyImpulses as DailyImpulse[] }),
  };
}

/**
 * The stored import, if any, for the app's start. Never throws and never hangs the start: no
 * IndexedDB (some private modes), a blocked database or a stale record all mean "none".
 */
export async function restoreImported(
  storage: ImportedStorage,
  check: DatasetCheck,
  timeoutMs = 3000,
): Promise<ImportedRecord | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const value = await Promise.race([storage.load(), timeout]);
    if (value === undefined) return undefined;
    const record = await readImportedRecord(value, check);
    if (!record) {
      console.warn(
        "Détente: the imported dataset kept in this browser is no longer valid; removed.",
      );
      await storage.remove().catch(() => undefined);
    }
    return record;
  } catch (error) {
    console.warn("Détente: could not read the imported dataset kept in this browser.", error);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
