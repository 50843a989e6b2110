/**
 * The export editor: a modal dialog with a live preview of the picture, its words (title,
 * subtitle, notes, credit), a size and the downloads. A lazy chunk: it loads when Export is first
 * pressed. The view is fixed while it is open (a modal dialog), so the state is read once.
 *
 * Every download is one entry of DOWNLOADS: a new format is one line there (and its case in
 * exportBlob.ts).
 */
import "../i18n/exportWords.ts";
import { dialogStyle } from "./dialogStyle.ts";
import { useModalDialog } from "./useModalDialog.ts";
import { useDeferredValue, useEffect, useId, useMemo, useState, type CSSProperties } from "react";
import { defaultPublishText, type PublishText } from "../export/publishDefaults.ts";
import {
  MAX_CUSTOM_WIDTH,
  MIN_CUSTOM_WIDTH,
  SIZE_PRESETS,
  clampCustomWidth,
  type SizeId,
} from "../export/sizes.ts";
import type { PublishOptions } from "../export/svg.ts";
import { publishingTranslator, type PublishingKey } from "../i18n/publishing.ts";
import { selectVisibleEvents } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { useT } from "../store/useT.ts";
import { downloadBlob, exportFileName } from "./download.ts";
import {
  EXTENSIONS,
  exportBlob,
  pictureFor,
  type Format,
  type PictureOptions,
} from "./exportBlob.ts";
import { printPicture } from "./printPicture.ts";

interface Download {
  readonly format: Format;
  readonly label: PublishingKey;
  /** A picture of the view, or the data of the events in it. */
  readonly kind: "picture" | "data";
  /** PNG pixels per CSS pixel. */
  readonly scale?: number;
}

const DOWNLOADS: readonly Download[] = [
  { format: "svg", label: "export.download.svg", kind: "picture" },
  { format: "png", label: "export.download.png1", kind: "picture", scale: 1 },
  { format: "png", label: "export.download.png2", kind: "picture", scale: 2 },
  { format: "csv", label: "export.download.csv", kind: "data" },
  { format: "json", label: "export.download.json", kind: "data" },
  { format: "arrow", label: "export.download.arrow", kind: "data" },
  { format: "timelinejs", label: "export.download.timelinejs", kind: "data" },
];

const SIZE_LABELS: Record<SizeId, PublishingKey> = {
  landscape: "export.size.landscape",
  square: "export.size.square",
  wide: "export.size.wide",
  a4: "export.size.a4",
  custom: "export.size.custom",
};

const TEXT_FIELDS: readonly { key: keyof PublishText; label: PublishingKey; rows?: number }[] = [
  { key: "title", label: "export.field.title" },
  { key: "subtitle", label: "export.field.subtitle" },
  { key: "notes", label: "export.field.notes", rows: 3 },
  { key: "credit", label: "export.field.credit" },
];

const fieldStyle: CSSProperties = { display: "block", width: "100%", boxSizing: "border-box" };
const groupStyle: CSSProperties = { margin: "0 0 12px", border: 0, padding: 0, minWidth: 0 };
const rowStyle: CSSProperties = { display: "flex", flexWrap: "wrap", gap: "6px" };

export interface ExportDialogProps {
  /** The state as Export was pressed: what the reader is looking at. */
  readonly state: DetenteState;
  /** The instance's element, whose colours the picture takes. */
  readonly root: Element | null;
  readonly onClose: () => void;
}

export default function ExportDialog({ state, root, onClose }: ExportDialogProps) {
  const t = useT();
  const ids = useId();
  const lang = state.settings.lang;
  const tp = publishingTranslator(lang);
  const [text, setText] = useState<PublishText>(() => defaultPublishText(state, lang));
  const [sizeId, setSizeId] = useState<SizeId>("landscape");
  const [customWidth, setCustomWidth] = useState("960");
  const [allSources, setAllSources] = useState(false);
  const [status, setStatus] = useState("");
  const visibleCount = useMemo(() => selectVisibleEvents(state).length, [state]);

  const preset = SIZE_PRESETS.find((size) => size.id === sizeId) ?? SIZE_PRESETS[0];
  const width =
    sizeId === "custom" ? clampCustomWidth(Number(customWidth)) : (preset?.width ?? 1200);
  const height = preset?.height;
  const picture = useMemo(
    (): PictureOptions => ({
      width,
      publish: {
        ...text,
        sources: allSources ? "full" : "compact",
        height,
      } satisfies PublishOptions,
    }),
    [width, text, allSources, height],
  );
  // Typing stays fluid: the preview follows the deferred value, a frame behind if it must.
  const deferred = useDeferredValue(picture);
  const svg = useMemo(() => pictureFor(state, root, deferred).svg, [state, root, deferred]);
  const previewUrl = useMemo(
    () => URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" })),
    [svg],
  );
  useEffect(() => () => URL.revokeObjectURL(previewUrl), [previewUrl]);

  const { dialogRef, close, onKeyDown } = useModalDialog(onClose, (dialog) =>
    dialog.querySelector<HTMLInputElement>("input")?.focus(),
  );

  const download = async (item: Download): Promise<void> => {
    setStatus("");
    try {
      const blob = await exportBlob(item.format, state, root, { ...picture, scale: item.scale });
      const suffix = item.scale !== undefined && item.scale !== 1 ? `@${item.scale}x` : "";
      // The suffix goes before the whole ending ("….timelinejs.json", "…@2x.png").
      const name = exportFileName(
        state.dataset.id,
        state.viewport,
        EXTENSIONS[item.format],
      ).replace(/\.([\w.]+)$/, `${suffix}.$1`);
      downloadBlob(blob, name);
      setStatus(tp("export.saved", { file: name }));
    } catch (cause) {
      setStatus(
        t("export.failed", { reason: cause instanceof Error ? cause.message : String(cause) }),
      );
    }
  };

  const buttons = (kind: Download["kind"]) =>
    DOWNLOADS.filter((item) => item.kind === kind).map((item) => (
      <button
        key={`${item.format}-${item.scale ?? 1}`}
        type="button"
        className="detente-button"
        onClick={() => void download(item)}
      >
        {tp(item.label)}
      </button>
    ));

  return (
    <dialog
      ref={dialogRef}
      className="detente-export-dialog"
      aria-labelledby={`${ids}-heading`}
      onClose={onClose}
      onKeyDown={onKeyDown}
      style={dialogStyle("68rem")}
    >
      <div style={{ display: "flex", alignItems: "baseline", gap: "8px" }}>
        <h2 id={`${ids}-heading`} style={{ margin: "0 0 8px", fontSize: "1.25rem", flex: 1 }}>
          {tp("export.dialogTitle")}
        </h2>
        <button type="button" className="detente-button" onClick={close}>
          {tp("export.close")}
        </button>
      </div>
      <p style={{ margin: "0 0 12px" }}>{tp("export.intro")}</p>
      <div style={{ display: "flex", flexWrap: "wrap", gap: "16px", alignItems: "flex-start" }}>
        <div style={{ flex: "1 1 18rem", minWidth: 0 }}>
          {TEXT_FIELDS.map((field) => (
            <div key={field.key} style={{ marginBottom: "8px" }}>
              <label htmlFor={`${ids}-field-${field.key}`} style={{ fontWeight: 600 }}>
                {tp(field.label)}
              </label>
              {field.rows ? (
                <textarea
                  id={`${ids}-field-${field.key}`}
                  className="detente-input"
                  rows={field.rows}
                  value={text[field.key]}
                  onChange={(event) => setText({ ...text, [field.key]: event.target.value })}
                  style={fieldStyle}
                />
              ) : (
                <input
                  id={`${ids}-field-${field.key}`}
                  type="text"
                  className="detente-input"
                  value={text[field.key]}
                  onChange={(event) => setText({ ...text, [field.key]: event.target.value })}
                  style={fieldStyle}
                />
              )}
            </div>
          ))}
          <fieldset style={groupStyle}>
            <legend style={{ fontWeight: 600, marginBottom: "4px" }}>{tp("export.size")}</legend>
            {SIZE_PRESETS.map((size) => (
              <div key={size.id}>
                <label>
                  <input
                    type="radio"
                    name={`${ids}-size`}
                    value={size.id}
                    checked={sizeId === size.id}
                    onChange={() => setSizeId(size.id)}
                  />{" "}
                  {tp(SIZE_LABELS[size.id])}
                </label>
              </div>
            ))}
            {sizeId === "custom" ? (
              <div style={{ marginTop: "4px" }}>
                <label htmlFor={`${ids}-width`}>{tp("export.width")}</label>{" "}
                <input
                  id={`${ids}-width`}
                  type="number"
                  className="detente-input"
                  min={MIN_CUSTOM_WIDTH}
                  max={MAX_CUSTOM_WIDTH}
                  step={10}
                  value={customWidth}
                  onChange={(event) => setCustomWidth(event.target.value)}
                  style={{ width: "7em" }}
                />
              </div>
            ) : null}
          </fieldset>
          <div style={{ marginBottom: "12px" }}>
            <label>
              <input
                type="checkbox"
                checked={allSources}
                onChange={(event) => setAllSources(event.target.checked)}
              />{" "}
              {tp("export.allSources")}
            </label>
          </div>
          <h3 style={{ margin: "0 0 4px", fontSize: "1rem" }}>{tp("export.picture")}</h3>
          <div style={{ ...rowStyle, marginBottom: "12px" }}>
            {buttons("picture")}
            {sizeId === "a4" ? (
              <button type="button" className="detente-button" onClick={() => printPicture(svg)}>
                {tp("export.print")}
              </button>
            ) : null}
          </div>
          <h3 style={{ margin: "0 0 4px", fontSize: "1rem" }}>
            {tp("export.data", { count: visibleCount })}
          </h3>
          <div style={rowStyle}>{buttons("data")}</div>
          <p role="status" style={{ minHeight: "1.5em", margin: "8px 0 0" }}>
            {status}
          </p>
        </div>
        <figure style={{ flex: "2 1 24rem", minWidth: 0, margin: 0 }}>
          <figcaption style={{ fontWeight: 600, marginBottom: "4px" }}>
            {tp("export.preview")}{" "}
            <span className="detente-muted" style={{ fontWeight: 400 }}>
              {width} × {pictureHeight(svg)} px
            </span>
          </figcaption>
          <img
            className="detente-export-preview"
            src={previewUrl}
            alt={tp("export.previewAlt", { title: text.title })}
            style={{
              display: "block",
              width: "100%",
              height: "auto",
              border: "1px solid var(--detente-border)",
            }}
          />
        </figure>
      </div>
    </dialog>
  );
}

/** The height written on the picture's root element. */
function pictureHeight(svg: string): string {
  return /<svg[^>]*\sheight="(\d+)"/.exec(svg)?.[1] ?? "";
}
