/**
 * The current view as a standalone SVG document: title, timeline, tension line, legend, axis
 * labels and a source line, for slides, articles and print.
 *
 * It is a pure function of the store state, a width, a palette and a language, returning a
 * string: no DOM, no canvas, no fonts to measure, so it runs the same in the browser, jsdom and
 * Node. Marks and clusters come from the store's own layout engine at the on-screen chart
 * width, so the picture clusters exactly as the screen does. Text widths are estimated from
 * character classes (no canvas to measure with); the estimate errs wide so labels never
 * overrun the room they were given.
 */
import { dayIndex, spanEnd, spanStart, mustParseEdtf } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import { startSpanEndMs } from "../model/events.ts";
import type { Lang } from "../model/format.ts";
import { formatUtcDay } from "../model/format.ts";
import type { LayoutItem } from "../model/layout.ts";
import type { UncertainTensionSeries } from "../model/tension.ts";
import { TENSION_BANDS, summarize } from "../model/tension.ts";
import { computeTicks } from "../model/ticks.ts";
import type { Viewport } from "../model/viewport.ts";
import { selectVisibleEvents } from "../io/export-csv.ts";
import {
  selectBounds,
  selectEvents,
  selectFilteredEvents,
  selectLaneIndex,
  selectLayoutEngine,
  selectPassingIds,
  selectShownEvents,
} from "../store/selectors.ts";
import { computeTensionView } from "../store/tensionSelectors.ts";
import type { DetenteState } from "../store/types.ts";
import { translator, type Translate } from "../ui/i18n.ts";
import { eventDateLabel, toneOf, type Tone } from "../ui/eventText.ts";
import { dayToX, tensionY } from "./drawTension.ts";
import {
  AXIS_HEIGHT,
  ERA_ROW,
  LANE_HEIGHT,
  MARK_RADIUS,
  MIN_MARK_GAP,
  laneMarkY,
  laneTop,
  msToX,
} from "./geometry.ts";
import type { ChartPalette } from "./palette.ts";
import { tensionSummaryText } from "./tensionText.ts";

/** Space around the charts inside the document. */
export const SVG_MARGIN = 16;
const TENSION_HEIGHT = 150;
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
/** The tension chart's band tints (TensionChart.tsx), close to hostile; cool below 50, warm above. */
const BAND_ALPHA = [0.1, 0.06, 0.02, 0.03, 0.07, 0.12];
/** As drawTension: above this many ticks the line already says what they would. */
const MAX_TICKS = 1500;

export interface SvgExportOptions {
  /** Width of the whole document in CSS pixels; the charts get this less two margins. */
  readonly width: number;
  readonly palette: ChartPalette;
  readonly lang: Lang;
}

export interface SvgExport {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

export type SvgExportState = Pick<
  DetenteState,
  "dataset" | "goldstein" | "filters" | "settings" | "viewport" | "selectedId"
> &
  Partial<Pick<DetenteState, "tensionInputs">>;

// ---------------------------------------------------------------------------------------------
// XML text

/**
 * XML 1.0 forbids most control characters and U+FFFE/U+FFFF even when escaped, and a lone
 * surrogate cannot be encoded as UTF-8: one of them in a title would make the file unreadable.
 * Controls are dropped, lone surrogates become U+FFFD.
 */
function xmlSafe(value: string): string {
  let out = "";
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) continue;
    if (code === 0xfffe || code === 0xffff) continue;
    // Iterating by code point leaves a surrogate on its own only when it is unpaired.
    out += code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : char;
  }
  return out;
}

/** Escapes text and attribute values (both quote kinds, so either attribute quoting is safe). */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** One decimal is below a pixel's visible precision and keeps the file small. */
function n(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? "0" : String(rounded);
}

type Attrs = Readonly<Record<string, string | number | undefined>>;

/** Coordinates get one decimal; opacities (0.02 band tints) need three. */
function formatNumber(name: string, value: number): string {
  return name.endsWith("opacity") ? String(Math.round(value * 1000) / 1000) : n(value);
}

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => {
      const formatted = typeof value === "number" ? formatNumber(name, value) : escapeXml(value);
      return ` ${name}="${formatted}"`;
    })
    .join("");
}

function el(name: string, values: Attrs, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

function text(values: Attrs, content: string): string {
  return el("text", values, escapeXml(content));
}

// ---------------------------------------------------------------------------------------------
// Text measurement without a canvas

/**
 * Rough advance widths in em for a system sans-serif, by character class. Set a little above
 * typical metrics: a label that could overrun its room is cut, one that would fit is kept.
 */
function charEm(char: string): number {
  if (/[il.,:;'|!\s]/.test(char)) return 0.32;
  if (/[fjrt()[\]\-/]/.test(char)) return 0.44;
  if (/[mwMW@%—…]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.74;
  return 0.64;
}

export function estimateTextWidth(value: string, fontSize: number): number {
  let em = 0;
  for (const char of value) em += charEm(char);
  return em * fontSize;
}

/** The text, or its longest prefix with an ellipsis that fits `room`; undefined when too tight. */
function fitText(value: string, fontSize: number, room: number): string | undefined {
  if (room < 28) return undefined;
  if (estimateTextWidth(value, fontSize) <= room) return value;
  const chars = [...value];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (estimateTextWidth(`${chars.slice(0, mid).join("")}…`, fontSize) <= room) lo = mid;
    else hi = mid - 1;
  }
  return lo < 3 ? undefined : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/** Greedy word wrap to lines no wider than `width` (a single over-long word gets its own line). */
function wrapText(value: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && estimateTextWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** A wrapped paragraph as one <text> (so it reads as one piece) with a <tspan> per line. */
function paragraph(
  values: Attrs,
  lines: readonly string[],
  x: number,
  y: number,
  lineHeight: number,
): string {
  // The space at each break stays at the end of its line: the text content then reads as the
  // original sentence, while rendering ignores trailing spaces.
  const spans = lines.map((line, i) =>
    el("tspan", { x, y: y + i * lineHeight }, escapeXml(i < lines.length - 1 ? `${line} ` : line)),
  );
  return el("text", values, spans.join(""));
}

// ---------------------------------------------------------------------------------------------
// Marks

function toneColor(tone: Tone, palette: ChartPalette): string {
  return palette[tone];
}

/** The same shapes as markPath on the canvas: ▼ conflict, ● cooperation, ■ neutral. */
function shape(tone: Tone, x: number, y: number, r: number, paint: Attrs): string {
  if (tone === "conflict") {
    const points = [
      [x - r * 1.1, y - r * 0.8],
      [x + r * 1.1, y - r * 0.8],
      [x, y + r * 1.1],
    ]
      .map(([px, py]) => `${n(px ?? 0)},${n(py ?? 0)}`)
      .join(" ");
    return el("polygon", { points, ...paint });
  }
  if (tone === "cooperation") return el("circle", { cx: x, cy: y, r, ...paint });
  return el("rect", {
    x: x - r * 0.85,
    y: y - r * 0.85,
    width: r * 1.7,
    height: r * 1.7,
    ...paint,
  });
}

interface ChartContext {
  readonly view: Viewport;
  readonly width: number;
  readonly palette: ChartPalette;
  readonly lang: Lang;
  readonly selectedId: string | null;
}

function singleMark(
  c: ChartContext,
  item: LayoutItem,
  event: TimelineEvent,
  passes: boolean,
): string {
  const { view, width, palette } = c;
  const y = laneMarkY(item.lane);
  const tone = toneOf(event.score);
  const color = toneColor(tone, palette);
  const x = item.x;
  const parts: string[] = [
    el("title", {}, escapeXml(`${event.source.title} (${eventDateLabel(event, c.lang)})`)),
  ];
  if (event.isSpan) {
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(event.endMs, view.from, view.to, width);
    parts.push(
      el("rect", {
        x: x0,
        y: y - 3,
        width: Math.max(x1 - x0, 2),
        height: 6,
        fill: color,
        "fill-opacity": 0.35,
      }),
    );
  }
  if (event.start.precision !== "day") {
    // Known only to the month or year: a faint bracket spans what the date could be (never
    // before the events it follows).
    const x0 = msToX(event.startMs, view.from, view.to, width);
    const x1 = msToX(startSpanEndMs(event), view.from, view.to, width);
    parts.push(
      el("path", {
        d: `M${n(x0)} ${n(y + 6)}V${n(y + 10)}H${n(x1)}V${n(y + 6)}`,
        fill: "none",
        stroke: color,
        "stroke-opacity": 0.5,
      }),
    );
  }
  parts.push(
    event.context
      ? // Context events: hollow and dashed, as on screen.
        shape(tone, x, y, MARK_RADIUS, {
          fill: palette.bg,
          stroke: color,
          "stroke-width": 1.5,
          "stroke-dasharray": "2 2",
        })
      : shape(tone, x, y, MARK_RADIUS, { fill: color, stroke: palette.bg, "stroke-width": 1.5 }),
  );
  if (event.id === c.selectedId) {
    parts.push(
      el("circle", {
        cx: x,
        cy: y,
        r: MARK_RADIUS + 4,
        fill: "none",
        stroke: palette.selected,
        "stroke-width": 2.5,
      }),
    );
  }
  const label = fitText(event.source.title, 12, Math.min(item.room, width - x) - MARK_RADIUS - 10);
  if (label) {
    parts.push(
      text(
        {
          class: "detente-mark-label",
          x: x + MARK_RADIUS + 4,
          y: y + 4,
          fill: event.context ? palette.muted : palette.text,
        },
        label,
      ),
    );
  }
  return el(
    "g",
    {
      class: "detente-mark",
      "data-event-id": event.id,
      "data-tone": tone,
      "data-context": event.context ? "true" : undefined,
      // Drawn faintly, as on screen, when the filters leave it out in fade mode.
      opacity: passes ? undefined : 0.25,
    },
    parts.join(""),
  );
}

function clusterMark(c: ChartContext, item: LayoutItem): string {
  const y = laneMarkY(item.lane);
  const count = String(item.count);
  const half = Math.max((item.x1 - item.x0) / 2 + 8, estimateTextWidth(count, 12) / 2 + 7);
  return el(
    "g",
    { class: "detente-cluster", "data-count": count },
    el("rect", {
      x: item.x - half,
      y: y - 9,
      width: half * 2,
      height: 18,
      rx: 9,
      fill: c.palette.cluster,
    }) +
      text(
        {
          class: "detente-cluster-count",
          x: item.x,
          y: y + 4,
          "text-anchor": "middle",
          fill: c.palette.clusterText,
        },
        count,
      ),
  );
}

// ---------------------------------------------------------------------------------------------
// Tension line

/**
 * Points of a polyline through series indices [first, last], thinned to at most four per pixel
 * column (first, lowest, highest, last): a 26-year view is ~9,500 days on ~1,000 pixels, and the
 * thinned line is indistinguishable while the file stays small.
 */
function thinnedPoints(
  first: number,
  last: number,
  x: (i: number) => number,
  y: (i: number) => number,
): string[] {
  const points: string[] = [];
  let column = Number.NaN;
  let bucket: number[] = [];
  const flush = (): void => {
    if (bucket.length === 0) return;
    const byY = [...bucket].sort((a, b) => y(a) - y(b));
    const keep = new Set([bucket[0], byY[0], byY[byY.length - 1], bucket[bucket.length - 1]]);
    for (const i of bucket) if (keep.has(i)) points.push(`${n(x(i))},${n(y(i))}`);
    bucket = [];
  };
  for (let i = first; i <= last; i++) {
    const col = Math.floor(x(i));
    if (col !== column) {
      flush();
      column = col;
    }
    bucket.push(i);
  }
  flush();
  return points;
}

/** One value per pixel column: the extreme chosen by `pick`, for the uncertainty envelope. */
function envelope(
  first: number,
  last: number,
  x: (i: number) => number,
  values: Float64Array,
  pick: (a: number, b: number) => number,
  height: number,
): string[] {
  const points: string[] = [];
  let column = Number.NaN;
  let best = 0;
  let bestX = 0;
  for (let i = first; i <= last; i++) {
    const col = Math.floor(x(i));
    const v = values[i] ?? 50;
    if (col !== column) {
      if (!Number.isNaN(column)) points.push(`${n(bestX)},${n(tensionY(best, height))}`);
      column = col;
      best = v;
      bestX = x(i);
    } else best = pick(best, v);
  }
  if (!Number.isNaN(column)) points.push(`${n(bestX)},${n(tensionY(best, height))}`);
  return points;
}

function tensionChart(
  c: ChartContext,
  series: UncertainTensionSeries,
  events: readonly TimelineEvent[],
  showUncertainty: boolean,
): string {
  const { view, width, palette, lang } = c;
  const height = TENSION_HEIGHT;
  const parts: string[] = [];
  TENSION_BANDS.forEach((band, i) => {
    const y0 = tensionY(band.max, height);
    const y1 = tensionY(band.min, height);
    parts.push(
      el("rect", {
        class: "detente-band",
        "data-band": band.id,
        x: 0,
        y: y0,
        width,
        height: y1 - y0,
        fill: i < 3 ? palette.cooperation : palette.conflict,
        "fill-opacity": BAND_ALPHA[i] ?? 0.05,
      }),
    );
  });
  const bandLines = TENSION_BANDS.map(
    (band) => `M0 ${n(Math.round(tensionY(band.min, height)) + 0.5)}H${n(width)}`,
  ).join("");
  parts.push(el("path", { d: bandLines, stroke: palette.grid, fill: "none" }));
  // The neutral midpoint (no net conflict or cooperation), dashed as on screen.
  const mid = Math.round(tensionY(50, height)) + 0.5;
  parts.push(
    el("path", { d: `M0 ${n(mid)}H${n(width)}`, stroke: palette.muted, "stroke-dasharray": "2 3" }),
  );

  const first = Math.max(0, dayIndex(view.from) - series.fromDay - 1);
  const last = Math.min(series.length - 1, dayIndex(view.to) - series.fromDay + 1);
  if (series.length > 0 && last >= first) {
    const x = (i: number): number => dayToX(series.fromDay + i, view, width);
    const y = (i: number): number => tensionY(series.tension[i] ?? 50, height);
    if (showUncertainty) {
      const upper = envelope(first, last, x, series.upper, Math.max, height);
      const lower = envelope(first, last, x, series.lower, Math.min, height).reverse();
      parts.push(
        el("polygon", {
          class: "detente-uncertainty",
          points: [...upper, ...lower].join(" "),
          fill: palette.text,
          "fill-opacity": 0.22,
        }),
      );
    }
    // Runs of equal freshness: solid while events are recent, faded and dashed afterwards.
    const h = series.options.halfLife;
    const stale = (i: number): boolean => !((series.staleness[i] ?? Infinity) <= h);
    let i = first;
    while (i <= last) {
      const isStale = stale(i);
      let j = i + 1;
      while (j <= last && stale(j) === isStale) j++;
      // Each run reaches the next run's first day so the line has no gaps.
      const points = thinnedPoints(i, Math.min(j, last), x, y);
      parts.push(
        el("polyline", {
          class: "detente-tension-line",
          points: points.join(" "),
          fill: "none",
          stroke: palette.text,
          "stroke-width": isStale ? 1.25 : 2,
          "stroke-opacity": isStale ? 0.35 : 1,
          "stroke-dasharray": isStale ? "4 3" : undefined,
          "stroke-linejoin": "round",
        }),
      );
      i = j;
    }
    const visible = events.filter((e) => e.anchorMs >= view.from && e.anchorMs <= view.to);
    if (visible.length <= MAX_TICKS) {
      for (const event of visible) {
        const index = dayIndex(event.anchorMs) - series.fromDay;
        const t = series.tension[index];
        if (t === undefined) continue;
        const tone = toneOf(event.score);
        parts.push(
          shape(tone, dayToX(series.fromDay + index, view, width), tensionY(t, height), 4, {
            class: "detente-tension-tick",
            fill: toneColor(tone, palette),
            stroke: palette.bg,
          }),
        );
      }
    }
  }
  for (const band of TENSION_BANDS) {
    parts.push(
      text(
        {
          class: "detente-band-label",
          x: 6,
          y: tensionY((band.min + band.max) / 2, height) + 4,
          "font-size": 11,
          fill: palette.muted,
        },
        band.label[lang],
      ),
    );
  }
  return parts.join("");
}

// ---------------------------------------------------------------------------------------------
// Axis and legend

function axis(c: ChartContext, top: number): string {
  const { view, width, palette } = c;
  const labels = computeTicks(view, width, c.lang)
    .ticks.map((tick) => ({ x: msToX(tick.ms, view.from, view.to, width), label: tick.label }))
    .filter(({ x }) => x >= 0 && x <= width)
    .map(({ x, label }) =>
      text({ class: "detente-tick", x, y: top + 17, "text-anchor": "middle" }, label),
    );
  return el(
    "g",
    { class: "detente-axis", fill: palette.muted, "font-size": 12 },
    el("path", { d: `M0 ${n(top + 0.5)}H${n(width)}`, stroke: palette.grid }) + labels.join(""),
  );
}

interface LegendItem {
  readonly symbol: (x: number, y: number) => string;
  readonly symbolWidth: number;
  readonly label: string;
}

/** Lays the items out in rows, wrapping at `width`; returns the markup and the height used. */
function legendRows(
  heading: string,
  items: readonly LegendItem[],
  top: number,
  width: number,
  palette: ChartPalette,
): { markup: string; height: number } {
  const rowHeight = 20;
  const parts: string[] = [
    text({ x: 0, y: top + 14, "font-weight": 600, fill: palette.text }, heading),
  ];
  let x = estimateTextWidth(heading, 12) + 14;
  let y = top;
  for (const item of items) {
    const itemWidth = item.symbolWidth + 6 + estimateTextWidth(item.label, 12);
    if (x + itemWidth > width && x > 0) {
      x = 0;
      y += rowHeight;
    }
    parts.push(item.symbol(x, y + 10));
    parts.push(text({ x: x + item.symbolWidth + 6, y: y + 14, fill: palette.text }, item.label));
    x += itemWidth + 18;
  }
  return { markup: parts.join(""), height: y - top + rowHeight };
}

function legend(
  c: ChartContext,
  t: Translate,
  top: number,
  withContext: boolean,
): { markup: string; height: number } {
  const { palette, width, lang } = c;
  const tones: Tone[] = ["conflict", "cooperation", "neutral"];
  const marks = legendRows(
    t("export.legend"),
    [
      ...tones.map((tone) => ({
        symbol: (x: number, y: number) =>
          shape(tone, x + MARK_RADIUS + 1, y, MARK_RADIUS, {
            fill: toneColor(tone, palette),
            "data-tone": tone,
          }),
        symbolWidth: MARK_RADIUS * 2 + 2,
        label: t(`export.legend.${tone}`),
      })),
      {
        symbol: (x: number, y: number) =>
          el("rect", { x, y: y - 8, width: 22, height: 16, rx: 8, fill: palette.cluster }) +
          text({ x: x + 11, y: y + 4, "text-anchor": "middle", fill: palette.clusterText }, "3"),
        symbolWidth: 22,
        label: t("export.legend.cluster"),
      },
      // Only when the view shows one: the hollow dashed mark of a third country's event.
      ...(withContext
        ? [
            {
              symbol: (x: number, y: number) =>
                shape("neutral", x + MARK_RADIUS + 1, y, MARK_RADIUS, {
                  fill: palette.bg,
                  stroke: palette.muted,
                  "stroke-width": 1.5,
                  "stroke-dasharray": "2 2",
                }),
              symbolWidth: MARK_RADIUS * 2 + 2,
              label: t("export.legend.context"),
            },
          ]
        : []),
    ],
    top,
    width,
    palette,
  );
  const bands = legendRows(
    t("export.legend.bands"),
    TENSION_BANDS.map((band, i) => ({
      symbol: (x: number, y: number) =>
        el("rect", {
          x,
          y: y - 6,
          width: 12,
          height: 12,
          fill: i < 3 ? palette.cooperation : palette.conflict,
          // Faint on the chart; three times stronger here so a small swatch still shows its hue.
          "fill-opacity": Math.min((BAND_ALPHA[i] ?? 0.05) * 3, 1),
          stroke: palette.grid,
        }),
      symbolWidth: 12,
      label: `${band.label[lang]} ${band.min}–${band.max}`,
    })),
    top + marks.height + 4,
    width,
    palette,
  );
  return {
    markup: el("g", { class: "detente-legend", "font-size": 12 }, marks.markup + bands.markup),
    height: marks.height + 4 + bands.height,
  };
}

// ---------------------------------------------------------------------------------------------
// The document

function sourceLine(
  state: SvgExportState,
  visible: readonly TimelineEvent[],
  t: Translate,
): string {
  const { dataset } = state;
  // Credit what the picture shows: the sources its events cite, else the dataset's own list.
  const cited = new Set(visible.flatMap((e) => e.source.citations.map((c) => c.source)));
  const used = dataset.sources.filter((s) => cited.has(s.id));
  const sources = (used.length > 0 ? used : dataset.sources)
    .map((s) => `${s.publisher}, “${s.title}”`)
    .join("; ");
  return `${t("export.source", { sources })} · ${t("export.madeWith")}`;
}

export function buildExportSvg(state: SvgExportState, options: SvgExportOptions): SvgExport {
  const { palette, lang } = options;
  const t = translator(lang);
  const width = Math.max(Math.round(options.width), 200);
  const chartWidth = width - 2 * SVG_MARGIN;
  const { dataset, viewport: view } = state;
  const c: ChartContext = { view, width: chartWidth, palette, lang, selectedId: state.selectedId };
  const lanes = selectLaneIndex(state).lanes;
  const events = selectFilteredEvents(state);
  // Layout items index the events the lane index was built from: the filtered ones, or all of
  // them when the view fades filtered-out events instead of hiding them (drawn faint, as on screen).
  const shown = selectShownEvents(state);
  const passing = state.settings.filterMode === "fade" ? selectPassingIds(state) : undefined;
  const visible = selectVisibleEvents(state);
  // As selectTension, from the parts of the state it reads.
  const tension = computeTensionView(
    state.settings.tensionScope === "filtered" ? events : selectEvents(state),
    state.settings.halfLife,
    selectBounds(state),
    state.tensionInputs,
  );
  const from = formatUtcDay(view.from, lang);
  const to = formatUtcDay(view.to - 1, lang);

  // Header: the dataset's title (wrapped), then the window and the parties.
  let y = SVG_MARGIN;
  const titleLines = wrapText(dataset.title, 20, chartWidth);
  const header: string[] = [
    paragraph(
      { class: "detente-export-title", "font-size": 20, "font-weight": 700, fill: palette.text },
      titleLines,
      SVG_MARGIN,
      y + 20,
      26,
    ),
  ];
  y += 20 + (titleLines.length - 1) * 26 + 8;
  const parties = dataset.parties.map((p) => `${p.name} (${p.code})`).join(" – ");
  header.push(
    text(
      { x: SVG_MARGIN, y: y + 14, "font-size": 13, fill: palette.muted },
      `${from} – ${to} · ${parties}`,
    ),
  );
  y += 28;

  // Timeline: lanes, eras, grid, marks and labels, clipped to the plot like the canvas.
  const timelineTop = y;
  const plotHeight = ERA_ROW + Math.max(lanes.length, 1) * LANE_HEIGHT;
  const ticks = computeTicks(view, chartWidth, lang).ticks;
  const timeline: string[] = [];
  lanes.forEach((_, lane) => {
    timeline.push(
      el("rect", {
        x: 0,
        y: laneTop(lane),
        width: chartWidth,
        height: LANE_HEIGHT,
        fill: lane % 2 === 0 ? palette.laneA : palette.laneB,
      }),
    );
  });
  for (const era of dataset.eras ?? []) {
    const x0 = Math.max(
      msToX(spanStart(mustParseEdtf(era.start)), view.from, view.to, chartWidth),
      0,
    );
    const x1 = Math.min(
      msToX(spanEnd(mustParseEdtf(era.end)), view.from, view.to, chartWidth),
      chartWidth,
    );
    if (x1 <= 0 || x0 >= chartWidth) continue;
    const label = fitText(era.label, 12, x1 - x0 - 8);
    timeline.push(
      el(
        "g",
        { class: "detente-era" },
        el("rect", { x: x0, y: 0, width: x1 - x0, height: plotHeight, fill: palette.era }) +
          el("path", { d: `M${n(x0 + 0.5)} 0V${n(plotHeight)}`, stroke: palette.grid }) +
          (label ? text({ x: x0 + 4, y: ERA_ROW - 6, fill: palette.eraText }, label) : ""),
      ),
    );
  }
  const grid = ticks
    .map((tick) => Math.round(msToX(tick.ms, view.from, view.to, chartWidth)) + 0.5)
    .map((x) => `M${n(x)} ${ERA_ROW}V${n(plotHeight)}`)
    .join("");
  if (grid !== "") timeline.push(el("path", { d: grid, stroke: palette.grid, fill: "none" }));
  lanes.forEach((lane, i) => {
    const label = lane.id === "other" ? t("lanes.other") : lane.label;
    timeline.push(
      text(
        {
          class: "detente-lane-label",
          x: 6,
          y: laneTop(i) + 12,
          "font-size": 11,
          "letter-spacing": "0.03em",
          fill: palette.muted,
        },
        label.toLocaleUpperCase(lang),
      ),
    );
  });
  // The layout pads the view by a gap so marks at the edges slide in; the picture keeps only
  // marks whose anchor is inside the window, the ones a reader can point at.
  const layout = selectLayoutEngine(state).layout(view, chartWidth, MIN_MARK_GAP);
  for (const item of layout.items) {
    if (item.x < 0 || item.x > chartWidth) continue;
    if (item.count === 1) {
      const event = shown[item.first];
      if (event) timeline.push(singleMark(c, item, event, passing?.has(event.id) ?? true));
    } else timeline.push(clusterMark(c, item));
  }
  const timelineMarkup = el(
    "g",
    { class: "detente-export-timeline", transform: `translate(${SVG_MARGIN} ${timelineTop})` },
    el(
      "clipPath",
      { id: "detente-clip-timeline" },
      el("rect", { x: 0, y: 0, width: chartWidth, height: plotHeight }),
    ) +
      el("g", { "clip-path": "url(#detente-clip-timeline)" }, timeline.join("")) +
      el("rect", {
        x: 0,
        y: 0,
        width: chartWidth,
        height: plotHeight,
        fill: "none",
        stroke: palette.grid,
      }) +
      axis(c, plotHeight),
  );
  y = timelineTop + plotHeight + AXIS_HEIGHT + 14;

  // Tension chart on the same window.
  const tensionHeadingY = y + 12;
  const tensionHeading = text(
    { x: SVG_MARGIN, y: tensionHeadingY, "font-size": 13, fill: palette.text },
    `${t("tension.title")} (${t("tension.scale")})`,
  );
  const tensionTop = tensionHeadingY + 8;
  const tensionMarkup = el(
    "g",
    { class: "detente-export-tension", transform: `translate(${SVG_MARGIN} ${tensionTop})` },
    el(
      "clipPath",
      { id: "detente-clip-tension" },
      el("rect", { x: 0, y: 0, width: chartWidth, height: TENSION_HEIGHT }),
    ) +
      el(
        "g",
        { "clip-path": "url(#detente-clip-tension)", "font-size": 11 },
        tensionChart(c, tension.series, tension.events, state.settings.showUncertainty),
      ) +
      el("rect", {
        x: 0,
        y: 0,
        width: chartWidth,
        height: TENSION_HEIGHT,
        fill: "none",
        stroke: palette.grid,
      }) +
      axis(c, TENSION_HEIGHT),
  );
  y = tensionTop + TENSION_HEIGHT + AXIS_HEIGHT + 10;

  const legendPart = legend(
    c,
    t,
    0,
    visible.some((event) => event.context),
  );
  const legendMarkup = el("g", { transform: `translate(${SVG_MARGIN} ${y})` }, legendPart.markup);
  y += legendPart.height + 10;

  const sourceLines = wrapText(sourceLine(state, visible, t), 11, chartWidth);
  const sourceMarkup = paragraph(
    { class: "detente-export-source", "font-size": 11, fill: palette.muted },
    sourceLines,
    SVG_MARGIN,
    y + 11,
    15,
  );
  y += 11 + (sourceLines.length - 1) * 15;
  const height = Math.ceil(y + SVG_MARGIN);

  const title = t("export.svgTitle", { title: dataset.title, from, to });
  const laneGrouping = state.settings.lanes;
  const desc = t("export.svgDesc", {
    count: visible.length,
    from,
    to,
    lanes: t(`export.lanesBy.${laneGrouping}`),
    summary: tensionSummaryText(summarize(tension.series, tension.lastDataDay), lang, t),
  });

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": "detente-export-title detente-export-desc",
      "xml:lang": lang,
      "font-family": FONT_FAMILY,
      "font-size": 12,
    })}>` +
    el("title", { id: "detente-export-title" }, escapeXml(title)) +
    el("desc", { id: "detente-export-desc" }, escapeXml(desc)) +
    el("rect", { width, height, fill: palette.bg }) +
    header.join("") +
    timelineMarkup +
    tensionHeading +
    tensionMarkup +
    legendMarkup +
    sourceMarkup +
    `</svg>\n`;
  return { svg, width, height };
}
