import { startTransition, StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BUNDLED_DATASET_PATH, loadBundledDataset } from "../io/detente/bundled.ts";
import { browserImportedStorage, restoreImported } from "../store/importedDataset.ts";
import { checkSourceUrl, loadSourceConfig } from "../io/pipeline/sourceUrl.ts";
import { checkDataset, outcomeResult } from "../io/pipeline/datasetLoader.ts";
import { tensionInputsFromImpulses } from "../io/gdelt/tension.ts";
import { createWorkerImporter } from "../io/pipeline/workerImporter.ts";
import { bundledGoldsteinTable } from "../model/goldsteinBundled.ts";
import { DetenteProvider } from "../store/context.tsx";
import { langFromLocale, parseViewParams } from "../store/viewParams.ts";
import { DetenteView } from "../ui/DetenteView.tsx";
import { LoadingStatus } from "../ui/LoadingStatus.tsx";
import { ImportProvider } from "../ui/OpenData.tsx";
import { ProblemList } from "../ui/ProblemList.tsx";
import { UrlSync } from "../ui/UrlSync.tsx";
import { BaselineProvider } from "../charts/baseline.tsx";
import "../ui/detente.css";
import "../ui/page.css";
import "../ui/print.css";

/** A link's `?baseline=` obeys the rule of its `?src=`: same origin, or an origin listed. */
async function checkBaselineUrl(url: string): Promise<{ url: string } | { reason: string }> {
  const check = checkSourceUrl(url, window.location.href, await loadSourceConfig());
  if (check.ok) return { url: check.url };
  return {
    reason:
      check.reason === "origin"
        ? `${check.origin} is not among the origins this site loads data from`
        : "expected an http(s) address",
  };
}

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");
const root = createRoot(container);

async function start(): Promise<void> {
  const goldstein = bundledGoldsteinTable();
  const browserLang = langFromLocale(navigator.language);
  const search = window.location.search;
  // Until a dataset is in, the loading status speaks the link's language, else the browser's.
  const linkLang = new URLSearchParams(search).get("lang");
  const loadingLang = linkLang === "en" || linkLang === "es" ? linkLang : browserLang;
  root.render(<LoadingStatus lang={loadingLang} progress={null} />);
  // `?src=` names the data to show: it is imported once the page is up (OpenData.tsx), and the
  // link's view applies to that data. Otherwise an import kept in this browser is shown
  // instead of the bundled dataset (read before the first render, so nothing flashes). Both
  // the bundled dataset and a kept import are checked in the load worker, at the same time.
  const src = new URLSearchParams(search).get("src");
  // `?baseline=` adds a news-coded daily series (daily.csv) to the tension chart.
  const baseline = new URLSearchParams(search).get("baseline");
  const storage = browserImportedStorage();
  const restoring = src === null ? restoreImported(storage, checkDataset) : undefined;
  const bundledLoad = loadBundledDataset((progress) =>
    root.render(<LoadingStatus lang={loadingLang} progress={progress} />),
  );
  const [outcome, restored] = await Promise.all([bundledLoad.outcome, restoring]);
  const loaded = outcomeResult(outcome);
  if (!loaded.ok) {
    root.render(<ProblemList file={BUNDLED_DATASET_PATH} problems={loaded.error} />);
    return;
  }
  const dataset = restored?.dataset ?? loaded.value;
  // The view in the URL (a shared link); bad parameters are reported and skipped, never fatal.
  const fromUrl = parseViewParams(search, dataset);
  if (src === null) for (const warning of fromUrl.warnings) console.warn(warning);
  const view = src === null ? fromUrl.init : {};

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
            ...(restored?.dailyImpulses
              ? { tensionInputs: tensionInputsFromImpulses(restored.dailyImpulses) }
              : {}),
            // The link's language wins over the browser's.
            settings: { lang: browserLang, ...fromUrl.init.settings },
          }}
        >
          <UrlSync />
          <ImportProvider
            importer={createWorkerImporter()}
            storage={storage}
            bundled={loaded.value}
            initialImported={
              restored ? { title: restored.dataset.title, name: restored.name } : null
            }
            src={src}
            viewSearch={search}
            loadConfig={() => loadSourceConfig()}
          >
            <BaselineProvider url={baseline ?? undefined} check={checkBaselineUrl}>
              <DetenteView />
            </BaselineProvider>
          </ImportProvider>
        </DetenteProvider>
      </StrictMode>,
    ),
  );
}

void start();
