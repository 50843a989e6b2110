/**
 * The window a reader first sees. A dataset may declare it (`view`); otherwise the shortest
 * window that holds most of the events, so a dataset whose story is dense at one end does not
 * open as a row of count badges squeezed against the edge of decades of context.
 */
import { MS_PER_DAY, mustParseEdtf, spanEnd, spanStart } from "./date.ts";
import type { Viewport } from "./viewport.ts";

/** Share of the events the default opening window must hold. */
export const OPENING_SHARE = 0.8;
/** Margin added on each side of the dense window, as a share of its span. */
export const OPENING_MARGIN = 0.05;
/** A dense window is never narrower than this, so a single busy day still shows its week. */
const MIN_OPENING_SPAN_MS = 14 * MS_PER_DAY;

interface Span {
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * The shortest window holding at least `share` of the events (each whole, from its start to its
 * end), widened by `margin` of its span on each side. Undefined for no events.
 *
 * Events are taken as a run in start order: among windows over runs of k = ⌈share·n⌉
 * consecutive starts, the shortest by start-to-latest-end wins (ties: the latest, since the
 * recent end of a relationship is what readers come for).
 */
export function denseWindow(
  events: readonly Span[],
  share = OPENING_SHARE,
  margin = OPENING_MARGIN,
): Viewport | undefined {
  const n = events.length;
  if (n === 0) return undefined;
  const sorted = [...events].sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const k = Math.min(n, Math.max(1, Math.ceil(share * n)));
  // Sliding window over runs of k starts; a monotonic deque keeps the run's latest end, so
  // 100,000 events cost one sort and one pass.
  const deque: number[] = [];
  let head = 0;
  let best: Viewport | undefined;
  for (let j = 0; j < n; j++) {
    const endMs = (sorted[j] as Span).endMs;
    while (
      deque.length > head &&
      (sorted[deque[deque.length - 1] as number] as Span).endMs <= endMs
    )
      deque.pop();
    deque.push(j);
    const i = j - k + 1;
    if (i < 0) continue;
    while ((deque[head] as number) < i) head++;
    const from = (sorted[i] as Span).startMs;
    const end = (sorted[deque[head] as number] as Span).endMs;
    if (best === undefined || end - from <= best.to - best.from) best = { from, to: end };
  }
  if (best === undefined) return undefined;
  const span = Math.max(best.to - best.from, MIN_OPENING_SPAN_MS);
  const center = (best.from + best.to) / 2;
  const from = Math.min(best.from, center - span / 2);
  const to = Math.max(best.to, center + span / 2);
  const pad = (to - from) * margin;
  return { from: from - pad, to: to + pad };
}

/** A declared opening window (`{from, to}` as EDTF dates): from the start of `from` to the end of `to`. */
export function declaredWindow(view: { readonly from: string; readonly to: string }): Viewport {
  return { from: spanStart(mustParseEdtf(view.from)), to: spanEnd(mustParseEdtf(view.to)) };
}
