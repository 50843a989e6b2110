/**
 * Mounts the import (store/importStore.ts) for the app's instance. Only the app page imports this
 * file (app/main.tsx): the import's state machine, the kept-import storage and the tab signals
 * then stay out of the embeds' bundles, which render the view without importing. The machine
 * itself loads after the first view, with the tab signals; until it is in, a waiting store in
 * its starting state stands in (store/waitingImportStore.ts).
 */
import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from "react";
import { useStore } from "zustand";
import type { SourceConfig } from "../io/pipeline/sourceUrl.ts";
import type { Importer } from "../io/pipeline/importer.ts";
import { readPartyCodes } from "../io/eventdata/partyCodes.ts";
import type { Dataset } from "../model/schema.ts";
import { useDetenteStore } from "../store/context.tsx";
import type {
  DatasetCheck,
  DiscardedImport,
  ImportedRecord,
  ImportedStorage,
} from "../store/importedDataset.ts";
import type { ImportedMeta, ImportStore, ImportStoreOptions } from "../store/importStore.ts";
import { initialImportData, waitingImportStore } from "../store/waitingImportStore.ts";
import { ImportContext, type DropHandlers } from "./OpenData.tsx";

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
  /**
   * The pair of countries a `?src=` event file (GDELT, ICEWS, POLECAT, ACLED) opens on, as two
   * ISO 3166-1 alpha-3 codes: "USA,COL" (the page's `?parties=`). Absent: the file's largest pair.
   */
  readonly parties?: string | null;
  /** The page's query at start: the view (from, to, event…) a `?src=` link opens on. */
  readonly viewSearch?: string;
  /** The deployment's allowed origins for `?src=` (io/pipeline/sourceUrl.ts). */
  readonly loadConfig: () => Promise<SourceConfig>;
  readonly children: ReactNode;
}

const hasFiles = (event: DragEvent<HTMLElement>): boolean =>
  Array.from(event.dataTransfer?.types ?? []).includes("Files");

/** The page's address with `name` dropped, or set to `value`; other parameters kept byte for byte. */
function setParam(name: string, value?: string): void {
  const { location, history } = window;
  const segments = location.search
    .replace(/^\?/, "")
    .split("&")
    .filter((s) => s !== "");
  const kept = segments.filter((s) => s.split("=", 1)[0] !== name);
  if (value !== undefined) kept.push(`${name}=${value}`);
  else if (kept.length === segments.length) return;
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
  parties = null,
  viewSearch = "",
  loadConfig,
  children,
}: ImportProviderProps) {
  const detente = useDetenteStore();
  const panelId = `${useId()}-open-data`;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const dragDepth = useRef(0);
  // The machine, made once per instance when first asked for (by the effect below, or by an
  // action the reader takes before it ran); until then a waiting store in its starting state.
  const [machine, waiting] = useState(() => {
    const options: ImportStoreOptions = {
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
      forgetAddress: () => setParam("src"),
      initialParties: readPartyCodes(parties) ?? null,
      rememberParties: (codes) => setParam("parties", codes.join(",")),
    };
    let made: Promise<ImportStore> | undefined;
    const make = (): Promise<ImportStore> =>
      (made ??= import("../store/importStore.ts").then(({ createImportStore }) =>
        createImportStore(options),
      ));
    return [make, waitingImportStore(initialImportData(options), make)] as const;
  })[0];
  const [store, setStore] = useState<ImportStore>(waiting);
  const dragging = useStore(store, (s) => s.dragging);

  useEffect(() => {
    // After the first view: the machine, and the channel that tells other tabs' changes to the
    // kept import. A `?src=` import starts once both are in.
    let live = true;
    let stop: (() => void) | undefined;
    void Promise.all([machine(), import("../store/importSignals.ts")]).then(
      ([real, { createImportSignals, hearImportSignals }]) => {
        if (!live) return;
        setStore(real);
        const signals = createImportSignals();
        const disconnect = real.getState().connectSignals(signals);
        const deaf = hearImportSignals(signals, real, storage);
        if (src !== null) real.getState().importAddress(src);
        stop = () => {
          deaf();
          disconnect();
          signals.close();
          // An import still running when the instance goes away is stopped with it.
          real.getState().dispose();
        };
      },
    );
    return () => {
      live = false;
      stop?.();
    };
  }, [machine, storage, src]);

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
