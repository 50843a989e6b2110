/**
 * The Embed dialog itself, loaded when the reader first asks for it (EmbedDialog.tsx keeps only
 * the button): a native modal <dialog> (useModalDialog.ts).
 */
import { lazy, Suspense, useId } from "react";
import "../i18n/embedWords.ts";
import type { Translate } from "../i18n/translate.ts";
import { dialogStyle } from "./dialogStyle.ts";
import { useModalDialog } from "./useModalDialog.ts";
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
  // The body, once loaded, puts the focus on its first choice.
  const { dialogRef, close, onKeyDown } = useModalDialog(onClosed);

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
        <button type="button" className="detente-button" onClick={close}>
          {t("embed.close")}
        </button>
      </div>
    </dialog>
  );
}
