/**
 * The compiled parsers (src/model/compiled/parsers.ts) against zod's interpreter on the same
 * schemas: whatever the compiled code accepts, zod accepts with the same output, and the dataset
 * schema built on them reports exactly zod's problems, at the same paths.
 */
import fc from "fast-check";
import { INVALID } from "zod";
import { parseEvent, parseSource } from "../../src/model/compiled/parsers.ts";
import { fastDatasetSchema } from "../../src/model/fastSchema.ts";
import { datasetSchema, eventSchema, sourceSchema } from "../../src/model/schema.ts";
import { readFileSync } from "node:fs";
import { smallDataset } from "../helpers/dataset.ts";

type Edit = readonly [key: string, value: unknown, remove: boolean];

/** Each field's edits: set to one of its values (or undefined), or removed. */
const editsOf = (fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Edit>[] =>
  Object.entries(fields).map(([key, value]) =>
    fc.tuple(fc.constant(key), fc.option(value, { nil: undefined }), fc.boolean()),
  );

/** An object with the edits applied in turn. */
function edited(object: object, edits: readonly Edit[]): Record<string, unknown> {
  let changed: Record<string, unknown> = { ...object };
  for (const [key, value, remove] of edits)
    changed = remove
      ? Object.fromEntries(Object.entries(changed).filter(([name]) => name !== key))
      : { ...changed, [key]: value };
  return changed;
}

/** Values of the wrong kind, for any field. */
const stray = fc.constantFrom(null, 0, 7.5, true, "", [], {}, ["a"], { a: 1 });

const text = fc.oneof(
  fc.constantFrom("A title", "  padded  ", " ", "\u00a0no-break\u00a0", "ünïcödé", "a\nb", "x"),
  fc.string({ maxLength: 6 }),
  stray,
);
const slug = fc.oneof(
  fc.constantFrom("a", "visa-revocation", "b2", "Bad", "a--b", "-a", "a-", " a"),
  stray,
);
const date = fc.oneof(
  fc.constantFrom("2025", "2025-01", "2025-01-31", "-0499", "Y-13797999999", "Y12345"),
  fc.constantFrom("2025-13", "2025-1-1", " 2025", "2025-02-30", "25", "2025-01-32"),
  stray,
);
const interval = fc.oneof(
  fc.constantFrom("2026-01-03/2026-02-02", "../2026-02-02", "2025/..", "../..", "2025", "a/b"),
  stray,
);
const party = fc.oneof(fc.constantFrom("USA", "COL", "VEN", "usa", "US", "USAA"), stray);
const url = fc.oneof(
  fc.constantFrom("https://example.org/a.png", "http://news.example/x?q=1", " https://a.org "),
  fc.constantFrom("ftp://example.org/a", "javascript:alert(1)", "https://", "not a url"),
  fc.constantFrom("https://exa mple.org", "HTTPS://EXAMPLE.ORG/A", "https://a.org/\t"),
  stray,
);
const number = fc.oneof(
  fc.constantFrom(-10, 10, 0, -0, 3.5, -10.5, 11, Number.NaN, Infinity, -1),
  fc.double(),
  stray,
);
const slugs = fc.oneof(fc.array(slug, { maxLength: 3 }), stray);
const citation = fc.oneof(
  fc.record({ source: slug, quote: text, note: text }, { requiredKeys: [] }),
  stray,
);
const account = fc.record({ source: slug, says: text }, { requiredKeys: [] });
const discrepancy = fc.record(
  { about: text, accounts: fc.oneof(fc.array(account, { maxLength: 3 }), stray), resolution: text },
  { requiredKeys: [] },
);
const media = fc.oneof(
  fc.record({ url, caption: text, credit: text, alt: text }, { requiredKeys: [] }),
  stray,
);

/** Each field's values, good and bad. */
const EVENT_FIELDS = {
  id: slug,
  title: text,
  summary: text,
  date,
  end: date,
  dateLabel: text,
  approximate: fc.oneof(fc.boolean(), stray),
  topics: slugs,
  actors: slugs,
  initiator: party,
  target: party,
  after: slugs,
  within: interval,
  cameo: fc.oneof(fc.constantFrom("163", "0211", "01", "1", "12345", "16a"), stray),
  score: number,
  scoreNote: text,
  weight: number,
  citations: fc.oneof(fc.array(citation, { maxLength: 3 }), stray),
  discrepancies: fc.oneof(fc.array(discrepancy, { maxLength: 2 }), stray),
  media,
};

/** Events that are valid, as most of a real file's are: the compiled code must take them all. */
const validEvent = fc.record(
  {
    id: fc.constantFrom("a", "visa-revocation"),
    title: fc.constantFrom("A title", "  padded  ", "ünï"),
    summary: fc.constantFrom("What happened.", " x "),
    date: fc.constantFrom("2025", "2025-01", "2025-01-31", "-0499"),
    topics: fc.constantFrom(["a"], ["a", "b-c"]),
    actors: fc.constantFrom([], ["x"]),
    initiator: fc.constantFrom("USA", "COL"),
    target: fc.constantFrom("COL", "USA"),
    citations: fc.constantFrom([{ source: "s" }], [{ source: "s", quote: " q ", note: "n" }]),
    score: fc.option(fc.constantFrom(-10, 0, 2.5, 10), { nil: undefined }),
    cameo: fc.option(fc.constantFrom("163", "0211"), { nil: undefined }),
    media: fc.option(fc.constantFrom({ url: "https://example.org/a.png", alt: "A map" }), {
      nil: undefined,
    }),
  },
  {
    requiredKeys: [
      "id",
      "title",
      "summary",
      "date",
      "topics",
      "actors",
      "initiator",
      "target",
      "citations",
    ],
  },
);

/** A field, or one no schema knows (which the strict objects reject), and what it becomes. */
const edit: fc.Arbitrary<Edit> = fc.oneof(
  ...editsOf(EVENT_FIELDS),
  fc.tuple(fc.constantFrom("titel", "unknown"), fc.constant("x"), fc.constant(false)),
);

/**
 * Valid events with up to three fields changed (to a good or bad value, to undefined, or
 * removed), so each rule of the schema is met alone as well as together.
 */
const eventLike = fc
  .tuple(validEvent, fc.array(edit, { maxLength: 3 }))
  .map(([event, edits]) => edited(event, edits));

const SOURCE_FIELDS = {
  id: slug,
  title: text,
  publisher: text,
  lang: fc.oneof(fc.constantFrom("en", "es", "EN", "eng"), stray),
  url,
  published: date,
};

/** A valid source (a CSV row's link), with up to two fields changed or removed. */
const sourceLike = fc
  .tuple(
    fc.record({
      id: fc.constantFrom("s", "row-17"),
      title: fc.constantFrom("https://example.org/a", " A report "),
      publisher: fc.constantFrom("example.org", "El Tiempo"),
    }),
    fc.array(fc.oneof(...editsOf(SOURCE_FIELDS)), { maxLength: 2 }),
  )
  .map(([source, edits]) => edited(source, edits));

/** zod's interpreter, whatever schema.ts configures. */
const interpreted = (schema: typeof eventSchema | typeof sourceSchema, input: unknown) =>
  schema.safeParse(input);

/** What the compiled code accepts, zod accepts too, with the same output. */
function holdsToZod(
  compiled: unknown,
  expected: { readonly success: boolean; readonly data?: unknown },
): void {
  if (compiled === INVALID) return;
  expect(expected.success).toBe(true);
  expect(compiled).toStrictEqual(expected.data);
}

describe("the compiled event parser", () => {
  it("accepts only what zod accepts, with the same output", () => {
    fc.assert(
      fc.property(eventLike, (input) => {
        holdsToZod(parseEvent(input), interpreted(eventSchema, input));
      }),
      { numRuns: 4_000 },
    );
  });

  it("takes every valid event itself, without zod's interpreter", () => {
    fc.assert(
      fc.property(validEvent, (input) => {
        expect(interpreted(eventSchema, input).success).toBe(true);
        expect(parseEvent(input)).toStrictEqual(interpreted(eventSchema, input).data);
      }),
      { numRuns: 500 },
    );
  });

  it("trims texts as the schema does, and builds new objects rather than returning its input", () => {
    const input = { ...smallDataset().events[0], title: "  Padded  " };
    const parsed = parseEvent(input);
    expect(parsed).not.toBe(input);
    expect(parsed !== INVALID && parsed.title).toBe("Padded");
  });
});

describe("the compiled source parser", () => {
  it("accepts only what zod accepts, with the same output", () => {
    fc.assert(
      fc.property(sourceLike, (input) => {
        const compiled = parseSource(input);
        const expected = interpreted(sourceSchema, input);
        holdsToZod(compiled, expected);
        if (expected.success) expect(compiled).toStrictEqual(expected.data);
      }),
      { numRuns: 4_000 },
    );
  });
});

describe("the dataset schema on compiled parsers", () => {
  it("gives zod's answer: the same dataset, or the same problems at the same paths", () => {
    const base = smallDataset();
    fc.assert(
      fc.property(
        fc.array(fc.oneof(validEvent, eventLike), { maxLength: 4 }),
        fc.array(sourceLike, { maxLength: 2 }),
        (events, sources) => {
          const input = { ...base, events, sources: [...base.sources, ...sources] };
          const fast = fastDatasetSchema().safeParse(input);
          const slow = datasetSchema.safeParse(input);
          expect(fast.success).toBe(slow.success);
          if (slow.success) expect(fast.data).toStrictEqual(slow.data);
          else expect(fast.error?.issues).toStrictEqual(slow.error.issues);
        },
      ),
      { numRuns: 600 },
    );
  });

  it("reads the bundled dataset as zod's interpreter does", () => {
    const dataset: unknown = JSON.parse(readFileSync("data/us-colombia.json", "utf8"));
    const fast = fastDatasetSchema().safeParse(dataset);
    expect(fast.success).toBe(true);
    expect(fast).toStrictEqual(datasetSchema.safeParse(dataset));
  });
});
