/**
 * Canvas cannot read CSS custom properties, so the chart reads the instance's `--detente-*`
 * values once per theme change. Hosts restyle the chart by setting those properties.
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

const FALLBACK: ChartPalette = {
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

const NAMES: Record<keyof ChartPalette, string> = {
  text: "--detente-text",
  muted: "--detente-muted",
  grid: "--detente-grid",
  laneA: "--detente-lane-a",
  laneB: "--detente-lane-b",
  era: "--detente-era",
  eraText: "--detente-era-text",
  conflict: "--detente-conflict",
  cooperation: "--detente-cooperation",
  neutral: "--detente-neutral",
  cluster: "--detente-cluster",
  clusterText: "--detente-cluster-text",
  selected: "--detente-selected",
  focus: "--detente-focus",
  today: "--detente-today",
  match: "--detente-match",
  bg: "--detente-bg",
};

export function readPalette(element: Element): ChartPalette {
  const style = getComputedStyle(element);
  const entries = Object.entries(NAMES).map(([key, name]) => {
    const value = style.getPropertyValue(name).trim();
    return [key, value === "" ? FALLBACK[key as keyof ChartPalette] : value];
  });
  return Object.fromEntries(entries) as unknown as ChartPalette;
}
