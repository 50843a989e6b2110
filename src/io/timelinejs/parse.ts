/**
 * TimelineJS3 JSON → Détente. TimelineJS has slides, not diplomatic events: no parties, no
 * scores. Events land between placeholder parties with a neutral score, and the report says so.
 * `group` becomes the topic, `media` the event's media, `unique_id` the id. A file Détente
 * exported carries the rest in its `detente` extension (io/timelinejs/extended.ts). The exporter
 * in the other direction lives in io/timelinejs/serialize.ts and is re-exported here.
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
import { addSlide, slideSpan } from "./slide.ts";
import { readSlide } from "./jsonSlide.ts";
import { EXTENSION_KEY } from "./extension.ts";
import { importExtended } from "./extended.ts";

export { exportTimelineJs } from "./serialize.ts";

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
    // Exported by Détente: the extension brings back what TimelineJS has no field for.
    if (isRecord(root[EXTENSION_KEY])) return importExtended(root, text, options, log);
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
