/**
 * "Embed": a modal dialog with the code that shows the current view on another site, as a
 * responsive iframe (embed page + host script) or as the custom element, a preview and a Copy
 * button. A native <dialog> opened with showModal(): the browser makes the rest of the page inert
 * (focus stays in the dialog) and puts it in the top layer, with no focus-trap code of our own.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { selectLocalDataset } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { serializeViewParams } from "../store/viewParams.ts";
import type { MessageKey } from "../i18n/translate.ts";
import { elementSnippet, iframeSnippet, iframeSrc } from "../io/snippet/embedSnippets.ts";
import { writeClipboard } from "./clipboard.ts";
import { useT } from "../store/useT.ts";

export type EmbedMode = "iframe" | "element";
const MODES: readonly EmbedMode[] = ["iframe", "element"];
const MODE_LABELS: Record<EmbedMode, { label: MessageKey; hint: MessageKey }> = {
  iframe: { label: "embed.mode.iframe", hint: "embed.mode.iframeHint" },
  element: { label: "embed.mode.element", hint: "embed.mode.elementHint" },
};

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

type CopyStatus = "idle" | "copied" | "manual";

/** What the dialog shows, fixed when it opens: the modal dialog keeps the view from changing. */
interface Snapshot {
  readonly base: string;
  readonly query: string;
  readonly title: string;
}

export function EmbedDialog() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [mode, setMode] = useState<EmbedMode>("iframe");
  const [status, setStatus] = useState<CopyStatus>("idle");
  // Bumped on every copy so the live region's text is a new node and is announced again.
  const [announcement, setAnnouncement] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const open = snapshot !== null;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!open || !dialog || dialog.open) return;
    // jsdom and old browsers have no showModal: an open (non-modal) dialog still works there.
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    // Start on the first choice rather than wherever the browser puts the initial focus.
    dialog.querySelector<HTMLInputElement>("input[type=radio]:checked")?.focus();
  }, [open]);

  const openDialog = (): void => {
    const state = store.getState();
    setSnapshot({
      base: appBaseUrl(),
      query: embedQuery(state),
      title: t("embed.frameTitle", { title: selectLocalDataset(state).title }),
    });
    setStatus("idle");
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

  const code =
    snapshot === null
      ? ""
      : mode === "iframe"
        ? iframeSnippet(snapshot.base, snapshot.query, snapshot.title)
        : elementSnippet(snapshot.base, snapshot.query);

  const copy = async (): Promise<void> => {
    const copied = await writeClipboard(code);
    if (!copied) {
      codeRef.current?.focus();
      codeRef.current?.select();
    }
    setStatus(copied ? "copied" : "manual");
    setAnnouncement((n) => n + 1);
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
        // React applies these through the CSSOM, which a strict style-src allows.
        style={{
          width: "min(44rem, calc(100vw - 2rem))",
          maxHeight: "calc(100vh - 2rem)",
          padding: "16px",
          color: "var(--detente-text)",
          background: "var(--detente-bg)",
          border: "1px solid var(--detente-border)",
          borderRadius: "8px",
        }}
      >
        {snapshot === null ? null : (
          <>
            <h2 id={`${ids}-title`} style={{ margin: "0 0 8px", fontSize: "1.25rem" }}>
              {t("embed.dialogTitle")}
            </h2>
            <p style={{ margin: "0 0 12px" }}>{t("embed.intro")}</p>
            <fieldset style={{ margin: "0 0 12px", border: 0, padding: 0 }}>
              <legend style={{ fontWeight: 600, marginBottom: "4px" }}>{t("embed.mode")}</legend>
              {MODES.map((candidate) => (
                <div key={candidate} style={{ marginBottom: "4px" }}>
                  <label>
                    <input
                      type="radio"
                      name={`${ids}-mode`}
                      value={candidate}
                      checked={mode === candidate}
                      aria-describedby={`${ids}-${candidate}-hint`}
                      onChange={() => {
                        setMode(candidate);
                        setStatus("idle");
                      }}
                    />{" "}
                    {t(MODE_LABELS[candidate].label)}
                  </label>
                  <div
                    id={`${ids}-${candidate}-hint`}
                    className="detente-muted"
                    style={{ fontSize: "0.85rem", marginLeft: "1.6em" }}
                  >
                    {t(MODE_LABELS[candidate].hint)}
                  </div>
                </div>
              ))}
            </fieldset>
            <label htmlFor={`${ids}-code`} style={{ display: "block", fontWeight: 600 }}>
              {t("embed.code")}
            </label>
            <textarea
              ref={codeRef}
              id={`${ids}-code`}
              readOnly
              rows={5}
              spellCheck={false}
              value={code}
              onFocus={(event) => event.currentTarget.select()}
              style={{
                display: "block",
                width: "100%",
                boxSizing: "border-box",
                font: "0.85rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
                resize: "vertical",
              }}
            />
            <div
              style={{
                display: "flex",
                flexWrap: "wrap",
                alignItems: "center",
                gap: "8px",
                margin: "8px 0 12px",
              }}
            >
              <button type="button" className="detente-button" onClick={() => void copy()}>
                {t("embed.copy")}
              </button>
              <span role="status" aria-live="polite">
                {status !== "idle" && (
                  <span key={announcement}>
                    {t(status === "copied" ? "embed.copied" : "embed.copyManually")}
                  </span>
                )}
              </span>
            </div>
            <h3 style={{ margin: "0 0 4px", fontSize: "1rem" }}>{t("embed.preview")}</h3>
            {/*
              The embed page itself, at this view: what readers of the host page will see. Inert:
              focus inside the frame would take Tab and Escape away from the dialog (a frame's
              keys never reach its parent), leaving no keyboard way to close it.
            */}
            <iframe
              src={iframeSrc(snapshot.base, snapshot.query)}
              title={t("embed.previewFrame")}
              inert
              loading="lazy"
              style={{
                display: "block",
                width: "100%",
                height: "360px",
                border: "1px solid var(--detente-border)",
                borderRadius: "4px",
              }}
            />
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
