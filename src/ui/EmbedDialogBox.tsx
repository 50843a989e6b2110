/**
 * The Embed dialog itself, loaded when the reader first asks for it (EmbedDialog.tsx keeps only
 * the button): a native <dialog> opened with showModal(), so the browser makes the rest of the
 * page inert (focus stays in the dialog) and puts it in the top layer, with no focus-trap code of
 * our own.
 */
import { lazy, Suspense, useEffect, useId, useRef, type KeyboardEvent } from "react";
import "../i18n/embedWords.ts";
import type { Translate } from "../i18n/translate.ts";
import { dialogStyle } from "./dialogStyle.ts";
import type { EmbedMode, EmbedSnapshot } from "./EmbedDialog.tsx";

// Imported data cannot be embedded as the bundled data is: its two ways load only for it.
const EmbedDialogContent = lazy(() => import("./EmbedDialogContent.tsx"));
const ImportedEmbed = lazy(() => import("./ImportedEmbed.tsx"));

export default function EmbedDialogBox({
  snapshot,
  mode,
  onMode,
  t,
  onClosed,
}: {
  readonly snapshot: EmbedSnapshot;
  /** The format chosen last, kept by the button while the dialog is closed. */
  readonly mode: EmbedMode;
  readonly onMode: (mode: EmbedMode) => void;
  readonly t: Translate;
  /** After the dialog closed, by any means (Escape, the Close button, the browser). */
  readonly onClosed: () => void;
}) {
  const ids = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    // jsdom and old browsers have no showModal: an open (non-modal) dialog still works there.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // The body, once loaded, puts the focus on its first choice.
  }, []);

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
    <dialog
      ref={dialogRef}
      className="detente-embed-dialog"
      aria-labelledby={`${ids}-title`}
      onClose={onClosed}
      onKeyDown={onKeyDown}
      style={dialogStyle("44rem")}
    >
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
          <EmbedDialogContent snapshot={snapshot} mode={mode} onMode={onMode} />
        )}
      </Suspense>
      <div style={{ display: "flex", justifyContent: "flex-end", marginTop: "12px" }}>
        <button type="button" className="detente-button" onClick={closeDialog}>
          {t("embed.close")}
        </button>
      </div>
    </dialog>
  );
}
