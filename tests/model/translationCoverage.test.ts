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

describe("untranslatedPaths over every kind of text", () => {
  const full: Dataset = {
    ...smallDataset([
      sampleEvent({
        id: "talks",
        scoreNote: "Why this score.",
        dateLabel: "Early that week",
        media: { url: "https://example.org/a.jpg", caption: "A caption.", alt: "Two men." },
        citations: [{ source: "article", note: "A note." }, { source: "article" }],
        discrepancies: [
          {
            about: "The day.",
            accounts: [
              { source: "article", says: "Monday." },
              { source: "article", says: "Tuesday." },
            ],
            resolution: "Monday, as most say.",
          },
          {
            about: "The place.",
            accounts: [
              { source: "article", says: "Bogotá." },
              { source: "article", says: "Cali." },
            ],
          },
        ],
      }),
      sampleEvent({ id: "plain" }),
    ]),
    eras: [{ id: "thaw", label: "The thaw", start: "2026-01", end: "2026-02", summary: "Warmer." }],
    corrections: [{ date: "2026-03-01", change: "A date.", reason: "A wire report." }],
  };

  /** The event "talks"'s texts after its title and summary, in the order they are listed. */
  const talksBeyondTitle = [
    "scoreNote",
    "dateLabel",
    "media.caption",
    "media.alt",
    "citations.0.note",
    "discrepancies.0.about",
    "discrepancies.0.resolution",
    "discrepancies.0.accounts.0.says",
    "discrepancies.0.accounts.1.says",
    "discrepancies.1.about",
    "discrepancies.1.accounts.0.says",
    "discrepancies.1.accounts.1.says",
  ].map((path) => `translations.fr.events.talks.${path}`);

  it("lists each one, in the dataset's order, when nothing is translated", () => {
    expect(untranslatedPaths(full, "fr")).toEqual([
      "translations.fr.title",
      "translations.fr.description",
      "translations.fr.topics.migration",
      "translations.fr.topics.diplomacy",
      "translations.fr.actors.trump.role",
      "translations.fr.actors.petro.role",
      "translations.fr.eras.thaw.label",
      "translations.fr.eras.thaw.summary",
      "translations.fr.events.talks.title",
      "translations.fr.events.talks.summary",
      ...talksBeyondTitle,
      "translations.fr.events.plain.title",
      "translations.fr.events.plain.summary",
      "translations.fr.corrections.0.change",
      "translations.fr.corrections.0.reason",
    ]);
  });

  it("lists nothing once each is translated, and only what one translation leaves", () => {
    const fr = {
      title: "Relations",
      description: "Un jeu de données.",
      topics: { migration: "Migration", diplomacy: "Diplomatie" },
      actors: { trump: { role: "Président" }, petro: { role: "Président" } },
      eras: { thaw: { label: "Le dégel", summary: "Plus doux." } },
      events: {
        talks: {
          title: "Pourparlers",
          summary: "Ils parlent.",
          scoreNote: "Pourquoi.",
          dateLabel: "Début de semaine",
          media: { caption: "Légende.", alt: "Deux hommes." },
          citations: { "0": { note: "Une note." } },
          discrepancies: {
            "0": {
              about: "Le jour.",
              resolution: "Lundi.",
              accounts: { "0": { says: "Lundi." }, "1": { says: "Mardi." } },
            },
            "1": {
              about: "Le lieu.",
              accounts: { "0": { says: "Bogotá." }, "1": { says: "Cali." } },
            },
          },
        },
        plain: { title: "Réunion", summary: "Ils se voient." },
      },
      corrections: { "0": { change: "Une date.", reason: "Une dépêche." } },
    };
    expect(untranslatedPaths({ ...full, translations: { fr } }, "fr")).toEqual([]);
    // An actor's name alone does not translate the role; the wrong citation's note does not count.
    const partial = {
      ...fr,
      actors: { trump: { name: "Trump" }, petro: { role: "Président" } },
      events: {
        ...fr.events,
        talks: { ...fr.events.talks, citations: { "1": { note: "Une note." } } },
      },
      corrections: { "0": { change: "Une date." } },
    };
    expect(untranslatedPaths({ ...full, translations: { fr: partial } }, "fr")).toEqual([
      "translations.fr.actors.trump.role",
      "translations.fr.events.talks.citations.0.note",
      "translations.fr.corrections.0.reason",
    ]);
  });

  it("reads a translated event that leaves out whole groups (media, citations, discrepancies)", () => {
    const fr = {
      events: {
        talks: { title: "Pourparlers", summary: "Ils parlent.", discrepancies: { "0": {} } },
      },
      eras: { thaw: {} },
      corrections: {},
    };
    const missing = untranslatedPaths({ ...full, translations: { fr } }, "fr");
    expect(missing.filter((path) => path.includes(".talks."))).toEqual(talksBeyondTitle);
    expect(missing).toContain("translations.fr.eras.thaw.summary");
    expect(missing).toContain("translations.fr.corrections.0.change");
  });

  it("reads a translation with gaps at every level: one actor, no era, one account", () => {
    const fr = {
      actors: { trump: { role: "Président" } },
      eras: {},
      events: {
        talks: {
          title: "Pourparlers",
          summary: "Ils parlent.",
          discrepancies: { "0": { about: "Le jour.", accounts: { "0": { says: "Lundi." } } } },
        },
        plain: { title: "Réunion" },
      },
    };
    const missing = untranslatedPaths({ ...full, translations: { fr } }, "fr");
    expect(missing).toContain("translations.fr.actors.petro.role");
    expect(missing).not.toContain("translations.fr.actors.trump.role");
    expect(missing).toContain("translations.fr.eras.thaw.label");
    expect(missing).toContain("translations.fr.eras.thaw.summary");
    expect(missing.filter((path) => path.includes("discrepancies"))).toEqual([
      "translations.fr.events.talks.discrepancies.0.resolution",
      "translations.fr.events.talks.discrepancies.0.accounts.1.says",
      "translations.fr.events.talks.discrepancies.1.about",
      "translations.fr.events.talks.discrepancies.1.accounts.0.says",
      "translations.fr.events.talks.discrepancies.1.accounts.1.says",
    ]);
    expect(missing).toContain("translations.fr.events.plain.summary");
    // An event translated without its disagreements leaves them all.
    const bare = { events: { talks: { title: "Pourparlers" } } };
    const all = untranslatedPaths({ ...full, translations: { fr: bare } }, "fr");
    expect(all.filter((path) => path.includes("discrepancies"))).toHaveLength(7);
  });

  it("asks nothing of a dataset without eras", () => {
    const { eras: _eras, ...noEras } = smallDataset();
    expect(untranslatedPaths(noEras, "fr").some((path) => path.includes(".eras."))).toBe(false);
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
