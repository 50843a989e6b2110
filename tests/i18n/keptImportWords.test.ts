import { documentTitle } from "../../src/i18n/documentTitle.ts";
import { keptImportTranslator } from "../../src/i18n/keptImportText.ts";
import { keptImportEn, keptImportEs } from "../../src/i18n/messages/keptImport.ts";

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();

describe("kept-import words", () => {
  it("has every English message in Spanish, with the same placeholders", () => {
    for (const key of Object.keys(keptImportEn) as (keyof typeof keptImportEn)[]) {
      expect(keptImportEs[key].trim(), key).not.toBe("");
      expect(placeholders(keptImportEs[key]), key).toEqual(placeholders(keptImportEn[key]));
    }
  });

  it("fills placeholders", () => {
    expect(keptImportTranslator("es")("kept.more", { count: 3 })).toBe("y 3 más.");
  });
});

describe("the page title", () => {
  it("names the dataset shown, on one line, and says when it is imported, in the language", () => {
    expect(documentTitle("United States–Colombia relations", "en", false)).toBe(
      "Détente — United States–Colombia relations",
    );
    expect(documentTitle("GDELT events\nbetween  A and B ", "es", true)).toBe(
      "Détente — GDELT events between A and B (importado)",
    );
    expect(documentTitle("Eras", "en", true)).toBe("Détente — Eras (imported)");
  });
});
