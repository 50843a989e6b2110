import type { Problem } from "../../src/model/result.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { checkTranslations } from "../../src/model/validateTranslations.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const table = goldsteinTable();

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = validateDataset(input, table);
  return result.ok ? [] : result.error.map(({ path, message }) => ({ path, message }));
}

function withTranslations(translations: unknown, base: Partial<Dataset> = {}): unknown {
  return { ...smallDataset(), ...base, translations };
}

/** A translation naming a topic, actor, era, party and source the dataset does not have. */
const UNKNOWN_KEYS = {
  es: {
    topics: { tariffs: "Aranceles" },
    actors: { biden: { role: "Presidente" } },
    eras: { freeze: { label: "La helada" } },
    parties: { VEN: "Venezuela" },
    sources: { reuters: { publisher: "Reuters" } },
  },
};

describe("validating translations", () => {
  it("accepts a complete, well-formed translation", () => {
    const input = withTranslations({
      es: {
        title: "Relaciones",
        description: "Un conjunto de datos.",
        parties: { USA: "Estados Unidos" },
        topics: { diplomacy: "Diplomacia" },
        actors: { trump: { role: "Presidente" } },
        eras: { thaw: { label: "El deshielo" } },
        sources: { article: { publisher: "Un editor" } },
        events: {
          meeting: {
            title: "Reunión",
            summary: "Los presidentes se reúnen.",
            citations: { "0": { quote: "una cita" } },
          },
        },
      },
    });
    expect(problemsOf(input)).toEqual([]);
  });

  it("reports a translation of an unknown event with its path and the known ids", () => {
    expect(
      problemsOf(withTranslations({ es: { events: { meting: { title: "Reunión" } } } })),
    ).toEqual([
      {
        path: "translations.es.events.meting",
        message: 'translation of an unknown event "meting"; expected one of: meeting',
      },
    ]);
  });

  it("reports unknown topics, actors, eras, parties and sources", () => {
    const paths = problemsOf(withTranslations(UNKNOWN_KEYS)).map((p) => p.path);
    expect(paths).toEqual([
      "translations.es.actors.biden",
      "translations.es.eras.freeze",
      "translations.es.parties.VEN",
      "translations.es.sources.reuters",
      "translations.es.topics.tariffs",
    ]);
  });

  it("reports a field a translation does not take, naming the fields it does", () => {
    const problems = problemsOf(
      withTranslations({ es: { events: { meeting: { titel: "Reunión", date: "2026" } } } }),
    );
    expect(problems).toEqual([
      {
        path: "translations.es.events.meeting",
        message: expect.stringMatching(
          /unknown fields "titel", "date" in a translation of an event; expected: title, summary, scoreNote, dateLabel, media, citations, discrepancies/,
        ),
      },
    ]);
  });

  it("reports a citation, discrepancy, account or correction position past the end of its list", () => {
    const input = withTranslations(
      {
        es: {
          events: {
            meeting: {
              citations: { "3": { quote: "x" } },
              discrepancies: { "0": { accounts: { "2": { says: "x" } } }, "1": { about: "x" } },
            },
          },
          corrections: { "1": { change: "x" } },
        },
      },
      {
        events: [
          sampleEvent({
            discrepancies: [
              {
                about: "the date",
                accounts: [
                  { source: "article", says: "a" },
                  { source: "article", says: "b" },
                ],
              },
            ],
          }),
        ],
        corrections: [{ date: "2026-02-05", change: "Changed.", reason: "Because." }],
      },
    );
    expect(problemsOf(input)).toEqual([
      {
        path: "translations.es.corrections.1",
        message: "translation of correction 1, but there is 1 (positions 0 to 0)",
      },
      {
        path: "translations.es.events.meeting.citations.3",
        message: "translation of citation 3, but there is 1 (positions 0 to 0)",
      },
      {
        path: "translations.es.events.meeting.discrepancies.0.accounts.2",
        message: "translation of account 2, but there are 2 (positions 0 to 1)",
      },
      {
        path: "translations.es.events.meeting.discrepancies.1",
        message: "translation of discrepancy 1, but there is 1 (positions 0 to 0)",
      },
    ]);
  });

  it("reports a translated text the original does not have", () => {
    const problems = problemsOf(
      withTranslations({
        es: {
          events: {
            meeting: {
              scoreNote: "Nota.",
              citations: { "0": { note: "Nota." } },
            },
          },
        },
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      "translations.es.events.meeting.citations.0.note",
      "translations.es.events.meeting.scoreNote",
    ]);
    expect(problems[1]?.message).toContain("translates a scoreNote the original does not have");
  });

  it("reports an era summary, date label or media text the original does not have", () => {
    const problems = problemsOf(
      withTranslations({
        es: {
          eras: { thaw: { summary: "Resumen." } },
          events: { meeting: { dateLabel: "Hace mucho.", media: { caption: "Pie." } } },
        },
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual([
      "translations.es.eras.thaw.summary",
      "translations.es.events.meeting.dateLabel",
      "translations.es.events.meeting.media.caption",
    ]);
  });

  it("reports a translation into the dataset's own language and a malformed language code", () => {
    const problems = problemsOf(withTranslations({ en: { title: "Again" }, Spanish: {} }));
    expect(problems).toContainEqual({
      path: "translations.en",
      message: expect.stringContaining('the dataset is written in "en" already'),
    });
    expect(problems.map((p) => p.path)).toContain("translations.Spanish");
  });

  it("reports an empty translated text", () => {
    expect(problemsOf(withTranslations({ es: { title: "  " } }))).toContainEqual({
      path: "translations.es.title",
      message: "translated title is empty",
    });
  });
});

describe("validating translations: texts the original has", () => {
  it("accepts translated media texts, notes, quotes and resolutions where the original has them", () => {
    const input = withTranslations(
      {
        es: {
          events: {
            meeting: {
              media: { caption: "Pie.", alt: "Texto alternativo." },
              citations: { "0": { quote: "una cita", note: "Una nota." } },
              discrepancies: { "0": { resolution: "El lunes." } },
            },
          },
        },
      },
      {
        events: [
          sampleEvent({
            media: { url: "https://example.org/a.jpg", caption: "Caption.", alt: "Alt text." },
            citations: [{ source: "article", quote: "a quote", note: "A note." }],
            discrepancies: [
              {
                about: "the date",
                accounts: [
                  { source: "article", says: "Monday." },
                  { source: "article", says: "Tuesday." },
                ],
                resolution: "Monday.",
              },
            ],
          }),
        ],
      },
    );
    expect(problemsOf(input)).toEqual([]);
  });

  it("reports a translated alt text, quote or resolution the original does not have", () => {
    const input = withTranslations(
      {
        es: {
          events: {
            meeting: {
              media: { alt: "Texto alternativo." },
              citations: { "0": { quote: "una cita" } },
              discrepancies: { "0": { resolution: "El lunes." } },
            },
          },
        },
      },
      {
        events: [
          sampleEvent({
            media: { url: "https://example.org/a.jpg", caption: "Caption." },
            citations: [{ source: "article" }],
            discrepancies: [
              {
                about: "the date",
                accounts: [
                  { source: "article", says: "Monday." },
                  { source: "article", says: "Tuesday." },
                ],
              },
            ],
          }),
        ],
      },
    );
    expect(problemsOf(input)).toEqual([
      {
        path: "translations.es.events.meeting.citations.0.quote",
        message:
          "translates a quote the original does not have; expected no quote here, or a quote in the original",
      },
      {
        path: "translations.es.events.meeting.discrepancies.0.resolution",
        message:
          "translates a resolution the original does not have; expected no resolution here, or a resolution in the original",
      },
      {
        path: "translations.es.events.meeting.media.alt",
        message:
          "translates an alt the original does not have; expected no alt here, or an alt in the original",
      },
    ]);
  });
});

describe("validating translations: the words of each report", () => {
  it("names the kind of each unknown key and what the dataset has", () => {
    const problems = checked(withTranslations(UNKNOWN_KEYS));
    expect(problems.map((p) => p.message)).toEqual([
      'translation of an unknown party "VEN"; expected one of: USA, COL',
      'translation of an unknown topic "tariffs"; expected one of: migration, diplomacy',
      'translation of an unknown actor "biden"; expected one of: trump, petro',
      'translation of an unknown era "freeze"; expected one of: thaw',
      'translation of an unknown source "reuters"; expected one of: article',
    ]);
  });

  it("says 'none' when the dataset has nothing of that kind, and lists at most twelve", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, label: `Topic ${i}` }));
    const thirteen = [...twelve, { id: "t12", label: "Topic 12" }];
    const tr = { es: { topics: { tariffs: "Aranceles" }, eras: { thaw: { label: "x" } } } };
    const names = twelve.map((t) => t.id).join(", ");
    expect(
      checked(withTranslations(tr, { topics: twelve, eras: [] })).map((p) => p.message),
    ).toEqual([
      `translation of an unknown topic "tariffs"; expected one of: ${names}`,
      'translation of an unknown era "thaw"; expected one of: none',
    ]);
    expect(checked(withTranslations(tr, { topics: thirteen }))[0]?.message).toBe(
      `translation of an unknown topic "tariffs"; expected one of: ${names}, …`,
    );
  });

  it("says there are none when a translation names a position in a missing list", () => {
    expect(checked(withTranslations({ es: { corrections: { "0": { change: "x" } } } }))).toEqual([
      {
        path: "translations.es.corrections.0",
        message: "translation of correction 0, but there are none",
      },
    ]);
  });

  it("takes a dataset without 'lang' to be in English", () => {
    expect(checked(withTranslations({ en: { title: "Again" } }))).toEqual([
      {
        path: "translations.en",
        message: expect.stringContaining('the dataset is written in "en" already'),
      },
    ]);
  });
});

describe("checkTranslations on raw input", () => {
  it("leaves malformed positions to the schema and checks well-formed ones, however many digits", () => {
    const input = withTranslations(
      { es: { corrections: { "01": {}, "1a": {}, a1: {}, "12": {} } } },
      { corrections: [{ date: "2026-02-05", change: "Changed.", reason: "Because." }] },
    );
    expect(checked(input).map((p) => p.path)).toEqual(["translations.es.corrections.12"]);
  });

  it("lists only ids that are strings, never items without one", () => {
    const input = {
      ...smallDataset(),
      topics: [{ label: "No id" }, { id: 5, label: "A number" }, { id: "diplomacy", label: "D" }],
      translations: { es: { topics: { "5": "Cinco" } } },
    };
    expect(checked(input)).toEqual([
      {
        path: "translations.es.topics.5",
        message: 'translation of an unknown topic "5"; expected one of: diplomacy',
      },
    ]);
  });

  it("does not stop at null where objects belong", () => {
    const nulls = [
      { es: null },
      { es: { events: { meeting: null } } },
      { es: { events: { meeting: { media: null, discrepancies: { "0": null } } } } },
      { es: { eras: { thaw: null } } },
    ];
    const event = sampleEvent({
      discrepancies: [{ about: "the date", accounts: [{ source: "article", says: "Monday." }] }],
    });
    for (const translations of nulls) {
      expect(checked({ ...smallDataset([event]), translations })).toEqual([]);
    }
    expect(
      checked({ ...smallDataset(), topics: null, translations: { es: { topics: { a: "A" } } } }),
    ).toEqual([
      {
        path: "translations.es.topics.a",
        message: 'translation of an unknown topic "a"; expected one of: none',
      },
    ]);
  });
});

/** The whole-dataset checks alone, on raw input (the schema's own reports left out). */
function checked(input: unknown): Problem[] {
  const problems: Problem[] = [];
  checkTranslations(input as Record<string, unknown>, problems);
  return problems;
}
