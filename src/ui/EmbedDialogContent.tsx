/**
 * The Embed dialog's body for the bundled data (EmbedDialog.tsx holds the dialog): the format
 * choice, the code, Copy and the preview. A lazy chunk: the first view never draws it.
 */
import { useEffect, useId, useRef, useState } from "react";
import type { MessageKey } from "../i18n/translate.ts";
import { elementSnippet, iframeSnippet, iframeSrc } from "../io/snippet/embedSnippets.ts";
import { writeClipboard } from "./clipboard.ts";
import { useT } from "../store/useT.ts";
import type { EmbedMode, EmbedSnapshot } from "./EmbedDialog.tsx";

const MODES: readonly EmbedMode[] = ["iframe", "element"];
const MODE_LABELS: Record<EmbedMode, { label: MessageKey; hint: MessageKey }> = {
  iframe: { label: "embed.mode.iframe", hint: "embed.mode.iframeHint" },
  element: { label: "embed.mode.element", hint: "embed.mode.elementHint" },
};

type CopyStatus = "idle" | "copied" | "manual";

export default function EmbedDialogContent({
  snapshot,
  mode,
  onMode,
}: {
  readonly snapshot: EmbedSnapshot;
  readonly mode: EmbedMode;
  readonly onMode: (mode: EmbedMode) => void;
}) {
  const t = useT();
  const ids = useId();
  const [status, setStatus] = useState<CopyStatus>("idle");
  // Bumped on every copy so the live region's text is a new node and is announced again.
  const [announcement, setAnnouncement] = useState(0);
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);

  // Start on the chosen format rather than wherever the browser puts the initial focus.
  useEffect(() => firstChoice.current?.focus(), []);

  const code =
    mode === "iframe"
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
                ref={mode === candidate ? firstChoice : undefined}
                checked={mode === candidate}
                aria-describedby={`${ids}-${candidate}-hint`}
                onChange={() => {
                  onMode(candidate);
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
    </>
  );
}
