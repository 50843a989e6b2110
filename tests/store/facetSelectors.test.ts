/** Long filter lists: ranked by how many events each entry tags, searched by folded label. */
import { resolveEvents } from "../../src/model/events.ts";
import { rankFacet, searchFacet } from "../../src/store/facetSelectors.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

describe("facet ranking and search", () => {
  const options = [
    { id: "a", label: "Aid" },
    { id: "b", label: "Bogotá talks" },
    { id: "c", label: "Coffee" },
    { id: "d", label: "Drugs" },
  ];
  const tagged = (id: string, topics: string[]) => sampleEvent({ id, topics });
  const dataset = smallDataset([
    tagged("1", ["c"]),
    tagged("2", ["c", "b"]),
    tagged("3", ["d"]),
    tagged("4", ["c", "d"]),
  ]);
  const ranking = rankFacet(options, resolveEvents(dataset, goldsteinTable()), "topics");

  it("puts the most frequent first, ties in the dataset's order", () => {
    expect(ranking.ranked.map((o) => o.id)).toEqual(["c", "d", "b", "a"]);
    expect(ranking.ids).toEqual(["a", "b", "c", "d"]);
    expect(ranking.totals.get("c")).toBe(3);
    expect(ranking.totals.get("a")).toBeUndefined();
  });

  it("finds labels ignoring case and accents, in ranked order", () => {
    const labels = (query: string) =>
      searchFacet(ranking, query).map((i) => ranking.ranked[i]?.label);
    expect(labels("BOGOTA")).toEqual(["Bogotá talks"]);
    expect(labels("g")).toEqual(["Drugs", "Bogotá talks"]);
    expect(labels("  ")).toHaveLength(4);
    expect(labels("zebra")).toEqual([]);
  });
});
