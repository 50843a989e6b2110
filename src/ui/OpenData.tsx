/**
 * "Open data…": bring your own data into the view. A file (picker, or dropped anywhere on the
 * instance) or the page's `?src=` address is imported by an Importer (a Web Worker in the app)
 * with a progress bar and Cancel; a CSV whose columns are not recognised goes through the
 * column-mapping step; every import ends in the import report. A successful import replaces the
 * view (store.loadDataset) and is kept in the browser; the banner says so, and offers saving it
 * as Détente JSON or removing it to return to the bundled dataset.
 *
 * The flow itself is a vanilla store (store/importStore.ts); ImportProvider mounts one, and only
 * the app does (app/main.tsx): embeds render DetenteView without it, and then the button, the
 * drop target and the area are absent.
 */
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  useSyncExternalStore,
  type DragEvent,
  type HTMLAttributes,
  type ReactNode,
  type RefObject,
} from "react";
import { useStore } from "zustand";
import type {
  DatasetCheck,
  DiscardedImport,
  ImportedRecord,
  ImportedStorage,
} from "../store/importedDataset.ts";
import type { SourceConfig } from "../io/pipeline/sourceUrl.ts";
import { serializeDataset } from "../io/detente/serialize.ts";
import type { Importer } from "../io/pipeline/importer.ts";
import type { Dataset } from "../model/schema.ts";
import { useDetenteStore } from "../store/context.tsx";
import {
  createImportStore,
  type ImportedMeta,
  type ImportStore,
} from "../store/importStore.ts";
import { downloadBlob } from "./download.ts";
import { useT } from "../store/useT.ts";
import "./import.css";

/** The import's store and what only the page's components hold (focus targets, ids, drag). */
export interface ImportContextValue {
  readonly store: ImportStore;
  readonly toggleRef: RefObject<HTMLButtonElement | null>;
  readonly panelId: string;
  readonly dropHandlers: DropHandlers;
}

type DropHandlers = Pick<
  HTMLAttributes<HTMLDivElement>,
  "onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop"
> & { readonly "data-dropping"?: "" };

// The panels load on first use, as one chunk and one lazy component: a reader who never imports
// never downloads them, and once loaded, no later phase waits for them again.
const ImportPanels = lazy(() => import("./ImportPanels.tsx"));
// What the page tells about the kept import (a discarded record, another tab's change): rare, so
// its words and buttons load only when there is something to tell.
const StorageNotes = lazy(() => import("./StorageNotes.tsx"));

const ImportContext = createContext<ImportContextValue | null>(null);

export type { ImportedMeta };

export interface ImportProviderProps {
  readonly importer: Importer;
  readonly storage: ImportedStorage;
  /** What "Remove imported data" returns to. */
  readonly bundled: Dataset;
  /** The import restored from the browser at start, if the view shows one. */
  readonly initialImported?: ImportedMeta | null;
  /** Its record, so it can be kept again if another tab removes it. */
  readonly initialRecord?: ImportedRecord | undefined;
  /** A kept import that could not be opened at start: the page says so. */
  readonly discarded?: DiscardedImport | undefined;
  /** Checks a kept dataset, for showing the import another tab kept. */
  readonly check?: DatasetCheck;
  /** The page's `?src=` value, imported once on mount. */
  readonly src?: string | null;
  /** The page's query at start: the view (from, to, event…) a `?src=` link opens on. */
  readonly viewSearch?: string;
  /** The deployment's allowed origins for `?src=` (io/pipeline/sourceUrl.ts). */
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

/**
 * Mounts the import (store/importStore.ts) for one app instance: the state machine lives in a
 * vanilla store; this provider creates it, starts a `?src=` import once, stops a running import
 * when the instance goes away, and turns drag events into its actions.
 */
export function ImportProvider({
  importer,
  storage,
  bundled,
  initialImported = null,
  initialRecord,
  discarded,
  check,
  src = null,
  viewSearch = "",
  loadConfig,
  children,
}: ImportProviderProps) {
  const detente = useDetenteStore();
  const panelId = `${useId()}-open-data`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const dragDepth = useRef(0);
  const [store] = useState(() =>
    createImportStore({
      detente,
      importer,
      storage,
      bundled,
      initialImported,
      ...(initialRecord ? { initialRecord } : {}),
      ...(discarded ? { discarded } : {}),
      ...(check ? { check } : {}),
      viewSearch,
      pageUrl: window.location.href,
      loadConfig,
      forgetAddress: dropSrcParam,
    }),
  );
  const dragging = useStore(store, (s) => s.dragging);

  useEffect(() => {
    if (src !== null) store.getState().importAddress(src);
    // An import still running when the instance goes away is stopped with it.
    return () => store.getState().dispose();
  }, [store, src]);

  useEffect(() => {
    // Other tabs' changes to the kept import: the channel code loads after the first view.
    let stop: (() => void) | undefined;
    let live = true;
    void import("../store/importSignals.ts").then(({ createImportSignals }) => {
      if (!live) return;
      const signals = createImportSignals();
      const disconnect = store.getState().connectSignals(signals);
      stop = () => {
        disconnect();
        signals.close();
      };
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [store]);

  const { openFile, setDragging } = store.getState();
  const dropHandlers: DropHandlers = {
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
  };
  return (
    <ImportContext.Provider value={{ store, toggleRef, panelId, dropHandlers }}>
      {children}
    </ImportContext.Provider>
  );
}

const NO_DROP: DropHandlers = {};

/** The import on screen, or null (also outside the app, where nothing is imported). */
export function useImported(): ImportedMeta | null {
  const store = useContext(ImportContext)?.store;
  return useSyncExternalStore(
    store?.subscribe ?? subscribeNothing,
    () => store?.getState().imported ?? null,
  );
}
const subscribeNothing = (): (() => void) => () => undefined;

/** Drag-and-drop props for the instance's root; none without an ImportProvider. */
export function useImportDrop(): DropHandlers {
  return useContext(ImportContext)?.dropHandlers ?? NO_DROP;
}

/** The toolbar's "Open data…" button: shows or hides the Open data panel. */
export function OpenData() {
  const context = useContext(ImportContext);
  return context ? <OpenDataButton context={context} /> : null;
}

function OpenDataButton({ context }: { readonly context: ImportContextValue }) {
  const t = useT();
  const panelOpen = useStore(context.store, (s) => s.panelOpen);
  const { toggleRef, panelId } = context;
  const setPanelOpen = context.store.getState().setPanelOpen;
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
  const context = useContext(ImportContext);
  return context ? <ImportAreaBody context={context} /> : null;
}

/** Downloads the dataset on screen as Détente JSON ("Save as Détente JSON"). */
function saveShown(dataset: Dataset): void {
  downloadBlob(
    new Blob([serializeDataset(dataset)], { type: "application/json" }),
    `${dataset.id}.json`,
  );
}

function ImportAreaBody({ context }: { readonly context: ImportContextValue }) {
  const t = useT();
  const detente = useDetenteStore();
  const { store } = context;
  const phase = useStore(store, (s) => s.phase);
  const imported = useStore(store, (s) => s.imported);
  const panelOpen = useStore(store, (s) => s.panelOpen);
  const dragging = useStore(store, (s) => s.dragging);
  const storageNote = useStore(store, (s) => s.storageNote);
  const controller = store.getState();
  return (
    <div className="detente-import">
      {imported ? (
        <div className="detente-import-banner">
          <p>
            <strong>{t("import.showing", { title: imported.title })}</strong>{" "}
            {/* Released: the storage note below says where the kept import went. */}
            {imported.notKept
              ? t("import.notKept", { reason: imported.notKept })
              : imported.released
                ? null
                : t("import.kept")}
          </p>
          <div className="detente-import-actions">
            <button
              type="button"
              className="detente-button"
              onClick={() => saveShown(detente.getState().dataset)}
            >
              {t("import.save")}
            </button>
            <button type="button" className="detente-button" onClick={controller.remove}>
              {t("import.remove")}
            </button>
          </div>
        </div>
      ) : null}
      {storageNote ? (
        <Suspense fallback={null}>
          <StorageNotes store={store} note={storageNote} />
        </Suspense>
      ) : null}
      {panelOpen ||
      phase.kind === "reading" ||
      phase.kind === "mapping" ||
      phase.kind === "report" ? (
        <Suspense fallback={null}>
          <ImportPanels context={context} />
        </Suspense>
      ) : null}
      {phase.kind === "notice" ? (
        <p className="detente-import-notice" role={phase.alert ? "alert" : "status"}>
          {t(phase.key, phase.values)}
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
