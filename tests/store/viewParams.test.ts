import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Dataset } from "../../src/model/schema.ts";
import { NO_FILTERS } from "../../src/model/filters.ts";
import { createDetenteStore, type DetenteStore } from "../../src/store/createDetenteStore.ts";
import { selectBounds } from "../../src/store/selectors.ts";
import { serializeViewParams } from "../../src/store/viewLink.ts";
import { parseViewParams } from "../../src/store/viewParams.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

const goldstein = goldsteinTable();
const dataset = JSON.parse(
  readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
) as Dataset;

/** A store started from a query string, the way main.tsx starts one. */
function storeFrom(search: string): { store: DetenteStore; warnings: string[] } {
  const { init, warnings } = parseViewParams(search, dataset);
  const store = createDetenteStore({
    dataset,
    goldstein,
    ...init,
    settings: { reducedMotion: true, ...init.settings },
  });
  return { store, warnings };
}

/** Parse, build a store, serialize: what a shared link turns into once the page has loaded. */
function roundTrip(search: string): string {
  const { store, warnings } = storeFrom(search);
  expect(warnings).toEqual([]);
  return serializeViewParams(store.getState(), search);
}

describe("parseViewParams", () => {
  it("reads every parameter", () => {
    const { init, warnings } = parseViewParams(
      "?from=2025-01-01&to=2025-12-31&topics=diplomacy,aid-sanctions&actors=gustavo-petro" +
        "&q=visa%20Petro&event=visa-revocation&lanes=actor&lang=es&theme=dark&halflife=90",
      dataset,
    );
    expect(warnings).toEqual([]);
    expect(init).toEqual({
      viewport: { from: Date.UTC(2025, 0, 1), to: Date.UTC(2026, 0, 1) },
      filters: {
        ...NO_FILTERS,
        topics: ["diplomacy", "aid-sanctions"],
        actors: ["gustavo-petro"],
        query: "visa Petro",
      },
      selectedId: "visa-revocation",
      settings: { lanes: "actor", lang: "es", theme: "dark", halfLife: 90 },
    });
  });

  it("starts from nothing when the query is empty", () => {
    expect(parseViewParams("", dataset)).toEqual({ init: {}, warnings: [] });
    expect(parseViewParams("?", dataset)).toEqual({ init: {}, warnings: [] });
  });

  it("reads days in UTC whatever the local time zone (tests run in Bogotá, UTC−5)", () => {
    expect(new Date(2025, 2, 1).getTimezoneOffset()).toBe(300);
    const { init } = parseViewParams("?from=2025-03-01&to=2025-03-01", dataset);
    expect(new Date(init.viewport?.from ?? NaN).toISOString()).toBe("2025-03-01T00:00:00.000Z");
    // `to` is inclusive: the window ends when 2 March begins, in UTC.
    expect(new Date(init.viewport?.to ?? NaN).toISOString()).toBe("2025-03-02T00:00:00.000Z");
  });

  it("fills a missing edge with the dataset's", () => {
    const bounds = selectBounds({ dataset, goldstein });
    expect(parseViewParams("?from=2025-01-01", dataset).init.viewport).toEqual({
      from: Date.UTC(2025, 0, 1),
      to: bounds.to,
    });
    expect(parseViewParams("?to=2001-12-31", dataset).init.viewport).toEqual({
      from: bounds.from,
      to: Date.UTC(2002, 0, 1),
    });
  });

  it("treats topics= as none selected, and absent topics as all", () => {
    expect(parseViewParams("?topics=", dataset).init.filters?.topics).toEqual([]);
    expect(parseViewParams("?actors=", dataset).init.filters?.actors).toEqual([]);
    expect(parseViewParams("?lang=es", dataset).init.filters).toBeUndefined();
  });

  it("drops unknown ids from a list with a warning and keeps the known ones", () => {
    const { init, warnings } = parseViewParams("?topics=diplomacy,nope,trade-tariffs", dataset);
    expect(init.filters?.topics).toEqual(["diplomacy", "trade-tariffs"]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/topics=.*"nope".*expected comma-separated topic ids/);
  });

  it("accepts from and to on the same day, and a half-life with decimals", () => {
    const { init, warnings } = parseViewParams(
      "?from=2026-02-03&to=2026-02-03&halflife=7.5",
      dataset,
    );
    expect(warnings).toEqual([]);
    expect(init.viewport).toEqual({ from: Date.UTC(2026, 1, 3), to: Date.UTC(2026, 1, 4) });
    expect(init.settings?.halfLife).toBe(7.5);
  });

  const garbage: [string, RegExp][] = [
    ["from=2025-13-40", /from="2025-13-40".*expected a real date as YYYY-MM-DD \(month 13/],
    ["from=2025-02-30", /from="2025-02-30".*expected a real date.*day 30 does not exist/],
    [
      "from=2025-03-00",
      /from="2025-03-00".*expected a real date.*day 00 does not exist in 2025-03/,
    ],
    ["to=2025-03-00", /to="2025-03-00".*expected a real date.*day 00 does not exist in 2025-03/],
    ["from=yesterday", /from="yesterday".*expected a date as YYYY-MM-DD/],
    ["from=2025-3-1", /from="2025-3-1".*expected a date as YYYY-MM-DD/],
    ["from=", /from="".*expected a date as YYYY-MM-DD/],
    ["to=2025-02-29", /to="2025-02-29".*day 29 does not exist in 2025-02/],
    ["to=31/12/2025", /to="31\/12\/2025".*expected a date as YYYY-MM-DD/],
    [
      "from=2026-01-10&to=2026-01-01",
      /from="2026-01-10" and to="2026-01-01".*from on or before to/,
    ],
    ["from=2040-01-01", /from="2040-01-01".*expected a date before the end of the data/],
    ["to=1990-01-01", /to="1990-01-01".*expected a date after the start of the data/],
    ["topics=nope", /topics="nope".*expected comma-separated topic ids \(migration-deportation, /],
    ["topics=nope,also-nope", /topics="nope,also-nope".*expected comma-separated topic ids/],
    ["actors=nobody", /actors="nobody".*expected comma-separated actor ids \(donald-trump, /],
    ["q=%FF%FE", /q=".*".*expected search text \(this has broken encoding/],
    ["q=a%00b", /q=".*".*expected search text/],
    [`q=${"x".repeat(501)}`, /q=".*".*at most 500 characters/],
    ["event=missing-id", /event="missing-id".*expected the id of an event in this dataset/],
    ["event=", /event="".*expected the id of an event/],
    ["lanes=zigzag", /lanes="zigzag".*expected one of topic, actor, party, none/],
    ["lanes=TOPIC", /lanes="TOPIC".*expected one of topic, actor, party, none/],
    ["lang=fr", /lang="fr".*expected one of en, es/],
    ["theme=neon", /theme="neon".*expected one of auto, light, dark/],
    ["halflife=-3", /halflife="-3".*expected a positive number of days/],
    ["halflife=0", /halflife="0".*expected a positive number of days/],
    ["halflife=abc", /halflife="abc".*expected a positive number of days/],
    ["halflife=", /halflife="".*expected a positive number of days/],
    ["halflife=Infinity", /halflife="Infinity".*expected a positive number of days/],
    ["halflife=0x10", /halflife="0x10".*expected a positive number of days/],
  ];

  it.each(garbage)("ignores %s with a warning naming it and changes nothing", (query, message) => {
    const { init, warnings } = parseViewParams(`?${query}`, dataset);
    expect(init).toEqual({});
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(message);
  });

  it("rejects day 00 and keeps the data's own start in its place", () => {
    const { init, warnings } = parseViewParams("?from=2025-03-00&to=2026-01-31", dataset);
    expect(warnings).toEqual([
      'Détente: ignoring URL parameter from="2025-03-00": expected a real date as YYYY-MM-DD ' +
        "(day 00 does not exist in 2025-03 (it has 31 days)).",
    ]);
    expect(init.viewport).toEqual({
      from: selectBounds({ dataset, goldstein }).from,
      to: Date.UTC(2026, 1, 1),
    });
  });

  it("keeps the valid parameters next to garbage ones", () => {
    const { init, warnings } = parseViewParams(
      "?from=2025-13-40&to=2025-12-31&lang=es&halflife=-3&event=visa-revocation",
      dataset,
    );
    expect(warnings).toHaveLength(2);
    expect(init.settings).toEqual({ lang: "es" });
    expect(init.selectedId).toBe("visa-revocation");
    expect(init.viewport?.to).toBe(Date.UTC(2026, 0, 1));
  });

  it("ignores parameters that are not ours", () => {
    const { init, warnings } = parseViewParams("?utm_source=mail&page=3&lang=es", dataset);
    expect(warnings).toEqual([]);
    expect(init).toEqual({ settings: { lang: "es" } });
  });
});

describe("serializeViewParams", () => {
  it("leaves a fresh view's URL clean", () => {
    const { store } = storeFrom("");
    expect(serializeViewParams(store.getState(), "")).toBe("");
    expect(serializeViewParams(store.getState(), "?")).toBe("");
  });

  it("omits parameters equal to their default", () => {
    const { store } = storeFrom("?lanes=topic&lang=en&theme=auto&halflife=45&q=");
    expect(serializeViewParams(store.getState(), "")).toBe("");
  });

  it("compares the language with the page's default when given one", () => {
    const { store } = storeFrom("?lang=es");
    expect(serializeViewParams(store.getState(), "")).toBe("?lang=es");
    expect(serializeViewParams(store.getState(), "", { lang: "es" })).toBe("");
    store.getState().setSettings({ lang: "en" });
    expect(serializeViewParams(store.getState(), "", { lang: "es" })).toBe("?lang=en");
  });

  it.each([
    "?from=2025-01-01&to=2025-12-31",
    "?from=2026-02-03&to=2026-02-03",
    "?topics=migration-deportation,diplomacy",
    "?topics=",
    "?actors=donald-trump,gustavo-petro",
    "?actors=",
    "?q=visa",
    "?q=Bogot%C3%A1%20%26%20Washington%2C%202025",
    "?event=visa-revocation",
    "?lanes=actor",
    "?lanes=party",
    "?lanes=none",
    "?lang=es",
    "?theme=light",
    "?theme=dark",
    "?halflife=90",
    "?halflife=7.5",
    "?from=2025-09-01&to=2025-10-31&topics=diplomacy&actors=gustavo-petro&q=visa" +
      "&event=visa-revocation&lanes=actor&lang=es&theme=dark&halflife=14",
  ])("round-trips %s unchanged", (search) => {
    expect(roundTrip(search)).toBe(search);
  });

  it("writes both edges of a window given by one edge, and nothing for the opening view", () => {
    expect(roundTrip("?from=2025-06-01")).toMatch(/^\?from=2025-06-01&to=\d{4}-\d{2}-\d{2}$/);
    expect(roundTrip("?to=2001-12-31")).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=2001-12-31$/);
    // The declared opening view, written out, is the default and leaves the link clean.
    expect(roundTrip("?from=2025-01-01&to=2026-02-28")).toBe("");
  });

  it("is stable after the first round trip for any viewport", () => {
    const { store } = storeFrom("");
    const state = store.getState();
    for (const factor of [1.3, 2, 7, 40, 300]) {
      state.zoomBy(factor, Date.UTC(2025, 9, 19, 17, 23));
      state.panBy(0.37);
      const first = serializeViewParams(store.getState(), "");
      expect(first).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
      expect(first).not.toBe("?");
      expect(roundTrip(first)).toBe(first);
      state.resetViewport();
    }
  });

  it("writes from as the day the view starts in and to as the last day it shows", () => {
    const { store } = storeFrom("");
    // 2025-03-01 05:00 UTC is still 1 March in UTC (and midnight in Bogotá): the trap to avoid.
    store.getState().setViewport({ from: Date.UTC(2025, 2, 1, 5), to: Date.UTC(2025, 3, 1) });
    // `to` at midnight: 1 April is not shown at all, so the last day is 31 March.
    expect(serializeViewParams(store.getState(), "")).toBe("?from=2025-03-01&to=2025-03-31");
    store.getState().setViewport({ from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 3, 1, 0, 1) });
    expect(serializeViewParams(store.getState(), "")).toBe("?from=2025-03-01&to=2025-04-01");
  });

  it("writes lists in dataset order with literal commas, and an empty list as topics=", () => {
    const { store } = storeFrom("");
    store.getState().setFilters({ topics: ["diplomacy", "migration-deportation"] });
    expect(serializeViewParams(store.getState(), "")).toBe(
      "?topics=migration-deportation,diplomacy",
    );
    store.getState().setFilters({ topics: [] });
    expect(serializeViewParams(store.getState(), "")).toBe("?topics=");
  });

  it("writes all topics but one as that one prefixed with '-', and reads it back", () => {
    const { store } = storeFrom("");
    const ids = dataset.topics.map((topic) => topic.id);
    const [off, ...rest] = ids;
    store.getState().setFilters({ topics: rest });
    const search = serializeViewParams(store.getState(), "");
    expect(search).toBe(`?topics=-${off}`);
    expect(parseViewParams(search, dataset).init.filters?.topics).toEqual(rest);
  });

  it("encodes search text so it comes back as typed", () => {
    const { store } = storeFrom("");
    const text = "Bogotá & co: 50% +tariffs, #visa?";
    store.getState().setFilters({ query: text });
    const search = serializeViewParams(store.getState(), "");
    expect(parseViewParams(search, dataset).init.filters?.query).toBe(text);
  });

  it("keeps unknown parameters byte for byte, first, and drops ours to rewrite them", () => {
    const base = "?utm_source=mail&embed&x=a%2Cb+c&lang=es&ref=%E2%9C%93&topics=nope";
    const { store } = storeFrom("?event=visa-revocation&theme=dark");
    expect(serializeViewParams(store.getState(), base)).toBe(
      "?utm_source=mail&embed&x=a%2Cb+c&ref=%E2%9C%93&event=visa-revocation&theme=dark",
    );
    // A fresh view keeps only the host's parameters.
    const { store: fresh } = storeFrom("");
    expect(serializeViewParams(fresh.getState(), base)).toBe(
      "?utm_source=mail&embed&x=a%2Cb+c&ref=%E2%9C%93",
    );
  });

  it("writes parameters in a fixed order whatever order they came in", () => {
    const { store } = storeFrom(
      "?halflife=90&theme=dark&lang=es&lanes=party&event=aid-suspension&q=aid&actors=donald-trump&topics=aid-sanctions&to=2025-12-31&from=2025-06-01",
    );
    expect(serializeViewParams(store.getState(), "")).toBe(
      "?from=2025-06-01&to=2025-12-31&topics=aid-sanctions&actors=donald-trump&q=aid" +
        "&event=aid-suspension&lanes=party&lang=es&theme=dark&halflife=90",
    );
  });
});
