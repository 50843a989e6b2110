/**
 * The words an exported picture starts from, before the reader edits them: a title naming the
 * window shown ("United States–Colombia relations, January 2025 – February 2026", never the
 * dataset's whole "2000–2026"), a subtitle, and the source line, compact or in full.
 */
import { shortPublisher } from "../model/publisher.ts";
import type { Source } from "../model/schema.ts";

export { shortPublisher };
import type { Viewport } from "../model/viewport.ts";
import { formatWindow, type Lang } from "./format.ts";
import type { PublishingTranslate } from "./publishing.ts";

/** A period at the end of a title: ", 2000–2026", " (2000-2026)", ": 2025". */
const TRAILING_PERIOD = /[\s,:;–—-]*\(?\d{4}(?:\s*[–—-]\s*\d{2,4})?\)?\s*$/u;

/** The dataset's title with its own period replaced by the window in view. */
export function defaultExportTitle(datasetTitle: string, view: Viewport, lang: Lang): string {
  const base = datasetTitle.replace(TRAILING_PERIOD, "").trim();
  const window = formatWindow(view, lang);
  return base === "" ? window : `${base}, ${window}`;
}

/** Sources in the order a credit lists them: the most cited first, then the dataset's order. */
export function rankSources(
  sources: readonly Source[],
  citedCounts: ReadonlyMap<string, number>,
): Source[] {
  const cited = sources.filter((source) => (citedCounts.get(source.id) ?? 0) > 0);
  const ranked = cited.length > 0 ? cited : [...sources];
  return ranked
    .map((source, i) => ({ source, i, n: citedCounts.get(source.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map(({ source }) => source);
}

/**
 * One line of publishers, "Sources: Reuters, U.S. Department of the Treasury and 9 more", no
 * wider than `width` at `size` (the names that fit, most cited first; the count of the rest).
 */
export function compactSourceLine(
  sources: readonly Source[],
  t: PublishingTranslate,
  fits: (line: string) => boolean,
): string {
  const names = [...new Set(sources.map((source) => shortPublisher(source.publisher)))];
  const label = (shown: readonly string[]): string => {
    const rest = names.length - shown.length;
    const list = shown.join(", ");
    const text = rest === 0 ? list : t("export.sourcesMore", { sources: list, count: rest });
    return t(names.length === 1 ? "export.sourceOne" : "export.sources", { sources: text });
  };
  for (let count = names.length; count > 1; count--) {
    const line = label(names.slice(0, count));
    if (fits(line)) return line;
  }
  return label(names.slice(0, 1));
}

/** Every source with its title: "Source: NBC News (…), “White House says …”; Reuters, “…”". */
export function fullSourceLine(sources: readonly Source[], t: PublishingTranslate): string {
  const list = sources.map((source) => `${source.publisher}, “${source.title}”`).join("; ");
  return t(sources.length === 1 ? "export.sourceOne" : "export.sources", { sources: list });
}
