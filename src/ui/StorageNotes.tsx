/**
 * What the page tells about the import kept in this browser (store/importStore.ts, StorageNote):
 * a kept record that could not be opened (what, why, its raw record to save, and removal only
 * when dismissed), and another tab's changes (an import kept or removed there). A lazy chunk with
 * its own words: most readers never see it.
 */
import { useMemo } from "react";
import { useStore } from "zustand";
import { keptImportTranslator, type KeptImportTranslate } from "../i18n/keptImportText.ts";
import { rawRecordJson } from "../io/shared/rawRecordJson.ts";
import type { Lang } from "../i18n/format.ts";
import { useDetente } from "../store/context.tsx";
import type { DiscardedImport } from "../store/importedDataset.ts";
import type { ImportStore, StorageNote } from "../store/importStore.ts";
import { downloadBlob } from "./download.ts";
import "./storageNotes.css";

/** Problems listed in the note; the saved record holds everything. */
const LISTED = 5;

function savedWhen(savedAt: string, lang: Lang): string | undefined {
  const ms = Date.parse(savedAt);
  if (Number.isNaN(ms)) return undefined;
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeStyle: "short" }).format(ms);
}

/** "gdelt.tsv, 30 November 2026 at 21:40", or what of it is known. */
export function discardedWhat(
  discarded: DiscardedImport,
  lang: Lang,
  k: KeptImportTranslate,
): string {
  const name = discarded.name || discarded.title || k("kept.unnamed");
  const when = savedWhen(discarded.savedAt, lang);
  return when ? `${name}, ${when}` : name;
}

/** The raw record's file name: its save day, where known. */
export function rawRecordFileName(discarded: DiscardedImport): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(discarded.savedAt)?.[0];
  return `detente-unreadable-import${day ? `-${day}` : ""}.json`;
}

function Discarded({
  discarded,
  lang,
  k,
  onDismiss,
}: {
  readonly discarded: DiscardedImport;
  readonly lang: Lang;
  readonly k: KeptImportTranslate;
  readonly onDismiss: () => void;
}) {
  const listed = discarded.problems.slice(0, LISTED);
  const more = discarded.problems.length - listed.length;
  return (
    <div className="detente-storage-note" data-kind="discarded" role="alert">
      <p>
        <strong>{k("kept.discarded", { what: discardedWhat(discarded, lang, k) })}</strong>
      </p>
      <p>{k("kept.why")}</p>
      <ul>
        {listed.map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
        {more > 0 ? <li>{k("kept.more", { count: more })}</li> : null}
      </ul>
      <p>{k("kept.discardedKeep")}</p>
      <div className="detente-import-actions">
        <button
          type="button"
          className="detente-button"
          onClick={() =>
            downloadBlob(
              new Blob([rawRecordJson(discarded.raw)], { type: "application/json" }),
              rawRecordFileName(discarded),
            )
          }
        >
          {k("kept.saveRaw")}
        </button>
        <button type="button" className="detente-button" onClick={onDismiss}>
          {k("kept.dismissRemove")}
        </button>
      </div>
    </div>
  );
}

export default function StorageNotes({
  store,
  note,
}: {
  readonly store: ImportStore;
  readonly note: StorageNote;
}) {
  const lang = useDetente((s) => s.settings.lang);
  const released = useStore(store, (s) => s.imported?.released === true);
  const k = useMemo(() => keptImportTranslator(lang), [lang]);
  const { dismissNote, showKept, keepAgain } = store.getState();
  if (note.kind === "discarded")
    return <Discarded discarded={note.discarded} lang={lang} k={k} onDismiss={dismissNote} />;

  let text: string;
  switch (note.kind) {
    case "kept-elsewhere":
      text = k("kept.elsewhere", { title: note.kept.title, name: note.kept.name });
      if (released) text = `${text} ${k("kept.elsewhereReplaced")}`;
      break;
    case "other-kept":
      text = k("kept.otherKept", { title: note.kept.title, name: note.kept.name });
      break;
    case "removed-elsewhere":
      text = k("kept.removedElsewhere", { title: note.title });
      break;
    case "gone":
      text = k("kept.gone");
      break;
  }
  return (
    <div className="detente-storage-note" data-kind={note.kind} role="status">
      <p>{text}</p>
      <div className="detente-import-actions">
        {note.kind === "removed-elsewhere" ? (
          <button type="button" className="detente-button" onClick={keepAgain}>
            {k("kept.keepAgain")}
          </button>
        ) : note.kind === "gone" ? null : (
          <button type="button" className="detente-button" onClick={showKept}>
            {k("kept.show")}
          </button>
        )}
        <button type="button" className="detente-button" onClick={dismissNote}>
          {k("kept.dismiss")}
        </button>
      </div>
    </div>
  );
}
