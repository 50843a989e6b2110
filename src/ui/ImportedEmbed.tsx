/**
 * The Embed dialog's body while imported data is shown. That data lives only in this browser, so
 * the usual snippets (which load this site's bundled dataset) would show something else. Two ways
 * work, both with the web component: publish the file and embed its address (`src`), or download
 * a self-contained embed with the data inside the element. The preview is the snippet itself, in
 * a page of its own (importedEmbed.ts), so it shows exactly what the code embeds.
 *
 * A lazy chunk with its own words: only readers who embed imported data load it.
 */
import "../i18n/embedWords.ts";
import { useId, useLayoutEffect, useMemo, useRef, useState } from "react";
import { keptImportTranslator } from "../i18n/keptImportText.ts";
import type { Lang } from "../i18n/format.ts";
import type { Translate } from "../i18n/translate.ts";
import { serializeDataset } from "../io/detente/serialize.ts";
import {
  embedDocument,
  inlineElementSnippet,
  publishedAddress,
  srcElementSnippet,
} from "../io/snippet/importedEmbed.ts";
import type { Dataset } from "../model/schema.ts";
import { CodeBox, CopyRow, PREVIEW_STYLE, useCopyCode } from "./embedCode.tsx";
import { downloadBlob } from "./download.ts";

type Way = "src" | "inline";
const WAYS: readonly Way[] = ["src", "inline"];

/** Longer code is not put in the text box (a few megabytes would make the dialog crawl). */
export const MAX_SHOWN_CODE = 200_000;

export interface ImportedEmbedProps {
  readonly base: string;
  readonly query: string;
  /** The embedded page's title (one line). */
  readonly title: string;
  readonly lang: Lang;
  readonly dataset: Dataset;
  /** Where the data was loaded from, if from an address: it is published there already. */
  readonly address?: string | undefined;
  readonly t: Translate;
}

function kilobytes(chars: number, lang: Lang): string {
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(chars / 1000)} kB`;
}

export default function ImportedEmbed({
  base,
  query,
  title,
  lang,
  dataset,
  address,
  t,
}: ImportedEmbedProps) {
  const k = useMemo(() => keptImportTranslator(lang), [lang]);
  const ids = useId();
  const [way, setWay] = useState<Way>("src");
  const [typed, setTyped] = useState(address ?? "");
  const firstChoice = useRef<HTMLInputElement>(null);
  const codeRef = useRef<HTMLTextAreaElement>(null);

  // The dialog focuses its first choice on open; this body arrives a moment later.
  useLayoutEffect(() => firstChoice.current?.focus(), []);

  const fileName = `${dataset.id}.json`;
  const src = publishedAddress(typed);
  const json = useMemo(() => (way === "inline" ? JSON.stringify(dataset) : ""), [way, dataset]);
  const code =
    way === "src"
      ? srcElementSnippet(base, query, src ?? k("embedImported.placeholder", { file: fileName }))
      : inlineElementSnippet(base, query, json);
  // The preview waits for a real address: a placeholder would only show a failed fetch.
  const page = way === "inline" || src ? embedDocument(code, title, lang) : undefined;
  const shown = code.length <= MAX_SHOWN_CODE;

  // Code too long to show has no box (codeRef stays empty): the download is the way then.
  const copier = useCopyCode(code, codeRef);

  return (
    <>
      <p style={{ margin: "0 0 12px" }}>{k("embedImported.intro")}</p>
      <fieldset style={{ margin: "0 0 12px", border: 0, padding: 0 }}>
        <legend style={{ fontWeight: 600, marginBottom: "4px" }}>
          {k("embedImported.choice")}
        </legend>
        {WAYS.map((candidate) => (
          <div key={candidate} style={{ marginBottom: "4px" }}>
            <label>
              <input
                ref={candidate === way ? firstChoice : undefined}
                type="radio"
                name={`${ids}-way`}
                value={candidate}
                checked={way === candidate}
                aria-describedby={`${ids}-${candidate}-hint`}
                onChange={() => {
                  setWay(candidate);
                  copier.reset();
                }}
              />{" "}
              {k(candidate === "src" ? "embedImported.mode.src" : "embedImported.mode.inline")}
            </label>
            <div
              id={`${ids}-${candidate}-hint`}
              className="detente-muted"
              style={{ fontSize: "0.85rem", marginLeft: "1.6em" }}
            >
              {k(
                candidate === "src"
                  ? "embedImported.mode.srcHint"
                  : "embedImported.mode.inlineHint",
              )}
            </div>
          </div>
        ))}
        <p className="detente-muted" style={{ fontSize: "0.85rem", margin: "4px 0 0" }}>
          {k("embedImported.element")}
        </p>
      </fieldset>
      {way === "src" ? (
        <div style={{ margin: "0 0 12px" }}>
          <button
            type="button"
            className="detente-button"
            onClick={() =>
              downloadBlob(
                new Blob([serializeDataset(dataset)], { type: "application/json" }),
                fileName,
              )
            }
          >
            {k("embedImported.save")}
          </button>
          <label
            htmlFor={`${ids}-address`}
            style={{ display: "block", fontWeight: 600, marginTop: "8px" }}
          >
            {k("embedImported.address")}
          </label>
          <input
            id={`${ids}-address`}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            value={typed}
            placeholder={k("embedImported.placeholder", { file: fileName })}
            aria-describedby={`${ids}-address-hint`}
            aria-invalid={typed.trim() !== "" && !src}
            onChange={(event) => {
              setTyped(event.target.value);
              copier.reset();
            }}
            style={{ display: "block", width: "100%", boxSizing: "border-box" }}
          />
          <div id={`${ids}-address-hint`} className="detente-muted" style={{ fontSize: "0.85rem" }}>
            {typed.trim() !== "" && !src
              ? k("embedImported.addressInvalid")
              : k("embedImported.addressHint")}
          </div>
        </div>
      ) : null}
      <label htmlFor={`${ids}-code`} style={{ display: "block", fontWeight: 600 }}>
        {t("embed.code")}
      </label>
      {shown ? (
        <CodeBox id={`${ids}-code`} code={code} codeRef={codeRef} />
      ) : (
        <p id={`${ids}-code`} style={{ margin: 0 }}>
          {k("embedImported.tooLong", { size: kilobytes(json.length, lang) })}
        </p>
      )}
      <CopyRow copier={copier} t={t}>
        {way === "inline" && page !== undefined ? (
          <button
            type="button"
            className="detente-button"
            onClick={() =>
              downloadBlob(new Blob([page], { type: "text/html" }), `${dataset.id}-embed.html`)
            }
          >
            {k("embedImported.download")}
          </button>
        ) : null}
      </CopyRow>
      <h3 style={{ margin: "0 0 4px", fontSize: "1rem" }}>{t("embed.preview")}</h3>
      {page === undefined ? (
        <p className="detente-muted" style={{ margin: 0 }}>
          {k("embedImported.previewWaiting")}
        </p>
      ) : (
        // The snippet in a page of its own (inert: see EmbedDialog.tsx).
        <iframe srcDoc={page} title={t("embed.previewFrame")} inert style={PREVIEW_STYLE} />
      )}
    </>
  );
}
