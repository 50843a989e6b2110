/**
 * Détente → TimelineJS3 JSON, so a dataset opens in TimelineJS. Dates keep only the parts their
 * precision has (a year-precision date is `{year}`: TimelineJS then shows just the year).
 * TimelineJS renders headline and text as HTML, so both are escaped. Everything TimelineJS has
 * no field for travels in the `detente` extension (io/timelinejs/extension.ts), so the file
 * imports back to the same dataset.
 *
 * Years before 1 go out the way TimelineJS counts them: −500 for 500 BCE (EDTF's −0499), and a
 * dataset reaching beyond what a JavaScript Date holds is marked with TimelineJS's
 * "cosmological" scale, whose axis counts years rather than days.
 */
import { isPreciseDate, parseEdtf } from "../../model/date.ts";
import { bceFromAstronomical } from "../shared/edtfParts.ts";
import type { Dataset, DatasetEvent, Source } from "../../model/schema.ts";
import { escapeHtml } from "../shared/htmlText.ts";
import {
  datasetExtension,
  headlineHtml,
  paragraphHtml,
  slideExtension,
  type DatasetExtension,
  type SlideExtension,
} from "./extension.ts";

export interface TimelineJsDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

export interface TimelineJsText {
  readonly headline: string;
  readonly text?: string;
}

export interface TimelineJsMedia {
  readonly url: string;
  readonly caption?: string;
  readonly credit?: string;
  readonly alt?: string;
}

export interface TimelineJsSlide {
  readonly start_date: TimelineJsDate;
  readonly end_date?: TimelineJsDate;
  readonly text: TimelineJsText;
  readonly display_date?: string;
  readonly group?: string;
  readonly unique_id: string;
  readonly media?: TimelineJsMedia;
  readonly detente?: SlideExtension;
}

export interface TimelineJsEra {
  readonly start_date: TimelineJsDate;
  readonly end_date: TimelineJsDate;
  readonly text: TimelineJsText;
}

export interface TimelineJsDocument {
  readonly title: { readonly text: TimelineJsText };
  readonly events: readonly TimelineJsSlide[];
  readonly eras?: readonly TimelineJsEra[];
  readonly detente?: DatasetExtension;
  readonly scale?: "human" | "cosmological";
}

/** TimelineJS's human scale builds JavaScript Dates, which stop about 271,800 years BCE. */
const HUMAN_SCALE_YEARS = 271_000;

function toTimelineDate(edtf: string): TimelineJsDate {
  const date = parseEdtf(edtf);
  if (!isPreciseDate(date)) return { year: Number(edtf.slice(0, 4)) || 0 };
  return {
    year: bceFromAstronomical(date.year),
    ...(date.month === undefined ? {} : { month: date.month }),
    ...(date.day === undefined ? {} : { day: date.day }),
  };
}

function media(
  event: DatasetEvent,
  sources: ReadonlyMap<string, Source>,
): TimelineJsMedia | undefined {
  // The event's own media first; else its first linked source, shown as a link card.
  if (event.media) {
    const { url, caption, credit, alt } = event.media;
    return {
      url,
      ...(caption === undefined ? {} : { caption: escapeHtml(caption) }),
      ...(credit === undefined ? {} : { credit: escapeHtml(credit) }),
      ...(alt === undefined ? {} : { alt }),
    };
  }
  for (const citation of event.citations) {
    const source = sources.get(citation.source);
    if (source?.url !== undefined) {
      return {
        url: source.url,
        caption: escapeHtml(source.title),
        credit: escapeHtml(source.publisher),
      };
    }
  }
  return undefined;
}

export function exportTimelineJs(dataset: Dataset): TimelineJsDocument {
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const events = dataset.events.map((event): TimelineJsSlide => {
    const firstTopic = event.topics[0];
    const group = firstTopic === undefined ? undefined : (topics.get(firstTopic) ?? firstTopic);
    const link = media(event, sources);
    return {
      start_date: toTimelineDate(event.date),
      ...(event.end === undefined ? {} : { end_date: toTimelineDate(event.end) }),
      text: { headline: headlineHtml(event.title), text: paragraphHtml(event.summary) },
      ...(event.dateLabel === undefined ? {} : { display_date: escapeHtml(event.dateLabel) }),
      ...(group === undefined ? {} : { group: escapeHtml(group) }),
      unique_id: event.id,
      ...(link === undefined ? {} : { media: link }),
      detente: slideExtension(event),
    };
  });
  const eras = (dataset.eras ?? []).map((era): TimelineJsEra => ({
    start_date: toTimelineDate(era.start),
    end_date: toTimelineDate(era.end),
    text: { headline: escapeHtml(era.label) },
  }));
  const years = [...events, ...eras].flatMap((slide) => [
    slide.start_date.year,
    slide.end_date?.year ?? 0,
  ]);
  const cosmological = years.some((year) => Math.abs(year) > HUMAN_SCALE_YEARS);
  return {
    ...(cosmological ? { scale: "cosmological" as const } : {}),
    title: {
      text: { headline: headlineHtml(dataset.title), text: paragraphHtml(dataset.description) },
    },
    events,
    ...(eras.length > 0 ? { eras } : {}),
    detente: datasetExtension(dataset),
  };
}
