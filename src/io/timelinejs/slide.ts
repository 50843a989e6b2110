/**
 * One TimelineJS slide (a JSON event or a spreadsheet row) → one Détente event. The JSON and
 * CSV importers only differ in how they read the fields; the meaning of the fields is here.
 */
import type { Citation, EventMedia } from "../../model/schema.ts";
import type { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { edtfFromParts, readPart } from "../shared/edtfParts.ts";
import { htmlToText } from "../shared/htmlText.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { plural } from "../pipeline/log.ts";
import { warnBadEnd, warnDroppedLink, warnTimeOfDay } from "../pipeline/warnings.ts";
import { checkUrl } from "../shared/safeUrl.ts";
import { slugify } from "../shared/slug.ts";

export interface SlideDate {
  readonly year: unknown;
  readonly month: unknown;
  readonly day: unknown;
  /** True when the date has a time of day, which Détente dates (days at most) cannot keep. */
  readonly hasTime: boolean;
}

export interface Slide {
  readonly start: SlideDate | undefined;
  readonly end: SlideDate | undefined;
  readonly headline: string;
  readonly text: string;
  readonly mediaUrl: string;
  readonly mediaCaption: string;
  readonly mediaCredit: string;
  /** TimelineJS's `media.alt` (JSON only: the spreadsheet has no such column). */
  readonly mediaAlt: string;
  readonly group: string;
  readonly displayDate: string;
  readonly uniqueId: string;
  readonly line: number | undefined;
}

/** A string field, whatever the file put there (numbers are fine; objects are not text). */
export function textField(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return "";
}

/** Era dates: the same date rules, but an era needs both ends. */
export function slideSpan(
  slide: Pick<Slide, "start" | "end" | "line">,
  log: ImportLog,
  prefix: string,
): { start: string; end: string } | undefined {
  const { start, end, line } = slide;
  if (!start || !end) {
    log.skip(`${prefix}missing start or end date`, line);
    return undefined;
  }
  const from = edtfFromParts(start.year, start.month, start.day, prefix, "bce");
  const to = edtfFromParts(end.year, end.month, end.day, prefix, "bce");
  for (const date of [from, to]) {
    if (!date.ok) {
      log.skip(date.reason, line, date.detail);
      return undefined;
    }
  }
  if (start.hasTime || end.hasTime) warnTimeOfDay(log, line);
  return from.ok && to.ok ? { start: from.date, end: to.date } : undefined;
}

export function addSlide(builder: DatasetBuilder, log: ImportLog, slide: Slide): void {
  const { line } = slide;
  if (!slide.start) {
    log.skip("missing start date", line);
    return;
  }
  const start = edtfFromParts(slide.start.year, slide.start.month, slide.start.day, "", "bce");
  if (!start.ok) {
    log.skip(start.reason, line, start.detail);
    return;
  }
  let end: string | undefined;
  // An end date without a year (`"end_date": {}`, empty End Year cells) means no end date.
  const endYear = slide.end === undefined ? undefined : readPart(slide.end.year);
  if (slide.end && !(endYear !== undefined && !endYear.present)) {
    const parsed = edtfFromParts(slide.end.year, slide.end.month, slide.end.day, "", "bce");
    if (parsed.ok) end = parsed.date;
    else warnBadEnd(log, line);
  }
  if (slide.start.hasTime || slide.end?.hasTime === true) warnTimeOfDay(log, line);

  // The media stays media: an image is shown with its caption and credit, a video or a post is
  // a link (src/model/media.ts). Embed HTML pasted where a URL belongs is dropped with a warning.
  const citations: Citation[] = [];
  const checked = checkUrl(slide.mediaUrl);
  let media: EventMedia | undefined;
  if (checked.ok) {
    const caption = htmlToText(slide.mediaCaption);
    const credit = htmlToText(slide.mediaCredit);
    const alt = htmlToText(slide.mediaAlt);
    media = {
      url: checked.url,
      ...(caption === "" ? {} : { caption }),
      ...(credit === "" ? {} : { credit }),
      ...(alt === "" ? {} : { alt }),
    };
  } else if (checked.reason === "not-http") warnDroppedLink(log, line);

  const displayDate = htmlToText(slide.displayDate);
  const id = builder.addEvent({
    idCandidates: [slide.uniqueId, htmlToText(slide.headline)],
    title: htmlToText(slide.headline),
    summary: htmlToText(slide.text),
    date: start.date,
    end,
    topicLabels: slide.group.trim() === "" ? [] : [slide.group],
    citations,
    media,
    dateLabel: displayDate === "" ? undefined : displayDate,
    line,
  });
  const wanted = slugify(slide.uniqueId);
  if (id !== undefined && wanted !== "" && id !== wanted) {
    log.warn(
      "duplicate-id",
      (n) => `${plural(n, "id was", "ids were")} already used: renamed with -2, -3…`,
      line,
    );
  }
}
