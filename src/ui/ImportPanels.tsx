/**
 * The import's panels, loaded when first shown (ImportArea in OpenData.tsx): the Open data
 * panel, the progress bar, and through them the column-mapping step and the import report.
 * A separate chunk, so readers who never import load none of it.
 */
import "../i18n/importPanelWords.ts";
import { lazy, Suspense, useEffect, useId, useRef } from "react";
import { useStore } from "zustand";
import type { Lang } from "../i18n/format.ts";
import type { Translate } from "../i18n/translate.ts";
import type { ImportProgress } from "../io/pipeline/protocol.ts";
import { useDetente } from "../store/context.tsx";
import type { FormatChoice } from "../store/importStore.ts";
import { useT } from "../store/useT.ts";
import { ColumnMapping } from "./ColumnMapping.tsx";
import { FORMAT_LABELS, formatCount, ImportReport } from "./ImportReport.tsx";
import type { ImportContextValue } from "./OpenData.tsx";

/** The formats a reader can force, in the select's order; "auto" detects from the content. */
const CHOOSABLE: readonly Exclude<FormatChoice, "auto">[] = [
  "detente-json",
  "detente-arrow",
  "timelinejs-json",
  "timelinejs-csv",
  "vis-json",
  "csv",
  "gdelt",
  "icews",
  "polecat",
  "plover-json",
  "acled",
];

// The pair picker and ACLED mapping: only after an event-data import, so a chunk of their own.
const EventDataChoices = lazy(() => import("./EventDataChoices.tsx"));

function formatBytes(bytes: number, lang: Lang): string {
  const megabytes = bytes >= 1e6;
  return new Intl.NumberFormat(lang, {
    style: "unit",
    unit: megabytes ? "megabyte" : "kilobyte",
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1e6 : bytes / 1e3);
}

function progressText(progress: ImportProgress | null, t: Translate, lang: Lang): string {
  if (!progress) return "";
  const read = formatBytes(progress.bytes, lang);
  const bytes =
    progress.totalBytes === null
      ? t("import.bytesUnknown", { read })
      : t("import.bytes", { read, total: formatBytes(progress.totalBytes, lang) });
  const count = formatCount(progress.rows, lang);
  const rows =
    progress.unit === "rows" ? t("import.rowsParsed", { count }) : t("import.linesRead", { count });
  return `${bytes} · ${rows}`;
}

function ImportProgressBar({
  name,
  progress,
  onCancel,
}: {
  readonly name: string;
  readonly progress: ImportProgress | null;
  readonly onCancel: () => void;
}) {
  const t = useT();
  const lang = useDetente((s) => s.settings.lang);
  const ids = useId();
  const total = progress?.totalBytes ?? null;
  return (
    <div className="detente-import-progress">
      <p role="status">{t("import.reading", { name })}</p>
      <progress
        aria-label={t("import.progress")}
        aria-describedby={`${ids}-text`}
        // Without a known size the bar is indeterminate (a moving bar, no value).
        {...(total !== null && total > 0
          ? { max: total, value: Math.min(progress?.bytes ?? 0, total) }
          : {})}
      />
      <span id={`${ids}-text`} className="detente-import-progress-text">
        {progressText(progress, t, lang)}
      </span>
      <button type="button" className="detente-button" onClick={onCancel}>
        {t("import.cancel")}
      </button>
    </div>
  );
}

function OpenDataPanel({ context }: { readonly context: ImportContextValue }) {
  const t = useT();
  const ids = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const format = useStore(context.store, (s) => s.format);
  const last = useStore(context.store, (s) => s.last);
  const busy = useStore(context.store, (s) => s.phase.kind === "reading");
  const controller = context.store.getState();

  // Opening the panel puts the keyboard on its first control.
  useEffect(() => {
    fileRef.current?.focus();
  }, []);

  const close = (): void => {
    controller.setPanelOpen(false);
    context.toggleRef.current?.focus();
  };

  return (
    <section
      id={context.panelId}
      className="detente-import-panel"
      aria-labelledby={`${ids}-heading`}
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        // Handled here so the same Escape does not also close the event details around us.
        event.preventDefault();
        event.stopPropagation();
        close();
      }}
    >
      <h2 id={`${ids}-heading`}>{t("import.heading")}</h2>
      <p id={`${ids}-formats`}>{t("import.formats")}</p>
      <div className="detente-import-controls">
        <label htmlFor={`${ids}-file`}>{t("import.file")}</label>
        <input
          ref={fileRef}
          id={`${ids}-file`}
          type="file"
          aria-describedby={`${ids}-formats`}
          accept=".json,.arrow,.arrows,.ndjson,.jsonl,.csv,.tsv,.tab,.txt,.CSV,.export.CSV,application/json,text/csv,text/tab-separated-values,text/plain"
          disabled={busy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            // Cleared so choosing the same file again (after fixing it) imports it again.
            event.target.value = "";
            if (file) controller.openFile(file);
          }}
        />
        <label htmlFor={`${ids}-format`}>{t("import.format")}</label>
        <select
          id={`${ids}-format`}
          className="detente-select"
          value={format}
          onChange={(event) => {
            const choice = CHOOSABLE.find((f) => f === event.target.value);
            controller.setFormat(choice ?? "auto");
          }}
        >
          <option value="auto">{t("import.format.auto")}</option>
          {CHOOSABLE.map((f) => (
            <option key={f} value={f}>
              {t(FORMAT_LABELS[f])}
            </option>
          ))}
        </select>
        {last && !busy ? (
          <button type="button" className="detente-button" onClick={controller.importAgain}>
            {t("import.again", { name: last.name })}
          </button>
        ) : null}
        <button type="button" className="detente-button" onClick={close}>
          {t("import.close")}
        </button>
      </div>
    </section>
  );
}

/** The Open data panel and the import's current step: progress, column mapping or report. */
export default function ImportPanels({ context }: { readonly context: ImportContextValue }) {
  const { store } = context;
  const phase = useStore(store, (s) => s.phase);
  const panelOpen = useStore(store, (s) => s.panelOpen);
  const hasChoices = useStore(store, (s) => s.choices !== null);
  const controller = store.getState();
  return (
    <>
      {panelOpen ? <OpenDataPanel context={context} /> : null}
      {phase.kind === "reading" ? (
        <ImportProgressBar
          name={phase.name}
          progress={phase.progress}
          onCancel={controller.cancel}
        />
      ) : null}
      {phase.kind === "mapping" ? (
        <ColumnMapping
          name={phase.from.name}
          header={phase.header}
          initial={phase.mapping}
          onSubmit={controller.submitMapping}
          onCancel={controller.cancel}
        />
      ) : null}
      {phase.kind === "report" ? (
        <ImportReport
          report={phase.report}
          name={phase.name}
          ok={phase.ok}
          onDismiss={controller.dismiss}
        />
      ) : null}
      {hasChoices && phase.kind !== "mapping" ? (
        <Suspense fallback={null}>
          <EventDataChoices store={store} />
        </Suspense>
      ) : null}
    </>
  );
}
