/**
 * The dataset's own texts in the reader's language: a dataset may carry `translations` of its
 * title, description, labels and event texts. Each text falls back on its own to the dataset's
 * language, so a partial translation still shows everything, and ids, dates, codes, the titles
 * of sources and quotes never change (a quote is evidence: it is shown as it was said, and its
 * translation, where given, beside it).
 */
import type {
  Citation,
  Dataset,
  DatasetEvent,
  Discrepancy,
  EventTranslation,
  Translation,
} from "./schema.ts";

/** The language a dataset is written in (English unless it says otherwise). */
export function datasetLang(dataset: Pick<Dataset, "lang">): string {
  return dataset.lang ?? "en";
}

/** The translation into `lang`, or undefined when the dataset is written in it or has none. */
export function translationFor(
  dataset: Pick<Dataset, "lang" | "translations">,
  lang: string,
): Translation | undefined {
  if (lang === datasetLang(dataset)) return undefined;
  return dataset.translations?.[lang];
}

/** The languages a reader can read the dataset's texts in: its own first, then its translations. */
export function datasetLangs(dataset: Pick<Dataset, "lang" | "translations">): string[] {
  const own = datasetLang(dataset);
  return [own, ...Object.keys(dataset.translations ?? {}).filter((lang) => lang !== own)];
}

/** `translated` when given, else the original. */
function pick(original: string, translated: string | undefined): string {
  return translated ?? original;
}

/** An optional text: translated only where the original exists (validation reports the rest). */
function pickOptional(original: string | undefined, translated: string | undefined) {
  return original === undefined ? undefined : (translated ?? original);
}

/** The object with optional fields set, or left out when undefined (exactOptionalPropertyTypes). */
function withOptional<T extends object>(item: T, fields: Partial<T>): T {
  const absent = new Set(
    Object.entries(fields).flatMap(([key, value]) => (value === undefined ? [key] : [])),
  );
  const kept = Object.entries({ ...item, ...fields }).filter(([key]) => !absent.has(key));
  return Object.fromEntries(kept) as T;
}

function localizeCitation(
  citation: Citation,
  translation: { note?: string | undefined } | undefined,
): Citation {
  if (translation?.note === undefined) return citation;
  return withOptional(citation, { note: pickOptional(citation.note, translation.note) });
}

function localizeDiscrepancy(
  discrepancy: Discrepancy,
  translation: NonNullable<EventTranslation["discrepancies"]>[string] | undefined,
): Discrepancy {
  if (translation === undefined) return discrepancy;
  return withOptional(discrepancy, {
    about: pick(discrepancy.about, translation.about),
    resolution: pickOptional(discrepancy.resolution, translation.resolution),
    accounts: discrepancy.accounts.map((account, i) => {
      const says = translation.accounts?.[String(i)]?.says;
      return says === undefined ? account : { ...account, says };
    }),
  });
}

/** One event in the reader's language (the same object when nothing of it is translated). */
export function localizeEvent(
  event: DatasetEvent,
  translation: EventTranslation | undefined,
): DatasetEvent {
  if (translation === undefined) return event;
  const { citations, discrepancies } = translation;
  return withOptional(event, {
    title: pick(event.title, translation.title),
    summary: pick(event.summary, translation.summary),
    scoreNote: pickOptional(event.scoreNote, translation.scoreNote),
    dateLabel: pickOptional(event.dateLabel, translation.dateLabel),
    media:
      event.media === undefined || translation.media === undefined
        ? event.media
        : withOptional(event.media, {
            caption: pickOptional(event.media.caption, translation.media.caption),
            alt: pickOptional(event.media.alt, translation.media.alt),
          }),
    citations:
      citations === undefined
        ? event.citations
        : event.citations.map((c, i) => localizeCitation(c, citations[String(i)])),
    discrepancies:
      discrepancies === undefined || event.discrepancies === undefined
        ? event.discrepancies
        : event.discrepancies.map((d, i) => localizeDiscrepancy(d, discrepancies[String(i)])),
  });
}

function localize(dataset: Dataset, tr: Translation): Dataset {
  const events = tr.events ?? {};
  const corrections = tr.corrections ?? {};
  const partyName = <P extends { code: string; name: string }>(party: P): P =>
    tr.parties?.[party.code] === undefined ? party : { ...party, name: tr.parties[party.code] };
  return withOptional(dataset, {
    title: pick(dataset.title, tr.title),
    description: pick(dataset.description, tr.description),
    parties: [partyName(dataset.parties[0]), partyName(dataset.parties[1])],
    thirdParties: dataset.thirdParties?.map(partyName),
    topics: dataset.topics.map((topic) => ({
      ...topic,
      label: pick(topic.label, tr.topics?.[topic.id]),
    })),
    actors: dataset.actors.map((actor) => {
      const own = tr.actors?.[actor.id];
      return own === undefined
        ? actor
        : { ...actor, name: pick(actor.name, own.name), role: pick(actor.role, own.role) };
    }),
    eras: dataset.eras?.map((era) => ({
      ...era,
      label: pick(era.label, tr.eras?.[era.id]?.label),
      ...(era.summary === undefined
        ? {}
        : { summary: pick(era.summary, tr.eras?.[era.id]?.summary) }),
    })),
    sources: dataset.sources.map((source) => {
      const publisher = tr.sources?.[source.id]?.publisher;
      return publisher === undefined ? source : { ...source, publisher };
    }),
    events: dataset.events.map((event) => localizeEvent(event, events[event.id])),
    corrections: dataset.corrections?.map((correction, i) => {
      const own = corrections[String(i)];
      return own === undefined
        ? correction
        : {
            ...correction,
            change: pick(correction.change, own.change),
            reason: pick(correction.reason, own.reason),
          };
    }),
  });
}

const cache = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * The dataset as a reader of `lang` sees it: every text that has a translation replaced by it,
 * the rest as written. The same object when there is nothing to translate, so callers can key
 * their caches on it; computed once per dataset and language.
 */
export function localizeDataset(dataset: Dataset, lang: string): Dataset {
  const translation = translationFor(dataset, lang);
  if (translation === undefined) return dataset;
  let byLang = cache.get(dataset);
  if (!byLang) {
    byLang = new Map();
    cache.set(dataset, byLang);
  }
  let localized = byLang.get(lang);
  if (!localized) {
    localized = localize(dataset, translation);
    byLang.set(lang, localized);
  }
  return localized;
}

/**
 * The translation of a citation's quote into `lang`, if the dataset gives one and the quote is
 * not already in that language (its source's language, else the dataset's).
 */
export function quoteTranslation(
  dataset: Dataset,
  lang: string,
  eventId: string,
  citationIndex: number,
): string | undefined {
  const event = dataset.events.find((e) => e.id === eventId);
  const citation = event?.citations[citationIndex];
  if (citation?.quote === undefined) return undefined;
  if (quoteLang(dataset, citation) === lang) return undefined;
  return dataset.translations?.[lang]?.events?.[eventId]?.citations?.[String(citationIndex)]?.quote;
}

/** The language a citation's quote is in: its source's, else the dataset's. */
export function quoteLang(dataset: Dataset, citation: Pick<Citation, "source">): string {
  return dataset.sources.find((s) => s.id === citation.source)?.lang ?? datasetLang(dataset);
}
