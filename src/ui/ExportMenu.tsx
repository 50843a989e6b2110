/**
 * The Export disclosure: one button that shows or hides the export actions (SVG, PNG, CSV,
 * JSON, TimelineJS) of what is in view. A disclosure rather than an ARIA menu: the actions are ordinary
 * buttons in the tab order, which needs no roving focus and reads plainly in screen readers.
 * It stays open after an export so several formats can be saved in a row; Escape closes it.
 */
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { downloadBlob, exportFileName } from "./download.ts";
import type { Format } from "./exportBlob.ts";
import type { MessageKey } from "../i18n/translate.ts";
import { useT } from "../store/useT.ts";

const FORMATS: readonly Format[] = ["svg", "png", "csv", "json", "timelinejs"];
const LABELS: Record<Format, MessageKey> = {
  svg: "export.svg",
  png: "export.png",
  csv: "export.csv",
  json: "export.json",
  timelinejs: "export.timelinejs",
};

export function ExportMenu() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState("");
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = `${ids}-panel`;

  const run = async (format: Format): Promise<void> => {
    setError("");
    // The state at the moment of the click: what the reader is looking at.
    const state = store.getState();
    const root = toggleRef.current?.closest(".detente") ?? null;
    try {
      // The exporters (SVG drawing, PNG, CSV quoting) load on the first export, not with the page.
      const { exportBlob, EXTENSIONS } = await import("./exportBlob.ts");
      const blob = await exportBlob(format, state, root);
      downloadBlob(blob, exportFileName(state.dataset.id, state.viewport, EXTENSIONS[format]));
    } catch (cause) {
      setError(
        t("export.failed", { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== "Escape" || !open) return;
    // Handled here so the same Escape does not also close the event details around us.
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    toggleRef.current?.focus();
  };

  return (
    <div
      className="detente-export"
      style={{ display: "inline-flex", flexWrap: "wrap", alignItems: "center", gap: "6px" }}
      onKeyDown={onKeyDown}
    >
      <button
        ref={toggleRef}
        type="button"
        className="detente-button detente-export-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t("export.menu")}
      </button>
      <div
        id={panelId}
        className="detente-export-actions"
        hidden={!open}
        style={open ? { display: "inline-flex", flexWrap: "wrap", gap: "6px" } : undefined}
      >
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="detente-button"
            onClick={() => void run(format)}
          >
            {t(LABELS[format])}
          </button>
        ))}
      </div>
      <span role="status" className={error === "" ? "detente-visually-hidden" : undefined}>
        {error}
      </span>
    </div>
  );
}
