/** A timeline frame for scene tests, built the way the chart builds one (store selectors). */
import { MS_PER_DAY } from "../../src/model/date.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";
import { computeTicks } from "../../src/model/ticks.ts";
import type { Viewport } from "../../src/model/viewport.ts";
import { FALLBACK_PALETTE } from "../../src/scene/palette.ts";
import { estimateTextWidth } from "../../src/model/textWidth.ts";
import type { TimelineFrame } from "../../src/scene/timelineScene.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import {
  selectLaneIndex,
  selectLayoutEngine,
  selectShownEvents,
} from "../../src/store/selectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

export const WIDTH = 800;

export function day(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function window(from: string, to: string): Viewport {
  return { from: day(from), to: day(to) + MS_PER_DAY };
}

export function storeOf(events: DatasetEvent[]) {
  return createDetenteStore({ dataset: smallDataset(events), goldstein: goldsteinTable() });
}

export function frameOf(
  events: DatasetEvent[],
  view: Viewport,
  patch: Partial<TimelineFrame> = {},
): TimelineFrame {
  const state = storeOf(events).getState();
  return {
    view,
    width: WIDTH,
    lanes: selectLaneIndex(state).lanes,
    layout: selectLayoutEngine(state).layout(view, WIDTH),
    events: selectShownEvents(state),
    ticks: computeTicks(view, WIDTH).ticks,
    eras: [],
    todayMs: undefined,
    todayLabel: "Today",
    moreLabel: (count) => `+${count} more`,
    selectedId: null,
    hoveredId: null,
    matches: undefined,
    passing: undefined,
    palette: FALLBACK_PALETTE,
    measure: estimateTextWidth,
    ...patch,
  };
}

export { sampleEvent };
