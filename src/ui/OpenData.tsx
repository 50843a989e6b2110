/**
 * "Open data…": bring your own data into the view. A file (picker, or dropped anywhere on the
 * instance) or the page's `?src=` address is imported by an Importer (a Web Worker in the app)
 * with a progress bar and Cancel; a CSV whose columns are not recognised goes through the
 * column-mapping step; every import ends in the import report. A successful import replaces the
 * view (store.loadDataset) and is kept in the browser; the banner says so, and offers saving it
 * as Détente JSON or removing it to return to the bundled dataset.
 *
 * The flow itself is a vanilla store (store/importStore.ts); ImportProvider (ImportProvider.tsx)
 * mounts one, and only the app does (app/main.tsx): embeds render DetenteView without it, and
 * then the button, the drop target and the area are absent.
 */
import {
  createContext,
  lazy,
  Suspense,
  useContext,
  useSyncExternalStore,
  type HTMLAttributes,
  type RefObject,
} from "react";
import { useStore } from "zustand";
import { serializeDataset } from "../io/detente/serialize.ts";
import type { Dataset } from "../model/schema.ts";
import { useDetenteStore } from "../store/context.tsx";
import type { ImportedMeta, ImportStore } from "../store/importStore.ts";
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

export type DropHandlers = Pick<
  HTMLAttributes<HTMLDivElement>,
  "onDragEnter" | "onDragOver" | "onDragLeave" | "onDrop"
> & { readonly "data-dropping"?: "" };

// The panels load on first use, as one chunk and one lazy component: a reader who never imports
// never downloads them, and once loaded, no later phase waits for them again.
const ImportPanels = lazy(() => import("./ImportPanels.tsx"));
// What the page tells about the kept import (a discarded record, another tab's change): rare, so
// its words and buttons load only when there is something to tell.
const StorageNotes = lazy(() => import("./StorageNotes.tsx"));

/** The instance's import, where the app provides one (ImportProvider.tsx). */
export const ImportContext = createContext<ImportContextValue | null>(null);

export type { ImportedMeta };

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
  const choices = useStore(store, (s) => s.choices);
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
      choices !== null ||
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
