/**
 * The paints every scene draws with. A palette whose colours are their own names shows which
 * colour each mark takes; the rest are the distinctions a reader must see without colour
 * (hollow against solid, dashed against plain, thick against thin).
 */
import type { Tone } from "../../src/model/tone.ts";
import { FALLBACK_PALETTE, type ChartPalette } from "../../src/scene/palette.ts";
import { BAND_ALPHA, paintsFor } from "../../src/scene/paints.ts";

/**
 * A new palette on every call: paints are cached per palette object, and a test must see the
 * paints made by the code as it is now, not as it was when another test first asked.
 */
const named = (): ChartPalette =>
  Object.fromEntries(
    Object.keys(FALLBACK_PALETTE).map((name) => [name, name]),
  ) as unknown as ChartPalette;
const TONES: readonly Tone[] = ["conflict", "cooperation", "neutral"];

describe("the scene's paints", () => {
  it("are made once per palette, and anew for another palette", () => {
    const light = named();
    expect(paintsFor(light)).toBe(paintsFor(light));
    const dark = { ...FALLBACK_PALETTE, conflict: "#ff8a50" };
    expect(paintsFor(dark)).not.toBe(paintsFor(FALLBACK_PALETTE));
    expect(paintsFor(dark).mark.conflict.fill).toBe("#ff8a50");
  });

  it("draw each tone's mark, span, bracket and tick in the tone's colour", () => {
    const paints = paintsFor(named());
    for (const tone of TONES) {
      expect(paints.mark[tone]).toEqual({ fill: tone, stroke: "bg", strokeWidth: 1.5 });
      expect(paints.span[tone]).toEqual({ fill: tone, fillOpacity: 0.35 });
      expect(paints.bracket[tone]).toEqual({ stroke: tone, strokeOpacity: 0.5 });
      expect(paints.tick[tone]).toEqual({
        fill: tone,
        stroke: "bg",
        strokeWidth: 1,
        role: "detente-tension-tick",
      });
    }
  });

  it("draw a third country's events hollow and dashed, so they read as context without colour", () => {
    const paints = paintsFor(named());
    for (const tone of TONES) {
      const context = paints.contextMark[tone];
      expect(context).toMatchObject({ fill: "bg", stroke: tone, role: "detente-context-mark" });
      expect(context.dash?.length).toBeGreaterThan(0);
      expect(paints.mark[tone].dash).toBeUndefined();
    }
  });

  it("tint the bands cooperation-blue below the midpoint and conflict-red above, faintest at the middle", () => {
    const { bands } = paintsFor(named());
    expect(bands.map((band) => band.fill)).toEqual([
      "cooperation",
      "cooperation",
      "cooperation",
      "conflict",
      "conflict",
      "conflict",
    ]);
    expect(bands.map((band) => band.fillOpacity)).toEqual(BAND_ALPHA);
    expect(bands.every((band) => band.role === "detente-band")).toBe(true);
    // Stronger toward either extreme, and faint enough everywhere for the line to stay the figure.
    expect(BAND_ALPHA[0]).toBeGreaterThan(BAND_ALPHA[1] ?? 1);
    expect(BAND_ALPHA[1]).toBeGreaterThan(BAND_ALPHA[2] ?? 1);
    expect(BAND_ALPHA[5]).toBeGreaterThan(BAND_ALPHA[4] ?? 1);
    expect(BAND_ALPHA[4]).toBeGreaterThan(BAND_ALPHA[3] ?? 1);
    expect(Math.max(...BAND_ALPHA)).toBeLessThanOrEqual(0.15);
  });

  it("tell the fresh, stale and baseline lines apart by dash and weight, not only colour", () => {
    const { freshLine, staleLine, baselineLine } = paintsFor(named());
    expect(freshLine).toEqual({ stroke: "text", strokeWidth: 2, role: "detente-tension-line" });
    expect(staleLine).toMatchObject({ stroke: "text", role: "detente-tension-line" });
    expect(staleLine.dash?.length).toBeGreaterThan(0);
    expect(staleLine.strokeWidth).toBeLessThan(freshLine.strokeWidth ?? 0);
    expect(staleLine.strokeOpacity).toBeLessThan(1);
    expect(baselineLine).toMatchObject({ stroke: "focus", role: "detente-baseline-line" });
    // Dash-dotted: four entries, where the stale line's dash has two.
    expect(baselineLine.dash).toHaveLength(4);
    expect(staleLine.dash).toHaveLength(2);
  });

  it("ring the selected event thicker than the hovered one, and the linked events dashed", () => {
    const paints = paintsFor(named());
    expect(paints.selectedRing).toMatchObject({ stroke: "selected", role: "detente-selected" });
    expect(paints.hoverRing).toMatchObject({ stroke: "selected", role: "detente-hovered" });
    expect(paints.selectedRing.strokeWidth).toBeGreaterThan(paints.hoverRing.strokeWidth ?? 0);
    expect(paints.tensionSelectedRing).toEqual(paints.selectedRing);
    expect(paints.tensionHoverRing).toMatchObject({ stroke: "focus", role: "detente-hovered" });
    expect(paints.tensionHoverRing.dash).toBeUndefined();
    expect(paints.linkedRing).toMatchObject({ stroke: "focus", role: "detente-linked" });
    expect(paints.linkedRing.dash?.length).toBeGreaterThan(0);
    expect(paints.tensionHoverRule).toMatchObject({ stroke: "focus", role: "detente-hover-day" });
    expect(paints.tensionHoverRule.dash?.length).toBeGreaterThan(0);
  });

  it("paint the chart's furniture in the palette's quiet colours", () => {
    const paints = paintsFor(named());
    expect(paints.laneA).toEqual({ fill: "laneA" });
    expect(paints.laneB).toEqual({ fill: "laneB" });
    expect(paints.era).toEqual({ fill: "era" });
    expect(paints.eraEdge).toEqual({ stroke: "grid" });
    expect(paints.grid).toEqual({ stroke: "grid", role: "detente-grid" });
    expect(paints.today).toMatchObject({ stroke: "today", role: "detente-today" });
    expect(paints.today.dash?.length).toBeGreaterThan(0);
    expect(paints.match).toEqual({ fill: "match", role: "detente-match" });
    expect(paints.cluster).toEqual({ fill: "cluster" });
    expect(paints.bandLines).toEqual({ stroke: "grid" });
    expect(paints.midline).toMatchObject({ stroke: "muted" });
    expect(paints.midline.dash?.length).toBeGreaterThan(0);
    expect(paints.uncertainty).toEqual({
      fill: "text",
      fillOpacity: 0.22,
      role: "detente-uncertainty",
    });
    expect(paints.frame).toEqual({ stroke: "grid" });
  });
});
