import fc from "fast-check";
import { estimateTextWidth } from "../../src/model/textWidth.ts";
import { MIN_LABEL_ROOM, fitText } from "../../src/scene/fitText.ts";

/** The plain binary search over prefixes: what the guided search must agree with. */
function reference(value: string, size: number, room: number, m: typeof measure) {
  if (room < MIN_LABEL_ROOM) return undefined;
  if (m(value, size) <= room) return value;
  const chars = Array.from(value);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (m(`${chars.slice(0, mid).join("")}…`, size) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? undefined : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** Every character is half the font size wide. */
const measure = (text: string, size: number) => Array.from(text).length * size * 0.5;

describe("fitting a label to its room", () => {
  it("keeps a label that fits, exactly at its width too", () => {
    expect(fitText("Sanctions", 10, 45, measure)).toBe("Sanctions");
    expect(fitText("Sanctions", 10, 100, measure)).toBe("Sanctions");
  });

  it("cuts a label to the longest prefix that fits with an ellipsis", () => {
    // 40 px at 5 px a character: seven letters and "…".
    expect(fitText("Sanctions on the president", 10, 40, measure)).toBe("Sanctio…");
    expect(fitText("Sanctions on the president", 10, 44, measure)).toBe("Sanctio…");
    expect(fitText("Sanctions on the president", 10, 45, measure)).toBe("Sanction…");
  });

  it("does not leave a space before the ellipsis", () => {
    // "Aid to " fits with "…" (8 characters, 40 px); the space is trimmed.
    expect(fitText("Aid to Colombia", 10, 40, measure)).toBe("Aid to…");
  });

  it("gives nothing when the room is under the minimum or under three letters and an ellipsis", () => {
    expect(MIN_LABEL_ROOM).toBe(28);
    expect(fitText("Hi", 10, MIN_LABEL_ROOM - 1, measure)).toBeUndefined();
    expect(fitText("Hi", 10, MIN_LABEL_ROOM, measure)).toBe("Hi");
    // 28 px at 10 px a character: two letters and "…" would be 30 px.
    expect(fitText("Sanctions", 20, 28, measure)).toBeUndefined();
    // Three letters and "…" is 40 px at 10 px a character.
    expect(fitText("Sanctions", 20, 40, measure)).toBe("San…");
  });

  it("cuts by code point, never inside a surrogate pair", () => {
    expect(fitText("🌍🌍🌍🌍🌍🌍🌍🌍", 10, 30, measure)).toBe("🌍🌍🌍🌍🌍…");
  });

  it("cuts where a binary search over the prefixes would, whatever the font's widths (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."aiMW .…—éü漢🌍"), minLength: 4, maxLength: 60 }),
        // Per-character widths unlike the estimate's, so its guess is often off.
        fc.array(fc.double({ min: 0.05, max: 3, noNaN: true }), { minLength: 12, maxLength: 12 }),
        // The room as a share of the whole text's width: most texts are cut.
        fc.double({ min: 0, max: 1.1, noNaN: true }),
        (value, widths, share) => {
          const odd = (text: string, size: number) =>
            Array.from(text).reduce(
              (sum, char) => sum + (widths[(char.codePointAt(0) ?? 0) % 12] as number) * size,
              0,
            );
          const room = MIN_LABEL_ROOM + share * odd(value, 12);
          expect(fitText(value, 12, room, odd)).toBe(reference(value, 12, room, odd));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("measures a cut two or three times beyond the whole text when the estimate holds", () => {
    const title = "Colombian officials reject the decertification and recall the ambassador";
    // A font a tenth narrower than the estimate: the estimate's guess, scaled, is close.
    const font = (text: string, size: number) => estimateTextWidth(text, size) * 0.9;
    for (const room of [60, 95, 140, 233, 310]) {
      let calls = 0;
      const counted = (text: string, size: number) => {
        calls++;
        return font(text, size);
      };
      expect(fitText(title, 12, room, counted)).toBe(reference(title, 12, room, font));
      expect(calls).toBeLessThanOrEqual(4);
    }
  });
});
