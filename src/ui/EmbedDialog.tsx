/**
 * "Embed": a modal dialog with the code that shows the current view on another site, as a
 * responsive iframe (embed page + host script) or as the custom element, a preview and a Copy
 * button. A native <dialog> opened with showModal(): the browser makes the rest of the page inert
 * (focus stays in the dialog) and puts it in the top layer, with no focus-trap code of our own.
 */
import { dialogStyle } from "./dialogStyle.ts";
import { lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { selectLocalDataset } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { serializeViewParams } from "../store/viewParams.ts";
import { useT } from "../store/useT.ts";
import type { Dataset } from "../model/schema.ts";
import type { Lang } from "../i18n/format.ts";
import { useImported } from "./OpenData.tsx";

// The dialog's body loads on first use (the first view never draws it). Imported data cannot be
// embedded as the bundled data is: its two ways load, with their words, only for it.
const EmbedDialogContent = lazy(() => import("./EmbedDialogContent.tsx"));
const ImportedEmbed = lazy(() => import("./ImportedEmbed.tsx"));

export type EmbedMode = "iframe" | "element";

/**
 * The view's URL query, always naming its language: an embed sits in a page written in one
 * language, so it must not switch with each reader's browser as the app does. Serializing with
 * the other language as the "default" makes the writer keep `lang` (in its usual place).
 */
export function embedQuery(state: DetenteState): string {
  const otherLang = state.settings.lang === "en" ? "es" : "en";
  return serializeViewParams(state, "", { lang: otherLang });
}

/** The app's base URL (origin and path, ending in "/"), where the embed files are served. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** What the dialog shows, fixed when it opens: the modal dialog keeps the view from changing. */
export interface EmbedSnapshot {
  readonly base: string;
  readonly query: string;
  readonly title: string;
  readonly lang: Lang;
  /** Imported data on screen: the dataset, and the address it came from, if any. */
  readonly imported: { readonly dataset: Dataset; readonly address?: string | undefined } | null;
}

export function EmbedDialog() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const imported = useImported();
  const [snapshot, setSnapshot] = useState<EmbedSnapshot | null>(null);
  const [mode, setMode] = useState<EmbedMode>("iframe");
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const open = snapshot !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    // jsdom and old browsers have no showModal: an open (non-modal) dialog still works there.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // The body, once loaded, puts the focus on its first choice.
  }, [open]);

  const openDialog = (): void => {
    const state = store.getState();
    setSnapshot({
      base: appBaseUrl(),
      query: embedQuery(state),
      title: t("embed.frameTitle", { title: selectLocalDataset(state).title }),
      lang: state.settings.lang,
      imported: imported ? { dataset: state.dataset, address: imported.address } : null,
    });
  };

  /** After the dialog closed, by any means (Escape, the Close button, the browser). */
  const onClosed = (): void => {
    if (snapshot === null) return;
    setSnapshot(null);
    // Browsers restore focus on their own; jsdom and the fallback path do not.
    buttonRef.current?.focus();
  };

  const closeDialog = (): void => {
    const dialog = dialogRef.current;
    if (dialog && typeof dialog.close === "function" && dialog.open) dialog.close();
    else dialog?.removeAttribute("open");
    onClosed();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>): void => {
    if (event.key !== "Escape") return;
    // Handled here, not left to the browser's cancel: the same Escape must not also close the
    // event details of the view around the dialog, and jsdom has no cancel at all.
    event.preventDefault();
    event.stopPropagation();
    closeDialog();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="detente-button"
        aria-haspopup="dialog"
        onClick={openDialog}
      >
        {t("embed.button")}
      </button>
      <dialog
        ref={dialogRef}
        className="detente-embed-dialog"
        aria-labelledby={`${ids}-title`}
        onClose={onClosed}
        onKeyDown={onKeyDown}
        style={dialogStyle("44rem")}
      >
        {snapshot === null ? null : (
          <>
            <h2 id={`${ids}-title`} style={{ margin: "0 0 8px", fontSize: "1.25rem" }}>
              {t("embed.dialogTitle")}
            </h2>
            <Suspense fallback={null}>
              {snapshot.imported ? (
                <ImportedEmbed
                  base={snapshot.base}
                  query={snapshot.query}
                  title={snapshot.title}
                  lang={snapshot.lang}
                  dataset={snapshot.imported.dataset}
                  address={snapshot.imported.address}
                  t={t}
                />
              ) : (
                <EmbedDialogContent snapshot={snapshot} mode={mode} onMode={setMode} />
              )}
            </Suspense>
            <div style={{ display: "flex", justifyContent: "flex-end", marginTop: "12px" }}>
              <button type="button" className="detente-button" onClick={closeDialog}>
                {t("embed.close")}
              </button>
            </div>
          </>
        )}
      </dialog>
    </>
  );
}
