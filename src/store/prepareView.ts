/**
 * Before a new dataset is shown: what its first render reads, computed ahead, one piece per task.
 * The selectors cache what they compute per dataset, events array and filters (selectors.ts),
 * so the render that shows an import of 50,000 events finds its zoom bounds, opening window,
 * lanes, layout and tension line ready, instead of computing them all in one long task. What
 * is computed here for a view that then differs (another language, another width) is simply
 * not used: this changes what is cached, never what is shown.
 */
import { clampViewport } from "../model/viewport.ts";
import { NO_FILTERS } from "../model/filters.ts";
import type { Dataset } from "../model/schema.ts";
import {
  selectBounds,
  selectFilteredEvents,
  selectLayoutEngine,
  selectOpeningView,
} from "./selectors.ts";
import { selectTension } from "./tensionSelectors.ts";
import type { DetenteState, LoadDatasetOptions } from "./types.ts";

/** The state `loadDataset(dataset, options)` will set, as far as the first render reads it. */
export function nextViewState(
  current: DetenteState,
  dataset: Dataset,
  options: LoadDatasetOptions = {},
): DetenteState {
  const base = { dataset, goldstein: current.goldstein };
  const view = options.view ?? {};
  return {
    ...current,
    dataset,
    tensionInputs: options.tensionInputs,
    filters: view.filters ?? NO_FILTERS,
    viewport: clampViewport(view.viewport ?? selectOpeningView(base), selectBounds(base)),
  };
}

/**
 * Computes the first render's derived data for `dataset`, pausing (a new task) before each
 * piece. Resolves early, computing nothing more, once `stillWanted` says the import was
 * superseded.
 */
export async function prepareView(
  current: () => DetenteState,
  dataset: Dataset,
  options: LoadDatasetOptions,
  pause: () => Promise<void>,
  stillWanted: () => boolean = () => true,
): Promise<void> {
  const base = { dataset, goldstein: current().goldstein };
  const steps: (() => unknown)[] = [
    () => selectBounds(base),
    () => selectOpeningView(base),
    () => selectFilteredEvents(nextViewState(current(), dataset, options)),
    () => {
      // The lanes and the stacked layout at the opening zoom.
      const next = nextViewState(current(), dataset, options);
      selectLayoutEngine(next).rowCounts(next.viewport, next.chartWidth);
    },
    () => selectTension(nextViewState(current(), dataset, options)),
  ];
  for (const step of steps) {
    await pause();
    if (!stillWanted()) return;
    step();
  }
  await pause();
}
