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
import type { ImportedMeta, ImportStore } from "../store/importStore.ts";
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

// The area's banner, notices and panels load when there is something to show: a reader who
// never imports never downloads them.
const ImportAreaBody = lazy(() => import("./ImportAreaBody.tsx"));

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
 * Drawn by a chunk of its own (ImportAreaBody.tsx) once there is any of these to show.
 */
export function ImportArea() {
  const context = useContext(ImportContext);
  return context ? <ImportAreaGate context={context} /> : null;
}

function ImportAreaGate({ context }: { readonly context: ImportContextValue }) {
  const shown = useStore(
    context.store,
    (s) =>
      s.imported !== null ||
      s.storageNote !== null ||
      s.panelOpen ||
      s.dragging ||
      s.choices !== null ||
      s.phase.kind !== "idle",
  );
  return shown ? (
    <Suspense fallback={null}>
      <ImportAreaBody context={context} />
    </Suspense>
  ) : null;
}
