/** Results, problem paths, tones and publisher credits, read exactly. */
import { shortPublisher } from "../../src/model/publisher.ts";
import { err, formatPath, ok } from "../../src/model/result.ts";
import { toneOf } from "../../src/model/tone.ts";

describe("results", () => {
  it("wraps a value or an error", () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(err("e")).toEqual({ ok: false, error: "e" });
  });

  it.each([
    [[], "(root)"],
    [["events"], "events"],
    [["events", 3, "topics", 0], "events[3].topics[0]"],
    [[2, "a"], "[2].a"],
    [[Symbol.for("s")], "Symbol(s)"],
  ])("%j → %s", (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe("tone", () => {
  it("follows the score's sign", () => {
    expect(toneOf(-0.1)).toBe("conflict");
    expect(toneOf(0)).toBe("neutral");
    expect(toneOf(0.1)).toBe("cooperation");
  });
});

describe("shortPublisher", () => {
  it.each([
    ["Reuters (syndicated by Devdiscourse)", "Reuters"],
    ["  El Tiempo  ", "El Tiempo"],
    ["(Anonymous)", "(Anonymous)"],
    ["  (Anonymous)  ", "(Anonymous)"],
    ["A (b) c", "A (b) c"],
    ["A (b)(c)", "A (b)"],
  ])("%j → %j", (publisher, short) => {
    expect(shortPublisher(publisher)).toBe(short);
  });
});
