/**
 * The colours a scene is drawn in. On screen they come from the instance's `--detente-*` custom
 * properties (charts/readPalette.ts); the fallback is the light theme, for tests and documents
 * drawn without a page.
 */
export interface ChartPalette {
  readonly text: string;
  readonly muted: string;
  readonly grid: string;
  readonly laneA: string;
  readonly laneB: string;
  readonly era: string;
  readonly eraText: string;
  readonly conflict: string;
  readonly cooperation: string;
  readonly neutral: string;
  readonly cluster: string;
  readonly clusterText: string;
  readonly selected: string;
  readonly focus: string;
  readonly today: string;
  readonly match: string;
  readonly bg: string;
}

export const FALLBACK_PALETTE: ChartPalette = {
  text: "#1a1f29",
  muted: "#4d5666",
  grid: "#d8dce3",
  laneA: "#f6f7f9",
  laneB: "#ffffff",
  era: "rgba(0, 114, 178, 0.06)",
  eraText: "#4d5666",
  conflict: "#b8460b",
  cooperation: "#0b6aa8",
  neutral: "#5c6470",
  cluster: "#3d4a5c",
  clusterText: "#ffffff",
  selected: "#1a1f29",
  focus: "#7a3fc4",
  today: "#7a3fc4",
  match: "#f0b400",
  bg: "#ffffff",
};
