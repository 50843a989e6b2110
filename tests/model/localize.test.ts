import {
  datasetLang,
  datasetLangs,
  localizeDataset,
  quoteLang,
  quoteTranslation,
} from "../../src/model/localize.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

function translated(): Dataset {
  return {
    ...smallDataset([
      sampleEvent({
        scoreNote: "Scored by the editors.",
        citations: [
          { source: "article", quote: "a quote", note: "A note." },
          { source: "agency", quote: "una cita" },
        ],
        discrepancies: [
          {
            about: "the date",
            accounts: [
              { source: "article", says: "On Monday." },
              { source: "agency", says: "On Tuesday." },
            ],
            resolution: "Monday.",
          },
        ],
      }),
      sampleEvent({ id: "later", title: "Later event", date: "2026-02-04" }),
    ]),
    sources: [
      { id: "article", title: "An article", publisher: "A publisher (syndicated)" },
      { id: "agency", title: "Una nota", publisher: "Agencia", lang: "es" },
    ],
    corrections: [{ date: "2026-02-05", change: "Changed.", reason: "Because." }],
    translations: {
      es: {
        title: "Relaciones de ejemplo",
        parties: { USA: "Estados Unidos" },
        topics: { diplomacy: "Diplomacia" },
        actors: { trump: { role: "Presidente de Estados Unidos" } },
        eras: { thaw: { label: "El deshielo" } },
        sources: { article: { publisher: "Un editor (sindicado)" } },
        events: {
          meeting: {
            title: "Reunión en la Casa Blanca",
            scoreNote: "Puntuado por la redacción.",
            citations: { "0": { quote: "una cita traducida", note: "Una nota." } },
            discrepancies: {
              "0": { about: "la fecha", accounts: { "1": { says: "El martes." } } },
            },
          },
        },
        corrections: { "0": { change: "Cambiado." } },
      },
    },
  };
}

describe("localizeDataset", () => {
  it("returns the dataset itself in its own language and in a language it has no translation for", () => {
    const dataset = translated();
    expect(localizeDataset(dataset, "en")).toBe(dataset);
    expect(localizeDataset(dataset, "fr")).toBe(dataset);
  });

  it("replaces each translated text and falls back to the original for the rest", () => {
    const es = localizeDataset(translated(), "es");
    expect(es.title).toBe("Relaciones de ejemplo");
    expect(es.description).toBe("A dataset built in tests.");
    expect(es.parties.map((p) => p.name)).toEqual(["Estados Unidos", "Colombia"]);
    expect(es.topics.map((t) => t.label)).toEqual(["Migration and deportation", "Diplomacia"]);
    expect(es.actors[0]).toMatchObject({
      name: "Donald Trump",
      role: "Presidente de Estados Unidos",
    });
    expect(es.eras?.[0]?.label).toBe("El deshielo");
    expect(es.sources[0]?.publisher).toBe("Un editor (sindicado)");
    expect(es.corrections?.[0]).toMatchObject({ change: "Cambiado.", reason: "Because." });
    const [meeting, later] = es.events;
    expect(meeting).toMatchObject({
      title: "Reunión en la Casa Blanca",
      summary: "The two presidents meet.",
      scoreNote: "Puntuado por la redacción.",
    });
    expect(later?.title).toBe("Later event");
  });

  it("keeps quotes, ids, dates and source titles as written", () => {
    const original = translated();
    const es = localizeDataset(original, "es");
    const meeting = es.events[0];
    expect(meeting?.citations[0]).toEqual({
      source: "article",
      quote: "a quote",
      note: "Una nota.",
    });
    expect(meeting?.citations[1]).toBe(original.events[0]?.citations[1]);
    expect(es.events.map((e) => [e.id, e.date])).toEqual(
      original.events.map((e) => [e.id, e.date]),
    );
    expect(es.sources.map((s) => s.title)).toEqual(original.sources.map((s) => s.title));
    expect(meeting?.discrepancies?.[0]).toEqual({
      about: "la fecha",
      accounts: [
        { source: "article", says: "On Monday." },
        { source: "agency", says: "El martes." },
      ],
      resolution: "Monday.",
    });
  });

  it("never adds an optional text the original lacks, and keeps untouched events as they are", () => {
    const original = translated();
    const es = localizeDataset(original, "es");
    expect(es.events[1]).toBe(original.events[1]);
    expect("scoreNote" in (es.events[1] as object)).toBe(false);
  });

  it("computes once per dataset and language", () => {
    const dataset = translated();
    expect(localizeDataset(dataset, "es")).toBe(localizeDataset(dataset, "es"));
  });

  it("reads a dataset written in Spanish in Spanish, and translates it into English", () => {
    const dataset: Dataset = {
      ...smallDataset(),
      lang: "es",
      title: "Relaciones",
      translations: { en: { title: "Relations" } },
    };
    expect(datasetLang(dataset)).toBe("es");
    expect(datasetLangs(dataset)).toEqual(["es", "en"]);
    expect(localizeDataset(dataset, "es").title).toBe("Relaciones");
    expect(localizeDataset(dataset, "en").title).toBe("Relations");
  });
});

describe("quoteTranslation", () => {
  it("gives a quote's translation into another language than its own", () => {
    expect(quoteTranslation(translated(), "es", "meeting", 0)).toBe("una cita traducida");
  });

  it("gives nothing for a quote already in the reader's language, or without a translation", () => {
    const dataset = translated();
    expect(quoteLang(dataset, { source: "agency" })).toBe("es");
    expect(quoteLang(dataset, { source: "article" })).toBe("en");
    expect(quoteTranslation(dataset, "es", "meeting", 1)).toBeUndefined();
    expect(quoteTranslation(dataset, "en", "meeting", 0)).toBeUndefined();
    expect(quoteTranslation(dataset, "es", "later", 0)).toBeUndefined();
    expect(quoteTranslation(dataset, "es", "missing", 0)).toBeUndefined();
  });
});

describe("localizeDataset: era summaries, media and date labels", () => {
  const dataset: Dataset = {
    ...smallDataset([
      sampleEvent({
        dateLabel: "13.8 billion years ago",
        media: {
          url: "https://example.org/a.jpg",
          caption: "The caption",
          credit: "A. Photographer",
          alt: "What the picture shows",
        },
      }),
    ]),
    eras: [
      { id: "thaw", label: "The thaw", start: "2026-01", end: "2026-02", summary: "It thawed." },
    ],
    translations: {
      es: {
        eras: { thaw: { label: "El deshielo", summary: "Hubo deshielo." } },
        events: {
          meeting: {
            dateLabel: "hace 13 800 millones de años",
            media: { caption: "El pie de foto", alt: "Lo que muestra la imagen" },
          },
        },
      },
    },
  };

  it("translates an era's summary, an event's date label and its media caption and alt text", () => {
    const es = localizeDataset(dataset, "es");
    expect(es.eras?.[0]).toMatchObject({ label: "El deshielo", summary: "Hubo deshielo." });
    expect(es.events[0]?.dateLabel).toBe("hace 13 800 millones de años");
    // The credit is a name and the address a file: both stay as written.
    expect(es.events[0]?.media).toEqual({
      url: "https://example.org/a.jpg",
      caption: "El pie de foto",
      credit: "A. Photographer",
      alt: "Lo que muestra la imagen",
    });
  });

  it("keeps the original where a translation leaves one out", () => {
    const partial: Dataset = {
      ...dataset,
      translations: { es: { eras: { thaw: { label: "El deshielo" } } } },
    };
    const es = localizeDataset(partial, "es");
    expect(es.eras?.[0]?.summary).toBe("It thawed.");
    expect(es.events[0]?.media?.caption).toBe("The caption");
    expect(es.events[0]?.dateLabel).toBe("13.8 billion years ago");
  });
});

describe("localizeDataset: what a partial translation leaves alone", () => {
  /** A dataset whose Spanish translation names texts the dataset lacks, and skips most others. */
  function sparse(): Dataset {
    const base = smallDataset([
      sampleEvent({
        discrepancies: [
          { about: "the date", accounts: [{ source: "article", says: "On Monday." }] },
          { about: "the place", accounts: [{ source: "article", says: "In Bogotá." }] },
        ],
        media: { url: "https://example.org/a.jpg", caption: "The caption" },
      }),
      sampleEvent({ id: "plain", title: "Plain event", date: "2026-02-10" }),
      sampleEvent({
        id: "disputed",
        title: "Disputed event",
        date: "2026-02-12",
        discrepancies: [{ about: "the count", accounts: [{ source: "article", says: "Ten." }] }],
      }),
    ]);
    return {
      ...base,
      eras: [
        { id: "thaw", label: "The thaw", start: "2026-01", end: "2026-02", summary: "It thawed." },
        { id: "freeze", label: "The freeze", start: "2026-03", end: "2026-04" },
      ],
      corrections: [
        { date: "2026-02-05", change: "Changed.", reason: "Because." },
        { date: "2026-02-06", change: "Changed again.", reason: "Again." },
      ],
      translations: {
        es: {
          eras: { freeze: { label: "La helada", summary: "Heló." } },
          events: {
            meeting: {
              scoreNote: "Nota sin original.",
              dateLabel: "Etiqueta sin original.",
              discrepancies: { "1": { about: "el lugar" } },
            },
            plain: {
              title: "Evento simple",
              media: { caption: "Pie sin imagen" },
              discrepancies: { "0": { about: "sin original" } },
            },
            disputed: { title: "Evento disputado" },
          },
          corrections: { "1": { change: "Cambiado otra vez." } },
        },
      },
    };
  }

  it("adds no text, media or disagreement the original lacks", () => {
    const es = localizeDataset(sparse(), "es");
    const [meeting, plain] = es.events;
    expect(Object.keys(meeting ?? {})).not.toContain("scoreNote");
    expect(Object.keys(meeting ?? {})).not.toContain("dateLabel");
    expect(plain?.title).toBe("Evento simple");
    expect(Object.keys(plain ?? {}).sort()).toEqual(
      [
        "id",
        "title",
        "summary",
        "date",
        "topics",
        "actors",
        "initiator",
        "target",
        "cameo",
        "citations",
      ].sort(),
    );
    expect(es.eras?.map((era) => Object.keys(era).sort())).toEqual([
      ["end", "id", "label", "start", "summary"],
      ["end", "id", "label", "start"],
    ]);
  });

  it("translates only the era, disagreement, account and correction a translation names", () => {
    const original = sparse();
    const es = localizeDataset(original, "es");
    expect(es.eras?.map((era) => era.label)).toEqual(["The thaw", "La helada"]);
    expect(es.eras?.[0]?.summary).toBe("It thawed.");
    expect(es.corrections?.map((c) => c.change)).toEqual(["Changed.", "Cambiado otra vez."]);
    expect(es.events[2]?.title).toBe("Evento disputado");
    expect(es.events[2]?.discrepancies).toBe(original.events[2]?.discrepancies);
    const meeting = es.events[0];
    expect(meeting?.media).toBe(original.events[0]?.media);
    expect(meeting?.discrepancies?.[0]).toBe(original.events[0]?.discrepancies?.[0]);
    expect(meeting?.discrepancies?.[1]).toEqual({
      about: "el lugar",
      accounts: [{ source: "article", says: "In Bogotá." }],
    });
  });

  it("keeps the very same actor and source objects when the translation has nothing for them", () => {
    const original = sparse();
    const es = localizeDataset(original, "es");
    expect(es.actors).toEqual(original.actors);
    es.actors.forEach((actor, i) => expect(actor).toBe(original.actors[i]));
    expect(es.sources[0]).toBe(original.sources[0]);
    expect(es.parties).toEqual(original.parties);
  });

  it("leaves out eras, third parties and corrections a dataset does not have", () => {
    const { eras: _eras, corrections: _corrections, ...withoutEras } = sparse();
    const es = localizeDataset(withoutEras, "es");
    expect(Object.keys(es)).not.toContain("eras");
    expect(Object.keys(es)).not.toContain("thirdParties");
    expect(Object.keys(es)).not.toContain("corrections");
  });
});

describe("localizeDataset: a translation without eras", () => {
  it("keeps every era's label and summary as written", () => {
    const base = smallDataset();
    const dataset: Dataset = {
      ...base,
      eras: [
        { id: "thaw", label: "The thaw", start: "2026-01", end: "2026-02", summary: "It thawed." },
      ],
      translations: { es: { title: "Relaciones" } },
    };
    expect(localizeDataset(dataset, "es").eras).toEqual(dataset.eras);
  });
});

describe("translationFor and datasetLangs", () => {
  it("never translates a dataset into its own language, even when a translation names it", () => {
    const dataset: Dataset = {
      ...smallDataset(),
      translations: { en: { title: "Renamed" }, es: { title: "Relaciones" } },
    };
    expect(localizeDataset(dataset, "en")).toBe(dataset);
    expect(datasetLangs(dataset)).toEqual(["en", "es"]);
  });

  it("lists only the dataset's own language, and translates nothing, without translations", () => {
    const dataset = smallDataset();
    expect(datasetLangs(dataset)).toEqual(["en"]);
    expect(localizeDataset(dataset, "es")).toBe(dataset);
    expect(quoteTranslation(dataset, "es", "meeting", 0)).toBeUndefined();
  });
});

describe("quoteTranslation: finding the quote", () => {
  const dataset: Dataset = {
    ...smallDataset([
      sampleEvent({ citations: [{ source: "agency", quote: "una cita en español" }] }),
      sampleEvent({ id: "retitled", date: "2026-02-05" }),
      sampleEvent({
        id: "later",
        date: "2026-02-04",
        citations: [
          { source: "article", quote: "the later quote" },
          { source: "agency", quote: "ya en español" },
          { source: "article", quote: "a third quote" },
        ],
      }),
    ]),
    sources: [
      { id: "article", title: "An article", publisher: "A publisher" },
      { id: "agency", title: "Una nota", publisher: "Agencia", lang: "es" },
    ],
    translations: {
      es: {
        events: {
          later: {
            citations: { "0": { quote: "la cita posterior" }, "1": { quote: "otra vez" } },
          },
          meeting: { title: "Reunión" },
          retitled: { title: "Otro título" },
        },
      },
      fr: { title: "Relations" },
    },
  };

  it("reads the translation of the event asked for, not the first event's", () => {
    expect(quoteTranslation(dataset, "es", "later", 0)).toBe("la cita posterior");
    expect(quoteTranslation(dataset, "es", "meeting", 0)).toBeUndefined();
  });

  it("gives nothing for a quote already in the reader's language, even when a translation is given", () => {
    expect(quoteTranslation(dataset, "es", "later", 1)).toBeUndefined();
  });

  it("gives nothing where the translation has no events, or the event no such citation", () => {
    expect(quoteTranslation(dataset, "fr", "later", 0)).toBeUndefined();
    expect(quoteTranslation(dataset, "de", "later", 0)).toBeUndefined();
    expect(quoteTranslation(dataset, "es", "later", 2)).toBeUndefined();
    expect(quoteTranslation(dataset, "es", "later", 3)).toBeUndefined();
    expect(quoteTranslation(dataset, "es", "retitled", 0)).toBeUndefined();
  });

  it("takes a quote from an unknown source to be in the dataset's language", () => {
    expect(quoteLang(dataset, { source: "unlisted" })).toBe("en");
    expect(quoteLang({ ...dataset, lang: "es" }, { source: "unlisted" })).toBe("es");
  });
});
