import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BUNDLED_DATASET_PATH, loadBundledDataset } from "../io/detente/bundled.ts";
import { browserImportedStorage, openKept } from "../store/importedDataset.ts";
import { deploymentImageOrigins, ImageOriginsProvider } from "../ui/media/mediaPolicy.tsx";
import { checkDataset, outcomeResult } from "../io/pipeline/datasetLoader.ts";
import { createLazyImporter } from "../io/pipeline/lazyImporter.ts";
import { bundledGoldsteinTable } from "../model/goldsteinBundled.ts";
import { DetenteProvider } from "../store/context.tsx";
import { langFromLocale } from "../i18n/localeLang.ts";
import { namesAStory, namesAView } from "../store/viewParamNames.ts";
import { loadStory } from "../ui/story/loadStory.ts";
import type { ViewInit } from "../store/viewParams.ts";
import { DetenteView } from "../ui/DetenteView.tsx";
import { DocumentTitle } from "../ui/DocumentTitle.tsx";
import { LoadingStatus } from "../ui/LoadingStatus.tsx";
import { ImportProvider } from "../ui/ImportProvider.tsx";
import { ProblemList } from "../ui/ProblemList.tsx";
import { UrlSync } from "../ui/UrlSync.tsx";
import { DocumentSync } from "../ui/DocumentSync.tsx";
import { preparePage } from "../ui/preparePage.ts";
import { BaselineProvider } from "../charts/baseline.tsx";
import { loadMessages } from "../i18n/translate.ts";
import "../ui/detente.css";
import "../ui/page.css";
import "../ui/print.css";

/**
 * The rule for the addresses a link names (`?src=`, `?baseline=`): loaded only for a link that
 * names one, or for an import.
 */
const sourceRule = () => import("../io/pipeline/sourceUrl.ts");

/** A link's `?baseline=` obeys the rule of its `?src=`: same origin, or an origin listed. */
const checkBaselineUrl = async (url: string) =>
  (await sourceRule()).checkBaselineUrl(url, window.location.href);

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);

async function start(): Promise<void> {
  const goldstein = bundledGoldsteinTable();
  // Which other sites' images events may show: read when media is first shown (until then, links).
  const imageOrigins = deploymentImageOrigins();
  const browserLang = langFromLocale(navigator.language);
  const search = window.location.search;
  // Until a dataset is in, the loading status speaks the link's language, else the browser's.
  const linkLang = new URLSearchParams(search).get("lang");
  const loadingLang = linkLang === "en" || linkLang === "es" ? linkLang : browserLang;
  preparePage(loadingLang, search);
  root.render(<LoadingStatus lang={loadingLang} progress={null} />);
  // A Spanish reader's words load beside the data (English ones are in the bundle); a failure
  // here is retried, and reported, before the first render below.
  loadMessages(loadingLang).catch(() => undefined);
  // `?src=` names the data to show: it is imported once the page is up (OpenData.tsx), and the
  // link's view applies to that data. Otherwise an import kept in this browser is shown
  // instead of the bundled dataset (read before the first render, so nothing flashes). Both
  // the bundled dataset and a kept import are checked in the load worker, at the same time.
  const src = new URLSearchParams(search).get("src");
  // `?baseline=` adds a news-coded daily series (daily.csv) to the tension chart.
  const baseline = new URLSearchParams(search).get("baseline");
  // The reader of a link's view loads beside the data, and only for a link that names one.
  const viewReader = namesAView(search) ? import("../store/viewParams.ts") : undefined;
  // A story link's presentation too, so that its first view does not wait for it after the data.
  if (namesAStory(search)) loadStory().catch(() => undefined);
  const storage = browserImportedStorage();
  const restoring = src === null ? openKept(storage, checkDataset) : undefined;
  const bundledLoad = loadBundledDataset((progress) =>
    root.render(<LoadingStatus lang={loadingLang} progress={progress} />),
  );
  const [outcome, kept] = await Promise.all([bundledLoad.outcome, restoring]);
  // A kept import that can no longer be opened is not shown, and not deleted either: the page
  // says what and why, and offers its raw record (ui/StorageNotes.tsx).
  const restored = kept?.kind === "restored" ? kept.record : undefined;
  const loaded = outcomeResult(outcome);
  if (!loaded.ok) {
    root.render(<ProblemList file={BUNDLED_DATASET_PATH} problems={loaded.error} />);
    return;
  }
  const dataset = restored?.dataset ?? loaded.value;
  // The view in the URL (a shared link); bad parameters are reported and skipped, never fatal.
  // Should the reader fail to load, the page opens on its default view rather than not at all.
  const fromUrl: { init: ViewInit; warnings: string[] } = (await viewReader?.then(
    (reader) => reader.parseViewParams(search, dataset),
    (error: unknown) => void console.error(error),
  )) ?? { init: {}, warnings: [] };
  if (src === null) for (const warning of fromUrl.warnings) console.warn(warning);
  const view = src === null ? fromUrl.init : {};
  // The link's language wins over the browser's.
  const lang = fromUrl.init.settings?.lang ?? browserLang;
  // No first render in English for a Spanish reader: their words first (already on their way).
  await loadMessages(lang).catch((error: unknown) => console.error(error));
  // A kept GDELT import's line comes from its whole file's daily impulses; the weighing loads
  // only for such an import.
  const tensionInputs = restored?.dailyImpulses
    ? (await import("../io/gdelt/tension.ts")).tensionInputsFromImpulses(restored.dailyImpulses)
    : undefined;

  // A transition: React renders the view in slices the browser can interleave with input and
  // paint, instead of one long task (the list, charts and panels of a large dataset).
  startTransition(() =>
    root.render(
      <StrictMode>
        <DetenteProvider
          init={{
            dataset,
            goldstein,
            ...view,
            ...(tensionInputs ? { tensionInputs } : {}),
            settings: { ...fromUrl.init.settings, lang },
          }}
        >
          <UrlSync />
          {/* The title is DocumentTitle's, which also says when the data is imported. */}
          <DocumentSync title={false} />
          <ImportProvider
            importer={createLazyImporter()}
            storage={storage}
            bundled={loaded.value}
            initialImported={
              kept?.kind === "restored"
                ? { title: kept.record.dataset.title, name: kept.record.name, id: kept.meta.id }
                : null
            }
            initialRecord={restored}
            discarded={kept?.kind === "discarded" ? kept.discarded : undefined}
            check={checkDataset}
            src={src}
            parties={new URLSearchParams(search).get("parties")}
            viewSearch={search}
            loadConfig={() => sourceRule().then((rule) => rule.loadSourceConfig())}
          >
            <DocumentTitle />
            <ImageOriginsProvider origins={imageOrigins}>
              <BaselineProvider url={baseline ?? undefined} check={checkBaselineUrl}>
                <DetenteView />
              </BaselineProvider>
            </ImageOriginsProvider>
          </ImportProvider>
        </DetenteProvider>
      </StrictMode>,
    ),
  );
}

void start();
