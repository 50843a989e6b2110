import { vi } from "vitest";
import type * as Translate from "../../src/i18n/translate.ts";

/** A fresh translate.ts, before anything has loaded Spanish (tests/setup.ts loads it for the rest). */
async function freshTranslate(): Promise<typeof Translate> {
  vi.resetModules();
  return import("../../src/i18n/translate.ts");
}

describe("loading the Spanish words on demand", () => {
  // Files sharing one module graph (the mutation runs) import the fresh copy from here on: it
  // must have Spanish, as tests/setup.ts promises them.
  afterAll(async () => {
    await (await import("../../src/i18n/translate.ts")).loadMessages("es");
  });

  it("has English at once and Spanish only after loadMessages", async () => {
    const words = await freshTranslate();
    expect(words.messagesLoaded("en")).toBe(true);
    expect(words.messagesLoaded("es")).toBe(false);
    // Until then a Spanish translator speaks English rather than failing.
    expect(words.translator("es")("share.copyLink")).toBe("Copy link");

    const heard = vi.fn();
    const stop = words.onMessagesLoaded(heard);
    const first = words.loadMessages("es");
    // One load, however many ask.
    expect(words.loadMessages("es")).toBe(first);
    await first;
    stop();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(words.messagesLoaded("es")).toBe(true);
    expect(words.translator("es")("share.copyLink")).toBe("Copiar enlace");
    expect(words.messagesFor("es")["share.copyLink"]).toBe("Copiar enlace");
  });

  it("switches only once the words are in, and at once when they already are", async () => {
    const words = await freshTranslate();
    const order: string[] = [];
    words.withMessages("es", () => order.push(words.translator("es")("share.copied")));
    words.withMessages("en", () => order.push(words.translator("en")("share.copied")));
    // English is never waited for; Spanish arrives later, already translated when it does.
    expect(order).toEqual(["Link copied"]);
    await words.loadMessages("es");
    await Promise.resolve();
    expect(order).toEqual(["Link copied", "Enlace copiado"]);
    words.withMessages("es", () => order.push("now"));
    expect(order.at(-1)).toBe("now");
  });

  it("brings the Spanish month names with the Spanish words", async () => {
    const words = await freshTranslate();
    const { formatPreciseDate } = await import("../../src/i18n/format.ts");
    const { mustParseEdtf } = await import("../../src/model/date.ts");
    const january = mustParseEdtf("2025-01-26");
    // Before: nothing renders in Spanish yet; a date asked for anyway gets English month names.
    expect(formatPreciseDate(january, "es")).toMatch(/January/);
    await words.loadMessages("es");
    expect(formatPreciseDate(january, "es")).toBe("26 de enero de 2025");
    expect(formatPreciseDate(january, "en")).toBe("26 January 2025");
  });
});
