/**
 * Embeds of imported data, which lives only in the reader's browser: the embed cannot fetch it
 * from this site. Two ways work, both with the custom element (the iframe embed page shows the
 * bundled dataset only): the data published by its owner and named by `src`, or the data written
 * inside the element (a self-contained embed). `embedDocument` wraps either snippet in a page of
 * its own: the downloaded file, and the Embed dialog's preview, so the preview is the snippet.
 */
import { escapeHtmlText } from "../shared/htmlText.ts";
import { EMBED_PATHS, elementAttributes, elementSnippet, singleLine } from "./embedSnippets.ts";

/**
 * JSON that is safe inside a `<script>` data block: `</script>` or `<!--` in a title must not
 * end the block early, so every `<` is written as the JSON escape \u003c (the same string).
 */
export function scriptSafeJson(json: string): string {
  return json.replace(/</g, "\\u003c");
}

/** The element with `src`: the data published at that address. */
export function srcElementSnippet(base: string, query: string, src: string): string {
  return elementSnippet(base, query, src);
}

/** The element with the dataset written inside it (`json`: the dataset as JSON text). */
export function inlineElementSnippet(base: string, query: string, json: string): string {
  return (
    `<script type="module" src="${escapeHtmlText(base + EMBED_PATHS.element)}"></script>\n` +
    `<detente-timeline${elementAttributes(query)}>\n` +
    `<script type="application/json">${scriptSafeJson(json)}</script>\n` +
    `</detente-timeline>`
  );
}

/** A page holding `snippet` and nothing else (no inline style or script: strict CSPs allow it). */
export function embedDocument(snippet: string, title: string, lang: string): string {
  return (
    `<!doctype html>\n<html lang="${escapeHtmlText(lang)}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtmlText(singleLine(title))}</title>\n</head>\n<body>\n${snippet}\n</body>\n</html>\n`
  );
}

/** An address the element can fetch: absolute http(s), as typed (trimmed); else undefined. */
export function publishedAddress(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).href;
  } catch {
    return undefined;
  }
}
