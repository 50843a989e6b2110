import { MIN_LABEL_ROOM, fitText } from "../../src/scene/fitText.ts";

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
});
