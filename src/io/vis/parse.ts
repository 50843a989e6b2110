/**
 * vis-timeline items → Détente. An item array (`[{id, content, start, end?, type?, group?}]`)
 * or a `{items, groups}` object, as a vis DataSet is commonly saved. `content` is HTML (shown
 * as text), the optional `title` tooltip becomes the summary, `group` the topic (named by the
 * groups list when present), and `type: "background"` items are eras.
 */
import { DatasetBuilder } from "../shared/datasetBuilder.ts";
import { htmlToText } from "../shared/htmlText.ts";
import { ImportLog } from "../pipeline/log.ts";
import { warnBadEnd, warnReplacementChars, warnTimeOfDay } from "../pipeline/warnings.ts";
import { guard } from "../pipeline/guard.ts";
import type { ImportOptions } from "../pipeline/options.ts";
import { isRecord, readJson } from "../shared/jsonInput.ts";
import { jsonItemLines, type ItemLines } from "../shared/jsonLocations.ts";
import type { ImportResult } from "../pipeline/report.ts";
import { textField } from "../timelinejs/slide.ts";
import { readVisDate } from "./date.ts";

function groupLabels(groups: unknown): Map<string, string> {
  const labels = new Map<string, string>();
  if (!Array.isArray(groups)) return labels;
  for (const group of groups) {
    if (!isRecord(group)) continue;
    const id = textField(group["id"]);
    const label = htmlToText(textField(group["content"]));
    if (id !== "" && label !== "") labels.set(id, label);
  }
  return labels;
}

function addItem(
  builder: DatasetBuilder,
  log: ImportLog,
  item: Record<string, unknown>,
  groups: ReadonlyMap<string, string>,
  line: number | undefined,
): void {
  const isEra = item["type"] === "background";
  const prefix = isEra ? "era: " : "";
  const start = readVisDate(item["start"]);
  if (start === undefined) return log.skip(`${prefix}missing start date`, line);
  if (!start.ok) return log.skip(`${prefix}${start.reason}`, line, `start: ${start.detail}`);
  const end = readVisDate(item["end"]);
  if (end !== undefined && !end.ok) {
    if (isEra) return log.skip(`era: ${end.reason}`, line, `end: ${end.detail}`);
    warnBadEnd(log, line);
  }
  if (start.hasTime || (end?.ok === true && end.hasTime)) {
    warnTimeOfDay(log, line);
  }
  const content = htmlToText(textField(item["content"]));
  if (isEra) {
    if (end === undefined) return log.skip("era: background item without an end", line);
    if (end.ok) builder.addEra({ label: content, start: start.date, end: end.date, line });
    return;
  }
  const group = textField(item["group"]);
  builder.addEvent({
    idCandidates: [textField(item["id"]), content],
    title: content,
    summary: htmlToText(textField(item["title"])),
    date: start.date,
    end: end?.ok === true ? end.date : undefined,
    topicLabels: group === "" ? [] : [groups.get(group) ?? group],
    line,
  });
}

function importItems(
  input: unknown,
  options: ImportOptions,
  lines: (path: readonly string[]) => ItemLines,
  log: ImportLog,
): ImportResult {
  const items = Array.isArray(input) ? input : isRecord(input) ? input["items"] : undefined;
  if (!Array.isArray(items)) {
    log.problem('expected an array of vis-timeline items, or an object with an "items" array');
    return { ok: false, report: log.report("vis-json", 0) };
  }
  const itemLines = lines(Array.isArray(input) ? [] : ["items"]);
  const groups = groupLabels(isRecord(input) ? input["groups"] : undefined);
  const builder = new DatasetBuilder(
    {
      format: "vis-json",
      formatName: "vis-timeline",
      publisher: "vis-timeline items (JSON)",
      fileName: options.fileName,
      parties: options.parties,
      goldstein: options.goldstein,
    },
    log,
  );
  items.forEach((item: unknown, index) => {
    const line = itemLines(index);
    if (!isRecord(item)) log.skip("item is not an object", line);
    else addItem(builder, log, item, groups, line);
  });
  return builder.finish({ title: undefined, description: undefined, idHint: "imported-timeline" });
}

/** Items already in memory (a vis DataSet's `get()`), which may hold Date objects. */
export function importVisItems(input: unknown, options: ImportOptions = {}): ImportResult {
  return guard("vis-json", () =>
    importItems(input, options, () => () => undefined, new ImportLog()),
  );
}

export function parseVisTimeline(text: string, options: ImportOptions = {}): ImportResult {
  return guard("vis-json", () => {
    const log = new ImportLog();
    const json = readJson(text, "vis-json", log);
    if (!json.ok) return json.result;
    warnReplacementChars(log, text);
    return importItems(json.value, options, (path) => jsonItemLines(text, path), log);
  });
}
