/** One TimelineJS slide read and added exactly: fields, dates, media, ids, eras' spans. */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { DatasetBuilder } from "../../../src/io/shared/datasetBuilder.ts";
import { readSlide } from "../../../src/io/timelinejs/jsonSlide.ts";
import { addSlide, slideSpan, textField, type Slide } from "../../../src/io/timelinejs/slide.ts";
import {
  datasetExtension,
  EXTENSION_KEY,
  EXTENSION_VERSION,
  headlineHtml,
  paragraphHtml,
  slideExtension,
} from "../../../src/io/timelinejs/extension.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { goldstein } from "../fixtures.ts";

const date = (year: unknown, month?: unknown, day?: unknown, hasTime = false) => ({
  year,
  month,
  day,
  hasTime,
});

const SLIDE: Slide = {
  start: date(2024, 3, 9),
  end: undefined,
  headline: "<b>Talks</b>",
  text: "<p>They talk.</p>",
  mediaUrl: "https://img.example/a.jpg",
  mediaCaption: "<i>Caption</i>",
  mediaCredit: "Credit",
  mediaAlt: "Alt text",
  group: "Diplomacy",
  displayDate: "<em>Spring</em>",
  uniqueId: "talks",
  line: 5,
};

function added(...slides: Slide[]) {
  const log = new ImportLog();
  const builder = new DatasetBuilder(
    { format: "timelinejs-json", publisher: "p", formatName: "TimelineJS", goldstein },
    log,
  );
  for (const slide of slides) addSlide(builder, log, slide);
  const result = builder.finish({ title: "T", description: undefined, idHint: "t" });
  return { result, report: log.report("timelinejs-json", 0) };
}

describe("textField", () => {
  it("takes strings and finite numbers only", () => {
    expect(textField("x")).toBe("x");
    expect(textField(12)).toBe("12");
    expect(textField(Number.NaN)).toBe("");
    expect(textField(Infinity)).toBe("");
    expect(textField({})).toBe("");
    expect(textField(null)).toBe("");
  });
});

describe("readSlide", () => {
  it("reads every field of a JSON slide", () => {
    expect(
      readSlide(
        {
          start_date: { year: 2024, month: "3", day: 9, hour: "" },
          end_date: { year: 2024, minute: 5 },
          text: { headline: "H", text: "T" },
          media: { url: "u", caption: "c", credit: "r", alt: "a" },
          group: "<b>G</b>",
          display_date: "D",
          unique_id: 7,
        },
        3,
      ),
    ).toEqual({
      start: { year: 2024, month: "3", day: 9, hasTime: false },
      end: { year: 2024, month: undefined, day: undefined, hasTime: true },
      headline: "H",
      text: "T",
      mediaUrl: "u",
      mediaCaption: "c",
      mediaCredit: "r",
      mediaAlt: "a",
      group: "G",
      displayDate: "D",
      uniqueId: "7",
      line: 3,
    });
  });

  it("falls back to the start date's display text, and reads nothing from non-objects", () => {
    expect(
      readSlide({ start_date: { year: 1, display_text: "Long ago" } }, undefined),
    ).toMatchObject({
      displayDate: "Long ago",
      end: undefined,
      headline: "",
      mediaUrl: "",
    });
    expect(
      readSlide({ start_date: { display_date: "A", display_text: "B" }, text: "x", media: 5 }, 1),
    ).toMatchObject({
      displayDate: "A",
      headline: "",
      mediaAlt: "",
    });
    expect(readSlide({ start_date: "2024", display_date: "" }, 1).start).toBeUndefined();
    for (const field of ["hour", "second", "millisecond"])
      expect(readSlide({ start_date: { year: 1, [field]: " 0 " } }, 1).start?.hasTime).toBe(true);
  });
});

describe("addSlide", () => {
  it("adds the event with its media, topic, date label and id", () => {
    const { result, report } = added(SLIDE);
    expect(result.ok && result.dataset.events[0]).toEqual({
      id: "talks",
      title: "Talks",
      summary: "They talk.",
      date: "2024-03-09",
      dateLabel: "Spring",
      topics: ["diplomacy"],
      actors: [],
      initiator: "AAA",
      target: "BBB",
      score: 0,
      citations: [{ source: "imported-file" }],
      media: {
        url: "https://img.example/a.jpg",
        caption: "Caption",
        credit: "Credit",
        alt: "Alt text",
      },
    });
    expect(report.warnings).not.toContainEqual(expect.stringMatching(/already used/));
  });

  it("keeps media without empty texts, drops unsafe media, reads BCE years", () => {
    const { result, report } = added(
      { ...SLIDE, mediaCaption: "", mediaCredit: " ", mediaAlt: "", displayDate: "", group: " " },
      { ...SLIDE, uniqueId: "", headline: "Old", start: date(-500), mediaUrl: "javascript:x" },
      { ...SLIDE, uniqueId: "", headline: "None", mediaUrl: "" },
    );
    const events = result.ok ? result.dataset.events : [];
    expect(events[0]?.media).toEqual({ url: "https://img.example/a.jpg" });
    expect(events[0]).not.toHaveProperty("dateLabel");
    expect(events[0]?.topics).toEqual(["general"]);
    expect(events[1]).toMatchObject({ id: "old", date: "-0499" });
    expect(events[1]).not.toHaveProperty("media");
    expect(events[2]).not.toHaveProperty("media");
    expect(report.warnings).toContain(
      "1 link is not an http(s) URL (javascript:, embed code…): dropped (line 5)",
    );
  });

  it("reads an end date, ignores one without a year, and warns about a bad one", () => {
    const { result, report } = added(
      { ...SLIDE, uniqueId: "a", end: date(2024, 4) },
      { ...SLIDE, uniqueId: "b", end: date("", 4) },
      { ...SLIDE, uniqueId: "c", end: date(undefined) },
      { ...SLIDE, uniqueId: "d", end: date(2024, 13), line: 8 },
      { ...SLIDE, uniqueId: "e", end: date("x"), line: 9 },
    );
    expect(result.ok && result.dataset.events.map((e) => e.end)).toEqual([
      "2024-04",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(report.warnings).toContain("2 end dates are not a usable date: dropped (lines 8, 9)");
  });

  it("skips a slide without a usable start, and warns about times and renamed ids", () => {
    const { result, report } = added(
      { ...SLIDE, start: undefined, line: 2 },
      { ...SLIDE, start: date(2024, 2, 30), line: 3 },
      { ...SLIDE, start: date(2024, 3, 9, true), line: 4 },
      { ...SLIDE, end: date(2024, 3, 10, true), line: 6 },
    );
    expect(report.skipped.map((g) => [g.reason, g.lines])).toEqual([
      ["missing start date", [2]],
      ["invalid date", [3]],
    ]);
    expect(report.warnings.filter((w) => !/parties|score/.test(w))).toEqual([
      "2 dates have a time of day: kept the day only (Détente dates are days, months or years) (lines 4, 6)",
      "1 id was already used: renamed with -2, -3… (line 6)",
    ]);
    expect(result.ok && result.dataset.events.map((e) => e.id)).toEqual(["talks", "talks-2"]);
  });
});

describe("slideSpan", () => {
  it("needs both ends, each a date", () => {
    const log = new ImportLog();
    expect(
      slideSpan({ start: date(2024), end: date(2025, 1, 1, true), line: 3 }, log, "era: "),
    ).toEqual({
      start: "2024",
      end: "2025-01-01",
    });
    expect(slideSpan({ start: date(2024), end: undefined, line: 4 }, log, "era: ")).toBeUndefined();
    expect(slideSpan({ start: undefined, end: date(2024), line: 5 }, log, "era: ")).toBeUndefined();
    expect(
      slideSpan({ start: date(2024), end: date(2024, 13), line: 6 }, log, "era: "),
    ).toBeUndefined();
    expect(slideSpan({ start: date("x"), end: date(2024), line: 7 }, log, "era: ")).toBeUndefined();
    expect(slideSpan({ start: date(-500), end: date(-400), line: 8 }, log, "era: ")).toEqual({
      start: "-0499",
      end: "-0399",
    });
    const report = log.report("timelinejs-json", 0);
    expect(report.skipped.map((g) => [g.reason, g.lines])).toEqual([
      ["era: missing start or end date", [4, 5]],
      ["era: invalid date", [6]],
      ["era: missing or invalid year", [7]],
    ]);
    expect(report.warnings).toEqual([
      "1 date has a time of day: kept the day only (Détente dates are days, months or years) (line 3)",
    ]);
  });
});

describe("the detente extension", () => {
  it("carries the dataset without events, and events without ids", () => {
    const event = sampleEvent();
    const dataset = smallDataset([event]);
    const { events: _events, ...rest } = dataset;
    expect(datasetExtension(dataset)).toEqual({ version: 1, ...rest });
    const { id: _id, ...eventRest } = event;
    expect(slideExtension(event)).toEqual(eventRest);
    expect(EXTENSION_KEY).toBe("detente");
    expect(EXTENSION_VERSION).toBe(1);
    expect(headlineHtml("a < b")).toBe("a &lt; b");
    expect(paragraphHtml("a & b")).toBe("<p>a &amp; b</p>");
  });
});
