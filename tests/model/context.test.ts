/** Third-country events: declared codes only, marked as context, and a filter that hides them. */
import { resolveEvents } from "../../src/model/events.ts";
import { NO_FILTERS, applyFilters, isFiltering } from "../../src/model/filters.ts";
import { validateDataset } from "../../src/model/validate.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const table = goldsteinTable();

const raid = sampleEvent({ id: "raid", date: "2026-01-03", target: "VEN", cameo: "190" });
const threat = sampleEvent({ id: "threat", date: "2026-01-04", cameo: "138" });
const withVenezuela = (events = [raid, threat]): Dataset => ({
  ...smallDataset(events),
  thirdParties: [{ code: "VEN", name: "Venezuela" }],
});

describe("third-country events", () => {
  it("accepts a code declared in thirdParties and marks the event as context", () => {
    const result = validateDataset(withVenezuela(), table);
    expect(result.ok).toBe(true);
    const events = resolveEvents(withVenezuela(), table);
    expect(events.map((e) => [e.id, e.context])).toEqual([
      ["raid", true],
      ["threat", false],
    ]);
  });

  it("rejects an undeclared code, naming the declared ones", () => {
    const result = validateDataset(smallDataset([raid]), table);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContainEqual({
      path: "events[0].target",
      message: expect.stringMatching(/unknown party "VEN"; expected one of: USA, COL/),
    });
  });

  it("rejects a third party that is one of the two parties, and an event aimed at its initiator", () => {
    const result = validateDataset(
      {
        ...withVenezuela([sampleEvent({ target: "USA" })]),
        thirdParties: [{ code: "COL", name: "Colombia" }],
      },
      table,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.map((p) => p.path)).toEqual(["events[0].target", "thirdParties[0].code"]);
  });

  it("hides context events only when asked, and says the view is filtered", () => {
    const events = resolveEvents(withVenezuela(), table);
    expect(applyFilters(events, NO_FILTERS)).toHaveLength(2);
    const hidden = { ...NO_FILTERS, hideContext: true };
    expect(isFiltering(hidden)).toBe(true);
    expect(applyFilters(events, hidden).map((e) => e.id)).toEqual(["threat"]);
  });

  it("keeps context events under other filters unless they are hidden too", () => {
    const events = resolveEvents(withVenezuela(), table);
    const byTopic = { ...NO_FILTERS, topics: ["diplomacy"] };
    expect(applyFilters(events, byTopic).map((e) => e.id)).toEqual(["raid", "threat"]);
    expect(applyFilters(events, { ...byTopic, hideContext: true }).map((e) => e.id)).toEqual([
      "threat",
    ]);
  });
});
