/** JSON text written a slice at a time: the same text as JSON.stringify, with pauses between. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sliceJson, sliceJsonParts } from "../../src/store/sliceJson.ts";

const noPause = (): Promise<void> => Promise.resolve();

describe("sliceJson", () => {
  it("writes what JSON.stringify writes, for any JSON-like value", async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ maxDepth: 3 }), async (value) => {
        const expected = JSON.stringify(value) ?? "null";
        expect(await sliceJson(value, { pause: noPause, wholeBelow: 2, budgetMs: 0 })).toBe(
          expected,
        );
      }),
    );
  });

  it("leaves out undefined members and writes undefined elements as null", async () => {
    const value = { a: undefined, b: [undefined, 1, () => 2, 3], c: 1, d: new Date(0) };
    expect(await sliceJson(value, { pause: noPause, wholeBelow: 1 })).toBe(JSON.stringify(value));
  });

  it("pauses between slices of a long array once a slice has used its budget", async () => {
    let pauses = 0;
    const events = Array.from({ length: 10_000 }, (_, i) => ({ id: `e${i}`, n: i }));
    const text = await sliceJson(
      { title: "t", events },
      {
        pause: () => {
          pauses++;
          return Promise.resolve();
        },
        budgetMs: 0,
        wholeBelow: 1_000,
      },
    );
    expect(JSON.parse(text)).toEqual({ title: "t", events });
    // Every slice of the array, and every member of the object, ends with a pause.
    expect(pauses).toBeGreaterThanOrEqual(10);
  });

  it("gives the text as the parts written between pauses", async () => {
    const events = Array.from({ length: 3_000 }, (_, i) => ({ id: `e${i}` }));
    const parts = await sliceJsonParts(
      { events },
      { pause: noPause, budgetMs: 0, wholeBelow: 1_000 },
    );
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.join("")).toBe(JSON.stringify({ events }));
  });
});
