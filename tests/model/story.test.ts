import { resolveEvents } from "../../src/model/events.ts";
import {
  eraEnteredAt,
  eraOf,
  eventAtStep,
  moveStep,
  storyStep,
  storyWindow,
} from "../../src/model/story.ts";
import { smallDataset, sampleEvent } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const dataset = {
  ...smallDataset([
    sampleEvent({ id: "deportations", date: "2025-01-26" }),
    sampleEvent({ id: "tariffs", date: "2025-01-26", after: ["deportations"] }),
    sampleEvent({ id: "call", date: "2026-01-07" }),
    sampleEvent({ id: "meeting", date: "2026-02-03" }),
    sampleEvent({ id: "later", date: "2026-05" }),
  ]),
  eras: [
    { id: "breakdown", label: "Breakdown", start: "2025-01", end: "2025-12" },
    { id: "thaw", label: "Thaw", start: "2026-01", end: "2026-02", summary: "They talk." },
  ],
};
const events = resolveEvents(dataset, goldsteinTable());

function must<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("missing test value");
  return value;
}
const eras = dataset.eras;

describe("story steps", () => {
  it("puts the opening slide at 0 and the events from 1, in story order", () => {
    expect(storyStep(events, null)).toBe(0);
    expect(storyStep(events, "deportations")).toBe(1);
    expect(storyStep(events, "tariffs")).toBe(2);
    expect(storyStep(events, "not-in-the-story")).toBe(0);
    expect(eventAtStep(events, 0)).toBeUndefined();
    expect(eventAtStep(events, 1)?.id).toBe("deportations");
    expect(eventAtStep(events, 5)?.id).toBe("later");
    expect(eventAtStep(events, 6)).toBeUndefined();
  });

  it("moves between the opening slide and the last event, never past them", () => {
    expect(moveStep(0, -1, 5)).toBe(0);
    expect(moveStep(0, 1, 5)).toBe(1);
    expect(moveStep(4, 1, 5)).toBe(5);
    expect(moveStep(5, 1, 5)).toBe(5);
    expect(moveStep(3, -1, 0)).toBe(0);
  });

  it("introduces an era on its first step only, and on entering it backwards from another era", () => {
    expect(eraOf(must(events[0]), eras)?.id).toBe("breakdown");
    expect(eraOf(must(events[4]), eras)).toBeUndefined();
    expect(eraEnteredAt(events, 0, eras)).toBeUndefined();
    expect(eraEnteredAt(events, 1, eras)?.id).toBe("breakdown");
    expect(eraEnteredAt(events, 2, eras)).toBeUndefined();
    expect(eraEnteredAt(events, 3, eras)?.summary).toBe("They talk.");
    expect(eraEnteredAt(events, 4, eras)).toBeUndefined();
    // Outside every era: no card.
    expect(eraEnteredAt(events, 5, eras)).toBeUndefined();
  });

  it("frames an event in about two months, or its whole span when longer", () => {
    const day = 86_400_000;
    const meeting = must(eventAtStep(events, 4));
    const window = storyWindow(meeting);
    expect(window.from).toBeLessThan(meeting.anchorMs);
    expect(window.to).toBeGreaterThan(meeting.anchorMs);
    expect((window.to - window.from) / day).toBeCloseTo(60, 0);
    const long = must(
      resolveEvents(
        smallDataset([sampleEvent({ date: "2025-01", end: "2025-12" })]),
        goldsteinTable(),
      )[0],
    );
    const span = storyWindow(long);
    expect(span.from).toBeLessThanOrEqual(long.startMs);
    expect(span.to).toBeGreaterThanOrEqual(long.endMs);
  });
});

describe("story steps at the edges of eras and spans", () => {
  const withGap = () => {
    const gapped = {
      ...smallDataset([
        sampleEvent({ id: "before", date: "2025-12-20" }),
        sampleEvent({ id: "inside", date: "2026-01-15" }),
        sampleEvent({ id: "year", date: "2025-03-10", end: "2026-03-10" }),
      ]),
      eras: [{ id: "thaw", label: "Thaw", start: "2026-01", end: "2026-02" }],
    };
    return { events: resolveEvents(gapped, goldsteinTable()), eras: gapped.eras };
  };

  it("puts an event before an era's start in no era", () => {
    const { events: gapped, eras: thaw } = withGap();
    const before = must(gapped.find((e) => e.id === "before"));
    expect(eraOf(before, thaw)).toBeUndefined();
  });

  it("enters an era from a step outside every era", () => {
    const { events: gapped, eras: thaw } = withGap();
    const step = gapped.findIndex((e) => e.id === "inside") + 1;
    expect(gapped[step - 2]?.id).toBe("before");
    expect(eraEnteredAt(gapped, step, thaw)?.id).toBe("thaw");
  });

  it("frames a long span with a fifth of its length to spare at each end", () => {
    const { events: gapped } = withGap();
    const year = must(gapped.find((e) => e.id === "year"));
    const length = year.endMs - year.startMs;
    const centre = (year.startMs + year.endMs) / 2;
    expect(storyWindow(year)).toEqual({ from: centre - 0.6 * length, to: centre + 0.6 * length });
  });
});
