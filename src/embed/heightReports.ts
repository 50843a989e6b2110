/**
 * The embed page's side of the height protocol (see host.ts): its URL options, and the listener
 * that reports the page's height to the parent window and answers the parent's requests.
 *
 * Kept apart from embedPage.tsx, which renders on import, so the rules of who may ask for a
 * height can be tested in isolation.
 */
import {
  parseRequestHeightMessage,
  PROTOCOL_VERSION,
  RESIZE_MESSAGE,
  type ResizeMessage,
} from "./host.ts";

/** Parameters that configure the frame itself, not the view: the full view leaves them out. */
export const EMBED_PARAMS: ReadonlySet<string> = new Set(["id", "parentOrigin", "list"]);

export interface EmbedOptions {
  /** The id the host script chose; null until the parent asks with one. */
  readonly id: string | null;
  /** The only origin to send heights to and take requests from; null for any. */
  readonly parentOrigin: string | null;
  /** Show the event list under the charts. */
  readonly list: boolean;
}

/** The embed-only parameters of a query string; a malformed parentOrigin is reported and dropped. */
export function readEmbedOptions(
  search: string,
  warn: (message: string) => void = console.warn,
): EmbedOptions {
  const params = new URLSearchParams(search);
  const id = params.get("id");
  const origin = params.get("parentOrigin");
  let parentOrigin: string | null = null;
  if (origin !== null) {
    // postMessage throws on a malformed target origin: only an exact origin is taken.
    try {
      if (new URL(origin).origin === origin) parentOrigin = origin;
    } catch {
      // reported below
    }
    if (parentOrigin === null)
      warn(
        `Détente: ignoring URL parameter parentOrigin=${JSON.stringify(origin)}: expected an origin such as https://example.org.`,
      );
  }
  return { id: id === "" ? null : id, parentOrigin, list: params.get("list") === "1" };
}

/** The query without the embed-only parameters: what the full view's link starts from. */
export function withoutEmbedParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of EMBED_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest === "" ? "" : `?${rest}`;
}

/** What the listener needs of a message event. */
export type IncomingMessage = Pick<MessageEvent, "source" | "origin" | "data">;

/**
 * The id to answer a height request with, or null when the message must be ignored: it is not
 * from the parent window, not from `parentOrigin` when one is set, not a well-formed request, or
 * asks for another id than the one this page already has.
 */
export function heightRequestId(
  event: IncomingMessage,
  parent: unknown,
  parentOrigin: string | null,
  id: string | null,
): string | null {
  if (event.source !== parent) return null;
  if (parentOrigin !== null && event.origin !== parentOrigin) return null;
  const request = parseRequestHeightMessage(event.data);
  if (request === null) return null;
  // A URL without an id takes the one its parent asks with (the host script never rewrites
  // src, which would reload the frame); a URL with one answers only to it.
  if (id !== null && request.id !== id) return null;
  return request.id;
}

type ResizeObserverWindow = Window & { ResizeObserver?: typeof ResizeObserver };

/**
 * Reports `root`'s height to `win`'s parent whenever it changes, and on request. Returns a
 * function that stops both (tests).
 *
 * The target origin is "*" unless `parentOrigin` is given: the message carries only a number of
 * pixels and the id the parent chose, nothing of the data or of what the reader does, and the
 * embed cannot know its parent's origin otherwise (document.referrer is often trimmed or empty).
 */
export function startHeightReports(
  root: HTMLElement,
  options: EmbedOptions,
  win: Window = window,
): () => void {
  const parent = win.parent;
  // Opened on its own, the page has no one to talk to.
  if (parent === win) return () => undefined;
  let id = options.id;
  let last = -1;

  const post = (always: boolean): void => {
    if (id === null) return;
    // The root's own box: the document's scrollHeight never drops below the frame's height,
    // so the frame could grow but never shrink back.
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (!always && height === last) return;
    last = height;
    const message: ResizeMessage = { type: RESIZE_MESSAGE, version: PROTOCOL_VERSION, id, height };
    parent.postMessage(message, options.parentOrigin ?? "*");
  };

  const onMessage = (event: MessageEvent): void => {
    const answer = heightRequestId(event, parent, options.parentOrigin, id);
    if (answer === null) return;
    id = answer;
    post(true);
  };

  // The window's own constructor, for a window other than the script's (tests).
  const Observer = (win as ResizeObserverWindow).ResizeObserver;
  const observer = Observer ? new Observer(() => post(false)) : undefined;
  observer?.observe(root);
  win.addEventListener("message", onMessage);
  return () => {
    observer?.disconnect();
    win.removeEventListener("message", onMessage);
  };
}
