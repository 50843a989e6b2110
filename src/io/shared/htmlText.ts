/**
 * HTML → plain text for imported texts, and the reverse escaping for export.
 *
 * Imported HTML is never rendered: tags are stripped and entities decoded, and the result is
 * plain text that React escapes on display. The stripper is a single forward scan (no regular
 * expression backtracking, so a 1 MB line of "<a<a<a" stays linear) that follows what a browser
 * would show: script/style/iframe contents are dropped, block elements become line breaks, an
 * unterminated tag at the end swallows the rest. Entities are decoded by `entities` (fb55, the
 * decoder behind parse5 and cheerio), which knows every HTML5 named reference.
 */
import { decodeHTML } from "entities";

/** Elements whose content is code or a nested document, not text a reader sees. */
const DROPPED_CONTENT = new Set(["script", "style", "iframe", "noscript", "template", "object"]);

/** Block elements: a paragraph break (blank line) before and after. */
const PARAGRAPHS = new Set([
  "p",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "blockquote",
  "pre",
  "table",
  "ul",
  "ol",
  "dl",
  "hr",
  "section",
  "article",
  "header",
  "footer",
  "figure",
  "address",
  "aside",
  "nav",
  "main",
]);

/** Elements that sit on a line of their own. */
const LINES = new Set(["br", "li", "tr", "dt", "dd", "div", "figcaption", "cite"]);

/**
 * Break markers in the stripped text: source whitespace (newlines included) collapses to one
 * space as in a browser, so only these say where lines end. Private-use characters never
 * survive from the input (they are removed first).
 */
const LINE = "\ue000";
const PARA = "\ue001";

const CELLS = new Set(["td", "th"]);

const isLetter = (code: number): boolean =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** Index of the `>` that closes a tag opened just before `from`, honouring quoted values. */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      // A quote only opens a value right after `=` (possibly spaced); elsewhere it is literal.
      let j = i - 1;
      while (j > from && /\s/.test(html.charAt(j))) j--;
      if (html.charAt(j) === "=") quote = c;
    } else if (c === 62) return i;
  }
  return -1;
}

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length) {
    const c = html.charCodeAt(end);
    if (!(isLetter(c) || (c >= 48 && c <= 57))) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

/** Strips tags, leaving text runs and break markers where block elements were. Linear. */
function stripTags(html: string): string {
  const out: string[] = [];
  let lower: string | undefined; // built only if a dropped-content element needs searching
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt < 0) {
      out.push(html.slice(i));
      break;
    }
    out.push(html.slice(i, lt));
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      i = close < 0 ? html.length : close + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const closing = next === 47; // "/"
    const nameStart = closing ? lt + 2 : lt + 1;
    const opensTag =
      isLetter(html.charCodeAt(nameStart)) || (!closing && (next === 33 || next === 63)); // ! ?
    if (!opensTag) {
      out.push("<"); // "a < b" is text
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, lt + 1);
    if (end < 0) break; // an unterminated tag runs to the end of the input, as in a browser
    const name = tagName(html, nameStart);
    i = end + 1;
    if (!closing && DROPPED_CONTENT.has(name)) {
      lower ??= html.toLowerCase();
      const close = lower.indexOf(`</${name}`, i);
      const closeEnd = close < 0 ? -1 : html.indexOf(">", close);
      i = closeEnd < 0 ? html.length : closeEnd + 1;
    } else if (PARAGRAPHS.has(name)) out.push(PARA);
    else if (LINES.has(name)) out.push(LINE);
    else if (CELLS.has(name)) out.push(" ");
  }
  return out.join("");
}

/**
 * Normalises text for display: no control characters, single spaces, trimmed lines, at most one
 * blank line in a row. Applied to every imported text, HTML or not.
 */
export function plainText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, "\n")
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "")
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim());
  const kept: string[] = [];
  for (const line of lines) {
    if (line === "" && (kept.length === 0 || kept[kept.length - 1] === "")) continue;
    kept.push(line);
  }
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept.join("\n");
}

/** The text a browser would show for an HTML fragment. */
export function htmlToText(html: string): string {
  const stripped = stripTags(html.replace(/[\ue000\ue001]/g, "")).replace(/[ \t\n\r\f]+/g, " ");
  const text = decodeHTML(stripped).replace(/[\ue000\ue001]+/g, (run) =>
    run.includes(PARA) ? "\n\n" : "\n",
  );
  return plainText(text);
}

/** A cheap test for markup in a field that is normally plain text (CSV cells). */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?\/?>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i.test(text);
}

/** Plain text that may contain HTML (CSV cells): decoded only when it looks like markup. */
export function maybeHtmlToText(text: string): string {
  return looksLikeHtml(text) ? htmlToText(text) : plainText(text);
}

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text for an HTML attribute value (either quoting) or for element content. */
export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Escapes text for a format that renders HTML (TimelineJS). Newlines become <br>. */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text).replace(/\n/g, "<br>");
}
