/** A kept dataset's text in parts: cut without loss, put and read back in one transaction. */
import "fake-indexeddb/auto";
import { createStore, get } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { readParts } from "../../src/store/keptParts.ts";
import { putWithParts } from "../../src/store/keptWrites.ts";

describe("putWithParts and readParts", () => {
  // A text in parts: what sliceJson.ts writes, a few milliseconds' worth each.
  const store = createStore("parts-test", "objects");

  it("puts the parts and the entries in one transaction, and reads the text back in order", async () => {
    // More than ten parts: the keys must sort by number, not as "1", "10", "2".
    const text = Array.from({ length: 25 }, (_, i) => `part ${i};`).join("");
    const parts = text.match(/.{1,7}/g) ?? [];
    expect(parts.length).toBeGreaterThan(10);
    await store("readwrite", (objects) =>
      putWithParts(objects, parts, [["record", { datasetParts: parts.length }]]),
    );
    expect(await get("record", store)).toEqual({ datasetParts: parts.length });
    expect(await store("readonly", (objects) => readParts(objects, parts.length))).toBe(text);

    // A shorter text later leaves none of the earlier parts behind.
    await store("readwrite", (objects) => putWithParts(objects, ["short"], []));
    expect(await store("readonly", (objects) => readParts(objects, 1))).toBe("short");
  });

  it("refuses to read a text whose parts are missing", async () => {
    await store("readwrite", (objects) => putWithParts(objects, ["a", "b"], []));
    await expect(store("readonly", (objects) => readParts(objects, 3))).rejects.toThrow(
      /expected 3 parts/,
    );
  });
});
