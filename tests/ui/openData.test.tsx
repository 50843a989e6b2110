/**
 * Open data in jsdom: the import runs through the in-thread Importer (the same code as the
 * worker), IndexedDB is fake-indexeddb, and a gated importer holds the outcome back so the
 * progress bar can be seen before the report.
 */
import "fake-indexeddb/auto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import {
  browserImportedStorage,
  restoreImported,
  type DatasetCheck,
} from "../../src/store/importedDataset.ts";
import { SAME_ORIGIN_ONLY } from "../../src/io/pipeline/sourceUrl.ts";
import { createInThreadImporter, type Importer } from "../../src/io/pipeline/importer.ts";
import type { ImportOutcome } from "../../src/io/pipeline/protocol.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { DetenteProvider } from "../../src/store/context.tsx";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectBounds, selectEvents } from "../../src/store/selectors.ts";
import { computeTensionView, selectTension } from "../../src/store/tensionSelectors.ts";
import { DetenteView } from "../../src/ui/DetenteView.tsx";
import { ImportProvider } from "../../src/ui/ImportProvider.tsx";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { NOW, usColombia } from "../helpers/render.tsx";

// The import panels are a lazy chunk: loaded once up front, so no test waits on its first import.
beforeAll(() => import("../../src/ui/ImportPanels.tsx"));

/** The app checks a kept record in its load worker; here the same validator runs in-thread. */
const check: DatasetCheck = (value) => Promise.resolve(validateDataset(value, goldsteinTable()));

const fixture = (path: string): string =>
  readFileSync(resolve(process.cwd(), "tests/fixtures", path), "utf8");

/** The in-thread importer, with each outcome held until the test releases it. */
function gatedImporter(): { importer: Importer; release: () => void } {
  const inner = createInThreadImporter();
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    importer: {
      start(request, onProgress) {
        const job = inner.start(request, onProgress);
        let cancelled: (outcome: ImportOutcome) => void = () => undefined;
        const onCancel = new Promise<ImportOutcome>((resolve) => {
          cancelled = resolve;
        });
        const held = job.outcome.then(async (outcome): Promise<ImportOutcome> => {
          await gate;
          return outcome;
        });
        return {
          // Cancelling answers at once, as the worker importer does.
          outcome: Promise.race([held, onCancel]),
          cancel: () => {
            job.cancel();
            cancelled({ kind: "cancelled" });
          },
        };
      },
    },
    release: open,
  };
}

function renderApp(importer: Importer = createInThreadImporter()) {
  const bundled: Dataset = usColombia();
  const store = createDetenteStore({
    dataset: bundled,
    goldstein: goldsteinTable(),
    settings: { reducedMotion: true },
  });
  render(
    <DetenteProvider store={store}>
      <ImportProvider
        importer={importer}
        storage={browserImportedStorage()}
        bundled={bundled}
        loadConfig={() => Promise.resolve(SAME_ORIGIN_ONLY)}
      >
        <DetenteView now={NOW} />
      </ImportProvider>
    </DetenteProvider>,
  );
  return { store, bundled };
}

async function openFile(name: string, text: string): Promise<void> {
  const toggle = screen.getByRole("button", { name: "Open data…" });
  if (toggle.getAttribute("aria-expanded") !== "true") await userEvent.click(toggle);
  await userEvent.upload(await screen.findByLabelText("Choose a file"), new File([text], name));
}

// The report follows the view's preparation, a few tasks (prepareView.ts): on a loaded machine
// that can take longer than findBy's default second.
const report = () => screen.findByRole("region", { name: "Import report" }, { timeout: 10_000 });

afterEach(async () => {
  await browserImportedStorage().remove();
});

describe("Open data", () => {
  it("shows progress while a GDELT file is read, then the report, and replaces the view", async () => {
    const { importer, release } = gatedImporter();
    const { store, bundled } = renderApp(importer);
    await openFile("gdelt2-events-sample.tsv", fixture("gdelt/gdelt2-events-sample.tsv"));

    const bar = await screen.findByRole("progressbar", { name: "Import progress" });
    const bytes = new Blob([fixture("gdelt/gdelt2-events-sample.tsv")]).size;
    expect(bar).toHaveAttribute("max", String(bytes));
    expect(screen.getByText("Reading gdelt2-events-sample.tsv…")).toBeInTheDocument();
    await waitFor(() =>
      expect(bar).toHaveAccessibleDescription("42 kB of 42 kB read · 100 rows parsed"),
    );
    expect(store.getState().dataset).toBe(bundled);

    release();
    const region = await report();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
    expect(region).toHaveTextContent(
      "Imported 3 events from gdelt2-events-sample.tsv (GDELT event export).",
    );
    expect(region).toHaveTextContent("97 rows left out, by reason:");
    const groups = within(region)
      .getAllByRole("listitem")
      .map((item) => item.textContent);
    expect(groups).toContain(
      "29 rows: event date more than a year before the date the row was added " +
        "(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)",
    );
    expect(groups).toContain(
      "68 rows: not between the two parties (BLR and ZWE) (lines 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, …)",
    );
    // Countries only, by name: the sample's region codes (EUR is Europe) never become parties.
    expect(
      within(region).getByText(
        /^parties chosen from the file: Belarus \(BLR\) and Zimbabwe \(ZWE\)/,
      ),
    ).toBeVisible();

    // The new data is the view: viewport at its bounds, the tension line on the daily impulses.
    const state = store.getState();
    expect(state.dataset.title).toBe("GDELT events between Belarus and Zimbabwe");
    expect(state.dataset.events).toHaveLength(3);
    expect(state.tensionInputs?.map((input) => input.id)).toEqual(["gdelt-day-2020-03-18"]);
    expect(state.filters.topics).toBeNull();
    expect(state.selectedId).toBeNull();
    // The line is drawn from the impulses, not from the two events shown.
    const fromEvents = computeTensionView(
      selectEvents(state),
      state.settings.halfLife,
      selectBounds(state),
    );
    expect(selectTension(state).series.length).toBe(fromEvents.series.length);
    expect(selectTension(state).series.energy).not.toEqual(fromEvents.series.energy);
    expect(
      screen.getByText(
        "Showing imported data instead of the bundled dataset: GDELT events between Belarus and Zimbabwe",
      ),
    ).toBeVisible();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "GDELT events between Belarus and Zimbabwe",
    );
  });

  it("lists the GDELT file's country pairs and imports the one chosen", async () => {
    const { store } = renderApp();
    await openFile("gdelt2-events-sample.tsv", fixture("gdelt/gdelt2-events-sample.tsv"));
    await report();
    const picker = await screen.findByRole("region", { name: "Countries in this file" });
    expect(picker).toHaveTextContent("The file holds events between 4 pairs of countries.");
    const select = within(picker).getByRole("combobox", { name: "Pair of countries" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Belarus and Zimbabwe (3 events) · shown now",
      "Canada and United Kingdom (3 events)",
      "United Kingdom and Zimbabwe (2 events)",
      "Senegal and Vietnam (1 event)",
    ]);
    const show = within(picker).getByRole("button", { name: "Show this pair" });
    expect(show).toBeDisabled();
    await userEvent.selectOptions(select, "CAN,GBR");
    await userEvent.click(show);
    await waitFor(() =>
      expect(store.getState().dataset.title).toBe("GDELT events between Canada and United Kingdom"),
    );
    expect(store.getState().dataset.parties.map((p) => p.name)).toEqual([
      "Canada",
      "United Kingdom",
    ]);
  });

  it("keeps the dataset and lists problems with line numbers when an import fails", async () => {
    const { store, bundled } = renderApp();
    // A valid dataset but for one event's date: February 2026 has no 30th.
    const broken = JSON.stringify(
      smallDataset([sampleEvent(), sampleEvent({ id: "second", date: "2026-02-30" })]),
      null,
      2,
    );
    await openFile("broken.json", broken);
    const region = await report();
    expect(region).toHaveTextContent(
      "Nothing was imported from broken.json (Détente JSON): the data shown is unchanged.",
    );
    expect(within(region).getByRole("heading", { name: "Problems" })).toBeVisible();
    // Where the second event starts in the pretty-printed file (1-based).
    const line = broken.split("\n").findIndex((text) => text.includes('"id": "second"'));
    const problems = within(region).getAllByRole("listitem");
    expect(problems.map((item) => item.textContent)).toEqual([
      `line ${line}, events[1].date: day 30 does not exist in 2026-02 (it has 28 days)`,
    ]);
    expect(store.getState().dataset).toBe(bundled);
    expect(screen.queryByText(/^Showing imported data/)).not.toBeInTheDocument();
  });

  it("asks which columns hold the date and title when a CSV's header does not say", async () => {
    const { store } = renderApp();
    const csv = [
      "Día,Qué pasó,Notas",
      "2024-01-05,Talks open,first round",
      "2024-02-10,Talks stall,",
      "not a date,Bad row,",
      "2024-03-01,Agreement signed,",
    ].join("\n");
    await openFile("events.csv", csv);

    const form = await screen.findByRole("form", { name: "Match the columns" });
    const submit = within(form).getByRole("button", { name: "Import with these columns" });
    expect(submit).toBeDisabled();
    await userEvent.selectOptions(within(form).getByLabelText(/^Date/), "Column 1: Día");
    await userEvent.selectOptions(within(form).getByLabelText(/^Title/), "Column 2: Qué pasó");
    await userEvent.selectOptions(within(form).getByLabelText("Summary"), "Column 3: Notas");
    expect(submit).toBeEnabled();
    await userEvent.click(submit);

    const region = await report();
    expect(region).toHaveTextContent("Imported 3 events from events.csv (CSV with a header row).");
    expect(region).toHaveTextContent(/1 row: .*\(line 4\)/);
    expect(store.getState().dataset.events.map((e) => e.title)).toEqual([
      "Talks open",
      "Talks stall",
      "Agreement signed",
    ]);
    expect(store.getState().dataset.events[0]?.summary).toBe("first round");
  });

  it("keeps the import in IndexedDB, and Remove imported data restores the bundled dataset", async () => {
    const { store, bundled } = renderApp();
    await openFile("eras.json", fixture("timelinejs/eras.json"));
    await report();
    const title = store.getState().dataset.title;
    expect(title).toBe("Eras Test");
    // What a reload would show: the kept record, validated again.
    // (Until this import's save lands, an earlier test's may still be the one kept.)
    const kept = await waitFor(async () => {
      const record = await restoreImported(browserImportedStorage(), check);
      expect(record?.dataset.title).toBe("Eras Test");
      return record;
    });
    expect(kept?.format).toBe("timelinejs-json");

    await userEvent.click(screen.getByRole("button", { name: "Remove imported data" }));
    expect(store.getState().dataset).toBe(bundled);
    expect(store.getState().tensionInputs).toBeUndefined();
    expect(
      screen.getByText("Imported data removed: showing the bundled dataset again."),
    ).toBeVisible();
    expect(screen.queryByRole("button", { name: "Remove imported data" })).not.toBeInTheDocument();
    await waitFor(async () =>
      expect(await restoreImported(browserImportedStorage(), check)).toBeUndefined(),
    );
  });

  it("cancels a running import and keeps the data shown", async () => {
    const { importer } = gatedImporter();
    const { store, bundled } = renderApp(importer);
    await openFile("gdelt2-events-sample.tsv", fixture("gdelt/gdelt2-events-sample.tsv"));
    await screen.findByRole("progressbar", { name: "Import progress" });
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(await screen.findByText("Import cancelled: the data shown is unchanged.")).toBeVisible();
    expect(store.getState().dataset).toBe(bundled);
  });
});
