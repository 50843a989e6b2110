import type { GoldsteinTable } from "../model/cameo.ts";
import type { Filters } from "../model/filters.ts";
import type { Lang } from "../i18n/format.ts";
import type { LaneGrouping } from "../model/lanes.ts";
import type { Dataset } from "../model/schema.ts";
import type { TensionInput } from "../model/tension.ts";
import type { Viewport } from "../model/viewport.ts";

export type Theme = "auto" | "light" | "dark";

export interface Settings {
  readonly lanes: LaneGrouping;
  readonly lang: Lang;
  readonly theme: Theme;
  /** Tension model half-life in days. */
  readonly halfLife: number;
  readonly showUncertainty: boolean;
  /** Whether the tension line is computed from all events or only those passing the filters. */
  readonly tensionScope: "all" | "filtered";
  /** What happens to events the filters leave out: hidden, or drawn faintly. */
  readonly filterMode: "hide" | "fade";
  /** Charts, or their text alternatives (the event list and the tension table). */
  readonly view: "charts" | "table";
  /** Story mode: Previous/Next walk the events in time, opening each. */
  readonly story: boolean;
  /** Show lanes that hold no event under the current filters (hidden by default). */
  readonly showEmptyLanes: boolean;
  /** Set from `prefers-reduced-motion` by the UI: viewport changes then jump instead of glide. */
  readonly reducedMotion: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  lanes: "topic",
  lang: "en",
  theme: "auto",
  halfLife: 45,
  showUncertainty: true,
  tensionScope: "all",
  filterMode: "hide",
  view: "charts",
  story: false,
  showEmptyLanes: false,
  reducedMotion: false,
};

/** What `loadDataset` may bring besides the dataset. */
export interface LoadDatasetOptions {
  readonly tensionInputs?: readonly TensionInput[] | undefined;
  /** A view to open on (a shared link's); by default the whole dataset, unfiltered. */
  readonly view?: {
    readonly viewport?: Viewport;
    readonly filters?: Filters;
    readonly selectedId?: string;
  };
}

export interface DataSlice {
  readonly dataset: Dataset;
  readonly goldstein: GoldsteinTable;
  /**
   * The tension line's input when it is not the events themselves: a GDELT import's daily
   * impulses (src/io/gdelt/tension.ts), which cover every row, not just the events shown.
   */
  readonly tensionInputs?: readonly TensionInput[] | undefined;
  /**
   * Replaces the data (an import, or back to the bundled dataset): the viewport goes to the new
   * bounds and filters and selection are cleared, since ids and dates of the old data mean
   * nothing in the new; settings (language, theme, half-life…) are the reader's and stay.
   */
  loadDataset(dataset: Dataset, options?: LoadDatasetOptions): void;
}

export interface ViewportSlice {
  readonly viewport: Viewport;
  /** Sets the window at once (clamped to the dataset's bounds); cancels any animation. */
  setViewport(view: Viewport): void;
  /** Glides to a window (instant when reduced motion is on). */
  animateViewport(view: Viewport): void;
  zoomBy(factor: number, anchorMs?: number): void;
  panBy(fraction: number): void;
  /** Back to the opening window (the dataset's declared `view`, else its dense window). */
  resetViewport(): void;
  /** The whole period: the dataset's bounds. */
  showAll(): void;
}

export interface SelectionSlice {
  readonly selectedId: string | null;
  readonly hoveredId: string | null;
  /** The event that holds the marks' single tab stop (roving focus). */
  readonly focusedId: string | null;
  /** Set when a filter change hid the selected event, so the UI can say why details closed. */
  readonly deselectedByFilter: string | null;
  /** True when the selection came from activating a mark: details then take the focus. */
  readonly selectedFromMark: boolean;
  /**
   * The day the tension chart's crosshair is on (hover or keyboard), as a UTC day index: the
   * timeline and the list highlight the events driving it.
   */
  readonly linkedDay: number | null;
  select(id: string | null, from?: "mark"): void;
  hover(id: string | null): void;
  linkDay(day: number | null): void;
  focusEvent(id: string | null): void;
}

export interface FilterSlice {
  readonly filters: Filters;
  setFilters(patch: Partial<Filters>): void;
  clearFilters(): void;
}

export interface SettingsSlice {
  readonly settings: Settings;
  setSettings(patch: Partial<Settings>): void;
}

/** The timeline's plot width in CSS pixels, as laid out on screen. */
export interface ChartSlice {
  /**
   * The layout clusters and stacks marks at this width; an export draws at the same width so its
   * marks group as the screen's do. The timeline writes it when it is measured.
   */
  readonly chartWidth: number;
  setChartWidth(width: number): void;
  /**
   * Counts the zoom levels stacked after the view they serve was drawn (a large dataset's view is
   * drawn from a coarser level until its own is stacked, StackEngine.levelFor): what draws the
   * marks reads it, so they are drawn again from the view's own level.
   */
  readonly layoutVersion: number;
  layoutStacked(): void;
}

/** The plot width before the chart is measured (and in environments without layout). */
export const DEFAULT_CHART_WIDTH = 800;

export type DetenteState = DataSlice &
  ViewportSlice &
  SelectionSlice &
  FilterSlice &
  SettingsSlice &
  ChartSlice;
