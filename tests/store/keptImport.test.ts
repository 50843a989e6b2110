/**
 * The import kept in the browser, read back: as strictly as a fresh import (the dataset, the
 * record's fields, GDELT daily impulses on real days inside the dataset's span), told rather
 * than deleted when it fails, and removed only when it is the one asked for.
 */
import "fake-indexeddb/auto";
import { set } from "idb-keyval";
import { createStore } from "idb-keyval";
import { checkDailyImpulses } from "../../src/io/gdelt/impulseCheck.ts";
import { rawRecordJson } from "../../src/io/shared/rawRecordJson.ts";
import { validateDataset } from "../../src/model/validate.ts";
import {
  browserImportedStorage,
  memoryImportedStorage,
  openKept,
  type DatasetCheck,
  type ImportedRecord,
} from "../../src/store/importedDataset.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const check: DatasetCheck = (value) => Promise.resolve(validateDataset(value, goldsteinTable()));

/** Events on 1 and 3 February 2026: the span daily impulses must stay in. */
const dataset = smallDataset([
  sampleEvent({ id: "first", date: "2026-02-01" }),
  sampleEvent({ id: "second", date: "2026-02-03" }),
]);

function record(overrides: Record<string, unknown> = {}): ImportedRecord {
  return {
    version: 1,
    id: "import-1",
    savedAt: "2026-02-04T10:00:00.000Z",
    name: "gdelt.tsv",
    format: "gdelt",
    dataset,
    dailyImpulses: [
      { day: "2026-02-01", meanGoldstein: 2, weight: 3 },
      { day: "2026-02-03", meanGoldstein: -4, weight: 1 },
    ],
    ...overrides,
  } as ImportedRecord;
}

async function stored(value: unknown) {
  const storage = memoryImportedStorage();
  await storage.save(value as ImportedRecord);
  return storage;
}

describe("a kept import read back", () => {
  it("restores a valid record with its daily impulses", async () => {
    const outcome = await openKept(await stored(record()), check);
    expect(outcome.kind).toBe("restored");
    if (outcome.kind !== "restored") return;
    expect(outcome.record.dataset.title).toBe("Sample relations");
    expect(outcome.record.dailyImpulses).toHaveLength(2);
    expect(outcome.meta).toEqual({
      id: "import-1",
      name: "gdelt.tsv",
      title: "Sample relations",
      savedAt: "2026-02-04T10:00:00.000Z",
    });
  });

  it.each([
    ["9999-99-99", "month 99 is not between 01 and 12"],
    ["2026-02-30", "day 30 does not exist in 2026-02"],
    ["9999-12-31", "9999-12-31 is outside the dataset's events"],
    ["2026-01-31", "2026-01-31 is outside the dataset's events"],
    ["2026-2-1", "expected a day as YYYY-MM-DD"],
  ])("refuses a daily impulse on %s, saying why and where", async (day, why) => {
    const storage = await stored(record({ dailyImpulses: [{ day, meanGoldstein: 1, weight: 1 }] }));
    const outcome = await openKept(storage, check);
    expect(outcome.kind).toBe("discarded");
    if (outcome.kind !== "discarded") return;
    expect(outcome.discarded.problems[0]?.path).toBe("dailyImpulses[0].day");
    expect(outcome.discarded.problems[0]?.message).toContain(why);
    // Told, not deleted: the record is still there until the reader dismisses the message.
    expect(await storage.load()).toBeDefined();
  });

  it("refuses impulses out of order, off the Goldstein scale, or weighing less than one row", () => {
    const result = checkDailyImpulses(
      [
        { day: "2026-02-03", meanGoldstein: 11, weight: 1 },
        { day: "2026-02-01", meanGoldstein: 0, weight: 0.5 },
      ],
      dataset,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.path)).toEqual([
      "dailyImpulses[0].meanGoldstein",
      "dailyImpulses[1].day",
      "dailyImpulses[1].weight",
    ]);
  });

  it("lists at most 20 problems for a record full of bad days", () => {
    const bad = Array.from({ length: 1000 }, () => ({ day: "x", meanGoldstein: 0, weight: 1 }));
    const result = checkDailyImpulses(bad, dataset);
    expect(!result.ok && result.error.length).toBe(20);
  });

  it("refuses a record of another version, an unknown format, or an invalid dataset", async () => {
    const version = await openKept(await stored(record({ version: 3 })), check);
    expect(version.kind === "discarded" && version.discarded.problems[0]?.path).toBe("version");

    const format = await openKept(await stored(record({ format: "excel" })), check);
    expect(format.kind === "discarded" && format.discarded.problems[0]?.path).toBe("format");

    const broken = { ...dataset, events: [{ ...dataset.events[0], date: "2026-13-01" }] };
    const invalid = await openKept(await stored(record({ dataset: broken })), check);
    expect(invalid.kind).toBe("discarded");
    if (invalid.kind !== "discarded") return;
    expect(invalid.discarded.problems[0]?.path).toMatch(/^dataset\.events\[0\]\.date/);
    expect(invalid.discarded.name).toBe("gdelt.tsv");
    expect(invalid.discarded.raw).toMatchObject({ name: "gdelt.tsv" });
  });

  it("gives a record from before ids the same id every time, so it can be removed", async () => {
    const { id: _, ...old } = record();
    const storage = await stored(old);
    const first = await openKept(storage, check);
    const second = await openKept(storage, check);
    expect(first.kind === "restored" && first.meta.id).toBe("saved-2026-02-04T10:00:00.000Z");
    expect(second.kind === "restored" && second.meta.id).toBe(
      first.kind === "restored" ? first.meta.id : "",
    );
  });

  it("writes any stored value as JSON for the raw download, even what JSON cannot hold", () => {
    const cyclic: Record<string, unknown> = { big: 10n, map: new Map([["a", 1]]) };
    cyclic["self"] = cyclic;
    expect(JSON.parse(rawRecordJson(cyclic))).toEqual({
      big: "10",
      map: { a: 1 },
      self: "[circular]",
    });
  });
});

describe("the kept import in IndexedDB", () => {
  afterEach(() => browserImportedStorage().remove());

  it("stores the dataset as JSON text, and reads it back as it was", async () => {
    const storage = browserImportedStorage();
    await storage.save(record());
    const raw = (await storage.load()) as Record<string, unknown>;
    expect(raw).toMatchObject({ version: 2, id: "import-1", title: "Sample relations" });
    expect(raw["dataset"]).toBeUndefined();
    expect(JSON.parse(raw["datasetJson"] as string)).toEqual(dataset);
    const outcome = await openKept(storage, check);
    expect(outcome.kind === "restored" && outcome.record.dataset).toEqual(dataset);
    expect(outcome.kind === "restored" && outcome.record.dailyImpulses).toHaveLength(2);
    expect(outcome.kind === "restored" && outcome.meta.title).toBe("Sample relations");
  });

  it("still reads a record of version 1, its dataset an object", async () => {
    await set("imported", record(), createStore("detente", "imported-dataset"));
    const outcome = await openKept(browserImportedStorage(), check);
    expect(outcome.kind === "restored" && outcome.record.dataset).toEqual(dataset);
  });

  it("keeps the last of two saves, and nothing after a removal, whatever finishes first", async () => {
    const storage = browserImportedStorage();
    const first = storage.save(record({ id: "first" }));
    const second = storage.save(record({ id: "second" }));
    await Promise.all([first, second]);
    expect((await storage.kept())?.id).toBe("second");

    const third = storage.save(record({ id: "third" }));
    await storage.remove();
    await third;
    expect(await storage.load()).toBeUndefined();
  });

  it("says what is wrong with text that is not JSON", async () => {
    const broken = { ...record(), version: 2, title: "Sample relations", datasetJson: "{" };
    const outcome = await openKept(await stored(broken), check);
    expect(outcome.kind === "discarded" && outcome.discarded.problems[0]?.path).toBe("datasetJson");
    expect(outcome.kind === "discarded" && outcome.discarded.title).toBe("Sample relations");
  });
});

describe("removing the kept import", () => {
  afterEach(() => browserImportedStorage().remove());

  it("removes it only when it is the one asked for, in IndexedDB", async () => {
    const storage = browserImportedStorage();
    await storage.save(record({ id: "other-tab" }));
    expect(await storage.kept()).toMatchObject({ id: "other-tab", name: "gdelt.tsv" });
    // This tab showed "import-1": another tab's import stays, and is named.
    expect(await storage.remove("import-1")).toMatchObject({ id: "other-tab" });
    expect(await storage.load()).toBeDefined();
    expect(await storage.remove("other-tab")).toBeUndefined();
    expect(await storage.load()).toBeUndefined();
    expect(await storage.kept()).toBeUndefined();
  });

  it("names a record written before the description beside it existed", async () => {
    const { id: _, ...old } = record();
    await set("imported", old, createStore("detente", "imported-dataset"));
    const storage = browserImportedStorage();
    expect((await storage.kept())?.id).toBe("saved-2026-02-04T10:00:00.000Z");
    expect(await storage.remove("saved-2026-02-04T10:00:00.000Z")).toBeUndefined();
    expect(await storage.load()).toBeUndefined();
  });
});
