/**
 * The import's state machine, outside React: idle → reading (with progress) → mapping (a CSV
 * whose columns were not recognised) → report, or a notice (cancelled, removed, a refused
 * `?src=`). A successful import replaces the view (store.loadDataset) and is kept in the browser.
 *
 * A vanilla zustand store, one per app instance, so the flow can be driven and tested without
 * rendering anything; the Open data components only show it and forward the reader's actions.
 * Notices carry message keys, not words: they read in the language of the moment.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import "../i18n/importAreaWords.ts";
import type { CsvMapping } from "../io/csv/columns.ts";
import type { AcledMapping, AcledTypeUse } from "../io/acled/mapping.ts";
import type { PairCount } from "../io/eventdata/pairs.ts";
import { tensionInputsFromImpulses } from "../io/gdelt/tension.ts";
import type { Importer, ImportJob } from "../io/pipeline/importer.ts";
import type {
  ImportProgress,
  ImportRequestOptions,
  ImportSource,
} from "../io/pipeline/protocol.ts";
import type { ImportFormat, ImportReport } from "../io/pipeline/report.ts";
import { checkSourceUrl, type SourceConfig } from "../io/pipeline/sourceUrl.ts";
import type { MessageKey } from "../i18n/translate.ts";
import type { Dataset } from "../model/schema.ts";
import type { DetenteStore } from "./createDetenteStore.ts";
import type {
  DatasetCheck,
  DiscardedImport,
  ImportedRecord,
  ImportedStorage,
  KeptMeta,
} from "./importedDataset.ts";
import { IMPORTED_RECORD_VERSION, keptMetaOf, newImportId, openKept } from "./importedDataset.ts";
import type { ImportSignals } from "./importSignals.ts";
import { tooLargeToKeep } from "./keepLimit.ts";
import type { LoadDatasetOptions } from "./types.ts";
import { namesAView } from "./viewParamNames.ts";
import { yieldToPage } from "./yieldToPage.ts";
import { initialImportData } from "./waitingImportStore.ts";

export type FormatChoice = "auto" | Exclude<ImportFormat, "unknown">;

export interface ImportFrom {
  readonly source: ImportSource;
  /** File name or address, as the report names it. */
  readonly name: string;
}

export interface Notice {
  readonly key: MessageKey;
  readonly values?: Readonly<Record<string, string>>;
  /** Announced assertively (something went wrong) rather than politely. */
  readonly alert: boolean;
}

export type ImportPhase =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly name: string; readonly progress: ImportProgress | null }
  | {
      readonly kind: "mapping";
      readonly from: ImportFrom;
      readonly header: readonly string[];
      readonly mapping: CsvMapping;
    }
  | {
      readonly kind: "report";
      readonly name: string;
      readonly ok: boolean;
      readonly report: ImportReport;
    }
  | ({ readonly kind: "notice" } & Notice);

/**
 * What an event-data import (GDELT, ICEWS, POLECAT/PLOVER, ACLED) lets the reader change and
 * import again: the pair of countries, and for ACLED the event type → CAMEO root mapping.
 */
export interface EventChoices {
  /** The file's country pairs, most events first, both directions together. */
  readonly pairs: readonly PairCount[];
  /** The pair on screen (alphabetical codes), or null when the import failed. */
  readonly current: readonly [string, string] | null;
  readonly acledTypes: readonly AcledTypeUse[] | null;
}

export interface ImportedMeta {
  readonly title: string;
  readonly name: string;
  /** Which kept import this is (importedDataset.ts); tabs compare it. */
  readonly id?: string;
  /** The address it was loaded from, when it came from one (it is published there). */
  readonly address?: string;
  /** Why the import could not be kept in the browser, if it could not. */
  readonly notKept?: string;
  /** No longer the import kept in this browser: another tab replaced or removed it. */
  readonly released?: boolean;
}

/**
 * What the page must be told about the kept import (words in ui/StorageNotes.tsx):
 *  discarded         the kept import could not be opened: what, why, and its raw record
 *  kept-elsewhere    another tab kept another import (this tab's, if any, is no longer kept)
 *  removed-elsewhere another tab removed the import this tab shows
 *  other-kept        Remove here left another tab's import, the one kept now, in place
 *  gone              the import another tab kept is no longer there to show
 */
export type StorageNote =
  | { readonly kind: "discarded"; readonly discarded: DiscardedImport }
  | { readonly kind: "kept-elsewhere"; readonly kept: KeptMeta }
  | { readonly kind: "removed-elsewhere"; readonly title: string }
  | { readonly kind: "other-kept"; readonly kept: KeptMeta }
  | { readonly kind: "gone" };

export interface ImportState {
  readonly phase: ImportPhase;
  readonly imported: ImportedMeta | null;
  readonly storageNote: StorageNote | null;
  readonly panelOpen: boolean;
  readonly dragging: boolean;
  readonly format: FormatChoice;
  /** The last source read, for "Import again". */
  readonly last: ImportFrom | null;
  /** The last event-data import's pairs and mapping; null for other formats. */
  readonly choices: EventChoices | null;
  /** The pair the reader asked for (picker or `?parties=`); null → the file's largest pair. */
  readonly parties: readonly [string, string] | null;
  /** ACLED: the reader's edits to the type → CAMEO root mapping. */
  readonly acledMapping: AcledMapping | null;
  setPanelOpen(open: boolean): void;
  setDragging(dragging: boolean): void;
  setFormat(format: FormatChoice): void;
  openFile(file: File): void;
  importAgain(): void;
  submitMapping(mapping: CsvMapping): void;
  cancel(): void;
  dismiss(): void;
  /** Back to the bundled dataset; the kept copy is deleted. */
  remove(): void;
  /** `?src=`: checked against the deployment's allowed origins, then imported like a file. */
  importAddress(address: string): void;
  /** Imports the last event-data source again, between these two countries. */
  choosePair(codes: readonly [string, string]): void;
  /** Imports the last ACLED source again with the reader's mapping. */
  remapAcled(mapping: AcledMapping): void;
  /** Stops a running import (the instance is going away). */
  dispose(): void;
  /** Closes the storage note; a discarded record is removed then (if it is still the kept one). */
  dismissNote(): void;
  /** Shows the import kept in this browser (another tab's), checked as at start. */
  showKept(): void;
  /** Keeps the import on screen in this browser again (after another tab removed it). */
  keepAgain(): void;
  /** Tells other tabs of this one's changes (importSignals.ts hears theirs); returns the stop. */
  connectSignals(signals: ImportSignals): () => void;
}

export interface ImportStoreOptions {
  readonly detente: DetenteStore;
  readonly importer: Importer;
  readonly storage: ImportedStorage;
  /** What "Remove imported data" returns to. */
  readonly bundled: Dataset;
  /** The import restored from the browser at start, if the view shows one. */
  readonly initialImported?: ImportedMeta | null;
  /** Its record, so it can be kept again. */
  readonly initialRecord?: ImportedRecord;
  /** A kept import that could not be opened at start, to be told. */
  readonly discarded?: DiscardedImport;
  /** Checks a kept record's dataset (as at start), for "Show it". */
  readonly check?: DatasetCheck;
  /** The page's query at start: the view (from, to, event…) a `?src=` link opens on. */
  readonly viewSearch?: string;
  /** The page's own address, against which a `?src=` is resolved. */
  readonly pageUrl: string;
  /** The deployment's allowed origins for `?src=` (io/pipeline/sourceUrl.ts). */
  readonly loadConfig: () => Promise<SourceConfig>;
  /**
   * Called when the data named by the page's `?src=` is replaced (another file, or Remove), so
   * the page can drop the parameter from its address.
   */
  readonly forgetAddress?: () => void;
  /** `?parties=`: the pair a `?src=` import opens on. */
  readonly initialParties?: readonly [string, string] | null;
  /** Called when the reader picks a pair for the data the page's `?src=` names. */
  readonly rememberParties?: (codes: readonly [string, string]) => void;
}

export type ImportStore = StoreApi<ImportState>;

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function createImportStore(options: ImportStoreOptions): ImportStore {
  const { detente, importer, storage } = options;
  let job: ImportJob | null = null;
  let addressImported = false;
  /** The record of the import on screen, if any: kept again on request. */
  let shownRecord: ImportedRecord | undefined = options.initialRecord;
  let signals: ImportSignals | undefined;
  /** Bumped by dispose: an address check still awaiting the config then stops there. */
  let generation = 0;
  /**
   * Bumped by every import and by anything else that replaces the view (Remove, Show it): an
   * import still preparing its view then gives way.
   */
  let latestView = 0;

  return createStore<ImportState>()((set, get) => {
    const notice = (key: MessageKey, alert: boolean, values?: Record<string, string>): void =>
      set({ phase: { kind: "notice", key, alert, ...(values ? { values } : {}) } });

    const requestOptions = (mapping?: CsvMapping): ImportRequestOptions => {
      const { format, parties, acledMapping } = get();
      return {
        ...(format === "auto" ? {} : { format }),
        ...(mapping ? { mapping, format: "csv" as const } : {}),
        ...(parties ? { parties } : {}),
        ...(acledMapping ? { acledMapping } : {}),
      };
    };

    const choicesOf = (
      outcome: {
        readonly pairs?: readonly PairCount[];
        readonly acledTypes?: readonly AcledTypeUse[];
      },
      dataset: Dataset | null,
    ): EventChoices | null => {
      if (!outcome.pairs && !outcome.acledTypes) return null;
      const codes = dataset?.parties.map((p) => p.code).sort();
      return {
        pairs: outcome.pairs ?? [],
        current: codes?.length === 2 ? [codes[0] ?? "", codes[1] ?? ""] : null,
        acledTypes: outcome.acledTypes ?? null,
      };
    };

    const keep = async (record: ImportedRecord): Promise<void> => {
      const kept = keptMetaOf(record);
      try {
        await storage.save(record);
      } catch (error) {
        const meta = get().imported;
        if (meta?.id === kept.id) set({ imported: { ...meta, notKept: reasonOf(error) } });
        return;
      }
      signals?.post({ type: "kept", kept });
      const { imported, storageNote } = get();
      if (imported?.id !== kept.id) return;
      // Kept now: whatever another tab kept before is replaced, and this one is the kept one.
      const { released: _, ...meta } = imported;
      const stale = storageNote?.kind === "kept-elsewhere" || storageNote?.kind === "other-kept";
      set({ imported: meta, ...(stale ? { storageNote: null } : {}) });
    };

    const run = async (
      from: ImportFrom,
      request: ImportRequestOptions,
      viewFor?: (dataset: Dataset) => LoadDatasetOptions["view"],
    ): Promise<void> => {
      job?.cancel();
      const viewId = ++latestView;
      set({ last: from, phase: { kind: "reading", name: from.name, progress: null } });
      const current = importer.start({ source: from.source, options: request }, (progress) =>
        set({ phase: { kind: "reading", name: from.name, progress } }),
      );
      job = current;
      const outcome = await current.outcome;
      // A newer import (or Remove) took over: this one's outcome is no longer wanted.
      if (job !== current) return;
      job = null;
      switch (outcome.kind) {
        case "cancelled":
          notice("import.cancelled", false);
          return;
        case "needs-mapping":
          set({
            phase: { kind: "mapping", from, header: outcome.header, mapping: outcome.mapping },
          });
          return;
        case "failed":
          // The dataset on screen stays: a failed import changes nothing but the report (and,
          // for event data, the list of pairs the reader can choose from instead).
          set({
            phase: { kind: "report", name: from.name, ok: false, report: outcome.report },
            choices: choicesOf(outcome, null),
          });
          return;
        case "imported": {
          const { dataset, dailyImpulses } = outcome;
          const id = newImportId();
          const view = viewFor?.(dataset);
          const loadOptions: LoadDatasetOptions = {
            tensionInputs: dailyImpulses ? tensionInputsFromImpulses(dailyImpulses) : undefined,
            ...(view ? { view } : {}),
          };
          // The first render's bounds, lanes, layout and tension line, a task each, so that
          // showing 50,000 events is not one long task (prepareView.ts).
          const wanted = (): boolean => viewId === latestView;
          // Loaded with the first import, off the page's first load.
          const { prepareView } = await import("./prepareView.ts");
          await prepareView(detente.getState, dataset, loadOptions, yieldToPage, wanted);
          if (!wanted()) return;
          detente.getState().loadDataset(dataset, loadOptions);
          if (from.source.kind === "file" && addressImported) options.forgetAddress?.();
          const tooLarge = tooLargeToKeep(dataset);
          set({
            phase: { kind: "report", name: from.name, ok: true, report: outcome.report },
            imported: {
              title: dataset.title,
              name: from.name,
              id,
              ...(from.source.kind === "url" ? { address: from.source.url } : {}),
              ...(tooLarge ? { notKept: tooLarge } : {}),
            },
            choices: choicesOf(outcome, dataset),
          });
          if (tooLarge) {
            // An earlier, smaller import must not come back on reload in this one's place
            // (only the one this tab showed: another tab's kept import stays).
            const previous = shownRecord?.id;
            shownRecord = undefined;
            await storage.remove(previous).catch(() => undefined);
            return;
          }
          shownRecord = {
            version: IMPORTED_RECORD_VERSION,
            id,
            savedAt: new Date().toISOString(),
            name: from.name,
            format: outcome.format,
            dataset,
            ...(dailyImpulses ? { dailyImpulses } : {}),
          };
          await keep(shownRecord);
          return;
        }
      }
    };

    return {
      ...initialImportData(options),

      setPanelOpen: (panelOpen) => set({ panelOpen }),
      setDragging: (dragging) => {
        if (get().dragging !== dragging) set({ dragging });
      },
      setFormat: (format) => set({ format }),
      openFile: (file) => {
        // A new file starts from its own largest pair and the default mapping.
        set({ parties: null, acledMapping: null, choices: null });
        void run({ source: { kind: "file", file }, name: file.name }, requestOptions());
      },
      choosePair: (codes) => {
        const { last } = get();
        if (!last) return;
        set({ parties: [codes[0], codes[1]] });
        if (last.source.kind === "url" && addressImported) options.rememberParties?.(codes);
        void run(last, requestOptions());
      },
      remapAcled: (mapping) => {
        const { last } = get();
        if (!last) return;
        set({ acledMapping: mapping });
        void run(last, requestOptions());
      },
      importAgain: () => {
        const { last } = get();
        if (last) void run(last, requestOptions());
      },
      submitMapping: (mapping) => {
        const { phase } = get();
        if (phase.kind === "mapping") void run(phase.from, requestOptions(mapping));
      },
      cancel: () => {
        if (get().phase.kind === "mapping") set({ phase: { kind: "idle" } });
        job?.cancel();
      },
      dismiss: () => set({ phase: { kind: "idle" } }),
      remove: () => {
        job?.cancel();
        job = null;
        const shown = get().imported;
        shownRecord = undefined;
        latestView++;
        detente.getState().loadDataset(options.bundled);
        set({
          imported: null,
          choices: null,
          parties: null,
          acledMapping: null,
          storageNote: null,
        });
        if (addressImported) options.forgetAddress?.();
        notice("import.removed", false);
        // Only the import this tab shows: if another tab has kept another since, it stays (said).
        storage.remove(shown?.id).then(
          (other) => {
            if (other) set({ storageNote: { kind: "other-kept", kept: other } });
            else if (shown?.id) signals?.post({ type: "removed", id: shown.id });
          },
          (error: unknown) => {
            console.warn(
              "Détente: could not remove the imported dataset from this browser.",
              error,
            );
          },
        );
      },
      importAddress: (address) => {
        addressImported = true;
        const started = generation;
        void (async () => {
          const config = await options.loadConfig();
          if (started !== generation) return;
          const check = checkSourceUrl(address, options.pageUrl, config);
          if (!check.ok) {
            if (check.reason === "origin") {
              notice("import.src.refused", true, { url: check.url, origin: check.origin });
            } else if (check.reason === "scheme") notice("import.src.scheme", true);
            else notice("import.src.invalid", true, { src: address });
            return;
          }
          // The link's view (from, to, event…) belongs to the data it names: applied once loaded.
          // Its reader loads only for a link that names one; should it fail to load, the data
          // still opens, on its own opening view.
          const search = options.viewSearch ?? "";
          const reader = namesAView(search)
            ? await import("./viewParams.ts").catch((error: unknown) => void console.error(error))
            : undefined;
          if (started !== generation) return;
          const { parties } = get();
          const request = parties ? { parties } : {};
          await run(
            { source: { kind: "url", url: check.url }, name: check.url },
            request,
            (dataset) => {
              if (!reader) return {};
              const { viewport, filters, selectedId } = reader.parseViewParams(
                search,
                dataset,
              ).init;
              return {
                ...(viewport ? { viewport } : {}),
                ...(filters ? { filters } : {}),
                ...(selectedId ? { selectedId } : {}),
              };
            },
          );
        })();
      },
      dispose: () => {
        generation++;
        job?.cancel();
        job = null;
      },
      dismissNote: () => {
        const note = get().storageNote;
        set({ storageNote: null });
        if (note?.kind !== "discarded") return;
        storage.remove(note.discarded.id).catch((error: unknown) => {
          console.warn("Détente: could not remove the unreadable kept import.", error);
        });
      },
      showKept: () => {
        const { check } = options;
        if (!check) return;
        void openKept(storage, check).then((outcome) => {
          if (outcome.kind === "none") return set({ storageNote: { kind: "gone" } });
          if (outcome.kind === "discarded")
            return set({ storageNote: { kind: "discarded", discarded: outcome.discarded } });
          const { record, meta } = outcome;
          job?.cancel();
          job = null;
          latestView++;
          shownRecord = record;
          detente.getState().loadDataset(record.dataset, {
            tensionInputs: record.dailyImpulses
              ? tensionInputsFromImpulses(record.dailyImpulses)
              : undefined,
          });
          if (addressImported) options.forgetAddress?.();
          set({
            imported: { title: record.dataset.title, name: record.name, id: meta.id },
            storageNote: null,
            phase: { kind: "idle" },
          });
        });
      },
      keepAgain: () => {
        set({ storageNote: null });
        if (shownRecord) void keep(shownRecord);
      },
      connectSignals: (next) => {
        signals = next;
        return () => {
          if (signals === next) signals = undefined;
        };
      },
    };
  });
}
