import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadBundledDataset } from "./app/bundledDataset.ts";
import { bundledGoldsteinTable } from "./model/goldstein-bundled.ts";
import { DetenteProvider } from "./store/context.tsx";
import { langFromLocale, parseViewParams } from "./store/viewParams.ts";
import { DetenteView } from "./ui/DetenteView.tsx";
import { ProblemList } from "./ui/ProblemList.tsx";
import { UrlSync } from "./ui/UrlSync.tsx";
import "./ui/detente.css";
import "./ui/page.css";
import "./ui/print.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const loaded = loadBundledDataset();
const browserLang = langFromLocale(navigator.language);
// The view in the URL (a shared link); bad parameters are reported and skipped, never fatal.
const fromUrl = loaded.ok ? parseViewParams(window.location.search, loaded.value) : undefined;
for (const warning of fromUrl?.warnings ?? []) console.warn(warning);

createRoot(container).render(
  <StrictMode>
    {loaded.ok ? (
      <DetenteProvider
        init={{
          dataset: loaded.value,
          goldstein: bundledGoldsteinTable(),
          ...fromUrl?.init,
          // The link's language wins over the browser's.
          settings: { lang: browserLang, ...fromUrl?.init.settings },
        }}
      >
        <UrlSync />
        <DetenteView />
      </DetenteProvider>
    ) : (
      <ProblemList file="data/us-colombia.json" problems={loaded.error} />
    )}
  </StrictMode>,
);
