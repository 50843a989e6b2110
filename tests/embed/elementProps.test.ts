/**
 * <detente-timeline>'s own logic, with the component replaced by a probe that records its props:
 * each attribute's reading, the inline data block, re-renders, events out, styles, definition.
 * (What the real component does with the props: element.test.ts and library.test.tsx.)
 *
 * @vitest-environment jsdom
 */
import type { DetenteTimelineProps } from "../../src/embed/DetenteTimeline.tsx";
import type * as ElementModuleType from "../../src/embed/element.ts";
import type * as React from "react";

const probe = vi.hoisted(() => ({ props: [] as DetenteTimelineProps[] }));

vi.mock("../../src/embed/DetenteTimeline.tsx", () => ({
  DetenteTimeline: (props: DetenteTimelineProps) => {
    probe.props.push(props);
    return null;
  },
}));

type ElementModule = typeof ElementModuleType;
let element: ElementModule;
/** React's act, from the same fresh module registry as the element's React. */
let act: typeof React.act;
let tag = "";
let tags = 0;

beforeAll(async () => {
  // A fresh copy of the module, built on the probe (another test file may have loaded the real one).
  vi.resetModules();
  // Nor may this copy claim <detente-timeline> in a registry the other files share: it defines
  // its own tags below.
  const define = vi.spyOn(customElements, "define").mockImplementation(() => {});
  element = await import("../../src/embed/element.ts");
  ({ act } = await import("react"));
  define.mockRestore();
});

afterAll(() => {
  // The real component for the files that run after this one (they may share the registry).
  vi.doUnmock("../../src/embed/DetenteTimeline.tsx");
  vi.resetModules();
});

beforeEach(() => {
  probe.props = [];
  // Each test defines its own tag: a registry never forgets one.
  tag = `probe-timeline-${++tags}`;
  customElements.define(tag, class extends element.DetenteTimelineElement {});
});

afterEach(async () => {
  document.body.replaceChildren();
  await Promise.resolve();
});

const last = (): DetenteTimelineProps | undefined => probe.props.at(-1);

async function renders(count: number): Promise<void> {
  await vi.waitFor(() => expect(probe.props.length).toBeGreaterThanOrEqual(count));
}

async function mount(attributes: Record<string, string>, inner = ""): Promise<HTMLElement> {
  const node = document.createElement(tag);
  node.innerHTML = inner;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  document.body.append(node);
  await renders(1);
  return node;
}

/** The props the element gave, without the callbacks. */
function given(): Record<string, unknown> {
  const { onSelect: _select, onViewportChange: _viewport, ...rest } = last() ?? {};
  return rest;
}

describe("attributes → props", () => {
  it("passes every attribute it knows", async () => {
    await mount({
      src: "/d.json",
      parties: "USA,COL",
      baseline: "/daily.csv",
      from: "2026-01-01",
      to: "2026-02-01",
      topics: "trade,visits",
      lang: "es",
      theme: "dark",
      height: "600",
      story: "6",
      "image-origins": " https://a.example,https://b.example  https://c.example ",
    });
    expect(given()).toEqual({
      src: "/d.json",
      parties: "USA,COL",
      baseline: "/daily.csv",
      from: "2026-01-01",
      to: "2026-02-01",
      topics: ["trade", "visits"],
      lang: "es",
      theme: "dark",
      height: 600,
      story: 6,
      imageOrigins: ["https://a.example", "https://b.example", "https://c.example"],
    });
  });

  it("leaves out what is absent, and takes an empty topics list as none", async () => {
    await mount({ topics: "" });
    expect(given()).toEqual({
      src: undefined,
      parties: undefined,
      baseline: undefined,
      from: undefined,
      to: undefined,
      topics: [""],
      lang: undefined,
      theme: undefined,
      height: undefined,
      story: undefined,
      imageOrigins: [],
    });
  });

  it.each([
    ["lang", "en", "lang", "en"],
    ["lang", "fr", "lang", undefined],
    ["lang", "", "lang", undefined],
    ["theme", "auto", "theme", "auto"],
    ["theme", "light", "theme", "light"],
    ["theme", "sepia", "theme", undefined],
    ["height", "12.5", "height", 12.5],
    ["height", " 600 ", "height", 600],
    ["height", "70vh", "height", "70vh"],
    ["height", "600px", "height", "600px"],
    ["height", "1.", "height", "1."],
    ["height", "12.25", "height", 12.25],
    ["height", "-600", "height", "-600"],
    ["height", "   ", "height", undefined],
    ["story", "", "story", true],
    ["story", "true", "story", true],
    ["story", "0", "story", 0],
    ["story", "-1", "story", true],
    ["story", "1.5", "story", true],
    ["story", "step", "story", true],
  ])("%s=%j → %s %j", async (attribute, value, prop, read) => {
    await mount({ [attribute]: value });
    expect(given()[prop]).toEqual(read);
  });
});

describe("re-rendering", () => {
  it("renders nothing before it is connected, then on each real change", async () => {
    const node = document.createElement(tag);
    node.setAttribute("lang", "en");
    await Promise.resolve();
    expect(probe.props).toHaveLength(0);
    document.body.append(node);
    await renders(1);
    const count = probe.props.length;
    // act() returns once React has done all the work these changes scheduled.
    await act(async () => {
      node.setAttribute("lang", "en");
      node.setAttribute("unrelated", "x");
    });
    expect(probe.props).toHaveLength(count);
    node.setAttribute("lang", "es");
    await renders(count + 1);
    expect(last()?.lang).toBe("es");
  });

  it("keeps its root across a move, and unmounts once removed", async () => {
    const node = await mount({ lang: "en" });
    const mounted = node as HTMLElement & { readonly mounted: boolean };
    const elsewhere = document.createElement("section");
    document.body.append(elsewhere);
    elsewhere.append(node);
    await Promise.resolve();
    expect(mounted.mounted).toBe(true);
    node.remove();
    expect(mounted.mounted).toBe(true);
    await Promise.resolve();
    expect(mounted.mounted).toBe(false);
    // Back again: a new root, and the inline data watched again.
    document.body.append(node);
    expect(mounted.mounted).toBe(true);
    const count = probe.props.length;
    node.innerHTML = '<script type="application/json">{"late": true}</script>';
    await renders(count + 1);
    await vi.waitFor(() => expect(last()?.dataset).toEqual({ late: true }));
  });
});

describe("events out", () => {
  it("re-dispatches selections and viewports as composed, bubbling events", async () => {
    const node = await mount({});
    const heard: [string, unknown, boolean, boolean][] = [];
    const listen = (event: Event) =>
      heard.push([event.type, (event as CustomEvent).detail, event.bubbles, event.composed]);
    document.addEventListener("detente-select", listen);
    document.addEventListener("detente-viewport", listen);
    const view = { from: "2026-01-01", to: "2026-01-31", fromMs: 1, toMs: 2 };
    last()?.onSelect?.("meeting");
    last()?.onSelect?.(null);
    last()?.onViewportChange?.(view);
    document.removeEventListener("detente-select", listen);
    document.removeEventListener("detente-viewport", listen);
    expect(heard).toEqual([
      ["detente-select", { id: "meeting" }, true, true],
      ["detente-select", { id: null }, true, true],
      ["detente-viewport", view, true, true],
    ]);
    expect(node.isConnected).toBe(true);
  });
});

describe("inline data", () => {
  it("passes the parsed block, the same object while its text is the same", async () => {
    const node = await mount(
      { lang: "en" },
      '<script type="application/json">{"id": "x"}</script>',
    );
    const first = last()?.dataset;
    expect(first).toEqual({ id: "x" });
    node.setAttribute("lang", "es");
    await vi.waitFor(() => expect(last()?.lang).toBe("es"));
    expect(last()?.dataset).toBe(first);
    const block = node.querySelector("script");
    if (block) block.textContent = '{"id": "y"}';
    await vi.waitFor(() => expect(last()?.dataset).toEqual({ id: "y" }));
  });

  it("follows an edit of the block's text node itself", async () => {
    const node = await mount({}, '<script type="application/json">{"id": "x"}</script>');
    const text = node.querySelector("script")?.firstChild;
    if (!(text instanceof Text)) throw new Error("no text node");
    text.data = '{"id": "z"}';
    await vi.waitFor(() => expect(last()?.dataset).toEqual({ id: "z" }));
  });

  it("reads only a direct child block of JSON, and none when src is given", async () => {
    await mount(
      {},
      '<div><script type="application/json">{"nested": 1}</script></div><script type="text/plain">{}</script>',
    );
    expect(last()).not.toHaveProperty("dataset");
    const before = probe.props.length;
    await mount({ src: "/d.json" }, '<script type="application/json">{"id": "x"}</script>');
    await renders(before + 1);
    expect(last()?.src).toBe("/d.json");
    expect(last()).not.toHaveProperty("dataset");
    const empty = document.createElement(tag);
    empty.innerHTML = '<script type="application/json"></script>';
    document.body.append(empty);
    await vi.waitFor(() => expect(empty.shadowRoot?.textContent).toMatch(/malformed JSON/));
  });

  it("lists malformed JSON instead of drawing", async () => {
    const node = document.createElement(tag);
    node.innerHTML = '<script type="application/json">{"id": </script>';
    document.body.append(node);
    await vi.waitFor(() =>
      expect(node.shadowRoot?.textContent).toMatch(/\(inline data\).*malformed JSON: /s),
    );
    expect(node.shadowRoot?.textContent).toContain("<detente-timeline>");
    expect(probe.props).toHaveLength(0);
  });
});

describe("styles", () => {
  it("rewrites rem lengths as px against 16px", () => {
    expect(element.remToPx("a: 1rem; b: .5rem; c: 1.25rem; d: 0.3333rem")).toBe(
      "a: 16px; b: 8px; c: 20px; d: 5.333px",
    );
    // Only whole rem numbers: inside names, after a minus or a dot, or before more letters, no.
    expect(element.remToPx("x1rem -2rem 3remx .foo2rem 10 rem")).toBe(
      "x1rem -2rem 3remx .foo2rem 10 rem",
    );
  });

  it("puts its reset and the app's styles in a <style> where sheets cannot be adopted", async () => {
    const node = await mount({});
    const style = node.shadowRoot?.querySelector("style");
    expect(style?.textContent).toContain(":host { display: block; contain: content; }");
    expect(style?.textContent).toContain(":host([hidden]) { display: none; }");
    expect(style?.textContent).not.toMatch(/\d+rem\b/);
    expect(node.shadowRoot?.querySelector(".detente-embed-root")).not.toBeNull();
  });

  it("adopts one shared sheet where the browser has constructable sheets", async () => {
    const replaced: string[] = [];
    class FakeSheet {
      replaceSync(text: string): void {
        replaced.push(text);
      }
    }
    const adopted = new WeakMap<ShadowRoot, unknown[]>();
    vi.stubGlobal("CSSStyleSheet", FakeSheet);
    Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", {
      configurable: true,
      get(this: ShadowRoot) {
        return adopted.get(this) ?? [];
      },
      set(this: ShadowRoot, sheets: unknown[]) {
        adopted.set(this, sheets);
      },
    });
    try {
      const a = await mount({});
      const b = await mount({});
      const sheetsA = adopted.get(a.shadowRoot as ShadowRoot);
      expect(sheetsA).toHaveLength(1);
      expect(sheetsA?.[0]).toBeInstanceOf(FakeSheet);
      expect(adopted.get(b.shadowRoot as ShadowRoot)?.[0]).toBe(sheetsA?.[0]);
      expect(replaced).toHaveLength(1);
      expect(replaced[0]).toContain(".detente-embed-root");
      expect(a.shadowRoot?.querySelector("style")).toBeNull();
    } finally {
      delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
      vi.unstubAllGlobals();
    }
  });
});

describe("definition", () => {
  it("defines the tag only where it is not defined yet", () => {
    const define = vi.fn();
    element.defineDetenteTimeline({
      get: () => undefined,
      define,
    } as unknown as CustomElementRegistry);
    expect(define).toHaveBeenCalledWith("detente-timeline", element.DetenteTimelineElement);
    const again = vi.fn();
    element.defineDetenteTimeline({
      get: () => HTMLElement,
      define: again,
    } as unknown as CustomElementRegistry);
    expect(again).not.toHaveBeenCalled();
    expect(element.TAG_NAME).toBe("detente-timeline");
    expect(element.DetenteTimelineElement.observedAttributes).toEqual([
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
    ]);
  });
});
