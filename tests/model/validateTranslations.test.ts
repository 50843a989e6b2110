import { validateDataset } from "../../src/model/validate.ts";
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
    const paths = problemsOf(
      withTranslations({
        es: {
          topics: { tariffs: "Aranceles" },
          actors: { biden: { role: "Presidente" } },
          eras: { freeze: { label: "La helada" } },
          parties: { VEN: "Venezuela" },
          sources: { reuters: { publisher: "Reuters" } },
        },
      }),
    ).map((p) => p.path);
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
