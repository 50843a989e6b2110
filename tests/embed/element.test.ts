/**
 * <detente-timeline>, the custom element, in jsdom: definition, attributes → view, events out of
 * the shadow root, clean removal. jsdom has no constructable stylesheets, so this also covers
 * the <style> fallback. (Chromium runs the built bundle: tests/e2e/element.test.ts.)
 *
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * run defaults to node)
 */
import { act, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { DetenteTimelineElement } from "../../src/embed/element.ts";
import { usColombia } from "../helpers/render.tsx";

const DATA_URL = "/data/us-colombia.json";
const MEETING_ES = /^Reunión en la Casa Blanca: Petro visita a Trump, 3 de febrero de 2026$/;
const MEETING_EN = "White House meeting: Petro visits Trump, 3 February 2026";

let fetchMock: ReturnType<typeof vi.fn<(url: string | URL | Request) => Promise<Response>>>;

/** The class the first evaluation of the module defined. */
let definedClass: typeof DetenteTimelineElement;

beforeAll(async () => {
  ({ DetenteTimelineElement: definedClass } = await import("../../src/embed/element.ts"));
});

beforeEach(() => {
  const text = JSON.stringify(usColombia());
  fetchMock = vi.fn(async () => new Response(text, { status: 200 }));
  vi.stubGlobal("fetch", fetchMock);
});

afterEach(async () => {
  vi.unstubAllGlobals();
  // Removal unmounts each element's React root a microtask later: inside act, as React asks.
  await act(async () => {
    document.body.replaceChildren();
    await Promise.resolve();
  });
});

/** The element's render target inside its shadow root. */
function viewOf(element: DetenteTimelineElement): HTMLElement {
  const root = element.shadowRoot?.querySelector<HTMLElement>(".detente-embed-root");
  if (!root) throw new Error("no .detente-embed-root in the shadow root");
  return root;
}

async function mount(attributes: Record<string, string>): Promise<DetenteTimelineElement> {
  const element = document.createElement("detente-timeline");
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await act(async () => {
    document.body.append(element);
  });
  // The first mount validates the whole dataset (translations included) in jsdom: slow on a
  // busy machine, and not what these tests time.
  await waitFor(() => expect(viewOf(element).querySelector(".detente-timeline")).not.toBeNull(), {
    timeout: 10_000,
  });
  return element;
}

const marks = (element: DetenteTimelineElement) =>
  within(viewOf(element)).getByRole("group", { name: /(Events on the timeline|Eventos en)/ });

describe("<detente-timeline>", () => {
  it("is defined once, even when the module is loaded twice", async () => {
    const first = customElements.get("detente-timeline");
    // The module's own class, not merely something under that name.
    expect(first).toBe(definedClass);
    vi.resetModules();
    // A second evaluation of the module (another copy on the page) must not throw.
    const again = await import("../../src/embed/element.ts");
    expect(customElements.get("detente-timeline")).toBe(first);
    expect(again.DetenteTimelineElement).not.toBe(first);
    expect(document.createElement("detente-timeline")).toBeInstanceOf(
      first as CustomElementConstructor,
    );
  });

  it("renders in an open shadow root with its styles in a <style> fallback", async () => {
    const element = await mount({ src: DATA_URL, lang: "en" });
    const shadow = element.shadowRoot;
    expect(shadow?.mode).toBe("open");
    const style = shadow?.querySelector("style");
    expect(style?.textContent).toContain(":host { display: block; contain: content; }");
    // Nothing leaks into the host document.
    expect(document.querySelector(".detente")).toBeNull();
    expect(fetchMock.mock.calls.map(([url]) => String(url))).toEqual([DATA_URL]);
  });

  it("maps lang, from and to to the view", async () => {
    const element = await mount({
      src: DATA_URL,
      lang: "es",
      from: "2026-01-26",
      to: "2026-02-05",
    });
    const view = within(viewOf(element));
    expect(view.getByRole("button", { name: "Acercar" })).toBeInTheDocument();
    // A narrow window: the meeting has its own mark, with a Spanish date.
    expect(within(marks(element)).getByRole("button", { name: MEETING_ES })).toBeInTheDocument();
  });

  it("applies attribute changes to the same view, without remounting", async () => {
    const element = await mount({
      src: DATA_URL,
      lang: "es",
      from: "2026-01-26",
      to: "2026-02-05",
    });
    const instance = viewOf(element).querySelector(".detente");
    const viewports: CustomEvent[] = [];
    element.addEventListener("detente-viewport", (event) => viewports.push(event));

    await act(async () => {
      element.setAttribute("lang", "en");
    });
    expect(within(viewOf(element)).getByRole("button", { name: "Zoom in" })).toBeInTheDocument();
    expect(viewOf(element).querySelector(".detente")).toBe(instance);

    await act(async () => {
      element.setAttribute("from", "2025-01-01");
      element.setAttribute("to", "2025-12-31");
    });
    await waitFor(() => expect(viewports.length).toBeGreaterThan(0));
    expect(viewports.at(-1)?.detail).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      fromMs: Date.UTC(2025, 0, 1),
      toMs: Date.UTC(2026, 0, 1),
    });
    expect(viewOf(element).querySelector(".detente")).toBe(instance);
  });

  it("sizes itself from the height attribute", async () => {
    const element = await mount({ src: DATA_URL, height: "420" });
    const box = viewOf(element).querySelector<HTMLElement>(".detente-embed");
    expect(box?.style.height).toBe("420px");
  });

  it("announces a selection with a composed, bubbling detente-select", async () => {
    const element = await mount({
      src: DATA_URL,
      lang: "en",
      from: "2026-01-26",
      to: "2026-02-05",
    });
    const heard: { id: string | null; composed: boolean; bubbles: boolean; target: unknown }[] = [];
    const listener = (event: Event): void => {
      const { detail } = event as CustomEvent<{ id: string | null }>;
      heard.push({
        id: detail.id,
        composed: event.composed,
        bubbles: event.bubbles,
        target: event.target,
      });
    };
    document.addEventListener("detente-select", listener);
    try {
      await userEvent.click(within(marks(element)).getByRole("button", { name: MEETING_EN }));
      expect(heard).toEqual([
        { id: "white-house-meeting", composed: true, bubbles: true, target: element },
      ]);
      await userEvent.click(within(viewOf(element)).getByRole("button", { name: "Close details" }));
      expect(heard.at(-1)?.id).toBeNull();
    } finally {
      document.removeEventListener("detente-select", listener);
    }
  });

  it("keeps its view when moved within the document, and unmounts when removed", async () => {
    const errors = vi.spyOn(console, "error");
    const element = await mount({ src: DATA_URL });
    const instance = viewOf(element).querySelector(".detente");

    const elsewhere = document.createElement("section");
    document.body.append(elsewhere);
    await act(async () => {
      elsewhere.append(element);
      await Promise.resolve();
    });
    expect(element.mounted).toBe(true);
    expect(viewOf(element).querySelector(".detente")).toBe(instance);

    await act(async () => {
      element.remove();
      // The unmount waits a microtask, in case the element is coming back.
      await Promise.resolve();
    });
    expect(element.mounted).toBe(false);
    expect(viewOf(element).childElementCount).toBe(0);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });

  it("says what is missing without a src", async () => {
    const element = document.createElement("detente-timeline");
    await act(async () => {
      document.body.append(element);
    });
    expect(within(viewOf(element)).getByRole("alert")).toHaveTextContent(/src/);
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
