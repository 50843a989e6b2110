/**
 * Coverage of a translation, and the bundled dataset's Spanish: complete, valid, and leaving
 * quotes, ids and dates as written.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { localizeDataset } from "../../src/model/localize.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { untranslatedPaths } from "../../src/model/translationCoverage.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

const bundled = JSON.parse(
  readFileSync(path.resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
) as Dataset;

describe("untranslatedPaths", () => {
  it("lists every text a translation leaves in the dataset's language", () => {
    const dataset: Dataset = {
      ...smallDataset([sampleEvent({ scoreNote: "A note." })]),
      translations: { es: { title: "Relaciones", topics: { diplomacy: "Diplomacia" } } },
    };
    expect(untranslatedPaths(dataset, "es")).toEqual([
      "translations.es.description",
      "translations.es.topics.migration",
      "translations.es.actors.trump.role",
      "translations.es.actors.petro.role",
      "translations.es.eras.thaw.label",
      "translations.es.events.meeting.title",
      "translations.es.events.meeting.summary",
      "translations.es.events.meeting.scoreNote",
    ]);
  });
});

describe("the bundled dataset in Spanish", () => {
  it("validates with its translations", () => {
    const result = validateDataset(bundled, goldsteinTable());
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it("translates every text a reader sees", () => {
    expect(untranslatedPaths(bundled, "es")).toEqual([]);
  });

  it("gives every event a Spanish title and summary unlike the English", () => {
    const es = localizeDataset(bundled, "es");
    es.events.forEach((event, i) => {
      const english = bundled.events[i];
      expect(event.title).not.toBe(english?.title);
      expect(event.summary).not.toBe(english?.summary);
    });
  });

  it("translates every quote from the article, and keeps the quotes themselves verbatim", () => {
    const es = localizeDataset(bundled, "es");
    bundled.events.forEach((event, i) => {
      event.citations.forEach((citation, j) => {
        expect(es.events[i]?.citations[j]?.quote).toBe(citation.quote);
        if (citation.quote !== undefined && citation.source === "article")
          expect(
            bundled.translations?.["es"]?.events?.[event.id]?.citations?.[String(j)]?.quote,
          ).toEqual(expect.any(String));
      });
    });
  });
});
