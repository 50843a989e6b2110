/**
 * Détente bench page: the real Timeline component in its provider, fed the synthetic dataset
 * named by `?n=`. The dataset is loaded as the app loads data (io/pipeline/datasetLoader.ts): fetched,
 * parsed and validated in the load worker, its events posted back in batches; the worker's own
 * timings fill in fetch, parse and validation.
 */
import { startTransition } from "react";
import { createRoot } from "react-dom/client";
import { Timeline } from "../../../src/charts/Timeline.tsx";
import { loadDataset } from "../../../src/io/pipeline/datasetLoader.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { DetenteProvider } from "../../../src/store/context.tsx";
import { createDetenteStore, type DetenteStore } from "../../../src/store/createDetenteStore.ts";
import { afterPaint, runBenchPage, untilFrame } from "./harness.ts";
import "../../../src/ui/detente.css";

/** Past the data's bounds, so no "today" line is drawn (vis-timeline's is switched off too). */
const NOW = Date.UTC(2030, 0, 1);
const MS_PER_DAY = 86_400_000;
/** What the soak types, a letter at a time, then clears: a word the synthetic titles contain. */
const SOAK_QUERY = "summit";

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

/**
 * One soak cycle, through the store's actions (what the controls call), a frame after each so
 * every change is rendered and drawn: zoom in to a quarter of the window and back, hide one
 * topic and show all again, type a word a letter at a time and clear it.
 */
async function soakCycle(store: DetenteStore, topics: readonly string[], cycle: number) {
  const frame = (): Promise<void> =>
    new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const { from, to } = store.getState().viewport;
  const middle = (from + to) / 2;
  const quarter = (to - from) / 8;
  store.getState().setViewport({ from: middle - quarter, to: middle + quarter });
  await frame();
  store.getState().setViewport({ from, to });
  await frame();
  const hidden = topics[cycle % topics.length];
  store.getState().setFilters({ topics: topics.filter((topic) => topic !== hidden) });
  await frame();
  store.getState().setFilters({ topics: null });
  await frame();
  for (let i = 1; i <= SOAK_QUERY.length; i++) {
    store.getState().setFilters({ query: SOAK_QUERY.slice(0, i) });
    await frame();
  }
  store.getState().setFilters({ query: "" });
  await frame();
}

void runBenchPage({
  name: "detente",
  async load(url) {
    const outcome = await loadDataset({ kind: "url", url }).outcome;
    if (outcome.kind === "unreachable") throw new Error(`${url}: ${outcome.reason}`);
    if (outcome.kind === "invalid") {
      const first = outcome.problems.slice(0, 3).map((p) => `${p.path}: ${p.message}`);
      throw new Error(`invalid dataset (${outcome.problems.length} problems): ${first.join("; ")}`);
    }
    return {
      data: outcome.dataset,
      events: outcome.dataset.events.length,
      ...outcome.timings,
    };
  },
  async mount(container, data) {
    const dataset = data as Dataset;
    const store = createDetenteStore({
      dataset,
      goldstein: bundledGoldsteinTable(),
      settings: { lang: "en", theme: "light" },
    });
    // As the app mounts (main.tsx): a transition, so React renders in slices between which
    // the browser can handle input, rather than in one long task.
    const root = createRoot(container);
    startTransition(() =>
      root.render(
        <div className="detente" data-theme="light" lang="en">
          <DetenteProvider store={store}>
            <Timeline now={NOW} />
          </DetenteProvider>
        </div>,
      ),
    );
    await untilFrame(() => chartReady(container));
    const topics = dataset.topics.map((topic) => topic.id);
    let cycles = 0;
    return {
      spanDays: () => {
        const { viewport } = store.getState();
        return (viewport.to - viewport.from) / MS_PER_DAY;
      },
      async soak(count) {
        for (let i = 0; i < count; i++) await soakCycle(store, topics, cycles++);
        await afterPaint();
      },
    };
  },
});
