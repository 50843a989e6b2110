/**
 * The dataset every importer assembles, tested directly: ids, shared topics, actors and sources,
 * shortened titles, dropped ends, placeholder parties, and failures located by line.
 */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import {
  DatasetBuilder,
  optional,
  type BuilderSetup,
  type EventDraft,
} from "../../../src/io/shared/datasetBuilder.ts";
import { goldstein } from "../fixtures.ts";

const SETUP: BuilderSetup = {
  format: "csv",
  publisher: "CSV file",
  formatName: "CSV",
  fileName: "events.csv",
  parties: [
    { code: "USA", name: "United States" },
    { code: "COL", name: "Colombia" },
  ],
  goldstein,
};

const draft = (over: Partial<EventDraft> = {}): EventDraft => ({
  idCandidates: [],
  title: "Meeting",
  summary: "",
  date: "2024-01-02",
  topicLabels: [],
  score: 1,
  ...over,
});

function build(setup: Partial<BuilderSetup> = {}) {
  const log = new ImportLog();
  return { log, builder: new DatasetBuilder({ ...SETUP, ...setup }, log) };
}

function finished(builder: DatasetBuilder, meta = {}) {
  const result = builder.finish({
    title: undefined,
    description: undefined,
    idHint: "hint",
    ...meta,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.report));
  return result;
}

describe("DatasetBuilder", () => {
  it("builds a minimal dataset named after the file", () => {
    const { builder } = build();
    expect(builder.addEvent(draft())).toBe("event");
    expect(builder.eventCount).toBe(1);
    const { dataset, report } = finished(builder);
    expect(report).toEqual({
      format: "csv",
      eventsTaken: 1,
      skipped: [],
      warnings: [],
      problems: [],
    });
    expect(dataset).toEqual({
      id: "events-csv",
      title: "events.csv",
      description: "Imported from events.csv (CSV file).",
      parties: SETUP.parties,
      sources: [{ id: "imported-file", title: "events.csv", publisher: "CSV file" }],
      topics: [{ id: "general", label: "General" }],
      actors: [],
      events: [
        {
          id: "event",
          title: "Meeting",
          summary: "Meeting",
          date: "2024-01-02",
          topics: ["general"],
          actors: [],
          initiator: "USA",
          target: "COL",
          score: 1,
          citations: [{ source: "imported-file" }],
        },
      ],
    });
  });

  it("takes the given title and description, and falls back to the id hint", () => {
    const { builder } = build({ fileName: "  " });
    builder.addEvent(draft());
    const { dataset } = finished(builder, { title: " !!! ", description: " Notes " });
    expect(dataset.title).toBe("!!!");
    expect(dataset.id).toBe("hint");
    expect(dataset.description).toBe("Notes");
    expect(dataset.sources[0]?.title).toBe("Imported data");
  });

  it("places events between placeholder parties when none are given, and says so", () => {
    const { builder } = build({ parties: undefined, formatName: "vis-timeline" });
    expect(builder.parties.map((p) => p.code)).toEqual(["AAA", "BBB"]);
    builder.addEvent(draft({ score: undefined }));
    const { dataset, report } = finished(builder);
    expect(dataset.events[0]).toMatchObject({ initiator: "AAA", target: "BBB", score: 0 });
    expect(report.warnings).toEqual([
      "vis-timeline has no notion of parties: every event was placed between the placeholders " +
        "Side A (AAA) and Side B (BBB); choose the real parties",
      "1 event has no score: scored 0 (neutral)",
    ]);
  });

  it("titles an event from its summary's first line, shortened at a word", () => {
    const { builder, log } = build();
    const words = "word ".repeat(30).trim();
    builder.addEvent(draft({ title: " ", summary: `${words}\nsecond line` }));
    builder.addEvent(draft({ title: "", summary: "Short one\nmore" }));
    expect(builder.addEvent(draft({ title: "", summary: " ", line: 7 }))).toBeUndefined();
    const { dataset } = finished(builder);
    expect(dataset.events.map((e) => e.title)).toEqual([
      `${"word ".repeat(15).trim()}…`,
      "Short one",
    ]);
    expect(dataset.events[1]?.summary).toBe("Short one\nmore");
    expect(log.report("csv", 0).skipped).toEqual([
      { reason: "event has no headline and no text", count: 1, lines: [7] },
    ]);
  });

  it("keeps a first line of exactly 80 characters whole, and cuts at a word only past the middle", () => {
    const { builder } = build();
    const exact = "e".repeat(80);
    // The last space before the cut is at position 40 of 80: not past the middle, so the cut
    // falls mid-word rather than leaving half the line.
    const middle = `${"a".repeat(40)} ${"b".repeat(60)}`;
    const later = `${"a".repeat(41)} ${"b".repeat(60)}`;
    for (const summary of [exact, middle, later]) builder.addEvent(draft({ title: "", summary }));
    const { dataset } = finished(builder);
    expect(dataset.events.map((e) => e.title)).toEqual([
      exact,
      `${"a".repeat(40)} ${"b".repeat(38)}…`,
      `${"a".repeat(41)}…`,
    ]);
  });

  it("shortens titles over 200 characters and counts them", () => {
    const { builder } = build();
    const long = `${"a".repeat(150)} ${"b".repeat(100)}`;
    const unbroken = "c".repeat(201);
    builder.addEvent(draft({ title: long, line: 3 }));
    builder.addEvent(draft({ title: unbroken, line: 4 }));
    builder.addEvent(draft({ title: "d".repeat(200) }));
    const { dataset, report } = finished(builder);
    expect(dataset.events.map((e) => e.title)).toEqual([
      `${"a".repeat(150)}…`,
      `${"c".repeat(199)}…`,
      "d".repeat(200),
    ]);
    expect(report.warnings).toEqual([
      "2 titles were longer than 200 characters: shortened (lines 3, 4)",
    ]);
  });

  it("drops an end before the start, keeps one on or after it", () => {
    const { builder } = build();
    builder.addEvent(draft({ idCandidates: ["a"], end: "2024-01-01", line: 9 }));
    builder.addEvent(draft({ idCandidates: ["b"], end: "2024-01-02" }));
    builder.addEvent(draft({ idCandidates: ["c"], date: "2024-01", end: "2024-01-01" }));
    const { dataset, report } = finished(builder);
    expect(dataset.events.map((e) => e.end)).toEqual([undefined, "2024-01-02", "2024-01-01"]);
    expect(report.warnings).toEqual(["1 end date was before the start date: dropped (line 9)"]);
  });

  it("keeps the optional fields it is given, cleaned", () => {
    const { builder } = build();
    const x = builder.actor("X", "COL", "r");
    builder.addEvent(
      draft({
        idCandidates: [undefined, "!!", "Key one"],
        summary: " Text ",
        approximate: true,
        dateLabel: " early January ",
        cameo: "042",
        score: undefined,
        scoreNote: " derived ",
        actors: [x, x],
        initiator: "COL",
        target: "USA",
        fileNote: " note ",
        fileQuote: " quote ",
        topicLabels: ["Trade", "trade", " Security "],
      }),
    );
    builder.addEvent(
      draft({ approximate: false, dateLabel: "  ", scoreNote: "", cameo: "042", score: 3 }),
    );
    const { dataset, report } = finished(builder);
    expect(dataset.events[0]).toEqual({
      id: "key-one",
      title: "Meeting",
      summary: "Text",
      date: "2024-01-02",
      approximate: true,
      dateLabel: "early January",
      topics: ["trade", "security"],
      actors: ["x"],
      initiator: "COL",
      target: "USA",
      cameo: "042",
      scoreNote: "derived",
      citations: [{ source: "imported-file", quote: "quote", note: "note" }],
    });
    expect(dataset.events[1]).not.toHaveProperty("approximate");
    expect(dataset.events[1]).not.toHaveProperty("dateLabel");
    expect(dataset.events[1]).not.toHaveProperty("scoreNote");
    expect(dataset.events[1]).toMatchObject({ cameo: "042", score: 3, topics: ["general"] });
    expect(dataset.topics).toEqual([
      { id: "trade", label: "Trade" },
      { id: "security", label: "Security" },
      { id: "general", label: "General" },
    ]);
    expect(report.warnings).toEqual([]);
  });

  it("registers actors per party and name", () => {
    const { builder } = build();
    expect(builder.actor("Ana Gómez", "USA", " Minister ")).toBe("ana-gomez");
    expect(builder.actor("ana gómez", "USA", "other")).toBe("ana-gomez");
    expect(builder.actor("Ana Gómez", "COL", "")).toBe("ana-gomez-2");
    expect(builder.actor(" ", "COL", "x")).toBe("unnamed-actor");
    builder.addEvent(draft({ actors: ["ana-gomez"] }));
    expect(finished(builder).dataset.actors).toEqual([
      { id: "ana-gomez", name: "Ana Gómez", party: "USA", role: "Minister" },
      { id: "ana-gomez-2", name: "Ana Gómez", party: "COL", role: "actor" },
      { id: "unnamed-actor", name: "Unnamed actor", party: "COL", role: "x" },
    ]);
  });

  it("shares link and named sources, titled and published as given or by host", () => {
    const { builder } = build();
    expect(builder.linkSource("https://www.news.example/a", " Story ", " Daily ")).toBe("story");
    expect(builder.linkSource("https://www.news.example/a", "Other")).toBe("story");
    expect(builder.linkSource("https://other.example/b")).toBe("other-example");
    expect(builder.linkSource("https://third.example/c", "t".repeat(250))).toBe("t".repeat(60));
    expect(builder.namedSource(" ")).toBeUndefined();
    expect(builder.namedSource("Radio", " Station ")).toBe("radio");
    expect(builder.namedSource("radio")).toBe("radio");
    expect(builder.namedSource("Imported file")).toBe("imported-file-2");
    builder.addEvent(draft({ citations: [{ source: "story" }] }));
    const { sources } = finished(builder).dataset;
    expect(sources.slice(1)).toEqual([
      { id: "story", title: "Story", publisher: "Daily", url: "https://www.news.example/a" },
      {
        id: "other-example",
        title: "https://other.example/b",
        publisher: "other.example",
        url: "https://other.example/b",
      },
      {
        id: "t".repeat(60),
        title: `${"t".repeat(199)}…`,
        publisher: "third.example",
        url: "https://third.example/c",
      },
      { id: "radio", title: "Radio", publisher: "Station" },
      { id: "imported-file-2", title: "Imported file", publisher: "Imported file" },
    ]);
  });

  it("adds eras, refusing one that ends before it starts", () => {
    const { builder, log } = build();
    expect(builder.addEra({ label: " ", start: "2024-01-01", end: "2024-02-01" })).toBe(true);
    expect(builder.addEra({ label: "Bad", start: "2024-02-01", end: "2024-01-01", line: 5 })).toBe(
      false,
    );
    expect(builder.addEra({ label: "Same day", start: "2024-02-01", end: "2024-02-01" })).toBe(
      true,
    );
    builder.addEvent(draft());
    expect(finished(builder).dataset.eras).toEqual([
      { id: "era-1", label: "Era 1", start: "2024-01-01", end: "2024-02-01" },
      { id: "same-day", label: "Same day", start: "2024-02-01", end: "2024-02-01" },
    ]);
    expect(log.report("csv", 0).skipped).toEqual([
      { reason: "era: end date before start date", count: 1, lines: [5] },
    ]);
  });

  it("fails with no events, and locates validation problems by line", () => {
    const empty = build();
    const none = empty.builder.finish({ title: "T", description: undefined, idHint: "x" });
    expect(none).toEqual({
      ok: false,
      report: {
        format: "csv",
        eventsTaken: 0,
        skipped: [],
        warnings: [],
        problems: [{ path: "(file)", message: "no events could be imported from this file" }],
      },
    });

    const { builder } = build();
    builder.addEvent(draft({ line: 11 }));
    builder.addEvent(draft({ date: "2024-13-45", line: 12 }));
    builder.addEvent(draft({ date: "2024-02-31" }));
    builder.addEra({ label: "E", start: "2024-01-01", end: "not a date", line: 20 });
    const result = builder.finish({ title: undefined, description: undefined, idHint: "x" });
    expect(result.ok).toBe(false);
    const problems = result.report.problems;
    expect(problems.find((p) => p.path.startsWith("events[1]"))?.line).toBe(12);
    expect(problems.find((p) => p.path.startsWith("events[2]"))).not.toHaveProperty("line");
    expect(problems.find((p) => p.path.startsWith("eras[0]"))?.line).toBe(20);
    expect(problems.some((p) => p.path.startsWith("events[0]"))).toBe(false);
  });

  it("without a CAMEO table, keeps the codes used and says they were not checked", () => {
    const { builder } = build({ goldstein: undefined });
    builder.addEvent(draft({ cameo: "999", score: 2 }));
    const { dataset, report } = finished(builder);
    expect(dataset.events[0]).toMatchObject({ cameo: "999", score: 2 });
    expect(report.warnings).toEqual([
      "CAMEO codes were kept without checking them: no CAMEO table was given",
    ]);
    const plain = build({ goldstein: undefined });
    plain.builder.addEvent(draft());
    expect(finished(plain.builder).report.warnings).toEqual([]);
  });
});

describe("optional", () => {
  it("is the key and value, or nothing", () => {
    expect(optional("a", 0)).toEqual({ a: 0 });
    expect(optional("a", undefined)).toEqual({});
  });
});
