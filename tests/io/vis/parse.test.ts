import type { Dataset } from "../../../src/model/schema.ts";
import { importVisItems, parseVisTimeline } from "../../../src/io/vis/parse.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  goldstein,
  skipped,
  totalSkipped,
  warning,
} from "../fixtures.ts";

type Item = Record<string, unknown>;
const basic = (): Item[] => JSON.parse(fixture("vis-timeline/basic.json")) as Item[];
const json = (value: unknown) => JSON.stringify(value, null, 2);
const parse = (value: unknown) =>
  parseVisTimeline(json(value), { goldstein, fileName: "items.json" });
/** 1-based line of the first line of `text` that matches. */
const lineOf = (text: string, pattern: RegExp) =>
  text.split("\n").findIndex((l) => pattern.test(l)) + 1;

describe("vis-timeline: basic.json", () => {
  let result: ReturnType<typeof parseVisTimeline>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseVisTimeline(fixture("vis-timeline/basic.json"), { goldstein });
    dataset = expectDataset(result);
  });

  it("takes the 6 items as day-precision events, with the range's end", () => {
    expect(result.report.eventsTaken).toBe(6);
    expect(totalSkipped(result.report)).toBe(0);
    expect(dataset.events.map((e) => [e.id, e.title, e.date, e.end])).toEqual([
      ["1", "item 1", "2014-04-20", undefined],
      ["2", "item 2", "2014-04-14", undefined],
      ["3", "item 3", "2014-04-18", undefined],
      ["4", "item 4", "2014-04-16", "2014-04-19"],
      ["5", "item 5", "2014-04-25", undefined],
      ["6", "item 6", "2014-04-27", undefined],
    ]);
  });

  it("uses placeholder parties and a neutral score, and says so", () => {
    warning(result.report, /^vis-timeline has no notion of parties/);
    warning(result.report, /^6 events have no score: scored 0 \(neutral\)$/);
  });
});

describe("vis-timeline: variations", () => {
  it("reads milliseconds, midnight and timed ISO strings, years and months (in UTC)", () => {
    const items = [
      { id: "ms", content: "ms", start: Date.UTC(2014, 3, 20) },
      { id: "ms-timed", content: "ms timed", start: Date.UTC(2014, 3, 20, 23, 30) },
      { id: "midnight", content: "midnight", start: "2014-04-20T00:00:00" },
      { id: "timed", content: "timed", start: "2014-04-20T23:30:00-05:00" },
      { id: "year", content: "year", start: "2014" },
      { id: "month", content: "month", start: "2014-04" },
      { id: "string-ms", content: "string ms", start: String(Date.UTC(2014, 3, 20)) },
    ];
    const result = parse(items);
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.id, e.date])).toEqual([
      ["ms", "2014-04-20"],
      ["ms-timed", "2014-04-20"],
      ["midnight", "2014-04-20"],
      ["timed", "2014-04-20"],
      ["year", "2014"],
      ["month", "2014-04"],
      ["string-ms", "2014-04-20"],
    ]);
    // An item's line is where its object opens, the line before its "id".
    const text = json(items);
    const lines = [/"ms-timed"/, /"id": "timed"/].map((p) => lineOf(text, p) - 1);
    expect(warning(result.report, /^2 dates have a time of day/)).toMatch(
      new RegExp(`\\(lines ${lines.join(", ")}\\)$`),
    );
  });

  it("accepts Date objects in memory", () => {
    const dataset = expectDataset(
      importVisItems([{ id: 1, content: "d", start: new Date(Date.UTC(2020, 1, 29)) }], {
        goldstein,
      }),
    );
    expect(dataset.events[0]?.date).toBe("2020-02-29");
  });

  it("turns background items into eras and groups into topics", () => {
    const result = parse({
      groups: [
        { id: 1, content: "<b>Trade</b>" },
        { id: 2, content: "Security" },
      ],
      items: [
        ...basic().map((item, i) => ({ ...item, group: (i % 2) + 1 })),
        { id: "bg", content: "Easter", start: "2014-04-18", end: "2014-04-21", type: "background" },
        { id: "bg2", content: "Open", start: "2014-04-18", type: "background" },
      ],
    });
    const dataset = expectDataset(result);
    expect(dataset.topics.map((t) => t.label)).toEqual(["Trade", "Security"]);
    expect(dataset.events[1]?.topics).toEqual(["security"]);
    expect(dataset.eras).toEqual([
      { id: "easter", label: "Easter", start: "2014-04-18", end: "2014-04-21" },
    ]);
    expect(skipped(result.report, "era: background item without an end").count).toBe(1);
  });

  it("converts HTML content to text and uses the title tooltip as summary", () => {
    const dataset = expectDataset(
      parse([
        {
          id: 1,
          content: '<img src=x onerror="alert(1)"><span style="color:red">Visit</span>',
          title: "A <em>state</em> visit",
          start: "2014-04-20",
        },
      ]),
    );
    expect(dataset.events[0]).toMatchObject({ title: "Visit", summary: "A state visit" });
  });

  it("skips items it cannot date, with reasons and lines", () => {
    const items = [
      ...basic(),
      { id: 7, content: "bad", start: "2025-13-40" },
      { id: 8, content: "words", start: "next Tuesday" },
      { id: 9, content: "none" },
      { id: 10, content: "bce", start: "-000500-01-01" },
      42,
    ];
    const result = parse(items);
    expect(expectDataset(result).events).toHaveLength(6);
    expect(skipped(result.report, "invalid date").count).toBe(2);
    expect(skipped(result.report, "missing start date").count).toBe(1);
    expect(skipped(result.report, "date before year 0 cannot be represented").count).toBe(1);
    expect(skipped(result.report, "item is not an object").lines).toEqual([
      lineOf(json(items), /^ {2}42$/),
    ]);
    expect(skipped(result.report, "invalid date").lines).toEqual([
      lineOf(json(items), /"id": 7/) - 1,
      lineOf(json(items), /"id": 8/) - 1,
    ]);
  });

  it("de-duplicates ids and ignores an unusable end", () => {
    const result = parse([
      { id: "a", content: "one", start: "2014-04-20" },
      { id: "A", content: "two", start: "2014-04-20", end: "soon" },
    ]);
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.id, e.end])).toEqual([
      ["a", undefined],
      ["a-2", undefined],
    ]);
    warning(result.report, /^1 end date is not a usable date: dropped/);
  });

  it("fails clearly on something that is not a list of items", () => {
    expect(expectFailure(parse({ foo: 1 })).problems[0]?.message).toMatch(
      /array of vis-timeline items/,
    );
    expect(expectFailure(parseVisTimeline('[{"id": 1,', { goldstein })).problems[0]?.line).toBe(1);
  });
});
