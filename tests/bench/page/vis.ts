/**
 * vis-timeline bench page: the same synthetic dataset as the Détente page, in 6 groups (one per
 * topic, by the event's first topic as Détente's lanes do) over the same initial window.
 * Configured for large data as vis-timeline's documentation recommends: stacking off, an explicit
 * start/end window (and min/max), point items (ranges for events with an end), Ctrl + wheel to
 * zoom, no current-time bar. Wheel zooming is not animated in vis-timeline.
 *
 * The window is set just after construction, not in the constructor's options: vis-timeline
 * shows and measures each item one by one (a forced layout per item) when it is added inside the
 * visible window, which took over 3 minutes at 10,000 events here, whereas items added outside it
 * are drawn by its batched redraw (DOM writes, then reads, then writes) once the window is set.
 */
import { DataSet } from "vis-data/peer";
import { Timeline, type DataGroup, type DataItem, type TimelineOptions } from "vis-timeline/peer";
import "vis-timeline/styles/vis-timeline-graph2d.css";
import { mustParseEdtf, spanEnd, spanStart } from "../../../src/model/date.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { MIN_SPAN_MS, viewportBounds } from "../../../src/model/viewport.ts";
import { runBenchPage, untilFrame } from "./harness.ts";

const MS_PER_DAY = 86_400_000;
/**
 * One wheel notch (deltaY 100, which Chromium reports as wheelDelta 120) zooms vis-timeline by
 * 1 + 1 / zoomFriction. Détente's d3-zoom zooms 2^0.4 ≈ 1.32× per notch; this friction gives
 * vis-timeline the same step, so both engines reach the same zoom depth in the same sequence.
 */
const ZOOM_FRICTION = 1 / (2 ** 0.4 - 1);

void runBenchPage({
  name: "vis-timeline",
  async mount(container, data) {
    const dataset = data as Dataset;
    // Converting the dataset is part of mounting, as resolving events is part of Détente's.
    const items: DataItem[] = [];
    let first = Infinity;
    let last = -Infinity;
    for (const event of dataset.events) {
      const start = mustParseEdtf(event.date);
      const startMs = spanStart(start);
      const endMs = spanEnd(event.end === undefined ? start : mustParseEdtf(event.end));
      first = Math.min(first, startMs);
      last = Math.max(last, endMs);
      items.push(
        event.end === undefined
          ? {
              id: event.id,
              group: event.topics[0],
              content: event.title,
              start: (startMs + spanEnd(start)) / 2,
              type: "point",
            }
          : {
              id: event.id,
              group: event.topics[0],
              content: event.title,
              start: startMs,
              end: endMs,
              type: "range",
            },
      );
    }
    const groups: DataGroup[] = dataset.topics.map((topic) => ({
      id: topic.id,
      content: topic.label,
    }));
    const bounds = viewportBounds(first, last);
    let drawn = false;
    const options: TimelineOptions = {
      min: bounds.from,
      max: bounds.to,
      zoomMin: MIN_SPAN_MS,
      zoomMax: bounds.to - bounds.from,
      zoomKey: "ctrlKey",
      zoomFriction: ZOOM_FRICTION,
      stack: false,
      type: "point",
      showCurrentTime: false,
      selectable: true,
      editable: false,
      verticalScroll: false,
      horizontalScroll: false,
      onInitialDrawComplete: () => {
        drawn = true;
      },
    };
    const timeline = new Timeline(
      container,
      new DataSet<DataItem, "id">(items),
      new DataSet<DataGroup, "id">(groups),
      options,
    );
    timeline.setOptions({ start: bounds.from, end: bounds.to });
    await untilFrame(() => drawn);
    return {
      spanDays: () => {
        const shown = timeline.getWindow();
        return (shown.end.getTime() - shown.start.getTime()) / MS_PER_DAY;
      },
    };
  },
});
