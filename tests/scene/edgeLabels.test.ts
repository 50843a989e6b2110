/** Which labels the chart's right edge sends to the left of their mark, and with how much room. */
import {
  edgeSignposts,
  labelRoomOnRight,
  labelSides,
  rightRoom,
  SIGNPOST_ROOM,
} from "../../src/scene/edgeLabels.ts";
import type { StackItem } from "../../src/model/stacking.ts";

const NO_MEMBERS = new Int32Array(0);

/** A single mark (offset 10, gap 8, group badge 64 px: MARK_METRICS). */
const single = (first: number, x: number, labelWidth: number, row = 0, lane = 0): StackItem => ({
  lane,
  row,
  first,
  count: 1,
  members: NO_MEMBERS,
  minMs: 0,
  maxMs: 0,
  x,
  labelWidth,
});

const group = (first: number, x: number, row = 0, lane = 0): StackItem => ({
  ...single(first, x, 0, row, lane),
  count: 3,
  members: Int32Array.of(first, first + 1, first + 2),
});

/** The labels moved left of their mark: event index → pixels. */
const leftLabels = (
  items: readonly StackItem[],
  width: number,
  signposts?: Parameters<typeof labelSides>[2],
): ReadonlyMap<number, number> => labelSides(items, width, signposts).left;

describe("labels moved left", () => {
  it("leaves a label on the right when the edge leaves it room (to the pixel)", () => {
    // 500 − 300 − 10 − 4 = 186 px of room.
    expect(leftLabels([single(0, 300, 186)], 500).size).toBe(0);
    expect([...leftLabels([single(0, 300, 187)], 500)]).toEqual([[0, 187]]);
  });

  it("moves a cut label left, whole, when the row is free back to the chart's edge", () => {
    // Left room: 450 − 10 − 4 = 436 px.
    expect([...leftLabels([single(7, 450, 300)], 500)]).toEqual([[7, 300]]);
  });

  it("leaves on the right a label the layout already cut to its row's room", () => {
    expect(leftLabels([{ ...single(7, 450, 300), cut: true }], 500).size).toBe(0);
  });

  it("stops at the previous item in the same row, with the gap kept", () => {
    // The previous label ends at 100 + 10 + 150 = 260; free from 268; left room 450 − 10 − 268.
    const items = [single(0, 100, 150), single(1, 450, 200)];
    expect([...leftLabels(items, 500)]).toEqual([[1, 172]]);
    // Just whole: 172 px of room for a 172 px label.
    expect([...leftLabels([single(0, 100, 150), single(1, 450, 172)], 500)]).toEqual([[1, 172]]);
  });

  it("ignores items of other rows and lanes", () => {
    const items = [single(0, 100, 300, 1), single(1, 100, 300, 0, 1), single(2, 450, 300)];
    expect([...leftLabels(items, 500)]).toEqual([[2, 300]]);
  });

  it("counts a group badge's width, kept inside the chart, as taken", () => {
    // The badge reaches 300 + 64 = 364; free from 372; left room 460 − 10 − 372 = 78 ≥ 2 × 26.
    expect([...leftLabels([group(0, 300), single(3, 460, 300)], 500)]).toEqual([[3, 78]]);
    // Near the edge the badge is drawn inside the chart: it reaches 500, whatever its anchor.
    expect(leftLabels([group(0, 470), single(3, 480, 300)], 500).size).toBe(0);
  });

  it("moves a label left cut only when the left holds at least 48 px and 1.5 × the right's", () => {
    // Right room 500 − 400 − 14 = 86; left room 400 − 10 − (250 + 8) = 132 > 129: left.
    expect([...leftLabels([single(0, 50, 190), single(1, 400, 300)], 500)]).toEqual([[1, 132]]);
    // Left room 400 − 10 − (254 + 8) = 128 < 129: stays right.
    expect(leftLabels([single(0, 54, 190), single(1, 400, 300)], 500).size).toBe(0);
    // Right room 66, left room 420 − 10 − (300 + 10 + 70 + 8) = 22 < 48: stays right, cut. (With
    // under 48 px on the right the two labels share the row instead, below.)
    expect(leftLabels([single(0, 300, 70), single(1, 420, 300)], 500).size).toBe(0);
    // Right room 26, left room 460 − 10 − 338 = 112 ≥ 52: left, cut to 112.
    expect([...leftLabels([single(0, 200, 120), single(1, 460, 300)], 500)]).toEqual([[1, 112]]);
  });

  it("leaves marks outside the window, and groups, alone", () => {
    const items = [single(0, -20, 900), single(1, 520, 300), group(2, 480)];
    expect(leftLabels(items, 500).size).toBe(0);
    // Each alone, with nothing before it in the row: a mark past the right edge, and a group
    // whose badge the edge would cut, would otherwise find the whole row free on their left.
    expect(leftLabels([single(1, 520, 300)], 500).size).toBe(0);
    expect(leftLabels([group(2, 495)], 500).size).toBe(0);
  });

  it("moves a label left whole when the left holds exactly its width, however little", () => {
    // Right room 500 − 456 − 14 = 30 < 40; left room 456 − 10 − (200 + 10 + 188 + 8) = 40,
    // short of 48 px and of 1.5 × 30, but the whole label.
    expect([...leftLabels([single(0, 200, 188), single(1, 456, 40)], 500)]).toEqual([[1, 40]]);
  });

  it("moves a cut label left with exactly 48 px, and with exactly 1.5 × the right's room", () => {
    // Right room 26 (× 1.5 = 39); left room 460 − 10 − (200 + 10 + 184 + 8) = 48.
    expect([...leftLabels([single(0, 200, 184), single(1, 460, 100)], 500)]).toEqual([[1, 48]]);
    // Right room 36, × 1.5 = 54; left room 450 − 10 − (200 + 10 + 168 + 8) = 54.
    expect([...leftLabels([single(0, 200, 168), single(1, 450, 100)], 500)]).toEqual([[1, 54]]);
  });
});

describe("labels sharing a row at the right edge", () => {
  it("splits the gap between two marks when the later one's label would not show", () => {
    // Right room 26, left room 42 < 48. The gap: 460 − 200 − 2 × 10 − 8 = 232, half each.
    const sides = labelSides([single(0, 200, 190), single(1, 460, 300)], 500);
    expect([...sides.left]).toEqual([[1, 116]]);
    expect([...sides.capped]).toEqual([[0, 116]]);
  });

  it("gives the later label what the earlier does not need, up to its whole width", () => {
    // Right room 40, left room 446 − 10 − (200 + 10 + 180 + 8) = 38 < 48: the gap between the
    // marks, 446 − 200 − 28 = 218, is split in half, as the earlier label would take 180 of it.
    const half = labelSides([single(0, 200, 180), single(1, 446, 300)], 500);
    expect([...half.left]).toEqual([[1, 109]]);
    expect([...half.capped]).toEqual([[0, 109]]);
    // An earlier label of 40 px leaves the later one 188 px: it moves left whole, nothing shared.
    const whole = labelSides([single(0, 200, 40), single(1, 456, 150)], 500);
    expect([...whole.left]).toEqual([[1, 150]]);
    expect(whole.capped.size).toBe(0);
    // An earlier label the layout cut to reach the later mark shares like any other.
    const cut = labelSides([{ ...single(0, 200, 250), cut: true }, single(1, 460, 300)], 500);
    expect([...cut.left]).toEqual([[1, 116]]);
    expect([...cut.capped]).toEqual([[0, 116]]);
  });

  it("shares only when both parts can be read, and never with a group badge", () => {
    // The gap 440 − 400 − 28 = 12 px: too small for either.
    const narrow = labelSides([single(0, 400, 80), single(1, 440, 300)], 500);
    expect(narrow.left.size + narrow.capped.size).toBe(0);
    // 96 px: 48 each, just enough.
    const just = labelSides([single(0, 356, 120), single(1, 480, 300)], 500);
    expect([...just.left]).toEqual([[1, 48]]);
    expect([...just.capped]).toEqual([[0, 48]]);
    // A badge from 400 to 464: nothing left of the mark at 470, and a badge cannot be cut.
    const badge = labelSides([group(0, 400), single(1, 470, 300)], 500);
    expect(badge.left.size + badge.capped.size).toBe(0);
  });

  it("uses the row's nearest earlier item, not one of another row or lane", () => {
    const items = [single(0, 200, 300, 1), single(1, 200, 300, 0, 1), single(2, 470, 300)];
    // Alone in its row: the whole row to its left, back to the edge.
    expect([...labelSides(items, 500).left]).toEqual([[2, 300]]);
    expect(labelSides(items, 500).capped.size).toBe(0);
  });
});

describe("the room a label takes on the right", () => {
  it("is its width, as far as the edge and the room it ceded allow, never below zero", () => {
    // 500 − 300 − 10 − 4 = 186 px before the edge.
    expect(labelRoomOnRight(single(0, 300, 120), 500, undefined)).toBe(120);
    expect(labelRoomOnRight(single(0, 300, 250), 500, undefined)).toBe(186);
    expect(labelRoomOnRight(single(0, 300, 120), 500, undefined, new Map([[0, 70]]))).toBe(70);
    expect(labelRoomOnRight(single(0, 300, 120), 500, undefined, new Map([[1, 70]]))).toBe(120);
    expect(labelRoomOnRight(single(0, 495, 120), 500, undefined)).toBe(0);
  });
});

describe("labels beside the edge signposts", () => {
  const both = { lane: 0, row: 1, before: true, after: true };

  it("keep clear of a later-events signpost on the right, in its row only", () => {
    expect(SIGNPOST_ROOM).toBe(110);
    // 500 − 110 − 300 − 10 − 4 = 76 px in the signpost's row; 186 in the others.
    expect(rightRoom(single(0, 300, 50, 1), 500, both)).toBe(76);
    expect(rightRoom(single(0, 300, 50, 0), 500, both)).toBe(186);
    expect(rightRoom(single(0, 300, 50, 1, 1), 500, both)).toBe(186);
    expect(rightRoom(single(0, 300, 50, 1), 500, { ...both, after: false })).toBe(186);
  });

  it("keep clear of an earlier-events signpost on the left when moved there", () => {
    // In the row: free from 110, so 300 − 10 − 110 = 180 px; the right leaves 76.
    expect([...leftLabels([single(4, 300, 250, 1)], 500, both)]).toEqual([[4, 180]]);
    // Without the earlier signpost, the whole 250 px fit back to the edge.
    expect([...leftLabels([single(4, 300, 250, 1)], 500, { ...both, before: false })]).toEqual([
      [4, 250],
    ]);
  });

  it("are there only for a window with events outside it, in the plot's middle row", () => {
    const view = { from: 1_000, to: 2_000 };
    // Three lanes of one row each (tops 0, 34, 68, 102 + era row): the middle lane holds them.
    const slot = edgeSignposts([1, 1, 1], { first: 500, last: 1_500 }, view);
    expect(slot && { before: slot.before, after: slot.after }).toEqual({
      before: true,
      after: false,
    });
    expect(edgeSignposts([1, 1, 1], { first: 1_000, last: 2_000 }, view)).toBeUndefined();
    expect(edgeSignposts([1, 1, 1], { first: 1_200, last: 2_001 }, view)?.after).toBe(true);
  });
});
