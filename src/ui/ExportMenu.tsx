/**
 * "Export…": one toolbar button opening the export editor (ExportDialog.tsx), which loads as a
 * lazy chunk, with the exporters it uses, when the reader first points at, focuses or presses it.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { useDetenteStore } from "../store/context.tsx";
import type { DetenteState } from "../store/types.ts";
import { useT } from "../store/useT.ts";
import { preloadProps } from "./preloadProps.ts";

const loadExportDialog = () => import("./ExportDialog.tsx");
const ExportDialog = lazy(loadExportDialog);

const preload = preloadProps(loadExportDialog);

export function ExportMenu() {
  const t = useT();
  const store = useDetenteStore();
  const [opened, setOpened] = useState<{ state: DetenteState; root: Element | null } | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const onClose = (): void => {
    setOpened(null);
    // Browsers restore focus on their own; jsdom and the fallback path do not.
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="detente-button detente-export-toggle"
        aria-haspopup="dialog"
        {...preload}
        onClick={(event) =>
          setOpened({
            state: store.getState(),
            root: event.currentTarget.closest(".detente"),
          })
        }
      >
        {t("export.open")}
      </button>
      {opened === null ? null : (
        <Suspense fallback={null}>
          <ExportDialog state={opened.state} root={opened.root} onClose={onClose} />
        </Suspense>
      )}
    </>
  );
}
