/**
 * Round trips: for random valid datasets, export → import is the identity in each format
 * (Détente JSON, Détente Arrow, Détente CSV, TimelineJS with its `detente` extension), and the worked cases of
 * what a CSV export used to lose, counted on the bundled dataset.
 */
import fc from "fast-check";
import { datasetToCsv } from "../../src/io/csv/serialize.ts";
import { parseCsv } from "../../src/io/csv/parse.ts";
import { importDetenteArrow } from "../../src/io/arrow/import.ts";
import { serializeArrow } from "../../src/io/arrow/serialize.ts";
import { importDetenteJson } from "../../src/io/detente/import.ts";
import { serializeDataset } from "../../src/io/detente/serialize.ts";
import { importText } from "../../src/io/pipeline/detect.ts";
import { exportTimelineJs } from "../../src/io/timelinejs/parse.ts";
import type { ImportResult } from "../../src/io/pipeline/report.ts";
import type {
  Citation,
  Dataset,
  DatasetEvent,
  Party,
  Source,
  Topic,
} from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { usColombia } from "../helpers/render.tsx";
import { goldstein } from "./fixtures.ts";

const RUNS = 60;

/** Characters that break naive CSV, HTML and list handling, and some that are merely foreign. */
const TRICKY = [
  ..."abcXYZ019 ;|,\"'=+-@<>&\n\t/#()".split(""),
  "é",
  "ñ",
  "ß",
  "中",
  "😀",
  "\u00a0",
  "&amp;",
  "<b>",
  "(COL)",
];

/** Text as the schema keeps it: non-empty, no surrounding whitespace (zod trims). */
const text = fc
  .string({ unit: fc.constantFrom(...TRICKY), minLength: 1, maxLength: 12 })
  .map((s) => s.trim())
  .filter((s) => s !== "");

/** Labels from a small pool too, so records share labels and names collide with ids. */
const label = fc.oneof(text, fc.constantFrom("Diplomacy", "Trade", "trade", "a", "b-c"));

/** Ids, often from the labels' pool: a label that is another record's id must not mislead. */
const slug = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9]{0,5}(-[a-z0-9]{1,3})?$/),
  fc.constantFrom("a", "trade", "b-c"),
);

const year = fc.integer({ min: 1950, max: 2030 });

/** An EDTF date of year, month or day precision in `y`. */
const dateIn = (y: number) =>
  fc
    .tuple(
      fc.integer({ min: 1, max: 3 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([precision, m, d]) => {
      const yyyy = String(y).padStart(4, "0");
      const mm = String(m).padStart(2, "0");
      if (precision === 1) return yyyy;
      if (precision === 2) return `${yyyy}-${mm}`;
      return `${yyyy}-${mm}-${String(d).padStart(2, "0")}`;
    });

/** A span: a start in `y` and an end in a later year. */
const span = (y: number) =>
  fc.tuple(
    dateIn(y),
    fc.integer({ min: 1, max: 3 }).chain((k) => dateIn(y + k)),
  );

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

/** `{ key: value }` when defined: datasets never hold `key: undefined`. */
function present<T extends object>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

const score = fc.double({ min: -10, max: 10, noNaN: true }).map((x) => (Object.is(x, -0) ? 0 : x));

const CAMEO = ["010", "043", "163", "0211", "19"];

const datasetArb: fc.Arbitrary<Dataset> = fc
  .record({
    id: slug,
    title: text,
    description: text,
    schema: maybe(fc.constantFrom("./schema/dataset.schema.json", "https://example.org/s.json")),
    partyNames: fc.tuple(label, label, label),
    third: fc.boolean(),
    sources: fc.uniqueArray(
      fc.record({
        id: slug,
        title: label,
        publisher: text,
        url: maybe(fc.constantFrom("https://example.org/a", "http://news.example/x?q=1&r=2")),
        published: maybe(year.chain(dateIn)),
        lang: maybe(fc.constantFrom("en", "es")),
      }),
      { minLength: 1, maxLength: 4, selector: (s) => s.id },
    ),
    topics: fc.uniqueArray(fc.record({ id: slug, label }), {
      minLength: 1,
      maxLength: 4,
      selector: (t) => t.id,
    }),
    actors: fc.uniqueArray(fc.record({ id: slug, name: label, side: fc.nat(2), role: text }), {
      maxLength: 4,
      selector: (a) => a.id,
    }),
    lang: maybe(fc.constantFrom("en", "fr")),
    translated: fc.boolean(),
    eras: fc.uniqueArray(
      fc.record({ id: slug, label, span: year.chain(span), summary: maybe(text) }),
      {
        maxLength: 2,
        selector: (e) => e.id,
      },
    ),
    view: maybe(year.chain(span)),
    eventCount: fc.integer({ min: 1, max: 5 }),
    seed: fc.array(fc.nat(1000), { minLength: 60, maxLength: 60 }),
    events: fc.array(
      fc.record({
        title: text,
        summary: text,
        start: dateIn(0),
        end: fc.boolean(),
        approximate: maybe(fc.boolean()),
        cameo: maybe(fc.constantFrom(...CAMEO)),
        score: maybe(score),
        scoreNote: maybe(text),
        weight: maybe(fc.double({ min: 0, max: 5, noNaN: true })),
        within: fc.boolean(),
        context: fc.boolean(),
        dateLabel: maybe(text),
        media: maybe(
          fc.record({
            caption: maybe(text),
            credit: maybe(text),
            alt: maybe(text),
          }),
        ),
        citations: fc.array(
          fc.record({ source: fc.nat(10), quote: maybe(text), note: maybe(text) }),
          { minLength: 1, maxLength: 3 },
        ),
        discrepancy: maybe(
          fc.record({ about: text, says: fc.tuple(text, text), resolution: maybe(text) }),
        ),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    corrections: fc.array(fc.record({ change: text, reason: text, linked: fc.boolean() }), {
      maxLength: 2,
    }),
  })
  .map((r): Dataset => {
    const parties: [Party, Party] = [
      { code: "USA", name: r.partyNames[0] },
      { code: "COL", name: r.partyNames[1] },
    ];
    const thirdParties: Party[] = r.third ? [{ code: "VEN", name: r.partyNames[2] }] : [];
    const codes = [...parties, ...thirdParties].map((p) => p.code);
    const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
    const sources: Source[] = r.sources.map((s) => present({ ...s }));
    const topics: Topic[] = r.topics;
    const actors = r.actors.map((a) => ({
      id: a.id,
      name: a.name,
      party: pick(codes, a.side),
      role: a.role,
    }));
    // Years rise with the position, so `after` links to earlier events never contradict dates.
    const events: DatasetEvent[] = r.events.map((e, i) => {
      const y = 1960 + 10 * i;
      const date = `${y}${e.start.slice(4)}`;
      const n = (k: number) => r.seed[(i * 7 + k) % r.seed.length] ?? 0;
      const citations: Citation[] = e.citations.map((c) =>
        present({ source: pick(sources, c.source).id, quote: c.quote, note: c.note }),
      );
      const earlier = i > 0 && n(1) % 2 === 0 ? [`event-${n(2) % i}`] : undefined;
      return present({
        id: `event-${i}`,
        title: e.title,
        summary: e.summary,
        date,
        end: e.end ? `${y + 1 + (n(3) % 3)}` : undefined,
        approximate: e.approximate,
        topics: [...new Set([pick(topics, n(4)).id, pick(topics, n(5)).id])],
        actors: [...new Set(actors.filter((_, k) => (n(6) >> k) % 2 === 1).map((a) => a.id))],
        initiator: e.context && thirdParties.length > 0 ? "VEN" : "USA",
        target: "COL",
        after: earlier,
        within: e.within ? `${date.slice(0, 4)}/..` : undefined,
        cameo: e.cameo,
        // Every event needs a score or a CAMEO code to take one from.
        score: e.score ?? (e.cameo === undefined ? (n(8) % 21) - 10 : undefined),
        scoreNote: e.scoreNote,
        weight: e.weight,
        dateLabel: e.dateLabel,
        media:
          e.media === undefined
            ? undefined
            : present({ url: `https://example.org/media-${i}.jpg`, ...e.media }),
        citations,
        discrepancies:
          e.discrepancy === undefined
            ? undefined
            : [
                present({
                  about: e.discrepancy.about,
                  accounts: e.discrepancy.says.map((says, k) => ({
                    source: pick(sources, n(7) + k).id,
                    says,
                  })),
                  resolution: e.discrepancy.resolution,
                }),
              ],
      });
    });
    return present({
      $schema: r.schema,
      id: r.id,
      title: r.title,
      description: r.description,
      lang: r.lang,
      // A Spanish translation of the title and of the first event's title (the dataset is in
      // English or French: a translation into its own language would be refused).
      translations: r.translated
        ? { es: { title: `${r.title} (es)`, events: { "event-0": { title: "Un título" } } } }
        : undefined,
      parties,
      thirdParties: thirdParties.length > 0 ? thirdParties : undefined,
      sources,
      topics,
      actors,
      events,
      eras:
        r.eras.length > 0
          ? r.eras.map((e) =>
              present({
                id: e.id,
                label: e.label,
                start: e.span[0],
                end: e.span[1],
                summary: e.summary,
              }),
            )
          : undefined,
      view: r.view === undefined ? undefined : { from: r.view[0], to: r.view[1] },
      corrections:
        r.corrections.length > 0
          ? r.corrections.map((c, k) =>
              present({
                date: `${2000 + k}`,
                change: c.change,
                reason: c.reason,
                events: c.linked ? [events[0]?.id ?? "event-0"] : undefined,
              }),
            )
          : undefined,
    });
  });

/** The dataset as the app holds it: validated (which is also a check on the generator). */
function valid(dataset: Dataset): Dataset {
  const result = validateDataset(dataset, goldstein);
  if (!result.ok)
    throw new Error(`generator made an invalid dataset: ${JSON.stringify(result.error)}`);
  return result.value;
}

function imported(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(JSON.stringify(result.report.problems.slice(0, 3)));
  return result.dataset;
}

const chartScore = (e: DatasetEvent): number => e.score ?? goldstein.get(e.cameo ?? "") ?? 0;

describe("export → import is the identity (random valid datasets)", () => {
  it("Détente JSON", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = valid(generated);
        const back = imported(importDetenteJson(serializeDataset(dataset), { goldstein }));
        expect(back).toEqual(dataset);
      }),
      { numRuns: RUNS },
    );
  });

  it("Détente JSON → Arrow → Détente", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = valid(generated);
        const json = imported(importDetenteJson(serializeDataset(dataset), { goldstein }));
        const back = imported(importDetenteArrow(serializeArrow(json), { goldstein }));
        expect(back).toEqual(dataset);
        expect(serializeDataset(back)).toBe(serializeDataset(dataset));
      }),
      { numRuns: RUNS },
    );
  });

  it("Détente CSV, through format detection as the import dialog does it", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = valid(generated);
        const csv = datasetToCsv(dataset, chartScore);
        const result = importText(`\uFEFF${csv}\r\n`, { goldstein, fileName: "x.csv" });
        expect(result.report.format).toBe("csv");
        expect(result.report.warnings).toEqual([]);
        expect(imported(result)).toEqual(dataset);
      }),
      { numRuns: RUNS },
    );
  });

  it("TimelineJS with the detente extension", () => {
    fc.assert(
      fc.property(datasetArb, (generated) => {
        const dataset = valid(generated);
        const json = JSON.stringify(exportTimelineJs(dataset), null, 2);
        const result = importText(json, { goldstein });
        expect(result.report.format).toBe("timelinejs-json");
        expect(imported(result)).toEqual(dataset);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("what a CSV export of the bundled dataset keeps", () => {
  const dataset = usColombia();
  const back = imported(parseCsv(datasetToCsv(dataset, chartScore), { goldstein }));
  const count = (d: Dataset, pick: (c: Citation) => string | undefined) =>
    d.events.flatMap((e) => e.citations.flatMap((c) => (pick(c) === undefined ? [] : [1]))).length;

  it("every quote, citation note and source", () => {
    expect(count(dataset, (c) => c.quote)).toBeGreaterThan(20);
    expect(count(back, (c) => c.quote)).toBe(count(dataset, (c) => c.quote));
    expect(count(back, (c) => c.note)).toBe(count(dataset, (c) => c.note));
    expect(count(back, (c) => c.note)).toBeGreaterThan(0);
    expect(back.sources).toEqual(dataset.sources);
    expect(back.sources.length).toBeGreaterThan(1);
  });

  it("event ids, so ?event= links still open the same event", () => {
    expect(back.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
  });

  it("eras, party names, actors with roles, scores and CAMEO codes", () => {
    expect(back.eras).toEqual(dataset.eras);
    expect(back.eras?.length).toBe(3);
    expect(back.parties.map((p) => p.name)).toEqual(["United States", "Colombia"]);
    expect(back.actors).toEqual(dataset.actors);
    expect(back.events.map((e) => [e.score, e.cameo, e.date])).toEqual(
      dataset.events.map((e) => [e.score, e.cameo, e.date]),
    );
    expect(back).toEqual(dataset);
  });
});

describe("the formula guard on import", () => {
  /** A one-event dataset whose title is `title`, through CSV and back. */
  function titleBack(title: string): { cell: string; back: string } {
    const dataset = valid(smallDataset([sampleEvent({ title })]));
    const csv = datasetToCsv(dataset, chartScore);
    const result = parseCsv(csv, { goldstein });
    const row = csv.split("\r\n")[1] ?? "";
    return { cell: row, back: imported(result).events[0]?.title ?? "" };
  }

  it.each([
    '=HYPERLINK("http://evil.example","click")',
    "+1 and more",
    "-5 is a title",
    "@SUM(1,1)",
    "'=typed apostrophe then a formula",
    "''+two typed apostrophes",
    "'just a quoted word'",
    "it's plain",
  ])("gives back %j exactly", (title) => {
    expect(titleBack(title).back).toBe(title);
  });

  it("writes the guard in front of triggers and typed apostrophes before them, not elsewhere", () => {
    // papaparse quotes a guarded cell, the apostrophe inside the quotes.
    expect(titleBack("=1+1").cell).toContain(`,"'=1+1",`);
    expect(titleBack("'=1+1").cell).toContain(`,"''=1+1",`);
    expect(titleBack("'quoted'").cell).toContain(",'quoted',");
  });

  it("removes it from a plain CSV's cells too, and only where a guard would be", () => {
    const csv = "date,title,summary\r\n2025-01-01,'=SUM(A1),'plain apostrophe\r\n";
    const event = imported(parseCsv(csv, { goldstein })).events[0];
    expect(event?.title).toBe("=SUM(A1)");
    expect(event?.summary).toBe("'plain apostrophe");
  });
});
