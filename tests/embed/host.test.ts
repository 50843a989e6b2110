/**
 * The iframe host script (src/embed/host.ts) in jsdom: which messages may size which iframe.
 * jsdom does not load cross-origin iframes, so messages are dispatched on the host window by hand
 * with the `source` and `origin` a browser would give them.
 *
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * run defaults to node)
 */
import {
  clampHeight,
  DEFAULT_MAX_HEIGHT,
  DEFAULT_MIN_HEIGHT,
  ID_ATTRIBUTE,
  IFRAME_SELECTOR,
  parseRequestHeightMessage,
  parseResizeMessage,
  PROTOCOL_VERSION,
  REQUEST_HEIGHT_MESSAGE,
  RESIZE_MESSAGE,
  startDetenteHost,
  type DetenteHost,
} from "../../src/embed/host.ts";

const EMBED_ORIGIN = "https://embed.example";
const EMBED_SRC = `${EMBED_ORIGIN}/embed.html?lang=en&id=frame-1`;

let host: DetenteHost | undefined;

afterEach(() => {
  host?.stop();
  host = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function addFrame(src: string, attributes: Record<string, string> = {}): HTMLIFrameElement {
  const frame = document.createElement("iframe");
  frame.setAttribute("data-detente", "");
  frame.setAttribute("src", src);
  for (const [name, value] of Object.entries(attributes)) frame.setAttribute(name, value);
  document.body.append(frame);
  return frame;
}

function windowOf(frame: HTMLIFrameElement): Window {
  const win = frame.contentWindow;
  if (!win) throw new Error("the iframe has no window");
  return win;
}

/** Delivers a message to the host page the way a browser would. */
function deliver(data: unknown, source: Window | null, origin = EMBED_ORIGIN): void {
  window.dispatchEvent(new MessageEvent("message", { data, source, origin }));
}

const resize = (height: unknown, id: unknown = "frame-1") => ({
  type: RESIZE_MESSAGE,
  version: 1,
  id,
  height,
});

/** Lets the MutationObserver's callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("the iframe host script", () => {
  it("applies the height its own iframe reports", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    deliver(resize(812.4), windowOf(frame));
    // Rounded up: a fraction of a pixel short would leave the frame scrolling.
    expect(frame.style.height).toBe("813px");
    deliver(resize(640), windowOf(frame));
    expect(frame.style.height).toBe("640px");
  });

  it("clamps heights to the default range or to the iframe's data-min/max-height", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    deliver(resize(3), windowOf(frame));
    expect(frame.style.height).toBe(`${DEFAULT_MIN_HEIGHT}px`);
    deliver(resize(1e7), windowOf(frame));
    expect(frame.style.height).toBe(`${DEFAULT_MAX_HEIGHT}px`);
    deliver(resize(-50), windowOf(frame));
    expect(frame.style.height).toBe(`${DEFAULT_MIN_HEIGHT}px`);

    frame.setAttribute("data-min-height", "300");
    frame.setAttribute("data-max-height", "700");
    deliver(resize(200), windowOf(frame));
    expect(frame.style.height).toBe("300px");
    deliver(resize(900), windowOf(frame));
    expect(frame.style.height).toBe("700px");
    // A garbage range falls back to the defaults rather than to nothing.
    frame.setAttribute("data-max-height", "tall");
    deliver(resize(4800), windowOf(frame));
    expect(frame.style.height).toBe("4800px");
  });

  it("ignores messages from any other window: the page itself, another iframe", () => {
    const frame = addFrame(EMBED_SRC);
    const other = document.createElement("iframe");
    other.src = `${EMBED_ORIGIN}/something-else.html`;
    document.body.append(other);
    host = startDetenteHost(window);
    deliver(resize(500), windowOf(frame));
    expect(frame.style.height).toBe("500px");

    deliver(resize(3000), window);
    deliver(resize(3000), windowOf(other));
    deliver(resize(3000), null);
    expect(frame.style.height).toBe("500px");
  });

  it("ignores its own iframe's window when the origin is not exactly the src's", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    deliver(resize(500), windowOf(frame));
    for (const origin of [
      "https://evil.example",
      "http://embed.example",
      "https://embed.example:8443",
      "https://sub.embed.example",
      "null",
      "",
    ]) {
      deliver(resize(3000), windowOf(frame), origin);
    }
    expect(frame.style.height).toBe("500px");
  });

  it("ignores malformed messages: wrong type, version or id, height not a finite number", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    deliver(resize(500), windowOf(frame));
    const source = windowOf(frame);
    for (const data of [
      null,
      "detente:resize",
      42,
      [RESIZE_MESSAGE, 1, "frame-1", 3000],
      { ...resize(3000), type: "detente:resized" },
      { ...resize(3000), type: REQUEST_HEIGHT_MESSAGE },
      { ...resize(3000), version: 2 },
      { ...resize(3000), version: "1" },
      { type: RESIZE_MESSAGE, id: "frame-1", height: 3000 },
      resize(3000, "frame-2"),
      resize(3000, ""),
      resize(3000, 1),
      resize(Number.NaN),
      resize(Number.POSITIVE_INFINITY),
      resize("3000"),
      resize(null),
    ]) {
      deliver(data, source);
    }
    expect(frame.style.height).toBe("500px");
  });

  it("gives an iframe without an id one, without touching its src, and asks with it", () => {
    const src = `${EMBED_ORIGIN}/embed.html?lang=es`;
    const frame = addFrame(src);
    const post = vi.spyOn(windowOf(frame), "postMessage");
    host = startDetenteHost(window);
    const id = frame.getAttribute("data-detente-id");
    expect(id).toMatch(/^detente-\d+-[a-z0-9]+$/);
    // Rewriting src would reload a frame that has already loaded.
    expect(frame.getAttribute("src")).toBe(src);
    // Asked at once (the frame may have loaded before the script), and again on every load.
    expect(post).toHaveBeenCalledWith(
      { type: REQUEST_HEIGHT_MESSAGE, version: 1, id },
      EMBED_ORIGIN,
    );
    post.mockClear();
    frame.dispatchEvent(new Event("load"));
    expect(post).toHaveBeenCalledTimes(1);
    expect(post).toHaveBeenCalledWith(
      { type: REQUEST_HEIGHT_MESSAGE, version: 1, id },
      EMBED_ORIGIN,
    );

    deliver(resize(700, id), windowOf(frame));
    expect(frame.style.height).toBe("700px");
  });

  it("takes the id from the src when there is one", () => {
    const frame = addFrame(EMBED_SRC, { "data-detente-id": "stale" });
    host = startDetenteHost(window);
    expect(frame.getAttribute("data-detente-id")).toBe("frame-1");
  });

  it("manages iframes added after it started", async () => {
    host = startDetenteHost(window);
    const frame = addFrame(`${EMBED_ORIGIN}/embed.html?id=late`);
    const post = vi.spyOn(windowOf(frame), "postMessage");
    await settle();
    expect(frame.getAttribute("data-detente-id")).toBe("late");
    frame.dispatchEvent(new Event("load"));
    expect(post).toHaveBeenCalledWith(
      { type: REQUEST_HEIGHT_MESSAGE, version: 1, id: "late" },
      EMBED_ORIGIN,
    );
    deliver(resize(450, "late"), windowOf(frame));
    expect(frame.style.height).toBe("450px");
    // Iframes without data-detente are the page's own business.
    const plain = document.createElement("iframe");
    plain.src = `${EMBED_ORIGIN}/embed.html?id=plain`;
    document.body.append(plain);
    await settle();
    deliver(resize(450, "plain"), windowOf(plain));
    expect(plain.style.height).toBe("");
  });

  it("is idempotent: a second start, even from a second copy of the script, adds nothing", async () => {
    const frame = addFrame(EMBED_SRC);
    const added = vi.spyOn(window, "addEventListener");
    host = startDetenteHost(window);
    expect(startDetenteHost(window)).toBe(host);

    // A second copy of the script: fresh module state, the same window.
    vi.resetModules();
    const copy = await import("../../src/embed/host.ts");
    expect(copy.startDetenteHost).not.toBe(startDetenteHost);
    expect(copy.startDetenteHost(window)).toBe(host);
    expect(added.mock.calls.filter(([type]) => type === "message")).toHaveLength(1);

    const post = vi.spyOn(windowOf(frame), "postMessage");
    frame.dispatchEvent(new Event("load"));
    expect(post).toHaveBeenCalledTimes(1);
    deliver(resize(555), windowOf(frame));
    expect(frame.style.height).toBe("555px");
  });

  it("stops listening when stopped, and can start afresh", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    host.stop();
    deliver(resize(500), windowOf(frame));
    expect(frame.style.height).toBe("");
    host = startDetenteHost(window);
    deliver(resize(500), windowOf(frame));
    expect(frame.style.height).toBe("500px");
  });
});

describe("the protocol's messages", () => {
  it("keeps the wire names of version 1, which embed pages already deployed speak", () => {
    expect(PROTOCOL_VERSION).toBe(1);
    expect(RESIZE_MESSAGE).toBe("detente:resize");
    expect(REQUEST_HEIGHT_MESSAGE).toBe("detente:request-height");
    expect(IFRAME_SELECTOR).toBe("iframe[data-detente]");
    expect(ID_ATTRIBUTE).toBe("data-detente-id");
  });

  it("parses a resize message into exactly its fields, or null", () => {
    const message = { type: "detente:resize", version: 1, id: "f", height: 12.5, extra: "x" };
    expect(parseResizeMessage(message)).toEqual({
      type: "detente:resize",
      version: 1,
      id: "f",
      height: 12.5,
    });
    for (const data of [
      null,
      "detente:resize",
      7,
      { ...message, type: "detente:request-height" },
      { ...message, version: 2 },
      { ...message, id: "" },
      { ...message, id: 3 },
      { ...message, height: "12" },
      { ...message, height: Number.NaN },
      { ...message, height: Number.NEGATIVE_INFINITY },
    ]) {
      expect(parseResizeMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("parses a request-height message into exactly its fields, or null", () => {
    const message = { type: "detente:request-height", version: 1, id: "f", height: 3 };
    expect(parseRequestHeightMessage(message)).toEqual({
      type: "detente:request-height",
      version: 1,
      id: "f",
    });
    for (const data of [
      null,
      undefined,
      "detente:request-height",
      { ...message, type: "detente:resize" },
      { ...message, version: "1" },
      { ...message, id: "" },
      { ...message, id: null },
    ]) {
      expect(parseRequestHeightMessage(data), JSON.stringify(data)).toBeNull();
    }
  });

  it("clamps to data-min/max-height only when they are non-negative numbers", () => {
    const frame = document.createElement("iframe");
    frame.setAttribute("data-min-height", "  ");
    frame.setAttribute("data-max-height", "-1");
    expect(clampHeight(frame, 50)).toBe(DEFAULT_MIN_HEIGHT);
    expect(clampHeight(frame, 9000)).toBe(DEFAULT_MAX_HEIGHT);
    frame.setAttribute("data-min-height", "0");
    frame.setAttribute("data-max-height", "Infinity");
    expect(clampHeight(frame, 1)).toBe(1);
    expect(clampHeight(frame, 9000)).toBe(DEFAULT_MAX_HEIGHT);
    // A maximum below the minimum gives way to the minimum.
    frame.setAttribute("data-min-height", "400");
    frame.setAttribute("data-max-height", "300");
    expect(clampHeight(frame, 350.2)).toBe(400);
  });
});

describe("iframes the host script cannot trust", () => {
  it.each([
    ["no src", null],
    ["an empty src", ""],
    ["a malformed src", "https://[embed"],
    ["a data: src (an opaque origin)", "data:text/html,hello"],
  ])("neither asks nor obeys an iframe with %s", (_, src) => {
    const frame = document.createElement("iframe");
    frame.setAttribute("data-detente", "");
    if (src !== null) frame.setAttribute("src", src);
    document.body.append(frame);
    const post = vi.spyOn(windowOf(frame), "postMessage");
    host = startDetenteHost(window);
    const id = frame.getAttribute(ID_ATTRIBUTE);
    expect(id).toMatch(/^detente-\d+-[a-z0-9]+$/);
    expect(post).not.toHaveBeenCalled();
    for (const origin of ["null", "", window.location.origin]) {
      deliver(resize(700, id), windowOf(frame), origin);
    }
    expect(frame.style.height).toBe("");
  });

  it("follows a src change to another origin, and the id its new src names", async () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    frame.setAttribute("src", "https://other.example/embed.html?id=frame-9");
    // The MutationObserver sees the new src by itself.
    await settle();
    expect(frame.getAttribute(ID_ATTRIBUTE)).toBe("frame-9");
    deliver(resize(500, "frame-9"), windowOf(frame));
    expect(frame.style.height).toBe("");
    deliver(resize(500, "frame-9"), windowOf(frame), "https://other.example");
    expect(frame.style.height).toBe("500px");
  });

  it("ignores an infinite height rather than clamping it to the maximum", () => {
    const frame = addFrame(EMBED_SRC);
    host = startDetenteHost(window);
    deliver(resize(500), windowOf(frame));
    deliver(resize(Number.POSITIVE_INFINITY), windowOf(frame));
    expect(frame.style.height).toBe("500px");
  });

  it("starts managing an iframe that is given data-detente later, and asks once per load", async () => {
    const frame = document.createElement("iframe");
    frame.setAttribute("src", EMBED_SRC);
    document.body.append(frame);
    const post = vi.spyOn(windowOf(frame), "postMessage");
    host = startDetenteHost(window);
    expect(post).not.toHaveBeenCalled();
    frame.setAttribute("data-detente", "");
    await settle();
    expect(post).toHaveBeenCalledTimes(1);
    // Scanning again must not add a second load listener.
    host.scan();
    host.scan();
    post.mockClear();
    frame.dispatchEvent(new Event("load"));
    expect(post).toHaveBeenCalledTimes(1);
  });

  it("a stopped host leaves the guard of a newer one in place", () => {
    const first = startDetenteHost(window);
    first.stop();
    host = startDetenteHost(window);
    first.stop();
    expect(startDetenteHost(window)).toBe(host);
  });
});
