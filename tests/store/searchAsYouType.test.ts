/**
 * Search as you type stays bounded: each keystroke that extends the query searches only the
 * previous query's matches, and the result is exactly what a search of every event gives.
 */
import { foldText, matchesQuery } from "../../src/model/filters.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectEvents, selectMatches, selectMatchTest } from "../../src/store/selectors.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

describe("search as you type", () => {
  it("finds, keystroke by keystroke and back, what a full search finds", () => {
    const store = createDetenteStore({ dataset: usColombia(), goldstein: goldsteinTable() });
    const all = selectEvents(store.getState());
    const word = "Bogotá tariffs";
    const typed = [...word].map((_, i) => word.slice(0, i + 1));
    for (const query of [...typed, ...typed.reverse(), "PETRO", "petro d", "pet"]) {
      store.getState().setFilters({ query });
      const expected = all.filter((event) => matchesQuery(event, query));
      expect(selectMatches(store.getState()).map((e) => e.id)).toEqual(expected.map((e) => e.id));
    }
  });

  it("marks on the timeline exactly the events the search lists, words or a date", () => {
    const store = createDetenteStore({ dataset: usColombia(), goldstein: goldsteinTable() });
    const all = selectEvents(store.getState());
    expect(selectMatchTest(store.getState())).toBeUndefined();
    for (const query of ["petro", "TARIFFS", "26 January 2025", "enero 2025", "zzz"]) {
      store.getState().setFilters({ query });
      const test = selectMatchTest(store.getState());
      const listed = selectMatches(store.getState()).map((e) => e.id);
      expect(all.filter((event) => test?.(event)).map((e) => e.id)).toEqual(listed);
    }
    // The date queries find events by their date alone.
    store.getState().setFilters({ query: "26 January 2025" });
    expect(selectMatches(store.getState()).length).toBeGreaterThan(0);
  });

  it("folds plain ASCII by lower-casing, and accents away otherwise", () => {
    expect(foldText("Tariffs ON Coffee")).toBe("tariffs on coffee");
    expect(foldText("Bogotá Petro")).toBe("bogota petro");
    expect(foldText("ÉLYSÉE")).toBe("elysee");
  });
});
