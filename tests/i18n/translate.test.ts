import { allMessageKeys, messagesFor, translator } from "../../src/i18n/translate.ts";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("interface words", () => {
  it("has every English message in Spanish, non-empty, with the same placeholders", () => {
    const en = messagesFor("en");
    const es = messagesFor("es");
    for (const key of allMessageKeys()) {
      expect(es[key].trim(), key).not.toBe("");
      expect(placeholders(es[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it("fills placeholders", () => {
    expect(translator("es")("tension.days", { days: 45 })).toBe("45 días");
  });
});
