/**
 * An import hands its events to the page in batches after their index: adopting batch by batch
 * must give exactly what resolveEvents computes, whatever the batch sizes.
 */
import { IndexAdopter, indexEvents } from "../../src/model/eventIndex.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

describe("adopting an index batch by batch", () => {
  it.each([1, 7, 1_000])("gives the events resolveEvents computes (batches of %i)", (size) => {
    const table = goldsteinTable();
    const dataset = usColombia();
    const index = structuredClone(indexEvents(dataset, table));
    const onPage = structuredClone(dataset);
    const adopter = new IndexAdopter(index);
    for (let start = 0; start < onPage.events.length; start += size)
      adopter.add(onPage.events.slice(start, start + size));
    adopter.finish(onPage, table);

    const adopted = resolveEvents(onPage, table);
    const computed = resolveEvents(structuredClone(dataset), table);
    expect(adopted.map((e) => [e.id, e.startMs, e.endMs, e.anchorMs, e.score])).toEqual(
      computed.map((e) => [e.id, e.startMs, e.endMs, e.anchorMs, e.score]),
    );
    // The adopted events carry the page's own objects (those of the dataset it keeps).
    expect(adopted.every((e) => onPage.events.includes(e.source))).toBe(true);
  });
});
