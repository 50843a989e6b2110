import { parseJsonText } from "../../../src/io/shared/jsonText.ts";

describe("parseJsonText", () => {
  it("locates a syntax error by line and column", () => {
    const result = parseJsonText('{\n  "a": 1,\n  "b": ,\n}');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error[0]).toMatchObject({
      line: 3,
      path: expect.stringMatching(/^line 3, column \d+$/),
    });
    expect(result.error[0]?.message).toMatch(/^malformed JSON/);
  });

  it("reports truncated input at its end", () => {
    const result = parseJsonText('{\n"a": [1, 2');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[0]?.line).toBe(2);
  });

  it("accepts a byte-order mark", () => {
    expect(parseJsonText('\ufeff{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it("does not throw on very deep nesting", () => {
    const deep = "[".repeat(10_000) + "]".repeat(10_000);
    expect(() => parseJsonText(deep)).not.toThrow();
  });
});
