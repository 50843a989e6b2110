/**
 * The time axis as real text (so tests and assistive tools can read it), updated imperatively
 * on each frame inside an element React renders empty. Label nodes are pooled and reused.
 */
import type { TickSet } from "../model/ticks.ts";
import type { Viewport } from "../model/viewport.ts";
import { msToX } from "../scene/geometry.ts";

export function updateAxis(
  container: HTMLElement,
  ticks: TickSet,
  view: Viewport,
  width: number,
): void {
  container.dataset["unit"] = ticks.unit;
  const nodes = container.children;
  let used = 0;
  for (const tick of ticks.ticks) {
    const x = msToX(tick.ms, view.from, view.to, width);
    if (x < -40 || x > width + 40) continue;
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
