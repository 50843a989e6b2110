/**
 * The import's area inside the view (OpenData.tsx draws it once there is something to show): the
 * imported-data banner, what the page tells about the kept import, the Open data panel, the
 * progress bar, the mapping step, the report or a notice, and the drop target while dragging.
 */
import { lazy, Suspense } from "react";
import "../i18n/importAreaWords.ts";
import { useStore } from "zustand";
import { serializeDataset } from "../io/detente/serialize.ts";
import type { Dataset } from "../model/schema.ts";
import { useDetenteStore } from "../store/context.tsx";
import { useT } from "../store/useT.ts";
import { downloadBlob } from "./download.ts";
import type { ImportContextValue } from "./OpenData.tsx";

// The panels load on first use, as one chunk and one lazy component, and once loaded no later
// phase waits for them again.
const ImportPanels = lazy(() => import("./ImportPanels.tsx"));
// What the page tells about the kept import (a discarded record, another tab's change): rare, so
// its words and buttons load only when there is something to tell.
const StorageNotes = lazy(() => import("./StorageNotes.tsx"));

/** Downloads the dataset on screen as Détente JSON ("Save as Détente JSON"). */
function saveShown(dataset: Dataset): void {
  downloadBlob(
    new Blob([serializeDataset(dataset)], { type: "application/json" }),
    `${dataset.id}.json`,
  );
}

export default function ImportAreaBody({ context }: { readonly context: ImportContextValue }) {
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
