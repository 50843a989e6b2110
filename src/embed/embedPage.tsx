/**
 * The embed page (/embed.html): one Détente view without the page's chrome, made to live in an
 * iframe on someone else's page. It reads the same URL parameters as the app, so a link to the
 * app's view works here too, and keeps them in its own URL (UrlSync), so "Open full view" and a
 * reload keep what the reader did inside the frame.
 *
 * Embed-only parameters, never passed on to the full view:
 *   id            the iframe's id, set by the host script (src/embed/host.ts); no id, no messages
 *                 until the host asks with one
 *   parentOrigin  the only origin to send heights to and take requests from (default: any)
 *   list=1        show the event list under the charts (off by default: an embed is compact)
 *
 * Its content height goes to the parent whenever it changes, so the host script can size the
 * iframe; see host.ts for the protocol.
 */
import { startTransition, StrictMode } from "react";
import "../i18n/embedPageWords.ts";
import { createRoot } from "react-dom/client";
import { BUNDLED_DATASET_PATH, loadBundledDataset } from "../io/detente/bundled.ts";
import { outcomeResult } from "../io/pipeline/datasetLoader.ts";
import type { Dataset } from "../model/schema.ts";
import { bundledGoldsteinTable } from "../model/goldsteinBundled.ts";
import { DetenteProvider, useDetente } from "../store/context.tsx";
import { langFromLocale } from "../i18n/localeLang.ts";
import { parseViewParams } from "../store/viewParams.ts";
import { DetenteView, type DetenteFeatures } from "../ui/DetenteView.tsx";
import { LoadingStatus } from "../ui/LoadingStatus.tsx";
import { ProblemList } from "../ui/ProblemList.tsx";
import { UrlSync } from "../ui/UrlSync.tsx";
import { DocumentSync } from "../ui/DocumentSync.tsx";
import { preparePage } from "../ui/preparePage.ts";
import { useT } from "../store/useT.ts";
import { selectLocalDataset } from "../store/selectors.ts";
import { deploymentImageOrigins, ImageOriginsProvider } from "../ui/media/mediaPolicy.tsx";
import { readEmbedOptions, startHeightReports } from "./heightReports.ts";
import { FullViewLink } from "./FullViewLink.tsx";
import { loadMessages } from "../i18n/translate.ts";
import "../ui/detente.css";
import "./embedPage.css";

function sourceText(source: Dataset["sources"][number]): string {
  return `“${source.title}”, ${source.publisher}`;
}

/** The credit line: the dataset's first source, and every other one a click away. */
function SourceLine() {
  const t = useT();
  const sources = useDetente((s) => selectLocalDataset(s).sources);
  const [first, ...rest] = sources;
  if (first === undefined) return null;
  if (rest.length === 0)
    return (
      <p className="detente-embed-source">{t("embed.source", { source: sourceText(first) })}</p>
    );
  return (
    <details className="detente-embed-source">
      <summary>{t("embed.sourcesMore", { source: sourceText(first), count: rest.length })}</summary>
      <ul>
        {sources.map((source) => (
          <li key={source.id}>
            {source.url ? (
              // The schema only admits http(s) URLs here.
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.title}
              </a>
            ) : (
              source.title
            )}
            , {source.publisher}
          </li>
        ))}
      </ul>
    </details>
  );
}

const EMBED_FEATURES: Omit<DetenteFeatures, "list"> = {
  header: false,
  toolbar: false,
  share: false,
  explore: false,
  tension: true,
  overview: false,
  tensionExtras: false,
  details: true,
};

function EmbedPage({ list }: { readonly list: boolean }) {
  const title = useDetente((s) => selectLocalDataset(s).title);
  const theme = useDetente((s) => s.settings.theme);
  const lang = useDetente((s) => s.settings.lang);
  return (
    // An instance root of its own (theme colours, language) around the view's root, so the
    // title bar and the credit line follow the view's theme.
    <div className="detente detente-embed" data-theme={theme} lang={lang}>
      <div className="detente-embed-bar">
        <h1 className="detente-embed-title">{title}</h1>
        <FullViewLink />
      </div>
      <DetenteView
        className="detente-embed-view"
        headingLevel={2}
        features={{ ...EMBED_FEATURES, list }}
      />
      <SourceLine />
    </div>
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("embed.html has no #root element");

const options = readEmbedOptions(window.location.search);
// Before rendering, so a host that asks right after the frame's load event is answered.
startHeightReports(container, options);

const root = createRoot(container);
// The same deployment file as the app's, read when media is first shown: the embed shows the
// images the app would.
const imageOrigins = deploymentImageOrigins();
const browserLang = langFromLocale(navigator.language);
const linkLang = new URLSearchParams(window.location.search).get("lang");
const loadingLang = linkLang === "en" || linkLang === "es" ? linkLang : browserLang;
preparePage(loadingLang, window.location.search);
root.render(<LoadingStatus lang={loadingLang} progress={null} />);
// A Spanish reader's words load beside the data, as in main.tsx.
loadMessages(loadingLang).catch(() => undefined);

void loadBundledDataset((progress) =>
  root.render(<LoadingStatus lang={loadingLang} progress={progress} />),
).outcome.then(async (outcome) => {
  const loaded = outcomeResult(outcome);
  const fromUrl = loaded.ok ? parseViewParams(window.location.search, loaded.value) : undefined;
  for (const warning of fromUrl?.warnings ?? []) console.warn(warning);
  const lang = fromUrl?.init.settings?.lang ?? browserLang;
  await loadMessages(lang).catch((error: unknown) => console.error(error));
  // A transition, as in main.tsx: the first render in slices, not one long task.
  startTransition(() =>
    root.render(
      <StrictMode>
        {loaded.ok ? (
          <DetenteProvider
            init={{
              dataset: loaded.value,
              goldstein: bundledGoldsteinTable(),
              ...fromUrl?.init,
              settings: { ...fromUrl?.init.settings, lang },
            }}
          >
            <UrlSync />
            <DocumentSync />
            <ImageOriginsProvider origins={imageOrigins}>
              <EmbedPage list={options.list} />
            </ImageOriginsProvider>
          </DetenteProvider>
        ) : (
          <ProblemList file={BUNDLED_DATASET_PATH} problems={loaded.error} />
        )}
      </StrictMode>,
    ),
  );
});
