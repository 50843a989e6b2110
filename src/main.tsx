import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadBundledDataset } from "./app/bundledDataset.ts";
import { bundledGoldsteinTable } from "./model/goldstein-bundled.ts";
import { DetenteProvider } from "./store/context.tsx";
import { DetenteView } from "./ui/DetenteView.tsx";
import { ProblemList } from "./ui/ProblemList.tsx";
import "./ui/detente.css";
import "./ui/page.css";

const container = document.getElementById("root");
if (!container) throw new Error("index.html has no #root element");

const loaded = loadBundledDataset();
const browserLang = navigator.language.toLowerCase().startsWith("es") ? "es" : "en";

createRoot(container).render(
  <StrictMode>
    {loaded.ok ? (
      <DetenteProvider
        init={{
          dataset: loaded.value,
          goldstein: bundledGoldsteinTable(),
          settings: { lang: browserLang },
        }}
      >
        <DetenteView />
      </DetenteProvider>
    ) : (
      <ProblemList file="data/us-colombia.json" problems={loaded.error} />
    )}
  </StrictMode>,
);
