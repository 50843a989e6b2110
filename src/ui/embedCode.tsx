/**
 * What both Embed dialog bodies share (the bundled data's, EmbedDialogContent.tsx, and imported
 * data's, ImportedEmbed.tsx): the read-only code box, Copy with its spoken result, and the
 * preview frame's look. Loaded with whichever body is opened.
 */
import "../i18n/embedWords.ts";
import { useState, type CSSProperties, type ReactNode, type RefObject } from "react";
import type { Translate } from "../i18n/translate.ts";
import { writeClipboard } from "./clipboard.ts";

type CopyStatus = "idle" | "copied" | "manual";

/**
 * Copy to the clipboard; where the browser refuses, the code is selected for a manual copy (when
 * it is shown: code too long for the box cannot be selected, the download is the way then).
 */
export function useCopyCode(code: string, codeRef: RefObject<HTMLTextAreaElement | null>) {
  const [status, setStatus] = useState<CopyStatus>("idle");
  // Bumped on every copy so the live region's text is a new node and is announced again.
  const [announcement, setAnnouncement] = useState(0);
  const copy = async (): Promise<void> => {
    const copied = await writeClipboard(code);
    const box = codeRef.current;
    if (!copied && box) {
      box.focus();
      box.select();
    }
    setStatus(copied ? "copied" : box ? "manual" : "idle");
    setAnnouncement((n) => n + 1);
  };
  return { status, announcement, copy, reset: () => setStatus("idle") };
}

export function CodeBox({
  id,
  code,
  codeRef,
}: {
  readonly id: string;
  readonly code: string;
  readonly codeRef: RefObject<HTMLTextAreaElement | null>;
}) {
  return (
    <textarea
      ref={codeRef}
      id={id}
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
  );
}

/** The Copy button, any further actions, and the spoken result of the last copy. */
export function CopyRow({
  copier,
  t,
  children,
}: {
  readonly copier: ReturnType<typeof useCopyCode>;
  readonly t: Translate;
  readonly children?: ReactNode;
}) {
  return (
    <div
      style={{
        display: "flex",
        flexWrap: "wrap",
        alignItems: "center",
        gap: "8px",
        margin: "8px 0 12px",
      }}
    >
      <button type="button" className="detente-button" onClick={() => void copier.copy()}>
        {t("embed.copy")}
      </button>
      {children}
      <span role="status" aria-live="polite">
        {copier.status !== "idle" && (
          <span key={copier.announcement}>
            {t(copier.status === "copied" ? "embed.copied" : "embed.copyManually")}
          </span>
        )}
      </span>
    </div>
  );
}

/**
 * The preview frame's box. Previews are inert: focus inside a frame would take Tab and Escape
 * away from the dialog (a frame's keys never reach its parent), leaving no keyboard way out.
 */
export const PREVIEW_STYLE: CSSProperties = {
  display: "block",
  width: "100%",
  height: "360px",
  border: "1px solid var(--detente-border)",
  borderRadius: "4px",
};
