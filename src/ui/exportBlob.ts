/**
 * The files the Export menu saves, built from the store's state at the moment of the click.
 * Loaded by ExportMenu on the first export: a separate chunk, so the exporters weigh nothing on
 * the page's first load.
 */
import { readPalette } from "../charts/readPalette.ts";
import { svgToPng } from "../export/png.ts";
import { buildExportSvg, SVG_MARGIN } from "../export/svg.ts";
import { exportCsv } from "../export/csv.ts";
import { exportJson } from "../export/json.ts";
import { exportTimelineJsFile } from "../export/timelinejs.ts";
import type { DetenteState } from "../store/types.ts";

export type Format = "svg" | "png" | "csv" | "json" | "timelinejs";

/** File name endings: a TimelineJS file is JSON, named so it is told from Détente JSON. */
export const EXTENSIONS: Record<Format, string> = {
  svg: "svg",
  png: "png",
  csv: "csv",
  json: "json",
  timelinejs: "timelinejs.json",
};

/** The picture at the timeline's on-screen width, so marks cluster as they do on screen. */
function svgFor(state: DetenteState, root: Element | null) {
  return buildExportSvg(state, {
    width: state.chartWidth + 2 * SVG_MARGIN,
    // The instance's own colours: a dark theme exports a dark picture, as it looks.
    palette: readPalette(root ?? document.documentElement),
    lang: state.settings.lang,
    now: Date.now(),
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
      return new Blob(
        ["\uFEFF", exportCsv(state, { lang: state.settings.lang, now: Date.now() })],
        { type: "text/csv;charset=utf-8" },
      );
    case "json":
      return new Blob([exportJson(state, { lang: state.settings.lang, now: Date.now() })], {
        type: "application/json",
      });
    case "timelinejs":
      return new Blob(
        [exportTimelineJsFile(state, { lang: state.settings.lang, now: Date.now() })],
        { type: "application/json" },
      );
  }
}
