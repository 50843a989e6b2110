/**
 * The files the export editor saves, built from the store's state as the editor opened it.
 * Loaded with the editor: a separate chunk, so the exporters weigh nothing on the page's first
 * load.
 */
import { readPalette } from "../charts/readPalette.ts";
import { svgToPng } from "../export/png.ts";
import { buildExportSvg, SVG_MARGIN, type PublishOptions, type SvgExport } from "../export/svg.ts";
import { exportCsv } from "../export/csv.ts";
import { exportJson } from "../export/json.ts";
import { exportArrowFile } from "../export/arrow.ts";
import { exportTimelineJsFile } from "../export/timelinejs.ts";
import type { DetenteState } from "../store/types.ts";

export type Format = "svg" | "png" | "csv" | "json" | "arrow" | "timelinejs";

/** File name endings: a TimelineJS file is JSON, named so it is told from Détente JSON. */
export const EXTENSIONS: Record<Format, string> = {
  svg: "svg",
  png: "png",
  csv: "csv",
  json: "json",
  arrow: "arrow",
  timelinejs: "timelinejs.json",
};

/** How a picture is made: the editor's texts and size, and the PNG's pixels per CSS pixel. */
export interface PictureOptions {
  readonly publish?: PublishOptions | undefined;
  /** Width of the picture; the timeline's on-screen width when not given. */
  readonly width?: number | undefined;
  readonly scale?: number | undefined;
}

/** The picture: by default at the timeline's on-screen width, so marks sit as they do on screen. */
export function pictureFor(
  state: DetenteState,
  root: Element | null,
  options: PictureOptions = {},
): SvgExport {
  return buildExportSvg(state, {
    width: options.width ?? state.chartWidth + 2 * SVG_MARGIN,
    // The instance's own colours: a dark theme exports a dark picture, as it looks.
    palette: readPalette(root ?? document.documentElement),
    lang: state.settings.lang,
    now: Date.now(),
    publish: options.publish,
  });
}

export async function exportBlob(
  format: Format,
  state: DetenteState,
  root: Element | null,
  options: PictureOptions = {},
): Promise<Blob> {
  switch (format) {
    case "svg":
      return new Blob([pictureFor(state, root, options).svg], {
        type: "image/svg+xml;charset=utf-8",
      });
    case "png": {
      const { svg, width, height } = pictureFor(state, root, options);
      return svgToPng(svg, width, height, options.scale);
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
    case "arrow":
      return new Blob(
        [await exportArrowFile(state, { lang: state.settings.lang, now: Date.now() })],
        { type: "application/vnd.apache.arrow.file" },
      );
    case "timelinejs":
      return new Blob(
        [exportTimelineJsFile(state, { lang: state.settings.lang, now: Date.now() })],
        { type: "application/json" },
      );
  }
}
