/**
 * The names of the view's URL parameters (viewParams.ts reads them, viewLink.ts writes them), apart
 * from both so that a page can tell whether a link names a view without loading either.
 */

/** Our parameters, in the order they are written. */
export const VIEW_PARAMS = [
  "from",
  "to",
  "topics",
  "actors",
  "q",
  "event",
  "lanes",
  "lang",
  "theme",
  "halflife",
  "story",
  "step",
] as const;

export type ViewParam = (typeof VIEW_PARAMS)[number];

/** In a `topics` or `actors` value, the prefix of an id left out (idListParam.ts). */
export const EXCLUDE = "-";

/** Whether a query string's link opens the story (`story=1`, or a `step`, which implies it). */
export function namesAStory(search: string): boolean {
  const params = new URLSearchParams(search);
  return params.get("story") === "1" || params.has("step");
}

/** Whether a query string (with or without "?") holds any of our parameters. */
export function namesAView(search: string): boolean {
  const params = new URLSearchParams(search);
  return VIEW_PARAMS.some((name) => params.has(name));
}
