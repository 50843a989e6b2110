import { fireEvent, screen } from "@testing-library/react";
import { importDetenteArrow } from "../../src/io/arrow/import.ts";
import { ExportMenu } from "../../src/ui/ExportMenu.tsx";
import { renderWithStore } from "../helpers/render.tsx";

const VIEW = { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 1, 7) };

/** jsdom has no object URLs: stand-ins record the blobs, removed after each test. */
function stubObjectUrls() {
  const created: Blob[] = [];
  const original = { createObjectURL: URL.createObjectURL, revokeObjectURL: URL.revokeObjectURL };
  Object.assign(URL, {
    createObjectURL: vi.fn((blob: Blob) => {
      created.push(blob);
      return `blob:test-${created.length}`;
    }),
    revokeObjectURL: vi.fn(),
  });
  return { created, restore: () => Object.assign(URL, original) };
}

function readBlob(blob: Blob | undefined): Promise<string> {
  // jsdom's Blob has no text(): read it the older way.
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob ?? new Blob());
  });
}

function readBytes(blob: Blob | undefined): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob ?? new Blob());
  });
}

describe("Export editor", () => {
  // The dialog is a lazy chunk: load it once ahead, so no test waits on the module graph.
  beforeAll(async () => {
    await import("../../src/ui/ExportDialog.tsx");
  }, 30_000);
  let urls: ReturnType<typeof stubObjectUrls>;
  beforeEach(() => {
    urls = stubObjectUrls();
  });
  afterEach(() => urls.restore());

  it("opens a dialog with the default words, and Escape closes it back to the button", async () => {
    renderWithStore(<ExportMenu />, { viewport: VIEW });
    const button = screen.getByRole("button", { name: "Export…" });
    expect(button).toHaveAttribute("aria-haspopup", "dialog");
    fireEvent.click(button);
    const dialog = await screen.findByRole("dialog", { name: "Export the view" });
    expect(screen.getByLabelText("Title")).toHaveValue(
      "United States–Colombia relations, January 2025 – February 2026",
    );
    expect(screen.getByLabelText("Credit or byline")).toHaveValue("Made with Détente");
    expect(screen.getByRole("radio", { name: /1200 × 675/ })).toBeChecked();
    fireEvent.keyDown(dialog, { key: "Escape" });
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(button).toHaveFocus();
  });

  it("previews the edited words and the chosen size", async () => {
    renderWithStore(<ExportMenu />, { viewport: VIEW });
    fireEvent.click(screen.getByRole("button", { name: "Export…" }));
    await screen.findByRole("dialog");
    fireEvent.change(screen.getByLabelText("Title"), { target: { value: "Tariffs & flights" } });
    fireEvent.change(screen.getByLabelText("Notes"), { target: { value: "A note." } });
    fireEvent.click(screen.getByRole("radio", { name: /1080 × 1080/ }));
    await vi.waitFor(() =>
      expect(screen.getByRole("img", { name: /Tariffs & flights/ })).toBeInTheDocument(),
    );
    const svg = await readBlob(urls.created.at(-1));
    expect(svg).toContain("Tariffs &amp; flights");
    expect(svg).toContain("A note.");
    expect(svg).toMatch(/<svg[^>]* width="1080" height="1080"/);
    expect(screen.getByText("1080 × 1080 px")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("radio", { name: /Custom width/ }));
    fireEvent.change(screen.getByLabelText("Width in pixels"), { target: { value: "700" } });
    await vi.waitFor(async () =>
      expect(await readBlob(urls.created.at(-1))).toMatch(/<svg[^>]* width="700"/),
    );
  });

  it("downloads the data of the events shown, named after the window", async () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      renderWithStore(<ExportMenu />, { viewport: VIEW });
      fireEvent.click(screen.getByRole("button", { name: "Export…" }));
      await screen.findByRole("dialog");
      fireEvent.click(screen.getByRole("button", { name: "Download CSV" }));
      await vi.waitFor(() => expect(names).toEqual(["us-colombia_2025-01-01_2026-02-06.csv"]));
      const csv = await readBlob(urls.created.at(-1));
      // A Détente CSV: the record kind first, then the event columns the importer reads back.
      expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(
        /^record,id,date,end,title,summary,topics,actors,initiator,target,cameo,score,chart score,source,quote,note,/,
      );
      expect(screen.getByRole("status")).toHaveTextContent(
        "Saved us-colombia_2025-01-01_2026-02-06.csv.",
      );
    } finally {
      click.mockRestore();
    }
  });

  it("downloads the events shown as Arrow, which imports back", async () => {
    const names: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    try {
      renderWithStore(<ExportMenu />, { viewport: VIEW });
      fireEvent.click(screen.getByRole("button", { name: "Export…" }));
      await screen.findByRole("dialog");
      fireEvent.click(screen.getByRole("button", { name: "Download Arrow (large data)" }));
      await vi.waitFor(() => expect(names).toEqual(["us-colombia_2025-01-01_2026-02-06.arrow"]));
      const result = importDetenteArrow(await readBytes(urls.created.at(-1)));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.report.format).toBe("detente-arrow");
      expect(result.dataset.title).toMatch(/\(extract, 1 January 2025 to 6 February 2026\)$/);
      expect(result.dataset.events.length).toBeGreaterThan(5);
    } finally {
      click.mockRestore();
    }
  });

  it("speaks Spanish", async () => {
    renderWithStore(<ExportMenu />, { viewport: VIEW, settings: { lang: "es" } });
    fireEvent.click(screen.getByRole("button", { name: "Exportar…" }));
    await screen.findByRole("dialog", { name: "Exportar la vista" });
    expect(screen.getByLabelText("Título")).toHaveValue(
      "Relaciones entre Estados Unidos y Colombia, enero de 2025 – febrero de 2026",
    );
    for (const name of ["Descargar SVG", "Descargar PNG 2×", "Descargar JSON"]) {
      expect(screen.getByRole("button", { name })).toBeInTheDocument();
    }
  });
});
