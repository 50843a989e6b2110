import { readFileSync } from "node:fs";
import { exportTimelineJs, parseTimelineJs } from "../../../src/io/timelinejs/parse.ts";
import { REASON_DEEP_MONTH, REASON_FAR_FUTURE } from "../../../src/io/shared/edtfParts.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import {
  expectDataset,
  expectFailure,
  fixture,
  goldstein,
  skipped,
  totalSkipped,
  warning,
} from "../fixtures.ts";

interface TimelineDoc {
  title?: unknown;
  events: Record<string, unknown>[];
  eras?: unknown[];
}

const eras = (): TimelineDoc => JSON.parse(fixture("timelinejs/eras.json")) as TimelineDoc;
const media = (): TimelineDoc =>
  JSON.parse(fixture("timelinejs/all-media-types.json")) as TimelineDoc;
const parse = (doc: unknown, fileName = "test.json") =>
  parseTimelineJs(JSON.stringify(doc, null, 2), { fileName, goldstein });

describe("TimelineJS JSON: eras.json", () => {
  let result: ReturnType<typeof parseTimelineJs>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseTimelineJs(fixture("timelinejs/eras.json"), {
      fileName: "eras.json",
      goldstein,
    });
    dataset = expectDataset(result);
  });

  it("takes all 20 events (none is BCE) and the 3 eras", () => {
    expect(result.report.eventsTaken).toBe(20);
    expect(result.report.skipped).toEqual([]);
    expect(dataset.events).toHaveLength(20);
    expect(dataset.eras?.map((e) => [e.label, e.start, e.end])).toEqual([
      ["Era Test 650-700", "0650", "0700"],
      ["Era Test 600-650", "0600", "0650"],
      ["Era Test 700-720", "0700", "0720"],
    ]);
  });

  it("reads the title slide, string dates with their precision, and ranges", () => {
    expect(dataset.title).toBe("Eras Test");
    expect(dataset.description).toMatch(/^Events in the 7th century/);
    const hijra = dataset.events.find((e) => e.title.startsWith("Muhammad Migrates"));
    expect(hijra).toMatchObject({ date: "0622-08-09", end: "0622-08-23" });
    expect(dataset.events[0]).toMatchObject({ date: "0602", end: "0629" });
  });

  it("places events between placeholder parties with a neutral score, and says so", () => {
    expect(dataset.parties.map((p) => p.code)).toEqual(["AAA", "BBB"]);
    expect(dataset.events.every((e) => e.score === 0)).toBe(true);
    warning(result.report, /^20 events have no score: scored 0 \(neutral\)$/);
    warning(result.report, /TimelineJS has no notion of parties.*Side A \(AAA\)/);
  });

  it("cites the imported file, and keeps media as the event's media, not as a source", () => {
    expect(dataset.sources[0]).toEqual({
      id: "imported-file",
      title: "eras.json",
      publisher: "TimelineJS JSON file",
    });
    const first = dataset.events[0];
    expect(first?.citations.map((c) => c.source)).toEqual(["imported-file"]);
    expect(first?.media?.url).toBe("https://en.wikipedia.org/wiki/Roman-Persian_Wars");
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.events.find((e) => e.title === "Death of Muhammed")?.media).toBeUndefined();
  });

  it("uses a single general topic when no event has a group", () => {
    expect(dataset.topics).toEqual([{ id: "general", label: "General" }]);
  });
});

describe("TimelineJS JSON: all-media-types.json", () => {
  let result: ReturnType<typeof parseTimelineJs>;
  let dataset: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    result = parseTimelineJs(fixture("timelinejs/all-media-types.json"), { goldstein });
    dataset = expectDataset(result);
  });

  it("takes all 41 events", () => {
    expect(result.report.eventsTaken).toBe(41);
    expect(totalSkipped(result.report)).toBe(0);
  });

  it("turns groups into topics and unique_id into ids", () => {
    expect(dataset.topics.map((t) => t.label)).toEqual([
      "Video",
      "Social Media",
      "Audio",
      "General",
      "HTML",
      "Image",
    ]);
    const ids = dataset.events.map((e) => e.id);
    expect(ids).toContain("wistia");
    expect(ids).toContain("wikipedia-image-error");
    expect(new Set(ids).size).toBe(41);
  });

  it("keeps year+month precision", () => {
    expect(dataset.events.find((e) => e.title === "TikTok")?.date).toBe("1904-06");
  });

  it("keeps every http(s) media URL as the event's media, with its caption and credit", () => {
    const withMedia = dataset.events.filter((e) => e.media !== undefined);
    // 41 slides, 3 of them with embed HTML instead of a URL.
    expect(withMedia).toHaveLength(38);
    const youtube = withMedia.find((e) => e.media?.url.includes("youtube.com"));
    expect(youtube?.media?.url).toBe("https://m.youtube.com/watch?v=pi2v1m6gmD8&t=5m21s");
    expect(dataset.sources).toHaveLength(1);
    for (const event of withMedia) {
      expect(event.media?.caption ?? "").not.toMatch(/<\/?[a-z]+[^>]*>/);
      expect(event.media?.credit ?? "").not.toMatch(/<\/?[a-z]+[^>]*>/);
    }
  });

  it("drops embed HTML given as media, with a warning naming the lines", () => {
    expect(warning(result.report, /^3 links are not an http\(s\) URL/)).toMatch(
      /\(lines 159, 489, 504\)$/,
    );
  });

  it("converts HTML text to plain text", () => {
    expect(dataset.description).not.toMatch(/<|&[a-z]+;/);
    for (const event of dataset.events) expect(event.summary).not.toMatch(/<\/?[a-z]+[^>]*>/);
  });
});

describe("TimelineJS JSON: variations built from the fixtures", () => {
  it("reads a negative year as TimelineJS shows it: -500 is 500 BCE, EDTF -0499", () => {
    const doc = eras();
    doc.events[0] = { ...doc.events[0], start_date: { year: "-500" } };
    doc.events[3] = { ...doc.events[3], start_date: { year: -44, month: 3, day: 15 } };
    doc.events[5] = { ...doc.events[5], start_date: { year: "-1" } };
    doc.events[7] = { ...doc.events[7], start_date: { year: 13_800_000_000 } };
    const dataset = expectDataset(parse(doc));
    expect(dataset.events).toHaveLength(20);
    const dates = dataset.events.map((e) => e.date);
    expect(dates).toContain("-0499");
    expect(dates).toContain("-0043-03-15");
    expect(dates).toContain("0000"); // 1 BCE is year 0 in EDTF
    expect(dates).toContain("Y13800000000");
  });

  it("skips years past the age of the universe and days of very long years, with lines", () => {
    const doc = eras();
    for (const i of [0, 3]) doc.events[i] = { ...doc.events[i], start_date: { year: -2e11 } };
    doc.events[5] = { ...doc.events[5], start_date: { year: 3e11 } };
    doc.events[7] = { ...doc.events[7], start_date: { year: -65_000_000, month: 1 } };
    const result = parse(doc);
    expect(expectDataset(result).events).toHaveLength(16);
    const ancient = skipped(result.report, "date beyond the age of the universe");
    expect(ancient.count).toBe(2);
    expect(ancient.lines).toHaveLength(2);
    expect(skipped(result.report, REASON_FAR_FUTURE).count).toBe(1);
    expect(skipped(result.report, REASON_DEEP_MONTH).count).toBe(1);
  });

  it("reads numbers, numeric strings and empty strings as date parts", () => {
    const doc = eras();
    doc.events = [
      { start_date: { year: 2025, month: 1, day: 26 }, text: { headline: "Numbers" } },
      { start_date: { year: "2025", month: "", day: "" }, text: { headline: "Year only" } },
      { start_date: { year: "2025", month: "02", day: "30" }, text: { headline: "Impossible" } },
      { start_date: { year: "MMXXV" }, text: { headline: "Roman" } },
      { start_date: { year: 2025, month: 3, hour: 14 }, text: { headline: "Timed" } },
      { text: { headline: "Dateless" } },
    ];
    const result = parse(doc);
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.title, e.date])).toEqual([
      ["Numbers", "2025-01-26"],
      ["Year only", "2025"],
      ["Timed", "2025-03"],
    ]);
    expect(skipped(result.report, "invalid date").count).toBe(1);
    expect(skipped(result.report, "missing or invalid year").count).toBe(1);
    expect(skipped(result.report, "missing start date").count).toBe(1);
    warning(result.report, /^1 date has a time of day: kept the day only/);
  });

  it("keeps display_date as the date label and falls back to the headline for the summary", () => {
    const doc = eras();
    doc.events = [
      {
        start_date: { year: 1990 },
        display_date: "Early 1990s",
        text: { headline: "Only a title" },
      },
    ];
    const dataset = expectDataset(parse(doc));
    expect(dataset.events[0]).toMatchObject({ title: "Only a title", summary: "Only a title" });
    expect(dataset.events[0]?.dateLabel).toBe("Early 1990s");
    expect(dataset.events[0]?.date).toBe("1990");
  });

  it("de-duplicates ids deterministically and says so", () => {
    const doc = media();
    doc.events = doc.events.slice(0, 3).map((e) => ({ ...e, unique_id: "Same Id" }));
    const result = parse(doc);
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => e.id)).toEqual(["same-id", "same-id-2", "same-id-3"]);
    warning(result.report, /^2 ids were already used: renamed with -2, -3…/);
  });

  it("strips HTML and scripts from text and drops javascript: links", () => {
    const doc = eras();
    doc.events = [
      {
        start_date: { year: 2000 },
        text: {
          headline: "<b>Bold</b> &amp; <i>brave</i><script>alert(1)</script>",
          text: '<p onclick="x()">One</p><p>Two &lt;script&gt;</p><img src=x onerror=alert(1)>',
        },
        media: { url: "javascript:alert(1)", caption: "<a href='javascript:alert(2)'>c</a>" },
      },
    ];
    const result = parse(doc);
    const dataset = expectDataset(result);
    expect(dataset.events[0]).toMatchObject({
      title: "Bold & brave",
      summary: "One\n\nTwo <script>",
      citations: [{ source: "imported-file" }],
    });
    expect(dataset.sources).toHaveLength(1);
    warning(result.report, /^1 link is not an http\(s\) URL/);
  });

  it("drops an unusable end date but keeps the event", () => {
    const doc = eras();
    doc.events = [
      { start_date: { year: 2000 }, end_date: { year: 1990 }, text: { headline: "Backwards" } },
      { start_date: { year: 2000 }, end_date: { year: "x" }, text: { headline: "Garbled" } },
    ];
    const result = parse(doc);
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => e.end)).toEqual([undefined, undefined]);
    warning(result.report, /^1 end date was before the start date: dropped/);
    warning(result.report, /^1 end date is not a usable date: dropped/);
  });

  it("places a BCE era and skips eras it cannot place", () => {
    const doc = eras();
    doc.eras = [
      ...(doc.eras ?? []),
      { start_date: { year: "-50" }, end_date: { year: "10" }, text: { headline: "BCE era" } },
      { start_date: { year: "700" }, text: { headline: "No end" } },
      "not an era",
    ];
    const result = parse(doc);
    // The BCE era (50 BCE to 10 CE) is placed; the others cannot be.
    expect(expectDataset(result).eras?.find((e) => e.label === "BCE era")).toMatchObject({
      start: "-0049",
      end: "0010",
    });
    expect(skipped(result.report, "era: missing start or end date").count).toBe(1);
    expect(skipped(result.report, "era: not an object").count).toBe(1);
  });

  it("uses the parties given in the options instead of placeholders", () => {
    const result = parseTimelineJs(fixture("timelinejs/eras.json"), {
      goldstein,
      parties: [
        { code: "USA", name: "United States" },
        { code: "COL", name: "Colombia" },
      ],
    });
    const dataset = expectDataset(result);
    expect(dataset.events[0]).toMatchObject({ initiator: "USA", target: "COL" });
    expect(result.report.warnings.some((w) => /placeholders/.test(w))).toBe(false);
  });
});

describe("TimelineJS JSON: bad input", () => {
  it("reports a truncated file with its line", () => {
    const text = fixture("timelinejs/eras.json");
    const report = expectFailure(parseTimelineJs(text.slice(0, 2000), { goldstein }));
    expect(report.problems[0]?.message).toMatch(/^malformed JSON/);
    expect(report.problems[0]?.line).toBe(text.slice(0, 2000).split("\n").length);
  });

  it("reports JSON that is not a TimelineJS object", () => {
    const report = expectFailure(parseTimelineJs('{"items": []}', { goldstein }));
    expect(report.problems[0]?.message).toMatch(/expected a TimelineJS object with an "events"/);
  });

  it("survives JSON nested 10,000 levels deep", () => {
    const deep = `{"events": ${"[".repeat(10_000)}${"]".repeat(10_000)}}`;
    const report = expectFailure(parseTimelineJs(deep, { goldstein }));
    expect(skipped(report, "event is not an object").count).toBe(1);
    expect(report.problems.at(-1)?.message).toMatch(/no events could be imported/);
  });

  it("fails clearly when every event is skipped", () => {
    const report = expectFailure(
      parse({
        events: [{ start_date: { year: -3e11 }, text: { headline: "Before time" } }],
      }),
    );
    expect(skipped(report, "date beyond the age of the universe").lines).toEqual([3]); // the event object opens on line 3
    expect(report.eventsTaken).toBe(0);
  });
});

const usColombia = JSON.parse(readFileSync("data/us-colombia.json", "utf8")) as Dataset;

describe("exportTimelineJs", () => {
  it("writes dates with only the parts their precision has", () => {
    const doc = exportTimelineJs(usColombia);
    expect(doc.events[0]?.start_date).toEqual({ year: 2000 });
    expect(
      doc.events.find((e) => e.unique_id === "repatriation-flights-suspended")?.start_date,
    ).toEqual({ year: 2025, month: 5 });
    expect(doc.events.find((e) => e.start_date.day !== undefined)?.start_date).toEqual({
      year: 2022,
      month: 5,
      day: 23,
    });
  });

  it("uses ids as unique_id, the first topic's label as group, and exports eras", () => {
    const doc = exportTimelineJs(usColombia);
    expect(doc.events.map((e) => e.unique_id)).toEqual(usColombia.events.map((e) => e.id));
    expect(doc.events[0]?.group).toBe("Security cooperation");
    expect(doc.eras).toHaveLength(usColombia.eras?.length ?? 0);
    expect(doc.title.text.headline).toBe("United States–Colombia relations, 2000–2026");
  });

  it("escapes HTML in headlines and text", () => {
    const dataset = smallDataset([
      sampleEvent({ title: "<script>alert(1)</script> & co", summary: 'Say "hi"\nthen <b>go</b>' }),
    ]);
    const slide = exportTimelineJs(dataset).events[0];
    expect(slide?.text.headline).toBe("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
    expect(slide?.text.text).toBe("<p>Say &quot;hi&quot;<br>then &lt;b&gt;go&lt;/b&gt;</p>");
  });

  it("links the first cited source with a URL as media", () => {
    const event = usColombia.events.find((e) =>
      e.citations.some((c) => usColombia.sources.find((s) => s.id === c.source)?.url),
    );
    const slide = exportTimelineJs(usColombia).events.find((e) => e.unique_id === event?.id);
    expect(slide?.media?.url).toMatch(/^https:\/\//);
  });
});

describe("round trip Détente → TimelineJS → Détente (us-colombia)", () => {
  let json: string;
  let result: ReturnType<typeof parseTimelineJs>;
  let back: Dataset;
  // Computed before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  beforeEach(() => {
    json = JSON.stringify(exportTimelineJs(usColombia));
    result = parseTimelineJs(json, { goldstein, parties: usColombia.parties });
    back = expectDataset(result);
  });
  const labels = new Map(usColombia.topics.map((t) => [t.id, t.label]));
  const backLabels = () => new Map(back.topics.map((t) => [t.id, t.label]));

  it("keeps every event, its id, title, summary and date with its precision", () => {
    expect(result.report.eventsTaken).toBe(usColombia.events.length);
    expect(back.events.map((e) => [e.id, e.title, e.summary, e.date, e.end])).toEqual(
      usColombia.events.map((e) => [e.id, e.title, e.summary, e.date, e.end]),
    );
  });

  it("keeps the first topic as the group", () => {
    expect(back.events.map((e) => backLabels().get(e.topics[0] ?? ""))).toEqual(
      usColombia.events.map((e) => labels.get(e.topics[0] ?? "")),
    );
  });

  it("keeps the title, description and eras", () => {
    expect(back.title).toBe(usColombia.title);
    expect(back.description).toBe(usColombia.description);
    expect(back.eras?.map((e) => [e.label, e.start, e.end])).toEqual(
      usColombia.eras?.map((e) => [e.label, e.start, e.end]),
    );
  });
});
