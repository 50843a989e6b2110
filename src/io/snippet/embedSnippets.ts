/**
 * The code a host page pastes to show a view: a responsive iframe (embed page + host script) or
 * the custom element. Plain string builders, so the dialog that offers them and the tests share
 * one definition of what an embed is. They live with the other serializers: a snippet is HTML
 * written for another site.
 */
import { escapeHtmlText } from "../shared/htmlText.ts";

/**
 * Where the build puts what embeds load, relative to the app's base URL: the embed page and host
 * script (vite.config.ts, vite.host.config.ts), the custom element (vite.element.config.ts) and
 * the dataset as a file (vite.config.ts copies the bundled one there).
 */
export const EMBED_PATHS = {
  page: "embed.html",
  hostScript: "embed.js",
  element: "element/detente-timeline.js",
  dataset: "data/us-colombia.json",
} as const;

/** The height the iframe starts at, and keeps where the host script is not loaded. */
export const IFRAME_HEIGHT = 600;

/** An attribute's text on one line: a title with line breaks would break the snippet's lines. */
export function singleLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function iframeSrc(base: string, query: string): string {
  return `${base}${EMBED_PATHS.page}${query}`;
}

/**
 * The iframe snippet. Its `style` attribute is for the host's page (which has its own CSP); the
 * app never sets it itself. The script is optional: without it the frame keeps 600px and scrolls.
 */
export function iframeSnippet(base: string, query: string, title: string): string {
  return (
    `<iframe data-detente src="${escapeHtmlText(iframeSrc(base, query))}" title="${escapeHtmlText(singleLine(title))}" ` +
    `loading="lazy" style="width:100%;height:${IFRAME_HEIGHT}px;border:0"></iframe>\n` +
    `<script src="${escapeHtmlText(base + EMBED_PATHS.hostScript)}" async></script>`
  );
}

/**
 * The view parameters `<detente-timeline>` takes as attributes of the same names (see
 * src/embed/element.ts); the others (actors, search, selected event, lanes, half-life) it cannot
 * carry, and the dialog says so.
 */
export const ELEMENT_ATTRIBUTES: ReadonlySet<string> = new Set([
  "from",
  "to",
  "topics",
  "lang",
  "theme",
]);

/** The view's attributes for `<detente-timeline>` (those it takes), and its height. */
export function elementAttributes(query: string): string {
  return [...new URLSearchParams(query)]
    .filter(([name]) => ELEMENT_ATTRIBUTES.has(name))
    .map(([name, value]) => ` ${name}="${escapeHtmlText(value)}"`)
    .concat(` height="${IFRAME_HEIGHT}"`)
    .join("");
}

/** The custom-element snippet, at the iframe's starting height; `src` defaults to the bundled data. */
export function elementSnippet(
  base: string,
  query: string,
  src: string = base + EMBED_PATHS.dataset,
): string {
  return (
    `<script type="module" src="${escapeHtmlText(base + EMBED_PATHS.element)}"></script>\n` +
    `<detente-timeline src="${escapeHtmlText(src)}"${elementAttributes(query)}></detente-timeline>`
  );
}
