/** The next filter selection after a chip or list entry is toggled. */
import { describe, expect, it } from "vitest";
import { leftOut } from "../../src/model/filters.ts";
import { toggledSelection } from "../../src/ui/ToggleGroup.tsx";

const all = ["a", "b", "c", "d"];

describe("toggledSelection", () => {
  it("turns one off from no filter, remembering only the one left out", () => {
    const next = toggledSelection(null, all, "b");
    expect(next).toEqual(["a", "c", "d"]);
    expect(next && leftOut(next)).toEqual(new Set(["b"]));
  });

  it("turns more off and back on, and everything on again is no filter", () => {
    const one = toggledSelection(null, all, "b");
    const two = toggledSelection(one, all, "d");
    expect(two).toEqual(["a", "c"]);
    const back = toggledSelection(two, all, "d");
    expect(back).toEqual(["a", "c", "d"]);
    expect(toggledSelection(back, all, "b")).toBeNull();
  });

  it("adds to and removes from a plain list, as before", () => {
    expect(toggledSelection([], all, "c")).toEqual(["c"]);
    expect(toggledSelection(["c", "a"], all, "c")).toEqual(["a"]);
    expect(toggledSelection(["a", "b", "c"], all, "d")).toBeNull();
  });
});
