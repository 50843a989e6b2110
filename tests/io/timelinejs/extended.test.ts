/**
 * A TimelineJS file Détente exported, then edited in TimelineJS: what TimelineJS shows wins
 * where it was changed, the `detente` extension keeps the rest, and a slide added there comes
 * in between the dataset's parties.
 */
import { exportTimelineJs, parseTimelineJs } from "../../../src/io/timelinejs/parse.ts";
import type { TimelineJsDocument } from "../../../src/io/timelinejs/serialize.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { expectDataset, goldstein, warning } from "../fixtures.ts";

const dataset = smallDataset([
  sampleEvent({
    id: "meeting",
    title: "Talks & more",
    summary: "Two  spaces\nand a line",
    end: "2026-02-05",
    topics: ["diplomacy", "migration"],
    score: 6.5,
    citations: [
      { source: "article", quote: "a quote", note: "a note" },
      { source: "article", quote: "another" },
    ],
  }),
]);

type Mutable<T> = { -readonly [K in keyof T]: Mutable<T[K]> };

function edited(edit: (doc: Mutable<TimelineJsDocument>) => void) {
  const doc = JSON.parse(JSON.stringify(exportTimelineJs(dataset))) as Mutable<TimelineJsDocument>;
  edit(doc);
  return parseTimelineJs(JSON.stringify(doc), { goldstein });
}

describe("TimelineJS with the detente extension", () => {
  it("keeps text exactly, which TimelineJS's HTML alone would not", () => {
    const back = expectDataset(edited(() => undefined));
    expect(back).toEqual(dataset);
    // The HTML reads differently: two spaces collapse, so the extension's text is what counts.
    expect(exportTimelineJs(dataset).events[0]?.text.text).toBe("<p>Two  spaces<br>and a line</p>");
  });

  it("takes a headline, text, date and group edited in TimelineJS, and keeps the rest", () => {
    const result = edited((doc) => {
      const slide = doc.events[0];
      if (!slide) throw new Error("no slide");
      slide.text.headline = "Talks <i>resumed</i>";
      slide.start_date = { year: 2026, month: 2 };
      delete slide.end_date;
      slide.group = "Trade";
      doc.title.text.headline = "Renamed";
    });
    const back = expectDataset(result);
    const event = back.events[0];
    expect(event?.title).toBe("Talks resumed");
    expect(event?.summary).toBe("Two  spaces\nand a line");
    expect(event?.date).toBe("2026-02");
    expect(event?.end).toBeUndefined();
    expect(back.topics.find((t) => t.id === event?.topics[0])?.label).toBe("Trade");
    expect(event?.topics).toHaveLength(1);
    expect(event?.score).toBe(6.5);
    expect(event?.citations).toEqual(dataset.events[0]?.citations);
    expect(back.title).toBe("Renamed");
    expect(back.parties).toEqual(dataset.parties);
  });

  it("brings in a slide added in TimelineJS between the dataset's parties", () => {
    const result = edited((doc) => {
      doc.events.push({
        start_date: { year: 2026, month: 3, day: 1 },
        text: { headline: "Added later", text: "<p>By hand</p>" },
        unique_id: "meeting",
        media: { url: "https://example.org/story", caption: "A story" },
      });
    });
    const back = expectDataset(result);
    const added = back.events[1];
    expect(added?.id).toBe("meeting-2");
    expect(added).toMatchObject({ title: "Added later", summary: "By hand", date: "2026-03-01" });
    expect(added?.initiator).toBe("USA");
    expect(added?.target).toBe("COL");
    expect(added?.score).toBe(0);
    const source = back.sources.find((s) => s.id === added?.citations[0]?.source);
    expect(source?.url).toBe("https://example.org/story");
    warning(result.report, /1 slide has no Détente details/);
    expect(back.events[0]).toEqual(dataset.events[0]);
  });

  it("reports an extension that no longer validates, with the slide's line", () => {
    const doc = exportTimelineJs(dataset) as Mutable<TimelineJsDocument>;
    const own = doc.events[0]?.detente as { score?: number } | undefined;
    if (own) own.score = 42;
    const text = JSON.stringify(doc, null, 2);
    const result = parseTimelineJs(text, { goldstein });
    expect(result.ok).toBe(false);
    const problem = result.report.problems.find((p) => p.path === "events[0].score");
    expect(problem?.message).toMatch(/at most 10/);
    expect(problem?.line).toBe(text.split("\n").findIndex((l) => l.includes('"start_date"')));
  });

  it("cites plain slides without a link to the file itself, once, and skips what it cannot read", () => {
    const plain = (doc: Mutable<TimelineJsDocument>) => {
      const events = doc.events as unknown[];
      events.push(
        {
          start_date: { year: 2026, month: 3 },
          end_date: { year: 2026, month: 4 },
          text: { headline: "First" },
          group: "Trade",
          unique_id: "",
        },
        { start_date: { year: 2026, month: 5 }, text: { headline: "Second" } },
        5,
        { text: { headline: "Undated" } },
      );
    };
    const doc = JSON.parse(
      JSON.stringify(exportTimelineJs(dataset)),
    ) as Mutable<TimelineJsDocument>;
    plain(doc);
    const result = parseTimelineJs(JSON.stringify(doc), { goldstein, fileName: " mine.json " });
    const back = expectDataset(result);
    expect(back.sources.filter((s) => s.id === "imported-file")).toEqual([
      { id: "imported-file", title: "mine.json", publisher: "TimelineJS JSON file" },
    ]);
    const [, first, second] = back.events;
    expect(first).toMatchObject({
      id: "first",
      title: "First",
      summary: "First",
      date: "2026-03",
      end: "2026-04",
      citations: [{ source: "imported-file" }],
    });
    expect(back.topics.find((t) => t.id === first?.topics[0])?.label).toBe("Trade");
    expect(second).toMatchObject({
      id: "second",
      date: "2026-05",
      citations: [{ source: "imported-file" }],
    });
    expect(second).not.toHaveProperty("end");
    expect(back.topics.find((t) => t.id === second?.topics[0])?.label).toBe("General");
    expect(result.report.skipped).toEqual([
      // The file is written on one line.
      { reason: "event is not an object", count: 1, lines: [1] },
      { reason: "missing or invalid start date", count: 1, lines: [1] },
    ]);
    const unnamed = expectDataset(edited(plain));
    expect(unnamed.sources.find((s) => s.id === "imported-file")?.title).toBe("Imported data");
  });

  it("accepts any well-formed CAMEO code without a table", () => {
    const coded = smallDataset([sampleEvent({ cameo: "9999" })]);
    const text = JSON.stringify(exportTimelineJs(coded));
    const unchecked = parseTimelineJs(text);
    expect(unchecked.ok && unchecked.dataset.events[0]?.cameo).toBe("9999");
    expect(parseTimelineJs(text, { goldstein }).ok).toBe(false);
  });

  it("fails when no slide can be read", () => {
    const result = edited((doc) => {
      (doc.events as unknown[]).splice(0, 1, 5);
    });
    expect(result.ok).toBe(false);
    expect(result.report.problems).toEqual([
      { path: "(file)", message: "no events could be imported from this file" },
    ]);
    expect(result.report.eventsTaken).toBe(0);
  });
});
