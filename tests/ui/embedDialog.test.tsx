/**
 * The Embed dialog: the code it offers is the view on screen, in either format; Copy copies it;
 * Escape closes the dialog (and only the dialog) and the focus goes back to the Embed button.
 * jsdom has no showModal/close: they are stood in for with what a browser does to the DOM.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AppToolbar } from "../../src/ui/AppToolbar.tsx";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { NOW, renderWithStore } from "../helpers/render.tsx";

const VIEW = {
  viewport: { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) },
  filters: {
    topics: ["migration-deportation", "diplomacy"],
    actors: null,
    parties: null,
    query: "visa",
  },
  selectedId: "visa-revocation",
  settings: { lang: "es" as const, lanes: "actor" as const },
};

const savedClipboard = Object.getOwnPropertyDescriptor(window.navigator, "clipboard");
const dialogProto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
const savedShowModal = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, "showModal");
const savedClose = Object.getOwnPropertyDescriptor(HTMLDialogElement.prototype, "close");

function mockClipboard(clipboard: Partial<Clipboard> | undefined): void {
  Object.defineProperty(window.navigator, "clipboard", { value: clipboard, configurable: true });
}

beforeAll(() => {
  dialogProto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  dialogProto.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

afterAll(() => {
  for (const [name, saved] of [
    ["showModal", savedShowModal],
    ["close", savedClose],
  ] as const) {
    if (saved) Object.defineProperty(HTMLDialogElement.prototype, name, saved);
    else Reflect.deleteProperty(HTMLDialogElement.prototype, name);
  }
});

afterEach(() => {
  if (savedClipboard) Object.defineProperty(window.navigator, "clipboard", savedClipboard);
  else Reflect.deleteProperty(window.navigator, "clipboard");
  vi.restoreAllMocks();
});

/** The dialog's body is a lazy chunk: its code box arrives a moment after the dialog opens. */
const bodyLoaded = () => screen.findByRole("textbox", { name: /Código|Code/ });

const code = (): string =>
  (screen.getByRole("textbox", { name: /Código|Code/ }) as HTMLTextAreaElement).value;

/** Parses a snippet as the host page's browser will. */
const parse = (text: string): Document => new DOMParser().parseFromString(text, "text/html");

/** The URL of the iframe snippet's src, as the host page's browser will read it. */
function snippetSrc(text: string): URL {
  const src = parse(text).querySelector("iframe[data-detente]")?.getAttribute("src");
  if (src == null) throw new Error(`no iframe src in ${text}`);
  return new URL(src);
}

describe("the Embed dialog", () => {
  it("offers an iframe snippet for the view on screen, with the host script and a preview", async () => {
    const user = userEvent.setup();
    renderWithStore(<AppToolbar />, VIEW);
    const button = screen.getByRole("button", { name: "Insertar" });
    // The toolbar order: Copy link, Embed, Export.
    const toolbar = screen.getByRole("toolbar");
    const names = within(toolbar)
      .getAllByRole("button")
      .map((b) => b.textContent);
    expect(names.indexOf("Insertar")).toBe(names.indexOf("Copiar enlace") + 1);
    expect(names.indexOf("Exportar…")).toBe(names.indexOf("Insertar") + 1);

    expect(screen.queryByRole("dialog")).toBeNull();
    await user.click(button);
    await bodyLoaded();
    const dialog = screen.getByRole("dialog", { name: "Insertar" });
    expect(dialog).toHaveAttribute("open");
    expect(within(dialog).getByRole("radio", { name: "Iframe adaptable" })).toBeChecked();
    expect(within(dialog).getByRole("radio", { name: "Iframe adaptable" })).toHaveFocus();

    const text = code();
    const origin = window.location.origin;
    expect(text).toMatch(
      new RegExp(
        `^<iframe data-detente src="${origin}/embed\\.html\\?[^"]+" ` +
          `title="Relaciones entre Estados Unidos y Colombia, 2000–2026 \\(línea de tiempo de Détente\\)" ` +
          `loading="lazy" style="width:100%;height:600px;border:0"></iframe>\\n` +
          `<script src="${origin}/embed\\.js" async></script>$`,
      ),
    );
    const src = snippetSrc(text);
    expect(src.origin).toBe(origin);
    expect(src.pathname).toBe("/embed.html");
    expect(Object.fromEntries(src.searchParams)).toEqual({
      from: "2025-01-01",
      to: "2025-12-31",
      topics: "migration-deportation,diplomacy",
      q: "visa",
      event: "visa-revocation",
      lanes: "actor",
      lang: "es",
    });
    // Attribute text is escaped: a raw & would still work, but a quote in q would not.
    expect(text).toContain("&amp;to=2025-12-31&amp;");

    const preview = within(dialog).getByTitle("Vista previa de la vista insertada");
    expect(preview.tagName).toBe("IFRAME");
    expect(preview.getAttribute("src")).toBe(src.href);
  });

  it("names the language even when it is the default, and escapes what the reader typed", async () => {
    const user = userEvent.setup();
    renderWithStore(<AppToolbar />, {
      filters: { topics: null, actors: null, parties: null, query: `"<b>&'` },
      settings: { lang: "en" },
    });
    await user.click(screen.getByRole("button", { name: "Embed" }));
    await bodyLoaded();
    const text = code();
    expect(snippetSrc(text).searchParams.get("lang")).toBe("en");
    expect(snippetSrc(text).searchParams.get("q")).toBe(`"<b>&'`);
    expect(parse(text).querySelector("b")).toBeNull();

    await user.click(screen.getByRole("radio", { name: "Web component" }));
    const element = parse(code()).querySelector("detente-timeline");
    expect(element?.getAttribute("lang")).toBe("en");
    expect(element?.getAttribute("src")).toBe(`${window.location.origin}/data/us-colombia.json`);
  });

  it("switches to the custom element snippet and back", async () => {
    const user = userEvent.setup();
    renderWithStore(<AppToolbar />, { ...VIEW, settings: { ...VIEW.settings, lang: "en" } });
    await user.click(screen.getByRole("button", { name: "Embed" }));
    await bodyLoaded();
    const iframeCode = code();

    await user.click(screen.getByRole("radio", { name: "Web component" }));
    expect(screen.getByRole("radio", { name: "Web component" })).toBeChecked();
    const origin = window.location.origin;
    expect(code()).toBe(
      `<script type="module" src="${origin}/element/detente-timeline.js"></script>\n` +
        `<detente-timeline src="${origin}/data/us-colombia.json" from="2025-01-01" ` +
        `to="2025-12-31" topics="migration-deportation,diplomacy" lang="en" height="600">` +
        `</detente-timeline>`,
    );
    // The element takes no search, actors, selection or lanes: the dialog says so.
    // Each format explains itself to screen readers too.
    expect(screen.getByRole("radio", { name: "Web component" })).toHaveAccessibleDescription(
      /inside the page itself, with the same period, topics, language and theme \(not the search/,
    );

    await user.click(screen.getByRole("radio", { name: "Responsive iframe" }));
    expect(code()).toBe(iframeCode);
  });

  it("copies the code, and selects it for a manual copy where the clipboard refuses", async () => {
    const user = userEvent.setup();
    renderWithStore(<AppToolbar />, { ...VIEW, settings: { lang: "en" } });
    const writeText = vi.fn((_text: string) => Promise.resolve());
    mockClipboard({ writeText });
    await user.click(screen.getByRole("button", { name: "Embed" }));
    await bodyLoaded();
    await user.click(screen.getByRole("radio", { name: "Web component" }));
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledTimes(1);
    expect(writeText).toHaveBeenCalledWith(code());
    expect(await screen.findByText("Code copied")).toBeInTheDocument();

    mockClipboard({ writeText: () => Promise.reject(new Error("denied")) });
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(await screen.findByText(/The code is selected/)).toBeInTheDocument();
    const field = screen.getByRole("textbox", { name: "Code" }) as HTMLTextAreaElement;
    expect(field).toHaveFocus();
    expect(field.selectionStart).toBe(0);
    expect(field.selectionEnd).toBe(field.value.length);
  });

  it("closes on Escape, returns the focus to the Embed button, and leaves the view alone", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<DetenteView now={NOW} />, {
      ...VIEW,
      settings: { lang: "en" },
    });
    const button = screen.getByRole("button", { name: "Embed" });
    await user.click(button);
    await bodyLoaded();
    const dialog = screen.getByRole("dialog", { name: "Embed" });
    await user.click(within(dialog).getByRole("radio", { name: "Web component" }));
    await user.keyboard("{Escape}");
    expect(dialog).not.toHaveAttribute("open");
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
    // The Escape was the dialog's: the event details around it stay open.
    expect(store.getState().selectedId).toBe("visa-revocation");

    // Reopened, it shows the view as it is now, in the format last chosen.
    store.getState().select(null);
    await user.click(button);
    await bodyLoaded();
    expect(code()).toContain("<detente-timeline");
    expect(code()).not.toContain("event=");
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("still opens and closes where the browser has no showModal", async () => {
    const user = userEvent.setup();
    const { showModal, close } = dialogProto;
    delete dialogProto.showModal;
    delete dialogProto.close;
    try {
      renderWithStore(<AppToolbar />, { settings: { lang: "en" } });
      const button = screen.getByRole("button", { name: "Embed" });
      await user.click(button);
      await bodyLoaded();
      expect(screen.getByRole("dialog", { name: "Embed" })).toHaveAttribute("open");
      await user.keyboard("{Escape}");
      expect(screen.queryByRole("dialog")).toBeNull();
      expect(button).toHaveFocus();
    } finally {
      Object.assign(dialogProto, { showModal, close });
    }
  });
});
