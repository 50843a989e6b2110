/**
 * The document layout (exported pictures) as worked examples, with a measure of 10 px per
 * character: whole titles, right of the mark when they fit, else left, else wrapped onto rows
 * of their own; every event in view on a row of its own where labels would collide.
 */
import {
  WHOLE_LABEL_LIMIT,
  documentLayout,
  placeLabel,
  wrapWords,
} from "../../src/scene/documentLayout.ts";
import { laneIndexOf } from "../helpers/laneIndex.ts";

const measure = (text: string): number => text.length * 10;

describe("wrapWords", () => {
  it("fills each line up to the width and gives an over-long word a line of its own", () => {
    expect(wrapWords("one two three", 12, 70, measure)).toEqual(["one two", "three"]);
    expect(wrapWords("  one   two ", 12, 70, measure)).toEqual(["one two"]);
    expect(wrapWords("extraordinarily long", 12, 50, measure)).toEqual(["extraordinarily", "long"]);
    expect(wrapWords("", 12, 50, measure)).toEqual([]);
  });
});

describe("placeLabel", () => {
  // At x = 106 on 400 px: 400 − 106 − 10 − 4 = 280 px on the right, 106 − 10 − 4 = 92 on the left.
  it("puts a title right of its mark when it fits there, even exactly", () => {
    expect(placeLabel("x".repeat(28), 106, 400, measure)).toEqual({
      lines: ["x".repeat(28)],
      side: "right",
      extent: 280,
    });
  });

  it("puts it left when only the left has room, exactly too", () => {
    // At x = 294: 92 px on the right, 280 on the left.
    expect(placeLabel("y".repeat(28), 294, 400, measure)).toEqual({
      lines: ["y".repeat(28)],
      side: "left",
      extent: 280,
    });
  });

  it("wraps a title too long for either side on the roomier side", () => {
    const title = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj";
    const placed = placeLabel(title, 100, 400, measure);
    expect(placed.side).toBe("right");
    expect(placed.lines).toEqual(["aaaa bbbb cccc dddd eeee", "ffff gggg hhhh iiii jjjj"]);
    expect(placed.extent).toBe(240);
    expect(placeLabel(title, 300, 400, measure).side).toBe("left");
  });

  it("keeps a title right when it fits there exactly, though the left has more room", () => {
    // At x = 296: 90 px on the right, 282 on the left.
    expect(placeLabel("z".repeat(9), 296, 400, measure).side).toBe("right");
  });

  it("wraps on the right when both sides have the same room", () => {
    // At x = 200: 186 px on either side.
    expect(placeLabel("aaaaaaaaa bbbbbbbbb", 200, 400, measure)).toEqual({
      lines: ["aaaaaaaaa", "bbbbbbbbb"],
      side: "right",
      extent: 90,
    });
  });

  it("reaches as far as its widest line", () => {
    const placed = placeLabel("aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii j", 100, 400, measure);
    expect(placed.lines).toEqual(["aaaa bbbb cccc dddd eeee", "ffff gggg hhhh iiii j"]);
    expect(placed.extent).toBe(240);
  });
});

describe("documentLayout", () => {
  const view = { from: 0, to: 1000 };

  it("gives colliding labels rows of their own and a wrapped one as many rows as lines", () => {
    // Lane 0: two events at the same instant. Lane 1: at x = 200 there are 186 px on either side,
    // so the 49-character title wraps into four lines of at most 18 characters.
    const index = laneIndexOf([[100, 100], [500]]);
    const titles = ["first", "second", "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj"];
    const layout = documentLayout(index, (i) => titles[i] ?? "", view, 400, measure);
    expect(layout?.layout.rowCounts).toEqual([2, 4]);
    expect(layout?.layout.items.map((item) => [item.lane, item.row, item.first])).toEqual([
      [0, 0, 0],
      [0, 1, 1],
      [1, 0, 2],
    ]);
    expect(layout?.labels.get(2)?.lines).toEqual([
      "aaaa bbbb cccc",
      "dddd eeee ffff",
      "gggg hhhh iiii",
      "jjjj",
    ]);
  });

  it("leaves out events outside the view and keeps an empty lane one row high", () => {
    const index = laneIndexOf([[-5, 1005], [10]]);
    const layout = documentLayout(index, () => "t", view, 400, measure);
    expect(layout?.layout.items.map((item) => item.first)).toEqual([2]);
    expect(layout?.layout.rowCounts).toEqual([1, 1]);
  });

  it("puts labels that do not overlap on the same row, touching ones included", () => {
    const index = laneIndexOf([[0, 500]]);
    const layout = documentLayout(index, () => "ab", view, 400, measure);
    expect(layout?.layout.items.map((item) => item.row)).toEqual([0, 0]);
    // x = 40 and 88: the first label ends at 40 + 10 + 20 + 8 = 78, where the second mark's
    // reach begins (88 − 10).
    const touching = documentLayout(laneIndexOf([[100, 220]]), () => "ab", view, 400, measure);
    expect(touching?.layout.items.map((item) => item.row)).toEqual([0, 0]);
  });

  it("keeps an event anchored on the view's last instant", () => {
    const layout = documentLayout(laneIndexOf([[1000]]), () => "t", view, 400, measure);
    expect(layout?.layout.items.map((item) => [item.first, item.x])).toEqual([[0, 400]]);
    expect(layout?.labels.get(0)?.side).toBe("left");
  });

  it("keeps the gap after a label: a mark 1 px into it goes to the next row", () => {
    // The first label ends at 40 + 10 + 20 + 8 = 78; the second mark's reach begins at 87 − 10.
    const index = laneIndexOf([[100, 217.5]]);
    const layout = documentLayout(index, () => "ab", view, 400, measure);
    expect(layout?.layout.items.map((item) => item.row)).toEqual([0, 1]);
  });

  it("takes a right label's room to its right and a left label's to its left", () => {
    const rows = (anchors: number[], titles: string[]) =>
      documentLayout(
        laneIndexOf([anchors]),
        (i) => titles[i] ?? "",
        view,
        400,
        measure,
      )?.layout.items.map((item) => item.row);
    // x = 40 with 100 px of title reaches 158; a mark at x = 150 starts at 140: next row.
    expect(rows([100, 375], ["abcdefghij", "ab"])).toEqual([0, 1]);
    // x = 100 reaches 138. At x = 300 a 200 px title fits only on the left, from 82: next row.
    expect(rows([250, 750], ["ab", "abcdefghijklmnopqrst"])).toEqual([0, 1]);
    // That left label ends 10 px right of its mark, at 310; a mark at x = 318 starts at 308.
    expect(rows([750, 795], ["abcdefghijklmnopqrst", "ab"])).toEqual([0, 1]);
    // At x = 322 it starts at 312, clear of it.
    expect(rows([750, 805], ["abcdefghijklmnopqrst", "ab"])).toEqual([0, 0]);
  });

  it("gives a wrapped label rows that are all free, not only its first", () => {
    // Row 0 is taken to 138, row 1 to 298. The label at x = 200 wraps onto two rows from 190:
    // row 0 is free but row 1 is not, so it takes rows 2 and 3.
    const titles = ["ab", "abcdefghijklmnop", "aaaaaaaaa bbbbbbbbb"];
    const layout = documentLayout(
      laneIndexOf([[250, 300, 500]]),
      (i) => titles[i] ?? "",
      view,
      400,
      measure,
    );
    expect(layout?.layout.items.map((item) => item.row)).toEqual([0, 1, 2]);
    expect(layout?.layout.rowCounts).toEqual([4]);
    // A one-line label there needs only row 0.
    const oneLine = documentLayout(
      laneIndexOf([[250, 300, 500]]),
      (i) => ["ab", "abcdefghijklmnop", "ab"][i] ?? "",
      view,
      400,
      measure,
    );
    expect(oneLine?.layout.items.map((item) => item.row)).toEqual([0, 1, 0]);
  });

  it("falls back to the screen's layout past WHOLE_LABEL_LIMIT events in view", () => {
    const many = Array.from({ length: WHOLE_LABEL_LIMIT + 1 }, (_, i) => i);
    expect(
      documentLayout(laneIndexOf([many]), () => "t", { from: 0, to: 10_000 }, 400, measure),
    ).toBeUndefined();
    const limit = many.slice(1);
    expect(
      documentLayout(laneIndexOf([limit]), () => "t", { from: 0, to: 10_000 }, 400, measure),
    ).toBeDefined();
  });
});
