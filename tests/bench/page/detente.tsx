/**
 * Détente bench page: the real Timeline component in its provider, fed the synthetic dataset
 * named by `?n=`. The dataset is validated exactly as the app does it (parseDetenteJson), timed
 * apart from the render.
 */
import { createRoot } from "react-dom/client";
import { Timeline } from "../../../src/charts/Timeline.tsx";
import { validateDataset } from "../../../src/model/validate.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { DetenteProvider } from "../../../src/store/context.tsx";
import { createDetenteStore } from "../../../src/store/createDetenteStore.ts";
import { runBenchPage, untilFrame } from "./harness.ts";
import "../../../src/ui/detente.css";

/** Past the data's bounds, so no "today" line is drawn (vis-timeline's is switched off too). */
const NOW = Date.UTC(2030, 0, 1);
const MS_PER_DAY = 86_400_000;

/**
 * On screen once the marks overlay has buttons and the canvas has been sized to the measured plot
 * width: the first commit draws at a guessed width (800 px) and re-renders once it is measured.
 */
function chartReady(container: HTMLElement): boolean {
  const marks = container.querySelector(".detente-marks");
  const canvas = container.querySelector<HTMLCanvasElement>(".detente-plot canvas");
  const plot = canvas?.parentElement;
  if (!marks || marks.childElementCount === 0 || !canvas || !plot) return false;
  const cssWidth = canvas.getBoundingClientRect().width;
  const backing = canvas.width / (window.devicePixelRatio || 1);
  return Math.abs(cssWidth - plot.clientWidth) <= 2 && Math.abs(backing - cssWidth) < 1.5;
}

void runBenchPage({
  name: "detente",
  prepare(json) {
    // parseDetenteJson is JSON.parse + validateDataset; the harness already timed JSON.parse.
    const result = validateDataset(json, bundledGoldsteinTable());
    if (!result.ok) {
      const first = result.error.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
      throw new Error(`invalid dataset (${result.error.length} problems): ${first.join("; ")}`);
    }
    return result.value;
  },
  async mount(container, data) {
    const store = createDetenteStore({
      dataset: data as Dataset,
      goldstein: bundledGoldsteinTable(),
      settings: { lang: "en", theme: "light" },
    });
    createRoot(container).render(
      <div className="detente" data-theme="light" lang="en">
        <DetenteProvider store={store}>
          <Timeline now={NOW} />
        </DetenteProvider>
      </div>,
    );
    await untilFrame(() => chartReady(container));
    return {
      spanDays: () => {
        const { viewport } = store.getState();
        return (viewport.to - viewport.from) / MS_PER_DAY;
      },
    };
  },
});
