/**
 * The files the Export menu saves, built from the store's state at the moment of the click.
 * Loaded by ExportMenu on the first export: a separate chunk, so the exporters weigh nothing on
 * the page's first load.
 */
import { buildExportSvg, SVG_MARGIN } from "../charts/exportSvg.ts";
import { svgToPng } from "../charts/exportPng.ts";
import { readPalette } from "../charts/palette.ts";
import { exportCsv } from "../io/export-csv.ts";
import { exportJson } from "../io/export-json.ts";
import type { DetenteState } from "../store/types.ts";

export type Format = "svg" | "png" | "csv" | "json";

/** The timeline's width before it is measured (useElementWidth's own guess). */
const FALLBACK_CHART_WIDTH = 800;

/** The picture at the timeline's on-screen width, so marks cluster as they do on screen. */
function svgFor(state: DetenteState, root: Element | null) {
  // The timeline lays its marks out over its plot's inner width (clientWidth, without borders).
  const chart = root?.querySelector(".detente-timeline .detente-plot");
  const chartWidth = chart && chart.clientWidth > 0 ? chart.clientWidth : FALLBACK_CHART_WIDTH;
  return buildExportSvg(state, {
    width: chartWidth + 2 * SVG_MARGIN,
    // The instance's own colours: a dark theme exports a dark picture, as it looks.
    palette: readPalette(root ?? document.documentElement),
    lang: state.settings.lang,
  });
}

export async function exportBlob(format: Format, state: DetenteState, root: Element | null) {
  switch (format) {
    case "svg":
      return new Blob([svgFor(state, root).svg], { type: "image/svg+xml;charset=utf-8" });
    case "png": {
      const { svg, width, height } = svgFor(state, root);
      return svgToPng(svg, width, height);
    }
    case "csv":
      // A byte-order mark: without it Excel reads UTF-8 as a legacy code page and mangles accents.
      return new Blob(["\uFEFF", exportCsv(state)], { type: "text/csv;charset=utf-8" });
    case "json":
      return new Blob([exportJson(state, { lang: state.settings.lang, now: Date.now() })], {
        type: "application/json",
      });
  }
}
