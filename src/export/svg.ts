/**
 * The current view as a standalone SVG document: title, timeline, tension line, legend, axis
 * labels and a source line, for slides, articles and print.
 *
 * This file is the document's layout only. The timeline and the tension chart are the very
 * scenes the screen paints (scene/timelineScene.ts, scene/tensionScene.ts), written through the
 * SVG sink; marks and clusters come from the store's own layout engine at the on-screen chart
 * width, so the picture clusters exactly as the screen does. It is a pure function of the store
 * state, a width, a palette and a language, returning a string: no DOM, no canvas, no fonts, so it
 * runs the same in the browser, jsdom and Node. Text widths are estimated (model/textWidth.ts);
 * the estimate errs wide so labels never overrun the room they were given.
 */
import "../i18n/exportWords.ts";
import { localizeDataset } from "../model/localize.ts";
import { mustParseEdtf, spanEnd, spanStart } from "../model/date.ts";
import type { TimelineEvent } from "../model/events.ts";
import type { Lang } from "../i18n/format.ts";
import { formatUtcDay } from "../i18n/format.ts";
import { TENSION_BANDS, summarize } from "../model/tension.ts";
import { computeTicks } from "../model/ticks.ts";
import type { Tone } from "../model/tone.ts";
import {
  selectBounds,
  selectEvents,
  selectFilteredEvents,
  selectLaneIndex,
  selectLayoutEngine,
  selectMatchTest,
  selectPassingIds,
  selectShownEvents,
  selectVisibleEvents,
} from "../store/selectors.ts";
import { computeTensionView } from "../store/tensionSelectors.ts";
import type { DetenteState } from "../store/types.ts";
import { translator, type Translate } from "../i18n/translate.ts";
import { eventDateLabel } from "../i18n/eventText.ts";
import { tensionSummaryText } from "../i18n/tensionText.ts";
import { drawAxis } from "../scene/axisScene.ts";
import { FONT_FAMILY } from "../scene/font.ts";
import {
  AXIS_HEIGHT,
  MARK_RADIUS,
  laneGeometry,
  plotHeight as plotHeightOf,
} from "../scene/geometry.ts";
import type { ChartPalette } from "../scene/palette.ts";
import { BAND_ALPHA, paintsFor } from "../scene/paints.ts";
import { SvgSink } from "../scene/sinks/svgSink.ts";
import { attrs, el, escapeXml, textEl } from "../scene/sinks/svgMarkup.ts";
import { SCREEN_TENSION, drawTension, type TensionOptions } from "../scene/tensionScene.ts";
import { estimateTextWidth } from "../model/textWidth.ts";
import { documentLayout } from "../scene/documentLayout.ts";
import { compactSourceLine, fullSourceLine, rankSources } from "../i18n/exportText.ts";
import { publishingTranslator } from "../i18n/publishing.ts";
import {
  SCREEN_TIMELINE,
  drawTimeline,
  type EraSpan,
  type TimelineOptions,
} from "../scene/timelineScene.ts";

export { escapeXml };

/** Space around the charts inside the document. */
export const SVG_MARGIN = 16;
const TENSION_HEIGHT = 150;
const SOURCE_SIZE = 11;
/** Room a fixed-size picture gives the tension chart at most; the rest is air above the footer. */
const MAX_EXTRA_TENSION = 200;

export interface SvgExportOptions {
  /** Width of the whole document in CSS pixels; the charts get this less two margins. */
  readonly width: number;
  readonly palette: ChartPalette;
  readonly lang: Lang;
  /** The instant of the "today" line (UTC ms); tests pass a fixed one, or none to leave it out. */
  readonly now?: number | undefined;
  /**
   * A picture for publishing, as the export editor makes it: the reader's own title, subtitle,
   * notes and credit, every event with its whole label, and a fixed size if asked. Without it the
   * picture is the screen's view as it stands (groups, the dataset's title).
   */
  readonly publish?: PublishOptions | undefined;
}

export interface PublishOptions {
  readonly title: string;
  readonly subtitle: string;
  readonly notes: string;
  readonly credit: string;
  /** One line of publishers, or every source with its title. */
  readonly sources: "compact" | "full";
  /**
   * The picture's height in CSS pixels, or undefined for what its content needs. The content is
   * laid out wider and scaled down when it needs more room, and the tension chart takes any room
   * left, so the file is exactly the size asked for.
   */
  readonly height?: number | undefined;
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

const measure = estimateTextWidth;

// ---------------------------------------------------------------------------------------------
// Text blocks

/** Greedy word wrap to lines no wider than `width` (a single over-long word gets its own line). */
function wrapText(value: string, fontSize: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of value.split(/\s+/).filter((w) => w !== "")) {
    const candidate = line === "" ? word : `${line} ${word}`;
    if (line !== "" && measure(candidate, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== "") lines.push(line);
  return lines;
}

/** A wrapped paragraph as one <text> (so it reads as one piece) with a <tspan> per line. */
function paragraph(
  values: Readonly<Record<string, string | number | undefined>>,
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
// Legend

interface LegendItem {
  readonly symbol: (sink: SvgSink, x: number, y: number) => void;
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
  const sink = new SvgSink("detente-clip-legend");
  sink.text(0, top + 14, heading, { fill: palette.text, size: 12, weight: 600 });
  let x = measure(heading, 12) + 14;
  let y = top;
  for (const item of items) {
    const itemWidth = item.symbolWidth + 6 + measure(item.label, 12);
    if (x + itemWidth > width && x > 0) {
      x = 0;
      y += rowHeight;
    }
    item.symbol(sink, x, y + 10);
    sink.text(x + item.symbolWidth + 6, y + 14, item.label, { fill: palette.text, size: 12 });
    x += itemWidth + 18;
  }
  return { markup: sink.toString(), height: y - top + rowHeight };
}

function legend(
  palette: ChartPalette,
  width: number,
  lang: Lang,
  t: Translate,
  withContext: boolean,
  withGroups = true,
): { markup: string; height: number } {
  const paints = paintsFor(palette);
  const tones: Tone[] = ["conflict", "cooperation", "neutral"];
  const marks = legendRows(
    t("export.legend"),
    [
      ...tones.map((tone) => ({
        symbol: (sink: SvgSink, x: number, y: number) => {
          sink.beginGroup({ data: { tone } });
          sink.symbol(tone, x + MARK_RADIUS + 1, y, MARK_RADIUS, { fill: palette[tone] });
          sink.endGroup();
        },
        symbolWidth: MARK_RADIUS * 2 + 2,
        label: t(`export.legend.${tone}`),
      })),
      // Hollow dashed marks, only when the view holds a third country's event.
      ...(withContext
        ? [
            {
              symbol: (sink: SvgSink, x: number, y: number) =>
                sink.symbol(
                  "neutral",
                  x + MARK_RADIUS + 1,
                  y,
                  MARK_RADIUS,
                  paints.contextMark.neutral,
                ),
              symbolWidth: MARK_RADIUS * 2 + 2,
              label: t("export.legend.context"),
            },
          ]
        : []),
      // A group's badge, only where the picture draws groups (documents draw every event).
      ...(withGroups
        ? [
            {
              symbol: (sink: SvgSink, x: number, y: number) => {
                sink.rect(x, y - 8, 22, 16, paints.cluster, 8);
                sink.text(x + 11, y + 4, "3", {
                  fill: palette.clusterText,
                  size: 12,
                  anchor: "middle",
                });
              },
              symbolWidth: 22,
              label: t("export.legend.cluster"),
            },
          ]
        : []),
    ],
    0,
    width,
    palette,
  );
  const bands = legendRows(
    t("export.legend.bands"),
    TENSION_BANDS.map((band, i) => ({
      symbol: (sink: SvgSink, x: number, y: number) =>
        sink.rect(x, y - 6, 12, 12, {
          fill: i < 3 ? palette.cooperation : palette.conflict,
          // Faint on the chart; three times stronger here so a small swatch still shows its hue.
          fillOpacity: Math.min((BAND_ALPHA[i] ?? 0.05) * 3, 1),
          stroke: palette.grid,
        }),
      symbolWidth: 12,
      label: `${band.label[lang]} ${band.min}–${band.max}`,
    })),
    marks.height + 4,
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

function citedCounts(visible: readonly TimelineEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of visible) {
    for (const citation of event.source.citations) {
      counts.set(citation.source, (counts.get(citation.source) ?? 0) + 1);
    }
  }
  return counts;
}

function sourceLine(
  state: SvgExportState,
  visible: readonly TimelineEvent[],
  t: Translate,
): string {
  const dataset = localizeDataset(state.dataset, state.settings.lang);
  // Credit what the picture shows: the sources its events cite, else the dataset's own list.
  const cited = new Set(visible.flatMap((e) => e.source.citations.map((c) => c.source)));
  const used = dataset.sources.filter((s) => cited.has(s.id));
  const sources = (used.length > 0 ? used : dataset.sources)
    .map((s) => `${s.publisher}, “${s.title}”`)
    .join("; ");
  return `${t("export.source", { sources })} · ${t("export.madeWith")}`;
}

/** The publishing picture's source line: one line of publishers, or every source in full. */
function publishSourceLine(
  state: SvgExportState,
  visible: readonly TimelineEvent[],
  lang: Lang,
  mode: PublishOptions["sources"],
  width: number,
): string {
  const t = publishingTranslator(lang);
  const ranked = rankSources(state.dataset.sources, citedCounts(visible));
  return mode === "full"
    ? fullSourceLine(ranked, t)
    : compactSourceLine(ranked, t, (line) => measure(line, SOURCE_SIZE) <= width);
}

/** What the document shows that the screen does not, and what it leaves out (the pointer). */
function documentTimeline(lang: Lang, t: Translate): TimelineOptions {
  return {
    ...SCREEN_TIMELINE,
    hover: false,
    linked: false,
    laneName: (lane) =>
      (lane.id === "other" ? t("lanes.other") : lane.label).toLocaleUpperCase(lang),
    markTitle: (event) => `${event.source.title} (${eventDateLabel(event, lang)})`,
    anchoredOnly: true,
  };
}

function documentTension(lang: Lang): TensionOptions {
  return {
    ...SCREEN_TENSION,
    hover: false,
    bandLabel: (i) => TENSION_BANDS[i]?.label[lang] ?? "",
  };
}

/** A chart block: the scene clipped to its plot, a frame around it and the axis below. */
function chartBlock(
  role: string,
  top: number,
  width: number,
  height: number,
  palette: ChartPalette,
  draw: (sink: SvgSink) => void,
  axis: (sink: SvgSink) => void,
): string {
  const sink = new SvgSink(`${role}-clip`);
  sink.beginGroup({ clip: { x: 0, y: 0, width, height } });
  draw(sink);
  sink.endGroup();
  sink.rect(0, 0, width, height, paintsFor(palette).frame);
  axis(sink);
  return el("g", { class: role, transform: `translate(${SVG_MARGIN} ${top})` }, sink.toString());
}

interface Composed {
  readonly body: string;
  readonly height: number;
  readonly title: string;
  readonly desc: string;
}

export function buildExportSvg(state: SvgExportState, options: SvgExportOptions): SvgExport {
  const width = Math.max(Math.round(options.width), 200);
  const target = options.publish?.height;
  let composed = compose(state, options, width, TENSION_HEIGHT, 0);
  let viewWidth = width;
  if (target !== undefined && target > 0) {
    // Lay the picture out wider until its content fits the asked proportions, then give the
    // tension chart (and, past a point, the air above the footer) whatever room is left.
    const ratio = target / width;
    for (let round = 0; round < 12 && composed.height > viewWidth * ratio; round++) {
      const next = Math.min(
        viewWidth * Math.max(1.03, composed.height / (viewWidth * ratio)),
        width * 4,
      );
      if (next <= viewWidth) break;
      viewWidth = next;
      composed = compose(state, options, viewWidth, TENSION_HEIGHT, 0);
    }
    const spare = viewWidth * ratio - composed.height;
    if (spare > 0) {
      const extra = Math.min(spare, MAX_EXTRA_TENSION);
      composed = compose(state, options, viewWidth, TENSION_HEIGHT + extra, spare - extra);
    }
  }
  // A picture whose content could not be made to fit keeps its content's proportions.
  const viewHeight = Math.max(
    composed.height,
    target === undefined ? 0 : viewWidth * (target / width),
  );
  const height =
    target !== undefined && composed.height <= viewWidth * (target / width) + 1
      ? Math.round(target)
      : Math.ceil((viewHeight * width) / viewWidth);
  const { lang, palette } = options;
  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg${attrs({
      xmlns: "http://www.w3.org/2000/svg",
      width,
      height,
      viewBox: `0 0 ${round2(viewWidth)} ${round2(viewHeight)}`,
      role: "img",
      "aria-labelledby": "detente-export-title detente-export-desc",
      "xml:lang": lang,
      "font-family": FONT_FAMILY,
      "font-size": 12,
    })}>` +
    el("title", { id: "detente-export-title" }, escapeXml(composed.title)) +
    el("desc", { id: "detente-export-desc" }, escapeXml(composed.desc)) +
    el("rect", { width: round2(viewWidth), height: round2(viewHeight), fill: palette.bg }) +
    composed.body +
    `</svg>\n`;
  return { svg, width, height };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The picture's content at a layout width: its markup and the height it needs. */
function compose(
  state: SvgExportState,
  options: SvgExportOptions,
  width: number,
  tensionHeight: number,
  airAboveFooter: number,
): Composed {
  const { palette, lang, publish } = options;
  const t = translator(lang);
  const chartWidth = width - 2 * SVG_MARGIN;
  const { viewport: view } = state;
  // Titles, labels and credits in the document's language (model/localize.ts).
  const dataset = localizeDataset(state.dataset, lang);
  const lanes = selectLaneIndex(state).lanes;
  const events = selectFilteredEvents(state);
  const visible = selectVisibleEvents(state);
  const bounds = selectBounds(state);
  // As selectTension, from the parts of the state it reads.
  const tension = computeTensionView(
    state.settings.tensionScope === "filtered" ? events : selectEvents(state),
    state.settings.halfLife,
    bounds,
    state.tensionInputs,
  );
  const from = formatUtcDay(view.from, lang);
  const to = formatUtcDay(view.to - 1, lang);
  const ticks = computeTicks(view, chartWidth, lang).ticks;
  const shown = selectShownEvents(state);

  // Header: the title (wrapped), then the window and the parties, or the reader's subtitle.
  let y = SVG_MARGIN;
  const header: string[] = [];
  const headline = publish ? publish.title.trim() : dataset.title;
  if (headline !== "") {
    const titleLines = wrapText(headline, 20, chartWidth);
    header.push(
      paragraph(
        { class: "detente-export-title", "font-size": 20, "font-weight": 700, fill: palette.text },
        titleLines,
        SVG_MARGIN,
        y + 20,
        26,
      ),
    );
    y += 20 + (titleLines.length - 1) * 26 + 8;
  }
  if (publish) {
    const subtitleLines = wrapText(publish.subtitle.trim(), 14, chartWidth);
    if (subtitleLines.length > 0) {
      header.push(
        paragraph(
          { class: "detente-export-subtitle", "font-size": 14, fill: palette.muted },
          subtitleLines,
          SVG_MARGIN,
          y + 15,
          19,
        ),
      );
      y += 15 + (subtitleLines.length - 1) * 19 + 13;
    }
  } else {
    const parties = dataset.parties.map((p) => `${p.name} (${p.code})`).join(" – ");
    header.push(
      textEl(
        { x: SVG_MARGIN, y: y + 14, "font-size": 13, fill: palette.muted },
        `${from} – ${to} · ${parties}`,
      ),
    );
    y += 28;
  }

  // Timeline: the screen's scene, with lane names and mark titles, without the pointer's ring.
  const timelineTop = y;
  // A publishing picture gives every event a row and its whole title; otherwise (or when too many
  // events are in view for that to read) the screen's stacked layout at the screen's width.
  const whole = publish
    ? documentLayout(
        selectLaneIndex(state),
        (event) => shown[event]?.source.title ?? "",
        view,
        chartWidth,
        measure,
      )
    : undefined;
  const engine = selectLayoutEngine(state);
  // A file is drawn at the view's own level, never a coarser one standing in while zooming.
  if (!whole) engine.stackExact(view, chartWidth);
  const layout = whole?.layout ?? engine.layout(view, chartWidth);
  const plotHeight = plotHeightOf(laneGeometry(layout.rowCounts)) - AXIS_HEIGHT;
  const eras: EraSpan[] = (dataset.eras ?? []).map((era) => ({
    label: era.label,
    fromMs: spanStart(mustParseEdtf(era.start)),
    toMs: spanEnd(mustParseEdtf(era.end)),
  }));
  const timelineMarkup = chartBlock(
    "detente-export-timeline",
    timelineTop,
    chartWidth,
    plotHeight,
    palette,
    (sink) =>
      drawTimeline(
        sink,
        {
          view,
          width: chartWidth,
          lanes,
          layout,
          // Layout items index the events the lane index was built from: the filtered ones, or
          // all of them when the view fades filtered-out events (drawn faint, as on screen).
          events: shown,
          ticks,
          eras,
          todayMs: options.now !== undefined && options.now <= bounds.to ? options.now : undefined,
          todayLabel: t("timeline.today"),
          moreLabel: (count) => t("timeline.more", { count }),
          selectedId: state.selectedId,
          hoveredId: null,
          matches: selectMatchTest(state),
          passing: state.settings.filterMode === "fade" ? selectPassingIds(state) : undefined,
          palette,
          measure,
          wholeLabels: whole?.labels,
        },
        documentTimeline(lang, t),
      ),
    (sink) => drawAxis(sink, ticks, view, chartWidth, plotHeight, palette),
  );
  y = timelineTop + plotHeight + AXIS_HEIGHT + 14;

  // Tension chart on the same window.
  const tensionHeadingY = y + 12;
  const tensionHeading = textEl(
    { x: SVG_MARGIN, y: tensionHeadingY, "font-size": 13, fill: palette.text },
    `${t("tension.title")} (${t("tension.scale")})`,
  );
  const tensionTop = tensionHeadingY + 8;
  const tensionMarkup = chartBlock(
    "detente-export-tension",
    tensionTop,
    chartWidth,
    tensionHeight,
    palette,
    (sink) =>
      drawTension(
        sink,
        {
          view,
          width: chartWidth,
          height: tensionHeight,
          series: tension.series,
          events: tension.events,
          showUncertainty: state.settings.showUncertainty,
          selectedId: state.selectedId,
          palette,
        },
        documentTension(lang),
      ),
    (sink) => drawAxis(sink, ticks, view, chartWidth, tensionHeight, palette),
  );
  y = tensionTop + tensionHeight + AXIS_HEIGHT + 10;

  const drawsGroups = layout.items.some((item) => item.count > 1);
  const legendPart = legend(
    palette,
    chartWidth,
    lang,
    t,
    visible.some((event) => event.context),
    drawsGroups,
  );
  const legendMarkup = el("g", { transform: `translate(${SVG_MARGIN} ${y})` }, legendPart.markup);
  y += legendPart.height + 10 + airAboveFooter;

  const footer: string[] = [];
  const notesLines = publish ? wrapText(publish.notes.trim(), 12, chartWidth) : [];
  if (notesLines.length > 0) {
    footer.push(
      paragraph(
        { class: "detente-export-notes", "font-size": 12, fill: palette.text },
        notesLines,
        SVG_MARGIN,
        y + 12,
        16,
      ),
    );
    y += 12 + (notesLines.length - 1) * 16 + 8;
  }
  const sourceText = publish
    ? publishSourceLine(state, visible, lang, publish.sources, chartWidth)
    : sourceLine(state, visible, t);
  const sourceLines = wrapText(sourceText, SOURCE_SIZE, chartWidth);
  footer.push(
    paragraph(
      { class: "detente-export-source", "font-size": SOURCE_SIZE, fill: palette.muted },
      sourceLines,
      SVG_MARGIN,
      y + 11,
      15,
    ),
  );
  y += 11 + (sourceLines.length - 1) * 15;
  const creditLines = publish ? wrapText(publish.credit.trim(), SOURCE_SIZE, chartWidth) : [];
  if (creditLines.length > 0) {
    footer.push(
      paragraph(
        { class: "detente-export-credit", "font-size": SOURCE_SIZE, fill: palette.muted },
        creditLines,
        SVG_MARGIN,
        y + 4 + 15,
        15,
      ),
    );
    y += 4 + 15 + (creditLines.length - 1) * 15;
  }
  const height = Math.ceil(y + SVG_MARGIN);

  const title =
    publish && headline !== ""
      ? headline
      : t("export.svgTitle", { title: dataset.title, from, to });
  const desc = t("export.svgDesc", {
    count: visible.length,
    from,
    to,
    lanes: t(`export.lanesBy.${state.settings.lanes}`),
    // Only a picture that draws groups says what its numbered pills are.
    groups: drawsGroups ? t("export.svgDescGroups") : "",
    summary: tensionSummaryText(summarize(tension.series, tension.lastDataDay), lang, t),
  });
  return {
    body:
      header.join("") +
      timelineMarkup +
      tensionHeading +
      tensionMarkup +
      legendMarkup +
      footer.join(""),
    height,
    title,
    desc,
  };
}
