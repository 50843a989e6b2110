/**
 * "Embed": the button, and the snapshot of the view its dialog shows. The dialog (a modal with
 * the code that shows the current view on another site, as a responsive iframe or as the custom
 * element, a preview and a Copy button) loads on first use: the first view never draws it.
 */
import { lazy, Suspense, useRef, useState } from "react";
import { useDetenteStore } from "../store/context.tsx";
import { selectLocalDataset } from "../store/selectors.ts";
import type { DetenteState } from "../store/types.ts";
import { loadViewLink, type ViewLink } from "../store/urlSync.ts";
import { useT } from "../store/useT.ts";
import type { Dataset } from "../model/schema.ts";
import type { Lang } from "../i18n/format.ts";
import { useImported } from "./OpenData.tsx";
import { preloadProps } from "./preloadProps.ts";

const loadDialogBox = () => import("./EmbedDialogBox.tsx");
const EmbedDialogBox = lazy(loadDialogBox);

export type EmbedMode = "iframe" | "element";

/**
 * The view's URL query, always naming its language: an embed sits in a page written in one
 * language, so it must not switch with each reader's browser as the app does. Serializing with
 * the other language as the "default" makes the writer keep `lang` (in its usual place).
 */
export function embedQuery(state: DetenteState, { serializeViewParams }: ViewLink): string {
  const otherLang = state.settings.lang === "en" ? "es" : "en";
  return serializeViewParams(state, "", { lang: otherLang });
}

/** The dialog and the URL writer, loaded ahead of a click. */
const preload = preloadProps(loadViewLink, loadDialogBox);

/** The app's base URL (origin and path, ending in "/"), where the embed files are served. */
export function appBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.href).href;
}

/** What the dialog shows, fixed when it opens: the modal dialog keeps the view from changing. */
export interface EmbedSnapshot {
  readonly base: string;
  readonly query: string;
  readonly title: string;
  readonly lang: Lang;
  /** Imported data on screen: the dataset, and the address it came from, if any. */
  readonly imported: { readonly dataset: Dataset; readonly address?: string | undefined } | null;
}

export function EmbedDialog() {
  const t = useT();
  const store = useDetenteStore();
  const imported = useImported();
  const [snapshot, setSnapshot] = useState<EmbedSnapshot | null>(null);
  const [mode, setMode] = useState<EmbedMode>("iframe");
  const buttonRef = useRef<HTMLButtonElement>(null);

  const openDialog = (): void => {
    // The view at the click, written once the URL writer is in (usually already: preload).
    const state = store.getState();
    const open = (query: string): void =>
      setSnapshot({
        base: appBaseUrl(),
        query,
        title: t("embed.frameTitle", { title: selectLocalDataset(state).title }),
        lang: state.settings.lang,
        imported: imported ? { dataset: state.dataset, address: imported.address } : null,
      });
    loadViewLink().then(
      (link) => open(embedQuery(state, link)),
      (error: unknown) => {
        // Without the writer the code embeds the opening view, rather than no dialog at all.
        console.error(error);
        open("");
      },
    );
  };

  /** After the dialog closed, by any means (Escape, the Close button, the browser). */
  const onClosed = (): void => {
    if (snapshot === null) return;
    setSnapshot(null);
    // Browsers restore focus on their own; jsdom and the fallback path do not.
    buttonRef.current?.focus();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="detente-button"
        aria-haspopup="dialog"
        onClick={openDialog}
        {...preload}
      >
        {t("embed.button")}
      </button>
      {snapshot === null ? null : (
        <Suspense fallback={null}>
          <EmbedDialogBox
            snapshot={snapshot}
            mode={mode}
            onMode={setMode}
            t={t}
            onClosed={onClosed}
          />
        </Suspense>
      )}
    </>
  );
}
