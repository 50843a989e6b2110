/**
 * The Embed dialog's body for the bundled data (EmbedDialog.tsx holds the dialog): the format
 * choice, the code, Copy and the preview. A lazy chunk: the first view never draws it.
 */
import "../i18n/embedWords.ts";
import { useId, useLayoutEffect, useRef } from "react";
import type { MessageKey } from "../i18n/translate.ts";
import { elementSnippet, iframeSnippet, iframeSrc } from "../io/snippet/embedSnippets.ts";
import { CodeBox, CopyRow, PREVIEW_STYLE, useCopyCode } from "./embedCode.tsx";
import { useT } from "../store/useT.ts";
import type { EmbedMode, EmbedSnapshot } from "./EmbedDialog.tsx";

const MODES: readonly EmbedMode[] = ["iframe", "element"];
const MODE_LABELS: Record<EmbedMode, { label: MessageKey; hint: MessageKey }> = {
  iframe: { label: "embed.mode.iframe", hint: "embed.mode.iframeHint" },
  element: { label: "embed.mode.element", hint: "embed.mode.elementHint" },
};

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
  const codeRef = useRef<HTMLTextAreaElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);

  // Start on the chosen format rather than wherever the browser puts the initial focus, in the
  // same commit that shows the choices (a passive effect could run after the reader saw them).
  useLayoutEffect(() => firstChoice.current?.focus(), []);

  const code =
    mode === "iframe"
      ? iframeSnippet(snapshot.base, snapshot.query, snapshot.title)
      : elementSnippet(snapshot.base, snapshot.query);

  const copier = useCopyCode(code, codeRef);

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
                  copier.reset();
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
      <CodeBox id={`${ids}-code`} code={code} codeRef={codeRef} />
      <CopyRow copier={copier} t={t} />
      <h3 style={{ margin: "0 0 4px", fontSize: "1rem" }}>{t("embed.preview")}</h3>
      {/* The embed page itself, at this view: what readers of the host page will see. */}
      <iframe
        src={iframeSrc(snapshot.base, snapshot.query)}
        title={t("embed.previewFrame")}
        inert
        loading="lazy"
        style={PREVIEW_STYLE}
      />
    </>
  );
}
