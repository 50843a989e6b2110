/**
 * "Open data…": bring your own data into the view. A file (picker, or dropped anywhere on the
 * instance) or the page's `?src=` address is imported by an Importer (a Web Worker in the app)
 * with a progress bar and Cancel; a CSV whose columns are not recognised goes through the
 * column-mapping step; every import ends in the import report. A successful import replaces the
 * view (store.loadDataset) and is kept in the browser; the banner says so, and offers saving it
 * as Détente JSON or removing it to return to the bundled dataset.
 *
 * Everything lives in ImportProvider's context, which only the app mounts (main.tsx): embeds
 * render DetenteView without it, and then the button, the drop target and the area are absent.
 */
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useEffectEvent,
  useId,
  useRef,
  useState,
  type DragEvent,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from "react";
import type { ImportedRecord, ImportedStorage } from "../app/importedDataset.ts";
import { IMPORTED_RECORD_VERSION } from "../app/importedDataset.ts";
import { checkSourceUrl, type SourceConfig } from "../app/sourceUrl.ts";
import type { CsvMapping } from "../io/csv-columns.ts";
import { serializeDataset } from "../io/serialize-dataset.ts";
import { tensionInputsFromImpulses } from "../io/gdelt-tension.ts";
import type { Importer, ImportJob } from "../io/importer.ts";
import type { ImportProgress, ImportRequestOptions, ImportSource } from "../io/import-protocol.ts";
import type { ImportFormat, ImportReport as Report } from "../io/report.ts";
import type { Dataset } from "../model/schema.ts";
import { useDetenteStore } from "../store/context.tsx";
import type { LoadDatasetOptions } from "../store/types.ts";
import { parseViewParams } from "../store/viewParams.ts";
import { downloadBlob } from "./download.ts";
import { useT } from "./useT.ts";
import "./import.css";

export type FormatChoice = "auto" | Exclude<ImportFormat, "unknown">;

interface Source {
  readonly source: ImportSource;
  /** File name or address, as the report names it. */
  readonly name: string;
}

type Phase =
  | { readonly kind: "idle" }
  | { readonly kind: "reading"; readonly name: string; readonly progress: ImportProgress | null }
  | {
      readonly kind: "mapping";
      readonly from: Source;
      readonly header: readonly string[];
      readonly mapping: CsvMapping;
    }
  | {
      readonly kind: "report";
      readonly name: string;
      readonly ok: boolean;
      readonly report: Report;
    }
  | { readonly kind: "notice"; readonly text: string; readonly alert: boolean };

export interface ImportedMeta {
  readonly title: string;
  readonly name: string;
  /** Why the import could not be kept in the browser, if it could not. */
  readonly notKept?: string;
}

export interface ImportController {
  readonly phase: Phase;
  readonly imported: ImportedMeta | null;
  readonly panelOpen: boolean;
  readonly dragging: boolean;
  readonly format: FormatChoice;
  readonly last: Source | null;
  readonly toggleRef: RefObject<HTMLButtonElement | null>;
  readonly panelId: string;
  setPanelOpen(open: boolean): void;
  setFormat(format: FormatChoice): void;
  openFile(file: File): void;
  importAgain(): void;
  submitMapping(mapping: CsvMapping): void;
  cancel(): void;
  dismiss(): void;
  remove(): void;
  save(): void;
  readonly dropHandlers: DropHandlers;
}

type DropHandlers = Pick<
  HTMLAttributes<HTMLDivElement>,
  "onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop"
> & { readonly "data-dropping"?: "" };

// The panels load on first use, as one chunk and one lazy component: a reader who never imports
// never downloads them, and once loaded, no later phase waits for them again.
const ImportPanels = lazy(() => import("./ImportPanels.tsx"));

const ImportContext = createContext<ImportController | null>(null);

export interface ImportProviderProps {
  readonly importer: Importer;
  readonly storage: ImportedStorage;
  /** What "Remove imported data" returns to. */
  readonly bundled: Dataset;
  /** The import restored from the browser at start, if the view shows one. */
  readonly initialImported?: ImportedMeta | null;
  /** The page's `?src=` value, imported once on mount. */
  readonly src?: string | null;
  /** The page's query at start: the view (from, to, event…) a `?src=` link opens on. */
  readonly viewSearch?: string;
  /** The deployment's allowed origins for `?src=` (app/sourceUrl.ts). */
  readonly loadConfig: () => Promise<SourceConfig>;
  readonly children: ReactNode;
}

const hasFiles = (event: DragEvent<HTMLElement>): boolean =>
  Array.from(event.dataTransfer?.types ?? []).includes("Files");

/** The page URL without `src`, other parameters kept byte for byte (as UrlSync keeps them). */
function dropSrcParam(): void {
  const { location, history } = window;
  const segments = location.search.replace(/^\?/, "").split("&");
  const kept = segments.filter((s) => s !== "" && s.split("=", 1)[0] !== "src");
  if (kept.length === segments.filter((s) => s !== "").length) return;
  const search = kept.length === 0 ? "" : `?${kept.join("&")}`;
  history.replaceState(history.state, "", `${location.pathname}${search}${location.hash}`);
}

const reasonOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

export function ImportProvider({
  importer,
  storage,
  bundled,
  initialImported = null,
  src = null,
  viewSearch = "",
  loadConfig,
  children,
}: ImportProviderProps) {
  const store = useDetenteStore();
  const t = useT();
  const panelId = `${useId()}-open-data`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const job = useRef<ImportJob | null>(null);
  const dragDepth = useRef(0);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [imported, setImported] = useState<ImportedMeta | null>(initialImported);
  const [panelOpen, setPanelOpen] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [format, setFormat] = useState<FormatChoice>("auto");
  const [last, setLast] = useState<Source | null>(null);

  const run = async (
    from: Source,
    options: ImportRequestOptions,
    viewFor?: (dataset: Dataset) => LoadDatasetOptions["view"],
  ): Promise<void> => {
    job.current?.cancel();
    setLast(from);
    setPhase({ kind: "reading", name: from.name, progress: null });
    const current = importer.start({ source: from.source, options }, (progress) =>
      setPhase({ kind: "reading", name: from.name, progress }),
    );
    job.current = current;
    const outcome = await current.outcome;
    // A newer import (or Remove) took over: this one's outcome is no longer wanted.
    if (job.current !== current) return;
    job.current = null;
    switch (outcome.kind) {
      case "cancelled":
        setPhase({ kind: "notice", text: t("import.cancelled"), alert: false });
        return;
      case "needs-mapping":
        setPhase({ kind: "mapping", from, header: outcome.header, mapping: outcome.mapping });
        return;
      case "failed":
        // The dataset on screen stays: a failed import changes nothing but the report.
        setPhase({ kind: "report", name: from.name, ok: false, report: outcome.report });
        return;
      case "imported": {
        const { dataset, dailyImpulses } = outcome;
        const view = viewFor?.(dataset);
        store.getState().loadDataset(dataset, {
          tensionInputs: dailyImpulses ? tensionInputsFromImpulses(dailyImpulses) : undefined,
          ...(view ? { view } : {}),
        });
        if (from.source.kind === "file" && src !== null) dropSrcParam();
        setPhase({ kind: "report", name: from.name, ok: true, report: outcome.report });
        setImported({ title: dataset.title, name: from.name });
        const record: ImportedRecord = {
          version: IMPORTED_RECORD_VERSION,
          savedAt: new Date().toISOString(),
          name: from.name,
          format: outcome.format,
          dataset,
          ...(dailyImpulses ? { dailyImpulses } : {}),
        };
        try {
          await storage.save(record);
        } catch (error) {
          setImported((meta) =>
            meta?.title === dataset.title ? { ...meta, notKept: reasonOf(error) } : meta,
          );
        }
        return;
      }
    }
  };

  const requestOptions = (mapping?: CsvMapping): ImportRequestOptions => ({
    ...(format === "auto" ? {} : { format }),
    ...(mapping ? { mapping, format: "csv" as const } : {}),
  });

  const openFile = (file: File): void => {
    void run({ source: { kind: "file", file }, name: file.name }, requestOptions());
  };

  // `?src=`: checked against the deployment's allowed origins, then imported like a file.
  const importSrc = useEffectEvent((address: string) => {
    let stopped = false;
    void (async () => {
      const config = await loadConfig();
      if (stopped) return;
      const check = checkSourceUrl(address, window.location.href, config);
      if (!check.ok) {
        const text =
          check.reason === "origin"
            ? t("import.src.refused", { url: check.url, origin: check.origin })
            : check.reason === "scheme"
              ? t("import.src.scheme")
              : t("import.src.invalid", { src: address });
        setPhase({ kind: "notice", text, alert: true });
        return;
      }
      // The link's view (from, to, event…) belongs to the data it names: applied once loaded.
      void run({ source: { kind: "url", url: check.url }, name: check.url }, {}, (dataset) => {
        const { viewport, filters, selectedId } = parseViewParams(viewSearch, dataset).init;
        return {
          ...(viewport ? { viewport } : {}),
          ...(filters ? { filters } : {}),
          ...(selectedId ? { selectedId } : {}),
        };
      });
    })();
    return () => {
      stopped = true;
      job.current?.cancel();
    };
  });

  useEffect(() => {
    if (src === null) return;
    return importSrc(src);
  }, [src]);

  // An import still running when the instance goes away is stopped with it.
  useEffect(
    () => () => {
      job.current?.cancel();
    },
    [],
  );

  const controller: ImportController = {
    phase,
    imported,
    panelOpen,
    dragging,
    format,
    last,
    toggleRef,
    panelId,
    setPanelOpen,
    setFormat,
    openFile,
    importAgain: () => {
      if (last) void run(last, requestOptions());
    },
    submitMapping: (mapping) => {
      if (phase.kind === "mapping") void run(phase.from, requestOptions(mapping));
    },
    cancel: () => {
      if (phase.kind === "mapping") setPhase({ kind: "idle" });
      job.current?.cancel();
    },
    dismiss: () => setPhase({ kind: "idle" }),
    remove: () => {
      job.current?.cancel();
      job.current = null;
      store.getState().loadDataset(bundled);
      setImported(null);
      if (src !== null) dropSrcParam();
      setPhase({ kind: "notice", text: t("import.removed"), alert: false });
      storage.remove().catch((error: unknown) => {
        console.warn("Détente: could not remove the imported dataset from this browser.", error);
      });
    },
    save: () => {
      const { dataset } = store.getState();
      downloadBlob(
        new Blob([serializeDataset(dataset)], { type: "application/json" }),
        `${dataset.id}.json`,
      );
    },
    dropHandlers: {
      onDragEnter: (event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        dragDepth.current++;
        setDragging(true);
      },
      onDragOver: (event) => {
        if (!hasFiles(event)) return;
        // Without this the browser refuses the drop (and would open the file itself).
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      },
      onDragLeave: (event) => {
        if (!hasFiles(event)) return;
        // Enter and leave fire for every child crossed: only the last leave ends the drag.
        dragDepth.current = Math.max(0, dragDepth.current - 1);
        if (dragDepth.current === 0) setDragging(false);
      },
      onDrop: (event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        dragDepth.current = 0;
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) openFile(file);
      },
      ...(dragging ? { "data-dropping": "" as const } : {}),
    },
  };
  return <ImportContext.Provider value={controller}>{children}</ImportContext.Provider>;
}

/** Drag-and-drop props for the instance's root; none without an ImportProvider. */
export function useImportDrop(): DropHandlers {
  return useContext(ImportContext)?.dropHandlers ?? {};
}

/** The toolbar's "Open data…" button: shows or hides the Open data panel. */
export function OpenData() {
  const t = useT();
  const controller = useContext(ImportContext);
  if (!controller) return null;
  const { panelOpen, setPanelOpen, toggleRef, panelId } = controller;
  return (
    <button
      ref={toggleRef}
      type="button"
      className="detente-button"
      aria-expanded={panelOpen}
      aria-controls={panelId}
      onClick={() => setPanelOpen(!panelOpen)}
    >
      {t("import.open")}
    </button>
  );
}

/**
 * What the import shows inside the view: the imported-data banner, the Open data panel, the
 * progress bar, the mapping step, the report or a notice, and the drop target while dragging.
 */
export function ImportArea() {
  const t = useT();
  const controller = useContext(ImportContext);
  if (!controller) return null;
  const { phase, imported, panelOpen, dragging } = controller;
  return (
    <div className="detente-import">
      {imported ? (
        <div className="detente-import-banner">
          <p>
            <strong>{t("import.showing", { title: imported.title })}</strong>{" "}
            {imported.notKept
              ? t("import.notKept", { reason: imported.notKept })
              : t("import.kept")}
          </p>
          <div className="detente-import-actions">
            <button type="button" className="detente-button" onClick={controller.save}>
              {t("import.save")}
            </button>
            <button type="button" className="detente-button" onClick={controller.remove}>
              {t("import.remove")}
            </button>
          </div>
        </div>
      ) : null}
      {panelOpen ||
      phase.kind === "reading" ||
      phase.kind === "mapping" ||
      phase.kind === "report" ? (
        <Suspense fallback={null}>
          <ImportPanels controller={controller} />
        </Suspense>
      ) : null}
      {phase.kind === "notice" ? (
        <p className="detente-import-notice" role={phase.alert ? "alert" : "status"}>
          {phase.text}
        </p>
      ) : null}
      {dragging ? (
        <div className="detente-drop-target" aria-hidden="true">
          {t("import.drop")}
        </div>
      ) : null}
    </div>
  );
}
