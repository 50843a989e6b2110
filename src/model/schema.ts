/**
 * The Détente dataset format. zod checks each field's shape; `validate.ts` adds the checks
 * that need the whole dataset (references, duplicates, date order, CAMEO codes).
 */
import { z } from "zod";

// zod probes for eval with `new Function("")` when it builds object schemas; under the strict
// Content-Security-Policy the app and its embeds run with, that probe is reported as a
// violation. Jitless parsing never probes. (The one module-level effect in the model: zod's
// configuration is per bundled copy, so a host page's own zod is not touched.)
z.config({ jitless: true });

/**
 * EDTF calendar dates, with level 1's years before 1 ("-0499" is 500 BCE: year 0 is 1 BCE) and
 * its "Y" years of more than four digits ("Y-13797999999", year precision only).
 */
const EDTF_BODY = String.raw`(-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|Y-?[1-9]\d{4,15})`;
const EDTF_PATTERN = new RegExp(`^${EDTF_BODY}$`);
const EDTF_EXPECTED =
  'expected an EDTF date "YYYY", "YYYY-MM" or "YYYY-MM-DD" (its length is its precision; "-0499" is 500 BCE, "Y-13797999999" a year of more than four digits)';

export const slug = z
  .string({ error: "expected a string id" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: "expected a slug: lower-case letters, digits and single hyphens (e.g. visa-revocation)",
  });

const text = (what: string) =>
  z
    .string({ error: `expected ${what} as a string` })
    .trim()
    .min(1, { error: `${what} is empty` });

export const edtfDate = z
  .string({ error: 'expected an EDTF date string "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(EDTF_PATTERN, { error: EDTF_EXPECTED });

const EDTF_SIDE = String.raw`(${EDTF_BODY}|\.\.)`;
const EDTF_INTERVAL_PATTERN = new RegExp(`^${EDTF_SIDE}/${EDTF_SIDE}$`);

/**
 * Whether a text has the form `edtfDate` accepts (its calendar may still be wrong: 2026-02-30).
 * The validator's calendar checks run only on such texts, so a malformed date gets one message.
 */
export const isEdtfDateForm = (text: string): boolean => EDTF_PATTERN.test(text);

/** Whether a text has the form `edtfInterval` accepts, one end at least given. */
export const isEdtfIntervalForm = (text: string): boolean =>
  text !== "../.." && EDTF_INTERVAL_PATTERN.test(text);

/** An EDTF interval such as "2026-01-03/2026-02-02"; ".." leaves one end open. */
export const edtfInterval = z
  .string({ error: 'expected an EDTF interval "FROM/TO" such as "2026-01-03/2026-02-02"' })
  .regex(EDTF_INTERVAL_PATTERN, {
    error:
      'expected an EDTF interval "FROM/TO" of dates "YYYY", "YYYY-MM" or "YYYY-MM-DD", with ".." for an open end (e.g. "../2026-02-02")',
  })
  // Copied as written into the compiled parsers (scripts/compiledSchemas.ts): self-contained.
  .refine((interval) => interval !== "../..", { error: "an interval needs at least one end" });

export const partyCode = z
  .string({ error: "expected an ISO 3166-1 alpha-3 code" })
  .regex(/^[A-Z]{3}$/, { error: "expected an ISO 3166-1 alpha-3 code such as USA or COL" });

export const cameoCode = z
  .string({ error: 'expected a CAMEO code as a string, e.g. "163" (never a number: "010" ≠ "10")' })
  .regex(/^\d{2,4}$/, { error: "expected a CAMEO code of 2 to 4 digits" });

export const partySchema = z.strictObject({
  code: partyCode,
  name: text("party name"),
});

/** A language as an ISO 639-1 code ("en", "es"): the language texts are written in. */
export const langCode = z
  .string({ error: 'expected a language code such as "en" or "es"' })
  .regex(/^[a-z]{2}$/, {
    error: 'expected a two-letter ISO 639-1 language code such as "en" or "es"',
  });

export const sourceSchema = z.strictObject({
  id: slug,
  title: text("source title"),
  publisher: text("publisher"),
  /**
   * The language of the source's title and of the quotes taken from it, when it is not the
   * dataset's: quotes are shown verbatim, so the page marks their language for screen readers.
   */
  lang: langCode.optional(),
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  published: edtfDate.optional(),
});

export const topicSchema = z.strictObject({
  id: slug,
  label: text("topic label"),
});

export const actorSchema = z.strictObject({
  id: slug,
  name: text("actor name"),
  party: partyCode,
  role: text("actor role"),
});

export const citationSchema = z.strictObject({
  source: slug,
  quote: text("quote").optional(),
  note: text("note").optional(),
});

/** What one source says on a point where sources disagree. */
export const accountSchema = z.strictObject({
  source: slug,
  says: text("what the source says"),
});

/**
 * A point on which the sources disagree (a date, an order of events): each account names its
 * source, so a reader sees both versions instead of the editors' choice alone.
 */
export const discrepancySchema = z.strictObject({
  about: text("what the sources disagree about"),
  accounts: z
    .array(accountSchema, { error: "expected an array of accounts" })
    .min(2, { error: "a disagreement needs at least two accounts" }),
  resolution: text("how the dataset resolves it").optional(),
});

/** A correction on the record, as a newspaper prints it: when, what changed and why. */
export const correctionSchema = z.strictObject({
  date: edtfDate,
  change: text("what changed"),
  reason: text("why it changed"),
  events: z.array(slug, { error: "expected an array of event ids" }).optional(),
});

/**
 * A picture or a link that goes with an event. Images are shown (where the deployment trusts
 * their origin, see src/ui/media); video and social posts are shown as plain links, never as
 * third-party players.
 */
export const mediaSchema = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  caption: text("media caption").optional(),
  credit: text("media credit").optional(),
  /** What an image shows, for readers who cannot see it; an image without it is decorative. */
  alt: text("media alt text").optional(),
});

export const eventSchema = z.strictObject({
  id: slug,
  title: text("title"),
  summary: text("summary"),
  date: edtfDate,
  end: edtfDate.optional(),
  /**
   * The date in the source's own words, shown instead of the computed date ("Now", "c. 3000
   * BCE"; TimelineJS's `display_date`). The date still places and orders the event.
   */
  dateLabel: text("date label").optional(),
  approximate: z.boolean({ error: "expected true or false" }).optional(),
  topics: z.array(slug, { error: "expected an array of topic ids" }).min(1, {
    error: "an event needs at least one topic",
  }),
  actors: z.array(slug, { error: "expected an array of actor ids" }),
  /**
   * The dataset's two parties, or a third country's code (declared in `thirdParties`): an event
   * involving a third country is context, shown but never counted in the tension line.
   */
  initiator: partyCode,
  target: partyCode,
  /**
   * Ids of the events this one follows (a response after its cause). The list, story order,
   * tension spreading and date bracket never put it before them; validation rejects cycles and
   * an order the dates contradict.
   */
  after: z.array(slug, { error: "expected an array of event ids" }).optional(),
  /**
   * An EDTF interval the event lies in, when sources bound it more tightly than its date's
   * precision ("2026-01-03/2026-02-02": after the raid, by the day it was reported). Shown as
   * "between … and …", and narrows the bracket, the spreading and the order like `after`.
   */
  within: edtfInterval.optional(),
  cameo: cameoCode.optional(),
  score: z
    .number({ error: "expected a number from -10 to 10" })
    .min(-10, { error: "score must be at least -10 (Goldstein scale)" })
    .max(10, { error: "score must be at most 10 (Goldstein scale)" })
    .optional(),
  scoreNote: text("score note").optional(),
  /** Multiplies the impulse; 0 records an act already counted in another event (say which). */
  weight: z
    .number({ error: "expected a number of 0 or more" })
    .min(0, { error: "weight must be 0 or more" })
    .optional(),
  citations: z
    .array(citationSchema, { error: "expected an array of citations" })
    .min(1, { error: "every event cites at least one source" }),
  discrepancies: z.array(discrepancySchema, { error: "expected an array" }).optional(),
  media: mediaSchema.optional(),
});

export const eraSchema = z.strictObject({
  id: slug,
  label: text("era label"),
  start: edtfDate,
  end: edtfDate,
  /** A sentence or two that introduces the era when a story enters it. */
  summary: text("era summary").optional(),
});

/** The window the dataset opens on, from the start of `from` to the end of `to`. */
export const openingViewSchema = z.strictObject({
  from: edtfDate,
  to: edtfDate,
});

/**
 * A strict object whose unknown fields are reported with the fields it does take: a translation
 * naming a field that does not exist ("titel", or a field that is never translated, such as a
 * date) would otherwise be dropped without a word.
 */
function translationObject<Shape extends z.ZodRawShape>(what: string, shape: Shape) {
  const fields = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")} in a translation of ${what}; expected: ${fields}`
        : undefined,
  });
}

/** An index into a list that has no ids (citations, accounts, corrections), as "0", "1"… */
const indexKey = z.string().regex(/^(0|[1-9]\d*)$/, {
  error: 'expected a position in the list as a whole number ("0" for the first)',
});

const translated = (what: string) => text(`translated ${what}`).optional();

export const eventTranslationSchema = translationObject("an event", {
  title: translated("title"),
  summary: translated("summary"),
  scoreNote: translated("score note"),
  /** The date as the source words it ("13.8 billion years ago"), when the event has one. */
  dateLabel: translated("date label"),
  /** The image's caption and its text alternative; the credit is a name and stays as it is. */
  media: translationObject("media", {
    caption: translated("media caption"),
    alt: translated("media alt text"),
  }).optional(),
  /**
   * By position in the event's citations. A citation's quote is always shown verbatim; `quote`
   * here is its translation, shown beside it and marked as one.
   */
  citations: z
    .record(
      indexKey,
      translationObject("a citation", { quote: translated("quote"), note: translated("note") }),
    )
    .optional(),
  /** By position in the event's discrepancies, and each account by its position. */
  discrepancies: z
    .record(
      indexKey,
      translationObject("a discrepancy", {
        about: translated("subject of the disagreement"),
        resolution: translated("resolution"),
        accounts: z
          .record(indexKey, translationObject("an account", { says: translated("account") }))
          .optional(),
      }),
    )
    .optional(),
});

/**
 * The dataset's own texts in another language. Everything is optional: what is missing is shown
 * in the dataset's language. Ids, dates, codes, names of sources and quotes are never translated.
 */
export const translationSchema = translationObject("a dataset", {
  title: translated("title"),
  description: translated("description"),
  /** Party names by ISO code ("USA": "Estados Unidos"). */
  parties: z.record(partyCode, text("translated party name")).optional(),
  /** Topic labels by topic id. */
  topics: z.record(slug, text("translated topic label")).optional(),
  actors: z
    .record(
      slug,
      translationObject("an actor", { name: translated("name"), role: translated("role") }),
    )
    .optional(),
  eras: z
    .record(
      slug,
      translationObject("an era", { label: translated("label"), summary: translated("summary") }),
    )
    .optional(),
  /** A source's publisher line when it says more than a name ("syndicated by …"). */
  sources: z
    .record(slug, translationObject("a source", { publisher: translated("publisher") }))
    .optional(),
  events: z.record(slug, eventTranslationSchema).optional(),
  /** By position in the corrections list. */
  corrections: z
    .record(
      indexKey,
      translationObject("a correction", {
        change: translated("change"),
        reason: translated("reason"),
      }),
    )
    .optional(),
});

/**
 * The dataset's fields, given the schemas of its events and sources: the two lists that grow
 * with a file (a CSV gives each row a source of its own). fastSchema.ts passes compiled ones.
 */
export function datasetShape<EventSchema extends z.ZodType, SourceSchema extends z.ZodType>(
  event: EventSchema,
  source: SourceSchema,
) {
  return {
    $schema: z.string().optional(),
    id: slug,
    /** The language the dataset's texts are written in; English when absent. */
    lang: langCode.optional(),
    title: text("title"),
    description: text("description"),
    parties: z.tuple([partySchema, partySchema], {
      error: "expected exactly two parties",
    }),
    /** Other countries that appear in context events, with their names. */
    thirdParties: z.array(partySchema, { error: "expected an array of parties" }).optional(),
    sources: z.array(source).min(1, { error: "a dataset needs at least one source" }),
    topics: z.array(topicSchema).min(1, { error: "a dataset needs at least one topic" }),
    actors: z.array(actorSchema),
    events: z.array(event),
    eras: z.array(eraSchema).optional(),
    view: openingViewSchema.optional(),
    /** Corrections on the record, oldest first, shown to readers and kept in exports. */
    corrections: z
      .array(correctionSchema, { error: "expected an array of corrections" })
      .optional(),
    /** The dataset's texts in other languages, by language code: `{ "es": { title, … } }`. */
    translations: z.record(langCode, translationSchema).optional(),
  };
}

export const datasetSchema = z.strictObject(datasetShape(eventSchema, sourceSchema));

export type Party = z.infer<typeof partySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Era = z.infer<typeof eraSchema>;
export type EventMedia = z.infer<typeof mediaSchema>;
export type OpeningView = z.infer<typeof openingViewSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Correction = z.infer<typeof correctionSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type Translation = z.infer<typeof translationSchema>;
export type EventTranslation = z.infer<typeof eventTranslationSchema>;

export function datasetJsonSchema(): unknown {
  return z.toJSONSchema(datasetSchema, { target: "draft-2020-12", io: "input" });
}
