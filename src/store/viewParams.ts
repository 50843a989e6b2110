/**
 * The view in the URL query: what a shared link restores. Pure (no DOM), so the same rules serve
 * the app, embeds and tests. Parameter names are a public contract: links in the wild use them.
 *
 *   from, to   viewport edges as UTC days, YYYY-MM-DD; `to` is inclusive (the view ends at the
 *              end of that day)
 *   topics     comma-separated topic ids; absent = all topics, present but empty = none; or
 *              ids each prefixed with "-": all topics but those (idListParam.ts)
 *   actors     comma-separated actor ids; same conventions
 *   q          search text
 *   event      selected event id
 *   lanes      topic | actor | party | none
 *   lang       en | es
 *   theme      auto | light | dark
 *   halflife   tension half-life, positive days
 *   story      1: the story presentation is open
 *   step       the story's step: 0 the opening slide, 1 the first event passing the filters, …
 *              (implies story=1; written instead of `event` while the story is open)
 *
 * A parameter equal to its default is left out, so a fresh view has a clean URL. Parameters that
 * are not ours belong to the host page: they are kept byte for byte and never interpreted.
 */
import type { GoldsteinTable } from "../model/cameo.ts";
import { daysInMonth, parseEdtf, spanEnd, spanStart, utcMs } from "../model/date.ts";
import type { Filters } from "../model/filters.ts";
import { NO_FILTERS } from "../model/filters.ts";
import type { Lang } from "../i18n/format.ts";
import type { LaneGrouping } from "../model/lanes.ts";
import type { Dataset } from "../model/schema.ts";
import type { Viewport } from "../model/viewport.ts";
import { selectBounds, selectFilteredEvents } from "./selectors.ts";
import { eventAtStep } from "../model/story.ts";
import { parseIdList } from "./idListParam.ts";
import type { ViewParam } from "./viewParamNames.ts";
import type { Settings, Theme } from "./types.ts";

/** The settings a link carries; the others (motion, uncertainty band…) are the reader's own. */
export type ViewSettings = Pick<Settings, "lanes" | "lang" | "theme" | "halfLife" | "story">;

/** What a store can start from: only the parts the URL set validly. */
export interface ViewInit {
  readonly viewport?: Viewport;
  readonly filters?: Filters;
  readonly selectedId?: string;
  readonly settings?: Partial<ViewSettings>;
}

const LANES: readonly LaneGrouping[] = ["topic", "actor", "party", "none"];
const LANGS: readonly Lang[] = ["en", "es"];
const THEMES: readonly Theme[] = ["auto", "light", "dark"];

/** ISO 8601 days, expanded before year 1 and for deep time ("-0043-03-15", "-13797999999-01-01"). */
const DAY_PATTERN = /^(-?\d{4,12})-(\d{2})-(\d{2})$/;

/** Longest search text taken from a link: a guard against pasted junk, far above any real query. */
const MAX_QUERY_LENGTH = 500;

/**
 * The viewport's default is the whole dataset. Bounds depend only on event dates, never on
 * scores, so an empty score table gives the same bounds as the store's and shares no cache entry.
 */
const NO_SCORES: GoldsteinTable = new Map();

function datasetBounds(dataset: Dataset): Viewport {
  return selectBounds({ dataset, goldstein: NO_SCORES });
}

function warning(param: ViewParam, value: string, expected: string): string {
  return `Détente: ignoring URL parameter ${param}=${JSON.stringify(value)}: expected ${expected}.`;
}

/** A calendar day as `[start, end)` in UTC ms, or what was expected instead. */
function parseDay(text: string): { start: number; end: number } | { error: string } {
  const match = DAY_PATTERN.exec(text);
  if (!match) return { error: "a date as YYYY-MM-DD" };
  const year = Number(match[1]);
  // Days of years beyond four digits: EDTF has no such day, so only the calendar is checked.
  if (Math.abs(year) > 9999) {
    const month = Number(match[2]);
    const day = Number(match[3]);
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
      return { error: "a real date as YYYY-MM-DD" };
    const start = utcMs(year, month - 1, day);
    return { start, end: utcMs(year, month - 1, day + 1) };
  }
  const parsed = parseEdtf(text);
  // parseEdtf checks the calendar: 2025-02-30 and 2025-13-01 do not exist.
  if ("error" in parsed) return { error: `a real date as YYYY-MM-DD (${parsed.error})` };
  return { start: spanStart(parsed), end: spanEnd(parsed) };
}

function pick<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

/** Reads the view from a query string (with or without the leading "?"). Never throws. */
export function parseViewParams(
  search: string,
  dataset: Dataset,
): { init: ViewInit; warnings: string[] } {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  // The first occurrence wins, as URLSearchParams.get does.
  const get = (name: ViewParam): string | null => params.get(name);

  let viewport: Viewport | undefined;
  const fromText = get("from");
  const toText = get("to");
  let from: number | undefined;
  let to: number | undefined;
  if (fromText !== null) {
    const day = parseDay(fromText);
    if ("error" in day) warnings.push(warning("from", fromText, day.error));
    else from = day.start;
  }
  if (toText !== null) {
    const day = parseDay(toText);
    if ("error" in day) warnings.push(warning("to", toText, day.error));
    // `to` names the last day shown: the window ends where the next day begins.
    else to = day.end;
  }
  if (from !== undefined || to !== undefined) {
    // A missing edge is the default edge: the start or end of the whole dataset.
    const bounds = datasetBounds(dataset);
    const edges = { from: from ?? bounds.from, to: to ?? bounds.to };
    if (edges.from < edges.to) viewport = edges;
    else if (from !== undefined && to !== undefined)
      warnings.push(
        `Détente: ignoring URL parameters from=${JSON.stringify(fromText)} and ` +
          `to=${JSON.stringify(toText)}: expected from on or before to.`,
      );
    else if (from !== undefined)
      warnings.push(warning("from", fromText ?? "", "a date before the end of the data"));
    else warnings.push(warning("to", toText ?? "", "a date after the start of the data"));
  }

  let filters: Filters | undefined;
  const topicsText = get("topics");
  const actorsText = get("actors");
  const query = get("q");
  const topics =
    topicsText === null
      ? undefined
      : parseIdList(
          "topics",
          topicsText,
          dataset.topics.map((topic) => topic.id),
          warnings,
        );
  const actors =
    actorsText === null
      ? undefined
      : parseIdList(
          "actors",
          actorsText,
          dataset.actors.map((actor) => actor.id),
          warnings,
        );
  let queryValue: string | undefined;
  if (query !== null) {
    // URLSearchParams turns broken percent-encoding into U+FFFD: that text was never typed.
    if (query.includes("\uFFFD") || /\p{Cc}/u.test(query))
      warnings.push(
        warning("q", query, "search text (this has broken encoding or control characters)"),
      );
    else if (query.length > MAX_QUERY_LENGTH)
      warnings.push(warning("q", query, `search text of at most ${MAX_QUERY_LENGTH} characters`));
    else queryValue = query;
  }
  if (topics !== undefined || actors !== undefined || queryValue !== undefined) {
    filters = {
      ...NO_FILTERS,
      ...(topics === undefined ? {} : { topics }),
      ...(actors === undefined ? {} : { actors }),
      ...(queryValue === undefined ? {} : { query: queryValue }),
    };
  }

  let selectedId: string | undefined;
  const eventText = get("event");
  if (eventText !== null) {
    if (dataset.events.some((event) => event.id === eventText)) selectedId = eventText;
    else warnings.push(warning("event", eventText, "the id of an event in this dataset"));
  }

  const settings: { -readonly [K in keyof ViewSettings]?: ViewSettings[K] } = {};
  const lanesText = get("lanes");
  if (lanesText !== null) {
    const lanes = pick(LANES, lanesText);
    if (lanes) settings.lanes = lanes;
    else warnings.push(warning("lanes", lanesText, `one of ${LANES.join(", ")}`));
  }
  const langText = get("lang");
  if (langText !== null) {
    const lang = pick(LANGS, langText);
    if (lang) settings.lang = lang;
    else warnings.push(warning("lang", langText, `one of ${LANGS.join(", ")}`));
  }
  const themeText = get("theme");
  if (themeText !== null) {
    const theme = pick(THEMES, themeText);
    if (theme) settings.theme = theme;
    else warnings.push(warning("theme", themeText, `one of ${THEMES.join(", ")}`));
  }
  const halfLifeText = get("halflife");
  if (halfLifeText !== null) {
    // Plain decimal only: Number() would also take "", "0x10", "1e3" and " 7 ".
    const days = /^\d+(\.\d+)?$/.test(halfLifeText) ? Number(halfLifeText) : NaN;
    if (Number.isFinite(days) && days > 0) settings.halfLife = days;
    else warnings.push(warning("halflife", halfLifeText, "a positive number of days"));
  }

  const storyText = get("story");
  const stepText = get("step");
  if (storyText !== null) {
    if (storyText === "1") settings.story = true;
    else if (storyText !== "0") warnings.push(warning("story", storyText, "1 (or 0)"));
  }
  if (stepText !== null) {
    // Steps count the events passing the link's filters, in the order the story shows them.
    const events = selectFilteredEvents({
      dataset,
      goldstein: NO_SCORES,
      filters: filters ?? NO_FILTERS,
    });
    const step = /^\d{1,9}$/.test(stepText) ? Number(stepText) : NaN;
    if (Number.isInteger(step) && step <= events.length) {
      settings.story = true;
      const event = eventAtStep(events, step);
      // Step 0 is the opening slide: nothing selected, even if `event` named one.
      selectedId = event?.id;
    } else
      warnings.push(
        warning("step", stepText, `a story step from 0 (the opening) to ${events.length}`),
      );
  }

  return {
    init: {
      ...(viewport === undefined ? {} : { viewport }),
      ...(filters === undefined ? {} : { filters }),
      ...(selectedId === undefined ? {} : { selectedId }),
      ...(Object.keys(settings).length === 0 ? {} : { settings }),
    },
    warnings,
  };
}

/** Settings defaults a serializer compares against; the app passes the browser's language. */
export type ViewDefaults = Partial<ViewSettings>;
