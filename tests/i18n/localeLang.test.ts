import { langFromLocale } from "../../src/i18n/localeLang.ts";

describe("langFromLocale", () => {
  it("picks Spanish for any Spanish locale and English otherwise", () => {
    expect(langFromLocale("es-CO")).toBe("es");
    expect(langFromLocale("ES")).toBe("es");
    expect(langFromLocale("en-US")).toBe("en");
    expect(langFromLocale("fr")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});
