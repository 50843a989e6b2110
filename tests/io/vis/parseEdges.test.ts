/** vis-timeline import edges: group labels, eras that cannot be dated, lines inside `items`. */
import { importVisItems, parseVisTimeline } from "../../../src/io/vis/parse.ts";
import { expectDataset, expectFailure, goldstein, skipped, warning } from "../fixtures.ts";

const parse = (value: unknown) =>
  parseVisTimeline(JSON.stringify(value, null, 2), { goldstein, fileName: "items.json" });

describe("vis-timeline import edges", () => {
  it("names topics only from groups with both an id and a label", () => {
    const result = parse({
      groups: [
        null,
        "g",
        { id: "a", content: "" },
        { id: "", content: "Nameless" },
        { id: "b", content: "Bee" },
      ],
      items: [
        { id: 1, content: "one", start: "2014-04-20", group: "a" },
        { id: 2, content: "two", start: "2014-04-21", group: "b" },
        { id: 3, content: "three", start: "2014-04-22" },
        { id: 4, content: "four", start: "2014-04-23", group: "" },
      ],
    });
    const dataset = expectDataset(result);
    expect(result.report.format).toBe("vis-json");
    expect(dataset.topics.map((t) => [t.id, t.label])).toEqual([
      ["a", "a"],
      ["bee", "Bee"],
      ["general", "General"],
    ]);
    expect(dataset.events.map((e) => [e.id, e.topics])).toEqual([
      ["1", ["a"]],
      ["2", ["bee"]],
      ["3", ["general"]],
      ["4", ["general"]],
    ]);
  });

  it("says which era date failed, and keeps a timed end's day", () => {
    const items = [
      { id: "e1", content: "Bad start", start: "soon", end: "2014-05-01", type: "background" },
      { id: "e2", content: "Bad end", start: "2014-04-01", end: "later", type: "background" },
      {
        id: "e3",
        content: "Timed",
        start: "2014-04-01",
        end: "2014-04-03T10:00",
        type: "background",
      },
      { id: "x", content: "event", start: "soon" },
      { id: "y", content: "range", start: "2014-04-02", end: "2014-04-05T12:00" },
    ];
    const result = parse({ items });
    const dataset = expectDataset(result);
    // Lines are counted inside `items` of the object: item k opens on line 3 + 8k (8 lines each).
    const report = result.report;
    expect(skipped(report, "era: invalid date")).toMatchObject({ count: 2 });
    const invalid = skipped(report, "invalid date");
    expect(invalid.count).toBe(1);
    expect(report.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^start: /)]),
    );
    expect((dataset.eras ?? []).map((e) => [e.label, e.start, e.end])).toEqual([
      ["Timed", "2014-04-01", "2014-04-03"],
    ]);
    expect(dataset.events.map((e) => [e.id, e.date, e.end])).toEqual([
      ["y", "2014-04-02", "2014-04-05"],
    ]);
    expect(warning(report, /^2 dates have a time of day/)).toBeTruthy();
  });

  it("fails malformed JSON with its own report", () => {
    const report = expectFailure(parseVisTimeline("[1,", { goldstein }));
    expect(report.format).toBe("vis-json");
    expect(report.eventsTaken).toBe(0);
    expect(report.problems).toHaveLength(1);
    expect(expectFailure(importVisItems("nothing")).format).toBe("vis-json");
  });

  it("names the format in its warnings, and an era's bad end in its problem", () => {
    const text = JSON.stringify(
      {
        items: [
          { id: 1, content: "one", start: "2014-04-20" },
          { id: 2, content: "Era", start: "2014-04-01", end: "later", type: "background" },
        ],
      },
      null,
      2,
    );
    const result = parseVisTimeline(text, { goldstein });
    expect(result.report.warnings[0]).toMatch(/^vis-timeline has no notion of parties/);
    expect(result.report.problems).toEqual([
      {
        path: "line 8",
        line: 8,
        message: 'end: "later" is not an ISO date (YYYY-MM-DD) or a number of milliseconds',
      },
    ]);
  });
});
