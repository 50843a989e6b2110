import { allMessageKeys, messagesFor, translator } from "../../src/i18n/translate.ts";
// Lazily loaded parts bring their own English (the import panels, the tension explanation, the
// exports, the Embed dialog, the details, a day's tension, the open filters, the story, the
// import's area and notices, the embed page's chrome);
// these tests want every word.
import "../../src/i18n/importPanelWords.ts";
import "../../src/i18n/howWords.ts";
import "../../src/i18n/exportWords.ts";
import "../../src/i18n/embedWords.ts";
import "../../src/i18n/detailsWords.ts";
import "../../src/i18n/tensionDayWords.ts";
import "../../src/i18n/filterPanelWords.ts";
import "../../src/i18n/storyStageWords.ts";
import "../../src/i18n/importAreaWords.ts";
import "../../src/i18n/embedPageWords.ts";

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

  it("has English for every Spanish message once the lazily loaded parts are in", () => {
    expect([...allMessageKeys()].sort()).toEqual(Object.keys(messagesFor("es")).sort());
  });

  it("fills placeholders", () => {
    expect(translator("es")("tension.days", { days: 45 })).toBe("45 días");
  });
});
