/** A stored record written as JSON whatever it holds, and the JSON importers' first step. */
import { isRecord } from "../../../src/io/shared/jsonInput.ts";
import { rawRecordJson } from "../../../src/io/shared/rawRecordJson.ts";

describe("rawRecordJson", () => {
  it("writes plain values as indented JSON", () => {
    expect(rawRecordJson({ a: [1, "x"], b: null })).toBe(
      '{\n  "a": [\n    1,\n    "x"\n  ],\n  "b": null\n}',
    );
  });

  it("writes BigInts, Maps, Sets and cycles in their nearest JSON form", () => {
    const cyclic: Record<string, unknown> = { n: 1n };
    cyclic["self"] = cyclic;
    expect(JSON.parse(rawRecordJson(cyclic))).toEqual({ n: "1", self: "[circular]" });
    expect(
      JSON.parse(
        rawRecordJson(
          new Map<unknown, unknown>([
            [1, "a"],
            ["k", new Set([2, 3])],
          ]),
        ),
      ),
    ).toEqual({
      "1": "a",
      k: [2, 3],
    });
  });

  it("writes null for what JSON has no text for", () => {
    expect(rawRecordJson(undefined)).toBe("null");
    expect(rawRecordJson(() => 1)).toBe("null");
    expect(rawRecordJson("text")).toBe('"text"');
  });
});

describe("isRecord", () => {
  it("takes objects only", () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord("x")).toBe(false);
  });
});
