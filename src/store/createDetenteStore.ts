/**
 * One store per mounted instance: created by the provider, never a module singleton, so two
 * timelines on one page keep their own viewport, selection and settings.
 */
import { interpolateZoom } from "../model/smoothZoom.ts";
import { timer, type Timer } from "d3-timer";
import { createStore, type StoreApi } from "zustand/vanilla";
import type { GoldsteinTable } from "../model/cameo.ts";
import type { Filters } from "../model/filters.ts";
import { NO_FILTERS } from "../model/filters.ts";
import type { Dataset } from "../model/schema.ts";
import type { TensionInput } from "../model/tension.ts";
import type { Viewport } from "../model/viewport.ts";
import { clampViewport, panViewport, zoomViewport } from "../model/viewport.ts";
import { selectBounds, selectOpeningView, selectPassingIds } from "./selectors.ts";
import type { DetenteState, Settings } from "./types.ts";
import { DEFAULT_CHART_WIDTH, DEFAULT_SETTINGS } from "./types.ts";

export type DetenteStore = StoreApi<DetenteState>;

export interface StoreInit {
  readonly dataset: Dataset;
  readonly goldstein: GoldsteinTable;
  readonly viewport?: Viewport;
  readonly settings?: Partial<Settings>;
  readonly selectedId?: string | null;
  readonly filters?: Filters;
  /** See DataSlice.tensionInputs. */
  readonly tensionInputs?: readonly TensionInput[] | undefined;
}

/** The longest a viewport animation runs, however far it goes. */
export const MAX_ANIMATION_MS = 600;

/** The state never contradicts itself: an event the filters hide cannot stay selected. */
function isHiddenByFilters(
  id: string | null,
  state: Pick<DetenteState, "dataset" | "goldstein" | "filters">,
): boolean {
  return id !== null && !selectPassingIds(state).has(id);
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return a.from === b.from && a.to === b.to;
}

export function createDetenteStore(init: StoreInit): DetenteStore {
  // The running viewport animation belongs to this store only.
  let animation: Timer | undefined;
  const stopAnimation = (): void => {
    animation?.stop();
    animation = undefined;
  };

  return createStore<DetenteState>()((set, get) => {
    const clamp = (view: Viewport): Viewport => clampViewport(view, selectBounds(get()));
    const commit = (view: Viewport): void => {
      const next = clamp(view);
      if (!sameViewport(next, get().viewport)) set({ viewport: next });
    };
    const bounds = selectBounds(init);
    const filters = init.filters ?? NO_FILTERS;
    // A link may name an event its own filters hide: start deselected, and say why.
    const requested = init.selectedId ?? null;
    const hidden =
      requested !== null &&
      !selectPassingIds({ dataset: init.dataset, goldstein: init.goldstein, filters }).has(
        requested,
      );
    return {
      dataset: init.dataset,
      goldstein: init.goldstein,
      tensionInputs: init.tensionInputs,
      viewport: clampViewport(init.viewport ?? selectOpeningView(init), bounds),
      selectedId: hidden ? null : requested,
      hoveredId: null,
      focusedId: null,
      linkedDay: null,
      deselectedByFilter: hidden ? requested : null,
      selectedFromMark: false,
      filters,
      settings: { ...DEFAULT_SETTINGS, ...init.settings },
      chartWidth: DEFAULT_CHART_WIDTH,
      layoutVersion: 0,

      loadDataset(dataset, options = {}) {
        stopAnimation();
        const { goldstein } = get();
        const nextBounds = selectBounds({ dataset, goldstein });
        const view = options.view ?? {};
        const nextFilters = view.filters ?? NO_FILTERS;
        const wanted = view.selectedId ?? null;
        const shown =
          wanted !== null &&
          selectPassingIds({ dataset, goldstein, filters: nextFilters }).has(wanted);
        set({
          dataset,
          tensionInputs: options.tensionInputs,
          viewport: clampViewport(
            view.viewport ?? selectOpeningView({ dataset, goldstein }),
            nextBounds,
          ),
          filters: nextFilters,
          selectedId: shown ? wanted : null,
          deselectedByFilter: wanted !== null && !shown ? wanted : null,
          hoveredId: null,
          focusedId: null,
          linkedDay: null,
          selectedFromMark: false,
        });
      },

      setViewport(view) {
        stopAnimation();
        commit(view);
      },
      animateViewport(view) {
        stopAnimation();
        const target = clamp(view);
        const start = get().viewport;
        if (get().settings.reducedMotion || sameViewport(start, target)) {
          commit(target);
          return;
        }
        // van Wijk–Nuij smooth zoom on [centre, 0, span]: zooms out, pans, zooms in as needed.
        const path = interpolateZoom(
          [(start.from + start.to) / 2, 0, start.to - start.from],
          [(target.from + target.to) / 2, 0, target.to - target.from],
        );
        const duration = Math.min(Math.max(path.duration * 0.6, 200), MAX_ANIMATION_MS);
        const ease = (t: number): number => (t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2);
        const step = (elapsed: number): void => {
          const t = Math.min(elapsed / duration, 1);
          const [center, , span] = path(ease(t));
          commit(t === 1 ? target : { from: center - span / 2, to: center + span / 2 });
          if (t === 1) stopAnimation();
        };
        animation = timer(step);
      },
      zoomBy(factor, anchorMs) {
        get().animateViewport(zoomViewport(get().viewport, factor, anchorMs));
      },
      panBy(fraction) {
        get().animateViewport(panViewport(get().viewport, fraction));
      },
      resetViewport() {
        get().animateViewport(selectOpeningView(get()));
      },
      showAll() {
        get().animateViewport(selectBounds(get()));
      },

      select(id, from) {
        set({
          selectedId: id,
          selectedFromMark: from === "mark",
          deselectedByFilter: null,
          ...(id === null ? {} : { focusedId: id }),
        });
      },
      hover(id) {
        if (get().hoveredId !== id) set({ hoveredId: id });
      },
      linkDay(day) {
        if (get().linkedDay !== day) set({ linkedDay: day });
      },
      focusEvent(id) {
        if (get().focusedId !== id) set({ focusedId: id });
      },

      setFilters(patch) {
        set({ filters: { ...get().filters, ...patch } });
        // The state never contradicts itself: a selected event the filters hide is deselected,
        // and the UI is told which, so it can say so.
        const state = get();
        if (isHiddenByFilters(state.selectedId, state)) {
          set({ selectedId: null, deselectedByFilter: state.selectedId });
        }
      },
      clearFilters() {
        set({ filters: { ...NO_FILTERS, query: get().filters.query } });
      },
      setSettings(patch) {
        set({ settings: { ...get().settings, ...patch } });
      },
      setChartWidth(width) {
        if (width > 0 && get().chartWidth !== width) set({ chartWidth: width });
      },
      layoutStacked() {
        set({ layoutVersion: get().layoutVersion + 1 });
      },
    };
  });
}
