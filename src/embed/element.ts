/**
 * <detente-timeline>: the custom element build (dist/element/detente-timeline.js), an ES module
 * with React and the styles inside (its lazy chunks and load worker beside it). Loading it
 * defines the element.
 *
 *   <script type="module" src="/detente/detente-timeline.js"></script>
 *   <detente-timeline src="/data.json" lang="es" from="2025-01-01" height="600"></detente-timeline>
 *
 * Without `src`, the dataset can be written inside the element, as JSON in a data block (the
 * Embed dialog's self-contained embed of imported data; `<` written as \u003c):
 *
 *   <detente-timeline lang="en"><script type="application/json">{…}</script></detente-timeline>
 *
 * Each element renders <DetenteTimeline> into its own open shadow root and its own React root,
 * so instances share nothing and the host page's CSS cannot reach inside (only inherited
 * properties cross the boundary, and a reset stops those). Attribute changes re-render the same
 * root: the component turns them into store actions, so the reader's view is never remounted.
 *
 * Events (bubbling, composed, so they cross the shadow boundary and reach `document`):
 *   detente-select    detail { id: string | null }
 *   detente-viewport  detail { from, to (YYYY-MM-DD, `to` inclusive), fromMs, toMs }
 */
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import detenteCss from "../ui/detente.css?inline";
import printCss from "../ui/print.css?inline";
import type { Lang } from "../i18n/format.ts";
import type { Result } from "../model/result.ts";
import type { Dataset } from "../model/schema.ts";
import { ProblemList } from "../ui/ProblemList.tsx";
import type { Theme } from "../store/types.ts";
import {
  DetenteTimeline,
  type DetenteTimelineProps,
  type ViewportChange,
} from "./DetenteTimeline.tsx";

export const TAG_NAME = "detente-timeline";

const ATTRIBUTES = [
  "src",
  "parties",
  "baseline",
  "from",
  "to",
  "topics",
  "lang",
  "theme",
  "height",
  "story",
  "image-origins",
] as const;

/** `story` (or `story="0"`): the opening slide; `story="6"`: step 6; absent: no story. */
function parseStory(value: string | null): boolean | number | undefined {
  if (value === null) return undefined;
  if (value === "" || value === "true") return true;
  const step = Number(value);
  return Number.isInteger(step) && step >= 0 ? step : true;
}

export interface DetenteSelectDetail {
  readonly id: string | null;
}
export type DetenteViewportDetail = ViewportChange;

/**
 * The rem unit follows the host page's root font size, which the host (or a hostile
 * `* { font-size: 40px !important }`) controls: inside the shadow root every length is fixed
 * against the 16px the stylesheet was written for instead.
 */
export function remToPx(css: string): string {
  return css.replace(/(?<![\w.-])(\d*\.?\d+)rem\b/g, (_, value: string) => {
    const px = Number(value) * 16;
    return `${Number(px.toFixed(3))}px`;
  });
}

/**
 * The host box, and a reset of everything inherited from the page: inherited properties (font,
 * colour, line height, letter spacing, visibility…) are the only host styles that reach into a
 * shadow tree. The host box itself (margins, width, `display`) stays the page's to style.
 */
const SHADOW_BASE = `
:host { display: block; contain: content; }
:host([hidden]) { display: none; }
.detente-embed-root {
  all: initial;
  display: block;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  font-size: 16px;
  line-height: normal;
  color: CanvasText;
}
.detente-embed-status, .detente-embed-placeholder { min-height: 3em; }
`;

let cssText: string | undefined;
function shadowCss(): string {
  cssText ??= remToPx(`${SHADOW_BASE}\n${detenteCss}\n${printCss}`);
  return cssText;
}

/** One constructable sheet shared by every instance on the page, where the browser has them. */
let sharedSheet: CSSStyleSheet | undefined;
function adoptStyles(shadow: ShadowRoot): void {
  const constructable =
    "adoptedStyleSheets" in shadow &&
    typeof CSSStyleSheet === "function" &&
    typeof CSSStyleSheet.prototype.replaceSync === "function";
  if (constructable) {
    if (!sharedSheet) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(shadowCss());
    }
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sharedSheet];
    return;
  }
  // Older engines (and jsdom): a <style> element per shadow root does the same.
  const style = shadow.ownerDocument.createElement("style");
  style.textContent = shadowCss();
  shadow.append(style);
}

function pickLang(value: string | null): Lang | undefined {
  return value === "en" || value === "es" ? value : undefined;
}

function pickTheme(value: string | null): Theme | undefined {
  return value === "auto" || value === "light" || value === "dark" ? value : undefined;
}

/** Where the inline data is: a direct child data block. */
const INLINE_DATA = ':scope > script[type="application/json"]';

/** The inline data parsed (only when its text changed: the same object keeps the same view). */
function parseInline(text: string): Result<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: [{ path: "(inline data)", message: `malformed JSON: ${message}` }] };
  }
}

/** `height="600"` is 600 CSS px; anything else ("70vh", "40rem") is a CSS length as written. */
function parseHeight(value: string | null): number | string | undefined {
  if (value === null || value.trim() === "") return undefined;
  return /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value;
}

export class DetenteTimelineElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;

  readonly #container: HTMLDivElement;
  #root: Root | undefined;
  /** Bumped on every connect and disconnect, so a deferred unmount knows it was overtaken. */
  #generation = 0;
  /** The inline data's text and what it parsed to. */
  #inline: { readonly text: string; readonly parsed: Result<unknown> } | undefined;
  /** Re-renders when the inline data arrives or changes (the parser may add it after connect). */
  #observer: MutationObserver | undefined;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    adoptStyles(shadow);
    this.#container = this.ownerDocument.createElement("div");
    this.#container.className = "detente-embed-root";
    shadow.append(this.#container);
  }

  connectedCallback(): void {
    this.#generation += 1;
    this.#root ??= createRoot(this.#container);
    if (!this.#observer && typeof MutationObserver === "function") {
      this.#observer = new MutationObserver(() => this.#render());
      this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    }
    this.#render();
  }

  disconnectedCallback(): void {
    const generation = (this.#generation += 1);
    // A move within the document disconnects and reconnects in the same task: wait a microtask
    // and keep the view (and the reader's zoom) if the element is back by then.
    queueMicrotask(() => {
      if (generation !== this.#generation || this.isConnected) return;
      this.#root?.unmount();
      this.#root = undefined;
      this.#observer?.disconnect();
      this.#observer = undefined;
    });
  }

  attributeChangedCallback(_name: string, previous: string | null, value: string | null): void {
    if (previous !== value) this.#render();
  }

  /** Whether a React root is mounted (tests and hosts that want to know). */
  get mounted(): boolean {
    return this.#root !== undefined;
  }

  /** The inline data, when there is no `src` and a data block is there. */
  #inlineData(): Result<unknown> | undefined {
    if (this.hasAttribute("src")) return undefined;
    const block = this.querySelector(INLINE_DATA);
    if (!block) return undefined;
    const text = block.textContent ?? "";
    if (this.#inline?.text !== text) this.#inline = { text, parsed: parseInline(text) };
    return this.#inline.parsed;
  }

  #props(inline: unknown): DetenteTimelineProps {
    const topics = this.getAttribute("topics");
    return {
      // Checked like a file by the component: problems are listed, never drawn.
      ...(inline === undefined ? {} : { dataset: inline as Dataset }),
      src: this.getAttribute("src") ?? undefined,
      // "USA,COL": the src is event data, read by the importer and opened on that pair.
      parties: this.getAttribute("parties") ?? undefined,
      baseline: this.getAttribute("baseline") ?? undefined,
      from: this.getAttribute("from") ?? undefined,
      to: this.getAttribute("to") ?? undefined,
      // Absent: all topics; present but empty: none (the link convention).
      topics: topics === null ? undefined : topics.split(","),
      lang: pickLang(this.getAttribute("lang")),
      theme: pickTheme(this.getAttribute("theme")),
      height: parseHeight(this.getAttribute("height")),
      story: parseStory(this.getAttribute("story")),
      // Space- or comma-separated origins, as a CSP's img-src lists them.
      imageOrigins: (this.getAttribute("image-origins") ?? "").split(/[\s,]+/).filter(Boolean),
      onSelect: (id) => this.#emit<DetenteSelectDetail>("detente-select", { id }),
      onViewportChange: (view) => this.#emit<DetenteViewportDetail>("detente-viewport", view),
    };
  }

  #emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  #render(): void {
    // Before connection (attributes parsed from HTML) there is nothing to render into yet.
    if (!this.#root) return;
    const inline = this.#inlineData();
    if (inline && !inline.ok) {
      this.#root.render(
        createElement(ProblemList, { file: "<detente-timeline>", problems: inline.error }),
      );
      return;
    }
    this.#root.render(createElement(DetenteTimeline, this.#props(inline?.value)));
  }
}

/** Defines <detente-timeline> unless this or another copy of the module already did. */
export function defineDetenteTimeline(registry: CustomElementRegistry = customElements): void {
  if (!registry.get(TAG_NAME)) registry.define(TAG_NAME, DetenteTimelineElement);
}

defineDetenteTimeline();

declare global {
  interface HTMLElementTagNameMap {
    "detente-timeline": DetenteTimelineElement;
  }
  interface HTMLElementEventMap {
    "detente-select": CustomEvent<DetenteSelectDetail>;
    "detente-viewport": CustomEvent<DetenteViewportDetail>;
  }
}
