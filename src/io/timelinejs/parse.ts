/**
 * TimelineJS3 JSON → Détente. TimelineJS has slides, not diplomatic events: no parties, no
 * scores. Events land between placeholder parties with a neutral score, and the report says so.
 * `group` becomes the topic, `media.url` a linked source, `unique_id` the id. The exporter in
 * the other direction lives in io/timelinejs/serialize.ts and is re-exported here.
 */
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { htmlToText } from "../shared/htmlText.ts";
import { ImportLog } from "../pipeline/log.ts";
import { guard } from "../pipeline/guard.ts";
import { warnReplacementChars } from "../pipeline/warnings.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { isRecord, readJson } from "../shared/jsonInput.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";
import type { ImportResult } from "../pipeline/report.ts";
import type { Slide, SlideDate } from "./slide.ts";
import { addSlide, slideSpan, textField } from "./slide.ts";

export { exportTimelineJs } from "./serialize.ts";

const TIME_FIELDS = ["hour", "minute", "second", "millisecond"] as const;

function slideDate(value: unknown): SlideDate | undefined {
  if (!isRecord(value)) return undefined;
  return {
    year: value["year"],
    month: value["month"],
    day: value["day"],
    hasTime: TIME_FIELDS.some((f) => textField(value[f]).trim() !== ""),
  };
}

function readSlide(value: Record<string, unknown>, line: number | undefined): Slide {
  const text = isRecord(value["text"]) ? value["text"] : {};
  const media = isRecord(value["media"]) ? value["media"] : {};
  const start = slideDate(value["start_date"]);
  const startDate = isRecord(value["start_date"]) ? value["start_date"] : {};
  // TimelineJS reads `display_date`; its own cosmological example writes `display_text`.
  const startDisplay = textField(startDate["display_date"]) || textField(startDate["display_text"]);
  return {
    start,
    end: slideDate(value["end_date"]),
    headline: textField(text["headline"]),
    text: textField(text["text"]),
    mediaUrl: textField(media["url"]),
    mediaCaption: textField(media["caption"]),
    mediaCredit: textField(media["credit"]),
    group: htmlToText(textField(value["group"])),
    displayDate: textField(value["display_date"]) || startDisplay,
    uniqueId: textField(value["unique_id"]),
    line,
  };
}

export function parseTimelineJs(text: string, options: ImportOptions = {}): ImportResult {
  return guard("timelinejs-json", () => {
    const log = new ImportLog();
    const json = readJson(text, "timelinejs-json", log);
    if (!json.ok) return json.result;
    const root = json.value;
    if (!isRecord(root) || !Array.isArray(root["events"])) {
      log.problem('expected a TimelineJS object with an "events" array');
      return { ok: false, report: log.report("timelinejs-json", 0) };
    }
    warnReplacementChars(log, text);
    const builder = new DatasetBuilder(
      {
        format: "timelinejs-json",
        formatName: "TimelineJS",
        publisher: "TimelineJS JSON file",
        fileName: options.fileName,
        parties: options.parties,
        goldstein: options.goldstein,
      },
      log,
    );
    const eventLines = jsonItemLines(text, ["events"]);
    root["events"].forEach((event: unknown, index) => {
      const line = eventLines(index);
      if (!isRecord(event)) log.skip("event is not an object", line);
      else addSlide(builder, log, readSlide(event, line));
    });

    const eras: unknown = root["eras"];
    const eraLines = jsonItemLines(text, ["eras"]);
    (Array.isArray(eras) ? eras : []).forEach((era: unknown, index) => {
      const line = eraLines(index);
      if (!isRecord(era)) return log.skip("era: not an object", line);
      const slide = readSlide(era, line);
      const span = slideSpan(slide, log, "era: ");
      if (span) builder.addEra({ label: htmlToText(slide.headline), ...span, line });
    });

    const title = isRecord(root["title"]) ? readSlide(root["title"], undefined) : undefined;
    return builder.finish({
      title: title === undefined ? undefined : htmlToText(title.headline),
      description: title === undefined ? undefined : htmlToText(title.text),
      idHint: "imported-timeline",
    });
  });
}
