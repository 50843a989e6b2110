import { choicesTranslator, choicesWords } from "../../src/i18n/messages/eventChoices.ts";

describe("the pair picker's words", () => {
  it("exist in both languages, with the same placeholders", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, english] of Object.entries(choicesWords.en)) {
      const spanish = choicesWords.es[key as keyof typeof choicesWords.en];
      expect(spanish.trim(), key).not.toBe("");
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });

  it("fill their placeholders in the reader's language", () => {
    expect(
      choicesTranslator("es")("pairs.option", {
        a: "Canadá",
        b: "Reino Unido",
        events: "3 eventos",
      }),
    ).toBe("Canadá y Reino Unido (3 eventos)");
    expect(choicesTranslator("en")("pairs.events.many", { count: "1,204" })).toBe("1,204 events");
  });
});
