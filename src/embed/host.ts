/**
 * The host-page script of the iframe embed (built into dist/embed.js by vite.host.config.ts):
 * makes every `<iframe data-detente>` exactly as tall as the Détente view inside it.
 *
 * Protocol, version 1, between the host page and the embed page (src/embed/embedPage.tsx):
 *   embed → host  {type: "detente:resize", version: 1, id, height}   content height in CSS px
 *   host → embed  {type: "detente:request-height", version: 1, id}  "tell me your height now"
 *
 * A message is trusted only when it comes from that iframe's own window (`event.source`) AND
 * from the origin its `src` names (`event.origin`): any other window or frame on the page can
 * post messages too, and a height from them could be used to cover or hide the page's content.
 *
 * The `id` pairs an iframe with its page: it is the `id` parameter of the iframe's `src` when
 * the snippet has one, otherwise one this script makes up. The script never rewrites `src` to
 * add it (setting `src` on an iframe that has already loaded reloads it): it sends the id in its
 * request-height message instead, and an embed page whose URL has no id adopts the one its parent
 * asks with.
 *
 * No dependencies, no globals but one guard symbol: host pages load it with a plain
 * `<script async>`, sometimes twice (two snippets on one page), and it must stay a few KB.
 */

export const PROTOCOL_VERSION = 1;
export const RESIZE_MESSAGE = "detente:resize";
export const REQUEST_HEIGHT_MESSAGE = "detente:request-height";

export interface ResizeMessage {
  readonly type: typeof RESIZE_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
  readonly id: string;
  readonly height: number;
}

export interface RequestHeightMessage {
  readonly type: typeof REQUEST_HEIGHT_MESSAGE;
  readonly version: typeof PROTOCOL_VERSION;
  readonly id: string;
}

/** The iframes this script manages. */
export const IFRAME_SELECTOR = "iframe[data-detente]";
export const ID_ATTRIBUTE = "data-detente-id";

/**
 * Heights outside this range are clamped: a tiny frame hides the view, a huge one (a bug, or a
 * page that keeps growing) would push the host's own content out of reach. A host overrides the
 * range per iframe with `data-min-height` / `data-max-height` (CSS px).
 */
export const DEFAULT_MIN_HEIGHT = 120;
export const DEFAULT_MAX_HEIGHT = 5000;

/** Global, not module-scoped: two copies of this script (two snippets) must share one guard. */
const GUARD = Symbol.for("detente.embed.host");

export interface DetenteHost {
  /** Looks for new `iframe[data-detente]` now (the MutationObserver does it on its own). */
  scan(): void;
  /** Stops listening and forgets the guard, so a later start begins afresh (tests). */
  stop(): void;
}

type GuardedWindow = Window & { [GUARD]?: DetenteHost };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** The message if it is a well-formed version-1 resize message, else null. */
export function parseResizeMessage(data: unknown): ResizeMessage | null {
  if (!isRecord(data)) return null;
  const { type, version, id, height } = data;
  if (type !== RESIZE_MESSAGE || version !== PROTOCOL_VERSION) return null;
  if (typeof id !== "string" || id === "") return null;
  if (typeof height !== "number" || !Number.isFinite(height)) return null;
  return { type, version, id, height };
}

/** The message if it is a well-formed version-1 request-height message, else null. */
export function parseRequestHeightMessage(data: unknown): RequestHeightMessage | null {
  if (!isRecord(data)) return null;
  const { type, version, id } = data;
  if (type !== REQUEST_HEIGHT_MESSAGE || version !== PROTOCOL_VERSION) return null;
  if (typeof id !== "string" || id === "") return null;
  return { type, version, id };
}

function pixelAttribute(frame: HTMLIFrameElement, name: string): number | null {
  const text = frame.getAttribute(name);
  if (text === null || text.trim() === "") return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : null;
}

/** `height` within the iframe's allowed range, in whole pixels (a fraction would scroll by 1px). */
export function clampHeight(frame: HTMLIFrameElement, height: number): number {
  const min = pixelAttribute(frame, "data-min-height") ?? DEFAULT_MIN_HEIGHT;
  const max = Math.max(min, pixelAttribute(frame, "data-max-height") ?? DEFAULT_MAX_HEIGHT);
  return Math.ceil(Math.min(max, Math.max(min, height)));
}

/** The iframe's `src` as a URL (relative to the page), or null when it has none or is invalid. */
function srcUrl(frame: HTMLIFrameElement): URL | null {
  const src = frame.getAttribute("src");
  if (src === null || src === "") return null;
  try {
    return new URL(src, frame.ownerDocument.baseURI);
  } catch {
    return null;
  }
}

/**
 * The origin the iframe's page must have, or null when it has none (data:, about:, blob: give
 * "null": a message from such a frame cannot be told apart from any other opaque origin).
 */
function expectedOrigin(frame: HTMLIFrameElement): string | null {
  const origin = srcUrl(frame)?.origin;
  return origin === undefined || origin === "null" ? null : origin;
}

let counter = 0;

/** A fresh id, unlikely to collide with ids a host page wrote by hand. */
function newId(): string {
  counter += 1;
  return `detente-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The iframe's id: its `src`'s `id` parameter wins (the embed page reads that one), else the one
 * already assigned, else a new one. Written to `data-detente-id` so hosts and tests can see it.
 */
function syncId(frame: HTMLIFrameElement): string {
  const fromSrc = srcUrl(frame)?.searchParams.get("id") ?? "";
  const current = frame.getAttribute(ID_ATTRIBUTE) ?? "";
  const id = fromSrc !== "" ? fromSrc : current !== "" ? current : newId();
  if (id !== current) frame.setAttribute(ID_ATTRIBUTE, id);
  return id;
}

/**
 * Starts managing `iframe[data-detente]` in `win`'s document, or returns the host that already
 * does: loading the script twice must not double every listener and message.
 */
export function startDetenteHost(win: Window = window): DetenteHost {
  const guarded = win as GuardedWindow;
  const running = guarded[GUARD];
  if (running) return running;

  const doc = win.document;
  const managed = new WeakSet<HTMLIFrameElement>();

  const frames = (): HTMLIFrameElement[] => [
    ...doc.querySelectorAll<HTMLIFrameElement>(IFRAME_SELECTOR),
  ];

  const requestHeight = (frame: HTMLIFrameElement): void => {
    const origin = expectedOrigin(frame);
    const target = frame.contentWindow;
    if (origin === null || target === null) return;
    const message: RequestHeightMessage = {
      type: REQUEST_HEIGHT_MESSAGE,
      version: PROTOCOL_VERSION,
      id: syncId(frame),
    };
    // Addressed to the src's origin: while the frame still shows its initial about:blank (or was
    // navigated elsewhere), the browser drops the message instead of handing it to a stranger.
    target.postMessage(message, origin);
  };

  const manage = (frame: HTMLIFrameElement): void => {
    syncId(frame);
    if (managed.has(frame)) return;
    managed.add(frame);
    // Every load is a new page that has not heard from us: ask it for its height.
    frame.addEventListener("load", () => requestHeight(frame));
    // The frame may have loaded before this (async) script ran: ask now too. If it has not, the
    // message is dropped (wrong origin) or unheard, and the load above asks again.
    requestHeight(frame);
  };

  const scan = (): void => {
    for (const frame of frames()) manage(frame);
  };

  const onMessage = (event: MessageEvent): void => {
    const message = parseResizeMessage(event.data);
    if (message === null || event.source === null) return;
    // Looked up at message time rather than from a registry, so a frame removed from the page
    // is never resized and one added a moment ago already is.
    const frame = frames().find((candidate) => candidate.contentWindow === event.source);
    if (frame === undefined) return;
    const origin = expectedOrigin(frame);
    if (origin === null || event.origin !== origin) return;
    if (message.id !== syncId(frame)) return;
    const height = `${clampHeight(frame, message.height)}px`;
    // Unchanged heights are common (every request is answered): no needless style writes.
    if (frame.style.height !== height) frame.style.height = height;
  };

  // Iframes added later (client-side rendering, infinite scroll), or given data-detente or a new
  // src later; subtree because snippets end up anywhere in the page.
  // The window's own constructor, for a window other than the script's (tests, same-origin frames).
  const { MutationObserver: Observer } = win as Window & typeof globalThis;
  const observer = new Observer(scan);
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["data-detente", "src"],
  });
  win.addEventListener("message", onMessage);

  const host: DetenteHost = {
    scan,
    stop() {
      observer.disconnect();
      win.removeEventListener("message", onMessage);
      if (guarded[GUARD] === host) Reflect.deleteProperty(guarded, GUARD);
    },
  };
  guarded[GUARD] = host;
  scan();
  return host;
}
