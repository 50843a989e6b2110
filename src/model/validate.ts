/**
 * Validates a dataset and reports every problem at once, each with its JSON path.
 * Shape problems come from zod; the whole-dataset checks below run on the raw input too,
 * guarding every access, so a file with a typo in one event still gets its references checked.
 */
import type { GoldsteinTable } from "./cameo.ts";
import type { PreciseDate } from "./date.ts";
import type { EdtfInterval } from "./date.ts";
import { isPreciseDate, parseEdtf, parseEdtfInterval, spanStart, toEdtf } from "./date.ts";
import type { OrderInput } from "./order.ts";
import { ownSpan, resolveOrder } from "./order.ts";
import type { Dataset } from "./schema.ts";
import { isEdtfDateForm, isEdtfIntervalForm } from "./schema.ts";
import { fastDatasetSchema } from "./fastSchema.ts";
import type { z } from "zod";
import type { Problem, Result } from "./result.ts";
import { formatPath } from "./result.ts";
import { checkTranslations } from "./validateTranslations.ts";

type Loose = Record<string, unknown>;

const EVENT_DATES = ["date", "end"] as const;

const isRecord = (value: unknown): value is Loose =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asString = (value: unknown): string | undefined =>
  typeof value === "string" ? value : undefined;

/** Ids a reference must name: a Set, or the Map of first positions checkUniqueIds keeps. */
interface KnownIds {
  has(id: string): boolean;
  keys(): Iterable<string>;
}

/**
 * The ids of `items`, each with its first position; a repeated id is a problem at its path. The
 * map itself answers the references (no copy into a Set, a second table of 100,000 entries).
 */
function checkUniqueIds(
  items: unknown[],
  collection: string,
  problems: Problem[],
): ReadonlyMap<string, number> {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const id = isRecord(item) ? asString(item["id"]) : undefined;
    if (id === undefined) return;
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push({
        path: `${collection}[${index}].id`,
        message: `duplicate id "${id}" (already used by ${collection}[${first}])`,
      });
    } else seen.set(id, index);
  });
  return seen;
}

/**
 * An id that must name one of `known`. The path may be given as a function, called only for a
 * problem: a million events' references are checked without writing a million paths.
 */
function checkReference(
  value: unknown,
  known: KnownIds,
  path: string | (() => string),
  what: string,
  problems: Problem[],
): void {
  if (typeof value !== "string" || known.has(value)) return;
  const list = [...known.keys()].slice(0, 12).join(", ");
  problems.push({
    path: typeof path === "string" ? path : path(),
    message: `unknown ${what} "${value}"; expected one of: ${list}`,
  });
}

/** Calendar validity beyond the pattern (2025-02-30) and end-not-before-start. */
function checkDateRange(
  start: unknown,
  end: unknown,
  base: string,
  names: readonly [string, string],
  problems: Problem[],
): void {
  const from = calendarDate(start, base, names[0], problems);
  const to = calendarDate(end, base, names[1], problems);
  if (from && to && spanStart(to) < spanStart(from)) {
    problems.push({
      path: `${base}.${names[1]}`,
      message: `${names[1]} "${asString(end)}" is before ${names[0]} "${asString(start)}"`,
    });
  }
}

/** A date that is one (2025-02-30 is reported), or undefined. */
function calendarDate(
  value: unknown,
  base: string,
  name: string,
  problems: Problem[],
): PreciseDate | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const date = parseEdtf(text);
  if (isPreciseDate(date)) return date;
  // The pattern check already reported malformed strings; only report impossible calendar dates.
  if (isEdtfDateForm(text)) problems.push({ path: `${base}.${name}`, message: date.error });
  return undefined;
}

/** A valid calendar date from raw input, or undefined (other checks report why). */
function preciseDate(value: unknown): PreciseDate | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const date = parseEdtf(text);
  return isPreciseDate(date) ? date : undefined;
}

/**
 * `after` links: known ids, no cycle, and no response whose own date ends before a cause can
 * start (an event dated 2025-10-19 cannot follow one of 2025-10-24).
 */
function checkOrder(events: unknown[], known: KnownIds, problems: Problem[]): void {
  let linked = false;
  events.forEach((event, i) => {
    if (!isRecord(event)) return;
    const id = asString(event["id"]);
    asArray(event["after"]).forEach((ref, j) => {
      linked = true;
      checkReference(ref, known, `events[${i}].after[${j}]`, "event", problems);
      if (ref === id)
        problems.push({
          path: `events[${i}].after[${j}]`,
          message: `an event cannot follow itself ("${id}")`,
        });
    });
  });
  // Without a link there is no order to check: most large files, spared a second pass.
  if (!linked) return;
  const inputs: OrderInput[] = [];
  const positions: number[] = [];
  const dates: string[] = [];
  events.forEach((event, i) => {
    if (!isRecord(event)) return;
    const id = asString(event["id"]);
    const after = asArray(event["after"]);
    const date = preciseDate(event["date"]);
    if (id === undefined || date === undefined) return;
    const within = intervalOf(event["within"]);
    const span = ownSpan(date, within);
    if (span.startMs >= span.spanEndMs) return; // Reported by checkWithin.
    inputs.push({
      id,
      ...span,
      after: after.filter((ref): ref is string => typeof ref === "string" && ref !== id),
    });
    positions.push(i);
    // Bounds that did not parse (reported by checkWithin) placed nothing: not named here.
    dates.push(
      within === undefined ? toEdtf(date) : `${toEdtf(date)} within ${asString(event["within"])}`,
    );
  });
  if (!inputs.some((input) => (input.after?.length ?? 0) > 0)) return;
  const byId = new Map(inputs.map((input) => [input.id, input]));
  for (const problem of resolveOrder(inputs).problems) {
    const input = inputs[problem.index] as OrderInput;
    const ref = input.after?.[problem.ref] ?? "";
    const rawAfter = asArray((events[positions[problem.index] ?? 0] as Loose)["after"]);
    const path = `events[${positions[problem.index]}].after[${rawAfter.indexOf(ref)}]`;
    if (problem.kind === "cycle") {
      problems.push({
        path,
        message: `"after" links form a cycle: ${problem.cycle.join(" → ")}; a response cannot precede its own cause`,
      });
    } else {
      const cause = byId.get(problem.causeId);
      const own = dates[problem.index] ?? "";
      const causeStart = new Date(problem.causeEarliestMs).toISOString().slice(0, 10);
      problems.push({
        path,
        message:
          `"${input.id}" is dated ${own}, which ends before "${problem.causeId}" ` +
          `${cause && cause.startMs === problem.causeEarliestMs ? "starts" : "can start"} ` +
          `(${causeStart}); expected a date on or after its cause, or no "after" link`,
      });
    }
  }
}

/** A well-formed `within` interval from raw input, or undefined (checkWithin reports why). */
function intervalOf(value: unknown): EdtfInterval | undefined {
  const text = asString(value);
  if (text === undefined) return undefined;
  const parsed = parseEdtfInterval(text);
  return "error" in parsed ? undefined : parsed;
}

/** `within`: real dates, in order, and overlapping the event's own date. */
function checkWithin(event: Loose, base: string, problems: Problem[]): void {
  const text = asString(event["within"]);
  // The shape is zod's to report; here only what a well-shaped interval can still get wrong
  // (30 February, an end before the start).
  if (text === undefined || !isEdtfIntervalForm(text)) return;
  const parsed = parseEdtfInterval(text);
  if ("error" in parsed) {
    problems.push({ path: `${base}.within`, message: parsed.error });
    return;
  }
  const date = preciseDate(event["date"]);
  if (date === undefined) return;
  const span = ownSpan(date, parsed);
  if (span.startMs >= span.spanEndMs)
    problems.push({
      path: `${base}.within`,
      message: `interval "${text}" does not overlap the event's date "${toEdtf(date)}"; expected an interval the date can lie in`,
    });
}

/**
 * zod's own words for a record key it rejects are "Invalid key in record"; the key's schema
 * knows what was expected ("a whole number", "a slug"), so say that, naming the key.
 */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== "invalid_key") return issue.message;
  const key = issue.path.at(-1);
  const expected = issue.issues[0]?.message ?? issue.message;
  return `key ${JSON.stringify(String(key))}: ${expected}`;
}

export function validateDataset(input: unknown, goldstein: GoldsteinTable): Result<Dataset> {
  const problems: Problem[] = [];
  const parsed = fastDatasetSchema().safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ path: formatPath(issue.path), message: issueMessage(issue) });
    }
  }
  if (!isRecord(input)) {
    return { ok: false, error: problems };
  }

  const codesOf = (list: unknown): string[] =>
    asArray(list).flatMap((p) => {
      const code = isRecord(p) ? asString(p["code"]) : undefined;
      return code ? [code] : [];
    });
  const ownCodes = codesOf(input["parties"]);
  // Third countries may appear in context events and as actors' parties, never as a party twice.
  asArray(input["thirdParties"]).forEach((p, i) => {
    const code = isRecord(p) ? asString(p["code"]) : undefined;
    if (code !== undefined && ownCodes.includes(code))
      problems.push({
        path: `thirdParties[${i}].code`,
        message: `"${code}" is already one of the dataset's two parties`,
      });
  });
  const partyCodes = new Set([...ownCodes, ...codesOf(input["thirdParties"])]);
  const sources = checkUniqueIds(asArray(input["sources"]), "sources", problems);
  const topics = checkUniqueIds(asArray(input["topics"]), "topics", problems);
  const actors = checkUniqueIds(asArray(input["actors"]), "actors", problems);
  const events = asArray(input["events"]);
  const eventIds = checkUniqueIds(events, "events", problems);
  const eras = asArray(input["eras"]);
  checkUniqueIds(eras, "eras", problems);

  asArray(input["actors"]).forEach((actor, i) => {
    if (isRecord(actor))
      checkReference(actor["party"], partyCodes, `actors[${i}].party`, "party", problems);
  });
  asArray(input["sources"]).forEach((source, i) => {
    if (isRecord(source))
      checkDateRange(source["published"], undefined, `sources[${i}]`, ["published", ""], problems);
  });
  eras.forEach((era, i) => {
    if (isRecord(era))
      checkDateRange(era["start"], era["end"], `eras[${i}]`, ["start", "end"], problems);
  });

  const view = input["view"];
  if (isRecord(view)) checkDateRange(view["from"], view["to"], "view", ["from", "to"], problems);

  // Every event, so written to allocate little for an event without problems: loops rather than
  // callbacks per list, and each reference's path written only when a problem is reported.
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    if (!isRecord(event)) continue;
    const base = `events[${i}]`;
    checkDateRange(event["date"], event["end"], base, EVENT_DATES, problems);
    checkWithin(event, base, problems);
    const eventTopics = asArray(event["topics"]);
    for (let j = 0; j < eventTopics.length; j++)
      checkReference(eventTopics[j], topics, () => `${base}.topics[${j}]`, "topic", problems);
    const eventActors = asArray(event["actors"]);
    for (let j = 0; j < eventActors.length; j++)
      checkReference(eventActors[j], actors, () => `${base}.actors[${j}]`, "actor", problems);
    // Codes outside the two parties must be declared in thirdParties (names for readers, and
    // a typo such as "CLO" is still caught).
    checkReference(event["initiator"], partyCodes, () => `${base}.initiator`, "party", problems);
    checkReference(event["target"], partyCodes, () => `${base}.target`, "party", problems);
    if (asString(event["initiator"]) !== undefined && event["initiator"] === event["target"])
      problems.push({
        path: `${base}.target`,
        message: `target "${asString(event["target"])}" is the initiator too; expected another party`,
      });
    const citations = asArray(event["citations"]);
    for (let j = 0; j < citations.length; j++) {
      const citation = citations[j];
      if (isRecord(citation))
        checkReference(
          citation["source"],
          sources,
          () => `${base}.citations[${j}].source`,
          "source",
          problems,
        );
    }
    asArray(event["discrepancies"]).forEach((d, j) => {
      if (!isRecord(d)) return;
      asArray(d["accounts"]).forEach((a, k) => {
        if (isRecord(a))
          checkReference(
            a["source"],
            sources,
            `${base}.discrepancies[${j}].accounts[${k}].source`,
            "source",
            problems,
          );
      });
    });
    const cameo = asString(event["cameo"]);
    if (cameo !== undefined && /^\d{2,4}$/.test(cameo) && !goldstein.has(cameo)) {
      problems.push({
        path: `${base}.cameo`,
        message: `unknown CAMEO code "${cameo}"; expected a code from GDELT's CAMEO table`,
      });
    }
    if (event["score"] === undefined && cameo === undefined) {
      problems.push({
        path: `${base}.score`,
        message: "expected a score (-10 to 10) or a CAMEO code to take it from",
      });
    }
  }

  checkOrder(events, eventIds, problems);
  asArray(input["corrections"]).forEach((correction, i) => {
    if (!isRecord(correction)) return;
    checkDateRange(correction["date"], undefined, `corrections[${i}]`, ["date", ""], problems);
    asArray(correction["events"]).forEach((id, j) =>
      checkReference(id, eventIds, `corrections[${i}].events[${j}]`, "event", problems),
    );
  });

  checkTranslations(input, problems);

  if (problems.length > 0 || !parsed.success) {
    // In document order (events[2] before events[10]), so a report reads top to bottom.
    problems.sort((a, b) => a.path.localeCompare(b.path, "en", { numeric: true }));
    return { ok: false, error: problems };
  }
  return { ok: true, value: parsed.data };
}
