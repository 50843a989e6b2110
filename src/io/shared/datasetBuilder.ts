/**
 * Assembles an imported dataset: parties, topics, actors and sources registered on first use
 * with unique slug ids, events and eras appended in file order, then the whole thing validated
 * with the same `validateDataset` the app uses, so a result that claims success always loads.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import { parseEdtf, isPreciseDate, spanStart } from "../../model/date.ts";
import type { Problem } from "../../model/result.ts";
import type {
  Actor,
  Citation,
  Dataset,
  DatasetEvent,
  Era,
  EventMedia,
  Party,
  Source,
  Topic,
} from "../../model/schema.ts";
import { validateDataset } from "../../model/validate.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { plural } from "../pipeline/log.ts";
import type { ImportFormat, ImportResult } from "../pipeline/report.ts";
import { hostOf } from "./safeUrl.ts";
import { IdAllocator } from "./slug.ts";
import { plainText } from "./htmlText.ts";

export const IMPORTED_FILE_SOURCE = "imported-file";
export const PLACEHOLDER_PARTIES: readonly [Party, Party] = [
  { code: "AAA", name: "Side A" },
  { code: "BBB", name: "Side B" },
];
const MAX_TITLE = 200;

export interface BuilderSetup {
  readonly format: ImportFormat;
  /** What kind of file this is, for the imported-file source ("TimelineJS JSON file"). */
  readonly publisher: string;
  readonly fileName?: string | undefined;
  /** Parties decided by the caller; undefined → placeholders plus a warning naming `formatName`. */
  readonly parties?: readonly [Party, Party] | undefined;
  /** Subject of the placeholder-parties warning: "<formatName> has no notion of parties". */
  readonly formatName: string;
  readonly goldstein?: GoldsteinTable | undefined;
}

export interface EventDraft {
  /** Tried in order (unique_id, headline…); the first that slugifies wins. */
  readonly idCandidates: readonly (string | undefined)[];
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly end?: string | undefined;
  /** The date in the file's own words (TimelineJS display_date), shown instead of the date. */
  readonly dateLabel?: string | undefined;
  readonly topicLabels: readonly string[];
  readonly actors?: readonly string[];
  readonly initiator?: string;
  readonly target?: string;
  readonly cameo?: string | undefined;
  readonly score?: number | undefined;
  /** Where the score comes from, when the format did not give one (a derived mapping). */
  readonly scoreNote?: string | undefined;
  /** The date is the source's best estimate (a week-level date, say). */
  readonly approximate?: boolean | undefined;
  /** Citations beyond the imported file itself (links, named sources). */
  readonly citations?: readonly Citation[];
  /** Note and quote attached to the citation of the imported file. */
  readonly fileNote?: string | undefined;
  readonly fileQuote?: string | undefined;
  /** A checked http(s) URL with its texts (TimelineJS media). */
  readonly media?: EventMedia | undefined;
  readonly line?: number | undefined;
}

export interface EraDraft {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly line?: number | undefined;
}

const nonEmpty = (text: string | undefined): string | undefined => {
  const clean = text === undefined ? "" : plainText(text);
  return clean === "" ? undefined : clean;
};

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export class DatasetBuilder {
  readonly parties: readonly [Party, Party];
  private readonly eventIds = new IdAllocator();
  private readonly topicIds = new IdAllocator();
  private readonly actorIds = new IdAllocator();
  private readonly sourceIds = new IdAllocator();
  private readonly eraIds = new IdAllocator();
  private readonly topics = new Map<string, Topic>();
  private readonly actors = new Map<string, Actor>();
  /** Keyed by URL, or by `name:title` for sources without one. */
  private readonly sourcesByUrl = new Map<string, Source>();
  private readonly events: DatasetEvent[] = [];
  private readonly eventLines: (number | undefined)[] = [];
  private readonly eras: Era[] = [];
  private readonly eraLines: (number | undefined)[] = [];
  private readonly fileSource: Source;

  constructor(
    private readonly setup: BuilderSetup,
    private readonly log: ImportLog,
  ) {
    this.sourceIds.take([IMPORTED_FILE_SOURCE], IMPORTED_FILE_SOURCE);
    this.fileSource = {
      id: IMPORTED_FILE_SOURCE,
      title: nonEmpty(setup.fileName) ?? "Imported data",
      publisher: setup.publisher,
    };
    if (setup.parties) this.parties = setup.parties;
    else {
      this.parties = PLACEHOLDER_PARTIES;
      const [a, b] = PLACEHOLDER_PARTIES;
      log.warn(
        "placeholder-parties",
        () =>
          `${setup.formatName} has no notion of parties: every event was placed between the ` +
          `placeholders ${a.name} (${a.code}) and ${b.name} (${b.code}); choose the real parties`,
      );
    }
  }

  get eventCount(): number {
    return this.events.length;
  }

  topic(label: string | undefined): string {
    const text = nonEmpty(label) ?? "General";
    const key = text.toLowerCase();
    const existing = this.topics.get(key);
    if (existing) return existing.id;
    const topic: Topic = { id: this.topicIds.take([text], "topic"), label: text };
    this.topics.set(key, topic);
    return topic.id;
  }

  /** Registers an actor by party and name; returns its id. */
  actor(name: string, party: string, role: string): string {
    const clean = nonEmpty(name) ?? "Unnamed actor";
    const key = `${party}|${clean.toLowerCase()}`;
    const existing = this.actors.get(key);
    if (existing) return existing.id;
    const actor: Actor = {
      id: this.actorIds.take([clean], "actor"),
      name: clean,
      party,
      role: nonEmpty(role) ?? "actor",
    };
    this.actors.set(key, actor);
    return actor.id;
  }

  /** A source for a checked http(s) URL, shared by every event that links to it. */
  linkSource(url: string, title?: string, publisher?: string): string {
    const existing = this.sourcesByUrl.get(url);
    if (existing) return existing.id;
    const host = hostOf(url);
    const cleanTitle = nonEmpty(title);
    const source: Source = {
      id: this.sourceIds.take([cleanTitle, host], "link"),
      title: cleanTitle === undefined ? url : shorten(cleanTitle, MAX_TITLE),
      publisher: nonEmpty(publisher) ?? host,
      url,
    };
    this.sourcesByUrl.set(url, source);
    return source.id;
  }

  /** A source known only by name (a CSV "source" cell without a URL), shared by title. */
  namedSource(title: string, publisher?: string): string | undefined {
    const clean = nonEmpty(title);
    if (clean === undefined) return undefined;
    const key = `name:${clean.toLowerCase()}`;
    const existing = this.sourcesByUrl.get(key);
    if (existing) return existing.id;
    const source: Source = {
      id: this.sourceIds.take([clean], "source"),
      title: shorten(clean, MAX_TITLE),
      publisher: nonEmpty(publisher) ?? clean,
    };
    this.sourcesByUrl.set(key, source);
    return source.id;
  }

  /** Adds an event and returns its id; undefined (skip counted) when it has no words at all. */
  addEvent(draft: EventDraft): string | undefined {
    const summaryText = nonEmpty(draft.summary);
    let title =
      nonEmpty(draft.title) ??
      (summaryText ? shorten(summaryText.split("\n")[0] ?? "", 80) : undefined);
    if (title === undefined) {
      this.log.skip("event has no headline and no text", draft.line);
      return undefined;
    }
    if (title.length > MAX_TITLE) {
      title = shorten(title, MAX_TITLE);
      this.log.warn(
        "long-title",
        (n) =>
          `${plural(n, "title was", "titles were")} longer than ${MAX_TITLE} characters: shortened`,
        draft.line,
      );
    }
    let end = draft.end;
    if (end !== undefined && endsBefore(draft.date, end)) {
      this.log.warn(
        "end-before-start",
        (n) => `${plural(n, "end date was", "end dates were")} before the start date: dropped`,
        draft.line,
      );
      end = undefined;
    }
    if (draft.score === undefined && draft.cameo === undefined) {
      this.log.warn(
        "no-score",
        // No lines: in formats without scores this is every event, and the count says it all.
        (n) => `${plural(n, "event has", "events have")} no score: scored 0 (neutral)`,
      );
    }
    const fileCitation: Citation = {
      source: IMPORTED_FILE_SOURCE,
      ...optional("quote", nonEmpty(draft.fileQuote)),
      ...optional("note", nonEmpty(draft.fileNote)),
    };
    const labels = draft.topicLabels.length > 0 ? draft.topicLabels : [undefined];
    const topics = [...new Set(labels.map((label) => this.topic(label)))];
    const event: DatasetEvent = {
      id: this.eventIds.take(draft.idCandidates, "event"),
      title,
      summary: summaryText ?? title,
      date: draft.date,
      ...optional("end", end),
      ...(draft.approximate ? { approximate: true } : {}),
      ...optional("dateLabel", nonEmpty(draft.dateLabel)),
      topics,
      actors: [...new Set(draft.actors ?? [])],
      initiator: draft.initiator ?? this.parties[0].code,
      target: draft.target ?? this.parties[1].code,
      ...optional("cameo", draft.cameo),
      ...(draft.score === undefined && draft.cameo === undefined
        ? { score: 0 }
        : optional("score", draft.score)),
      ...optional("scoreNote", nonEmpty(draft.scoreNote)),
      citations: [fileCitation, ...(draft.citations ?? [])],
      ...optional("media", draft.media),
    };
    this.events.push(event);
    this.eventLines.push(draft.line);
    return event.id;
  }

  /** Adds an era; returns false (and counts the skip) when its end is before its start. */
  addEra(draft: EraDraft): boolean {
    if (endsBefore(draft.start, draft.end)) {
      this.log.skip("era: end date before start date", draft.line);
      return false;
    }
    const label = nonEmpty(draft.label) ?? `Era ${this.eras.length + 1}`;
    this.eras.push({
      id: this.eraIds.take([label], "era"),
      label: shorten(label, MAX_TITLE),
      start: draft.start,
      end: draft.end,
    });
    this.eraLines.push(draft.line);
    return true;
  }

  /** Validates and returns the result; any validation problem turns it into a failed import. */
  finish(meta: {
    title?: string | undefined;
    description?: string | undefined;
    idHint: string;
  }): ImportResult {
    const { format } = this.setup;
    if (this.events.length === 0) {
      this.log.problem("no events could be imported from this file");
      return { ok: false, report: this.log.report(format, 0) };
    }
    const title = shorten(nonEmpty(meta.title) ?? this.fileSource.title, MAX_TITLE);
    if (this.topics.size === 0) this.topic(undefined);
    const dataset: Dataset = {
      id: new IdAllocator().take([title], meta.idHint),
      title,
      description:
        nonEmpty(meta.description) ??
        `Imported from ${this.fileSource.title} (${this.setup.publisher}).`,
      parties: [this.parties[0], this.parties[1]],
      sources: [this.fileSource, ...this.sourcesByUrl.values()],
      topics: [...this.topics.values()],
      actors: [...this.actors.values()],
      events: this.events,
      ...(this.eras.length > 0 ? { eras: this.eras } : {}),
    };
    const validated = validateDataset(dataset, this.cameoTable(dataset));
    if (!validated.ok) {
      this.log.addProblems(validated.error.map((p) => this.locate(p)));
      return { ok: false, report: this.log.report(format, 0) };
    }
    return {
      ok: true,
      dataset: validated.value,
      report: this.log.report(format, this.events.length),
    };
  }

  /** The given table, or — when none was given — one that accepts exactly the codes used. */
  private cameoTable(dataset: Dataset): GoldsteinTable {
    if (this.setup.goldstein) return this.setup.goldstein;
    const used = dataset.events.flatMap((e) => (e.cameo === undefined ? [] : [e.cameo]));
    if (used.length > 0)
      this.log.warn(
        "cameo-unchecked",
        () => "CAMEO codes were kept without checking them: no CAMEO table was given",
      );
    return new Map(used.map((code) => [code, 0]));
  }

  private locate(problem: Problem): Problem {
    const match = /^(events|eras)\[(\d+)\]/.exec(problem.path);
    if (!match) return problem;
    const lines = match[1] === "events" ? this.eventLines : this.eraLines;
    const line = lines[Number(match[2])];
    return line === undefined ? problem : { ...problem, line };
  }
}

function endsBefore(start: string, end: string): boolean {
  const from = parseEdtf(start);
  const to = parseEdtf(end);
  return isPreciseDate(from) && isPreciseDate(to) && spanStart(to) < spanStart(from);
}

/** `{ key: value }` when value is defined, `{}` otherwise (exactOptionalPropertyTypes). */
export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]: V });
}
