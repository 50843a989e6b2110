/** The text width estimate, by character class, exactly. */
import { estimateTextWidth } from "../../src/model/textWidth.ts";

describe("estimateTextWidth", () => {
  it.each([
    ["", 0],
    ["i", 0.32],
    ["l.,:;'|! \t\n\r", 0.32 * 12],
    ["fjrt()[]-/", 0.44 * 10],
    ["A", 0.74],
    ["Z", 0.74],
    ["@", 0.95],
    ["mwMW%", 0.95 * 5],
    ["a", 0.64],
    ["z0~", 0.64 * 3],
    ["\u2014\u2026", 0.95 * 2],
    ["\u00a0\u2000\u200a", 0.32 * 3],
    ["\u200b\u1fff", 0.64 * 2],
    ["é", 0.64],
    ["😀", 0.64],
    ["\udc00x", 0.64 * 2],
  ])("%j is %f em", (text, em) => {
    expect(estimateTextWidth(text, 10)).toBeCloseTo(em * 10, 10);
  });

  it("scales with the font size", () => {
    expect(estimateTextWidth("Wi", 20)).toBeCloseTo((0.95 + 0.32) * 20, 10);
  });
});

describe("estimateTextWidth at the edges of its tables", () => {
  it("counts a surrogate pair once, whatever its low half, and every character from U+0080 on", () => {
    // U+1D400 is D835 DC00 and U+103FF is D800 DFFF: the low halves at both ends of their range.
    expect(estimateTextWidth("\u{1D400}", 10)).toBeCloseTo(6.4);
    expect(estimateTextWidth("\u{103FF}", 10)).toBeCloseTo(6.4);
    expect(estimateTextWidth("x\uFF21", 10)).toBeCloseTo(12.8);
    expect(estimateTextWidth("\u0080", 10)).toBeCloseTo(6.4);
  });
});
