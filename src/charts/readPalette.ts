/**
 * Canvas cannot read CSS custom properties, so the chart reads the instance's `--detente-*`
 * values once per theme change. Hosts restyle the chart by setting those properties.
 */
import { FALLBACK_PALETTE, type ChartPalette } from "../scene/palette.ts";

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
    return [key, value === "" ? FALLBACK_PALETTE[key as keyof ChartPalette] : value];
  });
  return Object.fromEntries(entries) as unknown as ChartPalette;
}
