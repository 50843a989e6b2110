import { namesAStory, namesAView, VIEW_PARAMS } from "../../src/store/viewParamNames.ts";

describe("namesAView", () => {
  it("is true for a query naming any of the view's parameters, with or without ?", () => {
    for (const name of VIEW_PARAMS) {
      expect(namesAView(`?${name}=x`)).toBe(true);
      expect(namesAView(`utm_source=mail&${name}=`)).toBe(true);
    }
  });

  it("is false for an empty query and for the host page's own parameters", () => {
    expect(namesAView("")).toBe(false);
    expect(namesAView("?")).toBe(false);
    expect(namesAView("?utm_source=mail&src=data.json&baseline=daily.csv&parties=USA,COL")).toBe(
      false,
    );
    // A name is matched whole, not as a prefix or a value.
    expect(namesAView("?fromage=1&x=from")).toBe(false);
  });
});

describe("namesAStory", () => {
  it("is true for story=1 and for a step, false otherwise", () => {
    expect(namesAStory("?story=1")).toBe(true);
    expect(namesAStory("lang=es&step=3")).toBe(true);
    expect(namesAStory("?story=0")).toBe(false);
    expect(namesAStory("?event=x&lanes=party")).toBe(false);
    expect(namesAStory("")).toBe(false);
  });
});
