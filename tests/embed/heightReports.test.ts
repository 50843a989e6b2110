/**
 * The embed page's side of the height protocol (src/embed/heightReports.ts) in jsdom: which
 * messages it answers, and what it sends. The embed page runs in a same-origin iframe of the test
 * page, whose window (jsdom's, as `parent` gives it) plays the host page; messages are dispatched
 * on the iframe's window by hand with the `source` and `origin` a browser would give them, as in
 * host.test.ts.
 *
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * run defaults to node)
 */
import { REQUEST_HEIGHT_MESSAGE, RESIZE_MESSAGE } from "../../src/embed/host.ts";
import {
  heightRequestId,
  readEmbedOptions,
  startHeightReports,
  withoutEmbedParams,
  type EmbedOptions,
} from "../../src/embed/heightReports.ts";

const HOST_ORIGIN = "https://host.example";

let stop: (() => void) | undefined;

afterEach(() => {
  stop?.();
  stop = undefined;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A frame whose window plays the embed page; its parent plays the host page. */
function embedWindow(): Window {
  const frame = document.createElement("iframe");
  document.body.append(frame);
  const win = frame.contentWindow;
  if (!win) throw new Error("the iframe has no window");
  return win;
}

/** The embed page's root, `height` CSS px tall (jsdom lays nothing out). */
function rootOf(win: Window, height: number): HTMLElement {
  const root = win.document.createElement("div");
  vi.spyOn(root, "getBoundingClientRect").mockImplementation(() =>
    DOMRect.fromRect({ x: 0, y: 0, width: 300, height }),
  );
  return root;
}

/** Records what the embed page posts to its parent. */
function parentInbox(win: Window) {
  return vi.spyOn(win.parent, "postMessage").mockImplementation(() => undefined);
}

const options = (overrides: Partial<EmbedOptions> = {}): EmbedOptions => ({
  id: "frame-1",
  parentOrigin: null,
  list: false,
  ...overrides,
});

const request = (id: unknown = "frame-1") => ({ type: REQUEST_HEIGHT_MESSAGE, version: 1, id });

/** Delivers a message to the embed page the way a browser would. */
function deliver(win: Window, data: unknown, source: Window | null, origin = HOST_ORIGIN): void {
  const { MessageEvent: WindowMessageEvent } = win as Window & typeof globalThis;
  win.dispatchEvent(new WindowMessageEvent("message", { data, source, origin }));
}

describe("the embed page's height listener", () => {
  it("answers its parent's request with its height, rounded up, to any origin by default", () => {
    const win = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 812.4), options(), win);
    deliver(win, request(), win.parent);
    expect(inbox.mock.calls).toEqual([
      [{ type: RESIZE_MESSAGE, version: 1, id: "frame-1", height: 813 }, "*"],
    ]);
    // Every request is answered, even with an unchanged height: the host may have just loaded.
    deliver(win, request(), win.parent, "https://anyone.example");
    expect(inbox).toHaveBeenCalledTimes(2);
  });

  it("ignores requests from any window but its parent: itself, a sibling frame, none", () => {
    const win = embedWindow();
    const sibling = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 500), options(), win);
    deliver(win, request(), win);
    deliver(win, request(), sibling);
    deliver(win, request(), null);
    expect(inbox).not.toHaveBeenCalled();
    deliver(win, request(), win.parent);
    expect(inbox).toHaveBeenCalledTimes(1);
  });

  it("with parentOrigin, answers only that exact origin and addresses its answers to it", () => {
    const win = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 500), options({ parentOrigin: HOST_ORIGIN }), win);
    for (const origin of [
      "https://evil.example",
      "http://host.example",
      "https://host.example:8443",
      "https://sub.host.example",
      "null",
      "",
    ]) {
      deliver(win, request(), win.parent, origin);
    }
    expect(inbox).not.toHaveBeenCalled();
    deliver(win, request(), win.parent, HOST_ORIGIN);
    expect(inbox.mock.calls).toEqual([
      [{ type: RESIZE_MESSAGE, version: 1, id: "frame-1", height: 500 }, HOST_ORIGIN],
    ]);
  });

  it("ignores malformed requests and requests for another frame's id", () => {
    const win = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 500), options(), win);
    for (const data of [
      request("frame-2"),
      request(""),
      request(7),
      { type: REQUEST_HEIGHT_MESSAGE, version: 2, id: "frame-1" },
      { type: RESIZE_MESSAGE, version: 1, id: "frame-1", height: 10 },
      "detente:request-height",
      null,
    ]) {
      deliver(win, data, win.parent);
    }
    expect(inbox).not.toHaveBeenCalled();
  });

  it("keeps its id when a malformed message arrives between two requests", () => {
    const win = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 500), options(), win);
    deliver(win, "not a request", win.parent);
    deliver(win, request("frame-2"), win.parent);
    expect(inbox).not.toHaveBeenCalled();
  });

  it("without an id in its URL, stays silent until asked, then keeps the id it was asked with", () => {
    const win = embedWindow();
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 640), options({ id: null }), win);
    deliver(win, request("detente-1-abc"), win.parent);
    expect(inbox.mock.calls).toEqual([
      [{ type: RESIZE_MESSAGE, version: 1, id: "detente-1-abc", height: 640 }, "*"],
    ]);
    // Another id now belongs to another frame.
    deliver(win, request("detente-2-xyz"), win.parent);
    expect(inbox).toHaveBeenCalledTimes(1);
  });

  it("reports a changed height on resize, and only when it changed", () => {
    const win = embedWindow();
    let onResize: () => void = () => undefined;
    const observed: Element[] = [];
    class FakeResizeObserver {
      constructor(callback: () => void) {
        onResize = callback;
      }
      observe(target: Element): void {
        observed.push(target);
      }
      disconnect(): void {
        onResize = () => undefined;
      }
    }
    Object.assign(win, { ResizeObserver: FakeResizeObserver });
    const inbox = parentInbox(win);
    let height = 400;
    const root = rootOf(win, 0);
    vi.mocked(root.getBoundingClientRect).mockImplementation(() =>
      DOMRect.fromRect({ x: 0, y: 0, width: 300, height }),
    );
    // Without an id, a resize has no one to go to.
    const silent = startHeightReports(root, options({ id: null }), win);
    onResize();
    expect(inbox).not.toHaveBeenCalled();
    silent();
    observed.length = 0;
    stop = startHeightReports(root, options(), win);
    expect(observed).toEqual([root]);
    onResize();
    onResize();
    height = 520.2;
    onResize();
    expect(inbox.mock.calls.map(([message]) => (message as { height: number }).height)).toEqual([
      400, 521,
    ]);
    stop();
    stop = undefined;
    deliver(win, request(), win.parent);
    expect(inbox).toHaveBeenCalledTimes(2);
  });

  it("reports even a 1px first height: nothing has been reported before", () => {
    const win = embedWindow();
    let onResize: () => void = () => undefined;
    Object.assign(win, {
      ResizeObserver: class {
        constructor(callback: () => void) {
          onResize = callback;
        }
        observe(): void {}
        disconnect(): void {}
      },
    });
    const inbox = parentInbox(win);
    stop = startHeightReports(rootOf(win, 0.4), options(), win);
    onResize();
    expect(inbox.mock.calls).toEqual([
      [{ type: RESIZE_MESSAGE, version: 1, id: "frame-1", height: 1 }, "*"],
    ]);
  });

  it("does nothing when the page is opened on its own, with no parent to talk to", () => {
    // A top-level window is its own parent.
    const top = embedWindow().parent;
    const inbox = vi.spyOn(top, "postMessage").mockImplementation(() => undefined);
    stop = startHeightReports(rootOf(top, 500), options(), top);
    deliver(top, request(), top);
    expect(inbox).not.toHaveBeenCalled();
  });
});

describe("heightRequestId", () => {
  const parent = {};
  const event = (data: unknown, source: unknown = parent, origin = HOST_ORIGIN) =>
    ({ data, source, origin }) as Parameters<typeof heightRequestId>[0];

  it("names the id to answer with, or null to ignore the message", () => {
    expect(heightRequestId(event(request()), parent, null, "frame-1")).toBe("frame-1");
    expect(heightRequestId(event(request("new")), parent, null, null)).toBe("new");
    expect(heightRequestId(event(request("new")), parent, null, "frame-1")).toBeNull();
    expect(heightRequestId(event(request(), {}), parent, null, "frame-1")).toBeNull();
    expect(heightRequestId(event(request()), parent, "https://other.example", null)).toBeNull();
    expect(heightRequestId(event(request()), parent, HOST_ORIGIN, null)).toBe("frame-1");
    expect(heightRequestId(event("junk"), parent, null, null)).toBeNull();
    expect(heightRequestId(event({ type: RESIZE_MESSAGE }), parent, null, "frame-1")).toBeNull();
  });
});

describe("readEmbedOptions", () => {
  it("reads the id, the parent's origin and the list switch", () => {
    const warn = vi.fn();
    expect(
      readEmbedOptions(
        "?lang=es&id=frame-1&parentOrigin=https%3A%2F%2Fhost.example%3A8443&list=1",
        warn,
      ),
    ).toEqual({ id: "frame-1", parentOrigin: "https://host.example:8443", list: true });
    expect(readEmbedOptions("?id=&list=true", warn)).toEqual({
      id: null,
      parentOrigin: null,
      list: false,
    });
    expect(readEmbedOptions("", warn)).toEqual({ id: null, parentOrigin: null, list: false });
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ["host.example"],
    ["https://host.example/"],
    ["https://host.example/embed"],
    ["https://host.example?x=1"],
    ["HTTPS://HOST.EXAMPLE"],
    ["javascript:alert(1)"],
    ["*"],
    [""],
  ])("ignores parentOrigin=%j with a warning, answering any origin instead", (origin) => {
    const warn = vi.fn();
    const search = `?id=frame-1&parentOrigin=${encodeURIComponent(origin)}`;
    expect(readEmbedOptions(search, warn)).toEqual({
      id: "frame-1",
      parentOrigin: null,
      list: false,
    });
    expect(warn.mock.calls).toEqual([
      [
        `Détente: ignoring URL parameter parentOrigin=${JSON.stringify(origin)}: expected an origin such as https://example.org.`,
      ],
    ]);
  });

  it("drops the embed-only parameters from the full view's query, keeping the rest in order", () => {
    expect(
      withoutEmbedParams("?lang=es&id=f&parentOrigin=https%3A%2F%2Fa.example&list=1&q=x"),
    ).toBe("?lang=es&q=x");
    expect(withoutEmbedParams("?id=f&list=1")).toBe("");
    expect(withoutEmbedParams("")).toBe("");
  });
});
