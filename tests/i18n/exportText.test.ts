import {
  compactSourceLine,
  defaultExportTitle,
  fullSourceLine,
  rankSources,
  shortPublisher,
} from "../../src/i18n/exportText.ts";
import { publishingTranslator as translator } from "../../src/i18n/publishing.ts";
import type { Source } from "../../src/model/schema.ts";

const view = (from: [number, number, number], to: [number, number, number]) => ({
  from: Date.UTC(...from),
  to: Date.UTC(...to),
});

describe("defaultExportTitle", () => {
  it("replaces the dataset's own period with the window in view", () => {
    const v = view([2025, 0, 1], [2026, 2, 1]);
    expect(defaultExportTitle("United States–Colombia relations, 2000–2026", v, "en")).toBe(
      "United States–Colombia relations, January 2025 – February 2026",
    );
    expect(defaultExportTitle("Relations (2000-2026)", v, "en")).toBe(
      "Relations, January 2025 – February 2026",
    );
    expect(defaultExportTitle("Relations: 2025", v, "es")).toBe(
      "Relations, enero de 2025 – febrero de 2026",
    );
    expect(defaultExportTitle("Relations", view([2000, 0, 1], [2027, 0, 1]), "en")).toBe(
      "Relations, 2000 – 2026",
    );
  });

  it("keeps numbers that are not a closing period", () => {
    expect(defaultExportTitle("G20 talks", view([2025, 0, 1], [2025, 0, 8]), "en")).toBe(
      "G20 talks, 1 January 2025 – 7 January 2025",
    );
    expect(defaultExportTitle("2025", view([2025, 0, 1], [2025, 0, 2]), "en")).toBe(
      "1 January 2025",
    );
  });
});

const sources: Source[] = [
  { id: "a", title: "A story", publisher: "Reuters (syndicated by Devdiscourse)" },
  { id: "b", title: "Press release", publisher: "U.S. Department of the Treasury" },
  { id: "c", title: "Another", publisher: "Reuters (syndicated by Devdiscourse)" },
  { id: "d", title: "Unused", publisher: "Nobody" },
  { id: "e", title: "Wire", publisher: "Associated Press (via KTVZ)" },
];

describe("source lines", () => {
  const t = translator("en");

  it("shortens a publisher to its name", () => {
    expect(shortPublisher("Reuters (syndicated by Devdiscourse)")).toBe("Reuters");
    expect(shortPublisher("CNN")).toBe("CNN");
    expect(shortPublisher("(unnamed)")).toBe("(unnamed)");
  });

  it("ranks the cited sources, most cited first; all of them when none is cited", () => {
    const counts = new Map([
      ["b", 3],
      ["a", 1],
      ["e", 1],
    ]);
    expect(rankSources(sources, counts).map((s) => s.id)).toEqual(["b", "a", "e"]);
    expect(rankSources(sources, new Map()).map((s) => s.id)).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("names each publisher once, and counts the rest when the line is full", () => {
    const ranked = rankSources(
      sources,
      new Map([
        ["b", 3],
        ["a", 2],
        ["c", 1],
        ["e", 1],
      ]),
    );
    expect(compactSourceLine(ranked, t, () => true)).toBe(
      "Sources: U.S. Department of the Treasury, Reuters, Associated Press",
    );
    expect(compactSourceLine(ranked, t, (line) => line.length <= 55)).toBe(
      "Sources: U.S. Department of the Treasury and 2 more",
    );
    expect(compactSourceLine(ranked.slice(0, 1), t, () => true)).toBe(
      "Source: U.S. Department of the Treasury",
    );
    expect(compactSourceLine(ranked, translator("es"), (line) => line.length <= 65)).toBe(
      "Fuentes: U.S. Department of the Treasury, Reuters y 1 más",
    );
  });

  it("lists every source with its title in full", () => {
    expect(fullSourceLine(sources.slice(0, 2), t)).toBe(
      "Sources: Reuters (syndicated by Devdiscourse), “A story”; U.S. Department of the Treasury, “Press release”",
    );
  });
});

describe("the publishing words", () => {
  it("exist in both languages, filled and with the same placeholders", async () => {
    const { allPublishingKeys, publishingMessagesFor } =
      await import("../../src/i18n/publishing.ts");
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of allPublishingKeys()) {
      const en = publishingMessagesFor("en")[key];
      const es = publishingMessagesFor("es")[key];
      expect(en.trim(), key).not.toBe("");
      expect(es.trim(), key).not.toBe("");
      expect(placeholders(es), key).toEqual(placeholders(en));
    }
  });
});
