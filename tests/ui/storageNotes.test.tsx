/**
 * The kept-import notes as a reader gets them: what was discarded and why (the first problems,
 * then how many more), and removal only on dismissal; another tab's change, in either language.
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createInThreadImporter } from "../../src/io/pipeline/importer.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import {
  memoryImportedStorage,
  type DiscardedImport,
  type ImportedRecord,
} from "../../src/store/importedDataset.ts";
import { createImportStore, type StorageNote } from "../../src/store/importStore.ts";
import StorageNotes from "../../src/ui/StorageNotes.tsx";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { renderWithStore } from "../helpers/render.tsx";
import { smallDataset } from "../helpers/dataset.ts";

const discarded: DiscardedImport = {
  id: "old",
  name: "gdelt.tsv",
  title: "GDELT events",
  savedAt: "2026-11-30T20:00:00.000Z",
  problems: Array.from({ length: 7 }, (_, i) => ({
    path: `dailyImpulses[${i}].day`,
    message: "month 99 is not between 01 and 12",
  })),
  raw: { name: "gdelt.tsv" },
};

async function setup(note: StorageNote, lang: "en" | "es" = "en") {
  const storage = memoryImportedStorage();
  await storage.save({ ...(discarded.raw as object), id: "old" } as unknown as ImportedRecord);
  const store = createImportStore({
    detente: createDetenteStore({ dataset: smallDataset(), goldstein: goldsteinTable() }),
    importer: createInThreadImporter(),
    storage,
    bundled: smallDataset(),
    ...(note.kind === "discarded" ? { discarded: note.discarded } : {}),
    pageUrl: "https://example.org/",
    loadConfig: () => Promise.resolve(SAME_ORIGIN_ONLY),
  });
  if (note.kind !== "discarded") store.setState({ storageNote: note });
  const view = renderWithStore(<StorageNotes store={store} note={note} />, { settings: { lang } });
  return { store, storage, view };
}

describe("kept-import notes", () => {
  it("says what was discarded and why, and removes it only when dismissed", async () => {
    const { store, storage } = await setup({ kind: "discarded", discarded });
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent(
      /kept in this browser \(gdelt\.tsv, November 30, 2026 at 3:00 PM\) can no longer be opened/,
    );
    const items = within(alert).getAllByRole("listitem");
    // Five problems, then how many more: the saved record holds them all.
    expect(items).toHaveLength(6);
    expect(items[0]).toHaveTextContent("dailyImpulses[0].day: month 99 is not between 01 and 12");
    expect(items[5]).toHaveTextContent("and 2 more.");
    expect(await storage.load()).toBeDefined();

    await userEvent.click(within(alert).getByRole("button", { name: "Dismiss and remove it" }));
    expect(store.getState().storageNote).toBeNull();
    await vi.waitFor(async () => expect(await storage.load()).toBeUndefined());
  });

  it("names another tab's import, in Spanish too", async () => {
    await setup(
      {
        kind: "kept-elsewhere",
        kept: { id: "b", name: "b.json", title: "Otro", savedAt: "2026-11-30T20:00:00Z" },
      },
      "es",
    );
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent(
      "Otra pestaña guardó otros datos importados en este navegador: Otro (b.json).",
    );
    expect(within(status).getByRole("button", { name: "Mostrarlos" })).toBeVisible();
  });

  it("offers to keep again an import another tab removed", async () => {
    await setup({ kind: "removed-elsewhere", title: "Eras Test" });
    const status = screen.getByRole("status");
    expect(status).toHaveTextContent("Another tab removed Eras Test from this browser.");
    expect(
      within(status).getByRole("button", { name: "Keep it in this browser again" }),
    ).toBeVisible();
  });
});
