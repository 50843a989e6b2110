// @vitest-environment jsdom
import { updateAxis } from "../../src/charts/Axis.ts";
import type { TickSet } from "../../src/model/ticks.ts";

const VIEW = { from: 0, to: 1000 };

function ticksAt(xs: number[], context: string): TickSet {
  return {
    unit: "day",
    step: 1,
    ticks: xs.map((x) => ({ ms: x, label: "8 Jan" })),
    context,
  } as TickSet;
}

function shown(container: HTMLElement): string[] {
  return Array.from(container.children)
    .filter((node) => !(node as HTMLElement).hidden)
    .map((node) => (node as HTMLElement).style.transform);
}

describe("the axis", () => {
  it("keeps tick labels clear of the context label by its rendered width", () => {
    const container = document.createElement("div");
    const context = document.createElement("span");
    // "December 2024" in bold renders wider than the per-character estimate (13 × 7.2 px).
    context.getBoundingClientRect = () => ({ width: 118 }) as DOMRect;
    // A tick at 140 px: its label (5 characters, 18 px either side) starts at 122 px, under
    // the estimate's 105.6 px clearance but inside the rendered 118 + 12 px.
    updateAxis(container, ticksAt([140, 500], "December 2024"), VIEW, 1000, context);
    expect(context.textContent).toBe("December 2024");
    expect(shown(container)).toEqual(["translateX(500.0px)"]);
  });

  it("falls back to an estimate where nothing is laid out, and shows ticks past it", () => {
    const container = document.createElement("div");
    const context = document.createElement("span");
    updateAxis(container, ticksAt([140, 500], "December 2024"), VIEW, 1000, context);
    expect(shown(container)).toEqual(["translateX(140.0px)", "translateX(500.0px)"]);
  });

  it("hides the context label when there is none, and clears nothing", () => {
    const container = document.createElement("div");
    const context = document.createElement("span");
    updateAxis(container, ticksAt([20, 500], ""), VIEW, 1000, context);
    expect(context.hidden).toBe(true);
    expect(shown(container)).toEqual(["translateX(20.0px)", "translateX(500.0px)"]);
  });
});
