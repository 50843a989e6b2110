/**
 * A TimelineJS document with Détente's `detente` extension (io/timelinejs/extension.ts) → the
 * dataset it was exported from. The dataset's parties, sources, topics, actors, eras, view and
 * corrections come from the top-level extension; each slide's event from its own extension,
 * with what TimelineJS shows (headline, text, dates, group) winning where it was edited there.
 * A slide added in TimelineJS, without an extension, becomes an event between the dataset's
 * parties with a neutral score, citing its media link or the imported file. The result is validated like any dataset.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Citation, Source, Topic } from "../../model/schema.ts";
import { IMPORTED_FILE_SOURCE } from "../shared/datasetBuilder.ts";
import { edtfFromParts, readPart } from "../shared/edtfParts.ts";
import { escapeHtml, htmlToText } from "../shared/htmlText.ts";
import { isRecord } from "../shared/jsonInput.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";
import { checkUrl, hostOf } from "../shared/safeUrl.ts";
import { IdAllocator } from "../shared/slug.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { plural } from "../pipeline/log.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import type { ImportResult } from "../pipeline/report.ts";
import { validateDataset } from "../../model/validate.ts";
import { EXTENSION_KEY, headlineHtml, paragraphHtml } from "./extension.ts";
import { readSlide } from "./jsonSlide.ts";
import { textField, type SlideDate } from "./slide.ts";

type Loose = Record<string, unknown>;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const records = (value: unknown): Loose[] => list(value).filter(isRecord);
const stringOf = (value: unknown): string => (typeof value === "string" ? value : "");

/** The extension's text unless the visible HTML no longer reads as it: then the edit. */
function visibleWins(html: string, kept: unknown, write: (text: string) => string): string {
  const text = stringOf(kept);
  return text !== "" && html === write(text) ? text : htmlToText(html);
}

function dateOf(date: SlideDate | undefined): string | undefined {
  if (date === undefined) return undefined;
  const year = readPart(date.year);
  if (year !== undefined && !year.present) return undefined;
  // TimelineJS counts years before 1 as BCE (−500 is 500 BCE), as the plain slide reader does.
  const parsed = edtfFromParts(date.year, date.month, date.day, "", "bce");
  return parsed.ok ? parsed.date : undefined;
}

export function importExtended(
  root: Loose,
  text: string,
  options: ImportOptions,
  log: ImportLog,
): ImportResult {
  const ext = root[EXTENSION_KEY] as Loose;
  const { version: _version, ...kept } = ext;
  const parties = list(ext["parties"]);
  const partyCodes = records(parties).map((p) => stringOf(p["code"]));
  const sources = records(ext["sources"]) as unknown as Source[];
  const topics = records(ext["topics"]) as unknown as Topic[];
  const sourceIds = new IdAllocator();
  for (const s of sources) sourceIds.take([stringOf(s.id)], "source");
  const topicIds = new IdAllocator();
  for (const t of topics) topicIds.take([stringOf(t.id)], "topic");

  // Lookups by map: a file with tens of thousands of topics must not cost a scan per slide.
  const labelOf = new Map(topics.map((t) => [t.id, t.label]));
  const topicByLabel = new Map<string, string>();
  for (const t of topics) if (!topicByLabel.has(t.label)) topicByLabel.set(t.label, t.id);
  const sourceByUrl = new Map(sources.map((s) => [s.url, s.id]));
  const topicFor = (label: string): string => {
    const found = topicByLabel.get(label);
    if (found !== undefined) return found;
    const topic = { id: topicIds.take([label], "topic"), label };
    topics.push(topic);
    topicByLabel.set(label, topic.id);
    return topic.id;
  };
  const sourceFor = (url: string, caption: string, credit: string): string => {
    const found = sourceByUrl.get(url);
    if (found !== undefined) return found;
    const host = hostOf(url);
    const title = htmlToText(caption) || url;
    const source = {
      id: sourceIds.take([title, host], "link"),
      title,
      publisher: htmlToText(credit) || host,
      url,
    };
    sources.push(source);
    sourceByUrl.set(url, source.id);
    return source.id;
  };
  let fileSource: string | undefined;
  const theFile = (): string => {
    if (fileSource !== undefined) return fileSource;
    fileSource = sourceIds.take([IMPORTED_FILE_SOURCE], IMPORTED_FILE_SOURCE);
    sources.push({
      id: fileSource,
      title: options.fileName?.trim() || "Imported data",
      publisher: "TimelineJS JSON file",
    });
    return fileSource;
  };

  const slides = list(root["events"]);
  const eventIds = new IdAllocator();
  for (const slide of slides)
    if (isRecord(slide) && isRecord(slide[EXTENSION_KEY]))
      eventIds.take([textField(slide["unique_id"])], "event");
  const slideLines = jsonItemLines(text, ["events"]);
  const events: unknown[] = [];
  const lines: (number | undefined)[] = [];
  slides.forEach((value, index) => {
    const line = slideLines(index);
    if (!isRecord(value)) return log.skip("event is not an object", line);
    const slide = readSlide(value, line);
    const date = dateOf(slide.start);
    if (date === undefined) return log.skip("missing or invalid start date", line);
    const end = dateOf(slide.end);
    const group = textField(value["group"]);
    const own = value[EXTENSION_KEY];
    let event: Loose;
    if (isRecord(own)) {
      const ownTopics = list(own["topics"]);
      const first = ownTopics[0];
      const firstLabel = typeof first === "string" ? labelOf.get(first) : undefined;
      const groupKept = firstLabel === undefined ? group === "" : group === escapeHtml(firstLabel);
      const { end: _end, ...rest } = own;
      event = {
        ...rest,
        id: textField(value["unique_id"]),
        title: visibleWins(slide.headline, own["title"], headlineHtml),
        summary: visibleWins(slide.text, own["summary"], paragraphHtml),
        date,
        ...(end === undefined ? {} : { end }),
        topics: groupKept ? ownTopics : [topicFor(htmlToText(group))],
      };
    } else {
      // Added in TimelineJS: what a plain slide says, between the dataset's parties.
      const title = htmlToText(slide.headline);
      const media = checkUrl(slide.mediaUrl);
      const citation: Citation = {
        source: media.ok ? sourceFor(media.url, slide.mediaCaption, slide.mediaCredit) : theFile(),
      };
      event = {
        id: eventIds.take([slide.uniqueId, title], "event"),
        title,
        summary: htmlToText(slide.text) || title,
        date,
        ...(end === undefined ? {} : { end }),
        topics: [topicFor(htmlToText(group) || "General")],
        actors: [],
        initiator: partyCodes[0],
        target: partyCodes[1],
        score: 0,
        citations: [citation],
      };
      log.warn(
        "timelinejs-plain-slide",
        (n) =>
          `${plural(n, "slide has", "slides have")} no Détente details (added in TimelineJS?): ` +
          "placed between the dataset's parties, without actors, scored 0 (neutral)",
        line,
      );
    }
    events.push(event);
    lines.push(line);
  });
  if (events.length === 0) {
    log.problem("no events could be imported from this file");
    return { ok: false, report: log.report("timelinejs-json", 0) };
  }

  const title = isRecord(root["title"]) ? readSlide(root["title"], undefined) : undefined;
  const dataset: Loose = {
    ...kept,
    title:
      title === undefined
        ? kept["title"]
        : visibleWins(title.headline, kept["title"], headlineHtml),
    description:
      title === undefined
        ? kept["description"]
        : visibleWins(title.text, kept["description"], paragraphHtml),
    sources,
    topics,
    events,
  };
  const validated = validateDataset(dataset, options.goldstein ?? codesUsed(events));
  if (!validated.ok) {
    log.addProblems(
      validated.error.map((problem) => {
        const index = /^events\[(\d+)\]/.exec(problem.path)?.[1];
        const line = index === undefined ? undefined : lines[Number(index)];
        return line === undefined ? problem : { ...problem, line };
      }),
    );
    return { ok: false, report: log.report("timelinejs-json", 0) };
  }
  return {
    ok: true,
    dataset: validated.value,
    report: log.report("timelinejs-json", validated.value.events.length),
  };
}

/** Without a CAMEO table, well-formed codes are accepted unchecked (as for other imports). */
function codesUsed(events: readonly unknown[]): GoldsteinTable {
  return new Map(
    events.flatMap((e) =>
      isRecord(e) && typeof e["cameo"] === "string" ? [[e["cameo"], 0] as const] : [],
    ),
  );
}
