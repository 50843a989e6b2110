/**
 * The time axis as real text (so tests and assistive tools can read it), updated imperatively
 * on each frame inside an element React renders empty. Label nodes are pooled and reused.
 */
import type { TickSet } from "../model/ticks.ts";
import type { Viewport } from "../model/viewport.ts";
import { msToX } from "../scene/geometry.ts";

/** Rough label width per character at the axis's 12 px font, to keep ticks clear of the context. */
const CHAR_PX = 7.2;

/**
 * The context label's rendered width, measured once per text (it is bold and its months vary in
 * width, so an estimate let "December 2024" run into "8 Jan"); the estimate where nothing is laid
 * out (tests without layout).
 */
const contextWidths = new WeakMap<HTMLElement, { readonly text: string; readonly width: number }>();

function contextWidth(context: HTMLElement, text: string): number {
  const known = contextWidths.get(context);
  if (known?.text === text) return known.width;
  const measured = context.getBoundingClientRect().width;
  const width = measured > 0 ? measured : text.length * CHAR_PX;
  contextWidths.set(context, { text, width });
  return width;
}

export function updateAxis(
  container: HTMLElement,
  ticks: TickSet,
  view: Viewport,
  width: number,
  context?: HTMLElement | null,
): void {
  container.dataset["unit"] = ticks.unit;
  // The context label (the year, or month and year) sits at the left edge; ticks whose label
  // would run under it are left out rather than drawn half-hidden.
  let clearOf = 0;
  if (context) {
    if (context.textContent !== ticks.context) context.textContent = ticks.context;
    context.hidden = ticks.context === "";
    if (ticks.context !== "") clearOf = contextWidth(context, ticks.context) + 12;
  }
  const nodes = container.children;
  let used = 0;
  for (const tick of ticks.ticks) {
    const x = msToX(tick.ms, view.from, view.to, width);
    const half = (tick.label.length * CHAR_PX) / 2;
    // A label that would be cut at either edge is left out rather than shown in part.
    if (x - half < clearOf || x + half > width) continue;
    let node = nodes[used] as HTMLElement | undefined;
    if (!node) {
      node = document.createElement("span");
      node.className = "detente-tick";
      container.appendChild(node);
    }
    if (node.textContent !== tick.label) node.textContent = tick.label;
    node.style.transform = `translateX(${x.toFixed(1)}px)`;
    node.hidden = false;
    used++;
  }
  for (let i = used; i < nodes.length; i++) (nodes[i] as HTMLElement).hidden = true;
}
