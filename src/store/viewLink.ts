/**
 * Writes the view into a URL query: the other half of viewParams.ts (which reads it, and lists the
 * parameters). Apart from the reader so that a page loads it only when it first writes a link
 * (after the reader changes the view, or copies a link), not with its first view.
 */
import { MS_PER_DAY, isoDayOfMs } from "../model/date.ts";
import { storyStep } from "../model/story.ts";
import { keepTest } from "../model/filters.ts";
import { selectFilteredEvents, selectOpeningView } from "./selectors.ts";
import type { DetenteState } from "./types.ts";
import { DEFAULT_SETTINGS } from "./types.ts";
import { EXCLUDE, VIEW_PARAMS, type ViewParam } from "./viewParamNames.ts";
import type { ViewDefaults, ViewSettings } from "./viewParams.ts";

const OURS: ReadonlySet<string> = new Set(VIEW_PARAMS);

/**
 * The parameter's value for the kept `ids` among `known`, in `known`'s order (the same view
 * always gives the same link, whatever the clicking order): the kept ids, or the left-out ones
 * each prefixed with "-" when fewer are left out than kept. An empty value keeps none.
 */
export function formatIdList(ids: readonly string[], known: readonly string[]): string {
  // A set (or the few left out), so 50,000 ids cost one pass, not 50,000 scans.
  const wanted = keepTest(ids);
  const kept: string[] = [];
  const left: string[] = [];
  for (const id of known) (wanted.has(id) ? kept : left).push(id);
  if (left.length > 0 && left.length < kept.length)
    return left.map((id) => `${EXCLUDE}${id}`).join(",");
  return kept.join(",");
}

/** The first day shown: the day `from` falls in, as YYYY-MM-DD (signed before year 1). */
function fromDay(from: number): string {
  return isoDayOfMs(Math.floor(from / MS_PER_DAY) * MS_PER_DAY);
}

/** The last day shown: the last day that starts before `to` (the window is `[from, to)`). */
function toDay(to: number): string {
  return isoDayOfMs((Math.ceil(to / MS_PER_DAY) - 1) * MS_PER_DAY);
}

/**
 * Encodes a value for the query. Commas stay literal (they are legal in a query and keep id lists
 * readable); every other reserved character is escaped.
 */
function encodeValue(value: string, list = false): string {
  const encoded = encodeURIComponent(value);
  return list ? encoded.replace(/%2C/g, ",") : encoded;
}

function keyOf(segment: string): string {
  const raw = segment.split("=", 1)[0] ?? "";
  try {
    return decodeURIComponent(raw.replace(/\+/g, " "));
  } catch {
    // A malformed key cannot be one of ours: keep the segment as the host wrote it.
    return raw;
  }
}

const idListCache = new WeakMap<readonly string[], WeakMap<readonly { id: string }[], string>>();

/**
 * A `topics` or `actors` value, once per filter list and dataset list: the URL is written again
 * after every zoom, and a list of 50,000 ids need not be compared again each time.
 */
function idListValue(ids: readonly string[], known: readonly { id: string }[]): string {
  let byKnown = idListCache.get(ids);
  if (!byKnown) {
    byKnown = new WeakMap();
    idListCache.set(ids, byKnown);
  }
  let value = byKnown.get(known);
  if (value === undefined) {
    value = formatIdList(
      ids,
      known.map((item) => item.id),
    );
    byKnown.set(known, value);
  }
  return value;
}

/**
 * The query string (with "?", or "" when empty) for the state's view, keeping the parameters of
 * `base` that are not ours untouched and first, then ours in `VIEW_PARAMS` order.
 */
export function serializeViewParams(
  state: DetenteState,
  base: string,
  defaults: ViewDefaults = {},
): string {
  const settingsDefaults: ViewSettings = { ...DEFAULT_SETTINGS, ...defaults };
  const foreign = base
    .replace(/^\?/, "")
    .split("&")
    .filter((segment) => segment !== "" && !OURS.has(keyOf(segment)));

  const ours: [ViewParam, string][] = [];
  const opening = selectOpeningView(state);
  const { viewport, filters, settings } = state;
  // The window is written, both edges, unless it is the one the data opens on. Edges are
  // compared by their day: the default windows' edges are mid-day instants.
  const from = fromDay(viewport.from);
  const to = toDay(viewport.to);
  // In the story the step decides the window (the opening one, or the step's event's).
  if (!settings.story && (from !== fromDay(opening.from) || to !== toDay(opening.to))) {
    ours.push(["from", from]);
    ours.push(["to", to]);
  }
  if (filters.topics !== null)
    ours.push(["topics", idListValue(filters.topics, state.dataset.topics)]);
  if (filters.actors !== null)
    ours.push(["actors", idListValue(filters.actors, state.dataset.actors)]);
  if (filters.query !== "") ours.push(["q", filters.query]);
  // In the story, the step says which event is open; outside it, the event's id does.
  const step = settings.story ? storyStep(selectFilteredEvents(state), state.selectedId) : 0;
  if (state.selectedId !== null && step === 0) ours.push(["event", state.selectedId]);
  if (settings.lanes !== settingsDefaults.lanes) ours.push(["lanes", settings.lanes]);
  if (settings.lang !== settingsDefaults.lang) ours.push(["lang", settings.lang]);
  if (settings.theme !== settingsDefaults.theme) ours.push(["theme", settings.theme]);
  if (settings.halfLife !== settingsDefaults.halfLife)
    ours.push(["halflife", String(settings.halfLife)]);
  if (settings.story) {
    ours.push(["story", "1"]);
    if (step > 0) ours.push(["step", String(step)]);
  }

  const segments = [
    ...foreign,
    ...ours.map(
      ([name, value]) => `${name}=${encodeValue(value, name === "topics" || name === "actors")}`,
    ),
  ];
  return segments.length === 0 ? "" : `?${segments.join("&")}`;
}
