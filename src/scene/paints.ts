/**
 * Every paint a scene uses, made once per palette (a palette changes with the theme, not per
 * frame), so drawing a frame creates no style objects.
 */
import type { Tone } from "../model/tone.ts";
import type { ChartPalette } from "./palette.ts";
import type { Paint } from "./sink.ts";

/** Tension band fills from close (cool) to hostile (warm), faint so the line stays the figure. */
export const BAND_ALPHA: readonly number[] = [0.1, 0.06, 0.02, 0.03, 0.07, 0.12];

export interface Paints {
  readonly laneA: Paint;
  readonly laneB: Paint;
  readonly era: Paint;
  readonly eraEdge: Paint;
  readonly grid: Paint;
  readonly today: Paint;
  readonly match: Paint;
  readonly selectedRing: Paint;
  readonly hoverRing: Paint;
  readonly cluster: Paint;
  /** Per tone: the mark, its span bar and its uncertain-date bracket. */
  readonly mark: Readonly<Record<Tone, Paint>>;
  readonly span: Readonly<Record<Tone, Paint>>;
  readonly bracket: Readonly<Record<Tone, Paint>>;
  readonly tick: Readonly<Record<Tone, Paint>>;
  readonly bands: readonly Paint[];
  readonly bandLines: Paint;
  readonly midline: Paint;
  readonly uncertainty: Paint;
  readonly freshLine: Paint;
  readonly staleLine: Paint;
  /** The news-coded baseline: a second line, dash-dotted in the focus colour. */
  readonly baselineLine: Paint;
  readonly tensionSelectedRing: Paint;
  readonly contextMark: Readonly<Record<Tone, Paint>>;
  /** The day of the event the reader points at elsewhere, and its marker's ring. */
  readonly tensionHoverRule: Paint;
  readonly tensionHoverRing: Paint;
  /** Events driving the day the tension chart points at. */
  readonly linkedRing: Paint;
  readonly frame: Paint;
}

const TONES: readonly Tone[] = ["conflict", "cooperation", "neutral"];

function perTone(make: (tone: Tone) => Paint): Readonly<Record<Tone, Paint>> {
  return Object.fromEntries(TONES.map((tone) => [tone, make(tone)])) as Record<Tone, Paint>;
}

const cache = new WeakMap<ChartPalette, Paints>();

export function paintsFor(palette: ChartPalette): Paints {
  let paints = cache.get(palette);
  if (!paints) {
    paints = makePaints(palette);
    cache.set(palette, paints);
  }
  return paints;
}

function makePaints(p: ChartPalette): Paints {
  return {
    laneA: { fill: p.laneA },
    laneB: { fill: p.laneB },
    era: { fill: p.era },
    eraEdge: { stroke: p.grid },
    grid: { stroke: p.grid, role: "detente-grid" },
    today: { stroke: p.today, dash: [4, 3], role: "detente-today" },
    match: { fill: p.match, role: "detente-match" },
    selectedRing: { stroke: p.selected, strokeWidth: 2.5, role: "detente-selected" },
    hoverRing: { stroke: p.selected, strokeWidth: 1.5, role: "detente-hovered" },
    cluster: { fill: p.cluster },
    mark: perTone((tone) => ({ fill: p[tone], stroke: p.bg, strokeWidth: 1.5 })),
    // Context (a third country's event): the same shape, hollow with a dashed outline, so it
    // reads as background to the two parties' own solid marks, in colour or not.
    contextMark: perTone((tone) => ({
      fill: p.bg,
      stroke: p[tone],
      strokeWidth: 1.5,
      dash: [2, 2],
      role: "detente-context-mark",
    })),
    span: perTone((tone) => ({ fill: p[tone], fillOpacity: 0.35 })),
    bracket: perTone((tone) => ({ stroke: p[tone], strokeOpacity: 0.5 })),
    tick: perTone((tone) => ({
      fill: p[tone],
      stroke: p.bg,
      strokeWidth: 1,
      role: "detente-tension-tick",
    })),
    bands: BAND_ALPHA.map((alpha, i) => ({
      fill: i < 3 ? p.cooperation : p.conflict,
      fillOpacity: alpha,
      role: "detente-band",
    })),
    bandLines: { stroke: p.grid },
    midline: { stroke: p.muted, dash: [2, 3] },
    uncertainty: { fill: p.text, fillOpacity: 0.22, role: "detente-uncertainty" },
    freshLine: { stroke: p.text, strokeWidth: 2, role: "detente-tension-line" },
    staleLine: {
      stroke: p.text,
      strokeWidth: 1.25,
      strokeOpacity: 0.35,
      dash: [4, 3],
      role: "detente-tension-line",
    },
    baselineLine: {
      stroke: p.focus,
      strokeWidth: 1.75,
      dash: [7, 3, 1.5, 3],
      role: "detente-baseline-line",
    },
    tensionSelectedRing: { stroke: p.selected, strokeWidth: 2.5, role: "detente-selected" },
    tensionHoverRule: { stroke: p.focus, strokeWidth: 1, dash: [3, 3], role: "detente-hover-day" },
    tensionHoverRing: { stroke: p.focus, strokeWidth: 2.5, role: "detente-hovered" },
    linkedRing: { stroke: p.focus, strokeWidth: 2, dash: [3, 2], role: "detente-linked" },
    frame: { stroke: p.grid },
  };
}
