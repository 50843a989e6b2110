/** Détente → TimelineJS3 JSON written out exactly: dates, text, groups, media, eras, scale. */
import { exportTimelineJs } from "../../../src/io/timelinejs/serialize.ts";
import type { Dataset, DatasetEvent } from "../../../src/model/schema.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";

const withoutId = ({ id: _id, ...rest }: DatasetEvent): Omit<DatasetEvent, "id"> => rest;

describe("exportTimelineJs, exactly", () => {
  it("writes each slide's fields, escaped, and only those the event has", () => {
    const shown = sampleEvent({
      id: "shown",
      title: "A <b>",
      summary: "One\ntwo",
      date: "2026-02-03",
      end: "2026-02-05",
      dateLabel: "Early & late",
      topics: ["migration", "diplomacy"],
      media: {
        url: "https://img.example/p.jpg",
        caption: "C & d",
        credit: "E\nf",
        alt: "G & h",
      },
      citations: [{ source: "site", quote: "q" }],
    });
    const linked = sampleEvent({
      id: "linked",
      date: "2026-02",
      topics: ["unlisted"],
      citations: [
        { source: "article", quote: "q" },
        { source: "gone", quote: "q" },
        { source: "site", quote: "q" },
      ],
    });
    const plain = sampleEvent({ id: "plain", date: "-0499", topics: [] });
    const bare = sampleEvent({ id: "bare", media: { url: "https://img.example/q.jpg" } });
    const base = smallDataset([shown, linked, plain, bare]);
    const dataset: Dataset = {
      ...base,
      sources: [
        ...base.sources,
        { id: "site", title: "A & B", publisher: "P <x>", url: "https://news.example/a" },
      ],
      eras: [{ id: "thaw", label: "The thaw & after", start: "2026-01", end: "2026-02" }],
    };
    const { events: _events, ...rest } = dataset;
    expect(exportTimelineJs(dataset)).toStrictEqual({
      title: {
        text: { headline: "Sample relations", text: "<p>A dataset built in tests.</p>" },
      },
      events: [
        {
          start_date: { year: 2026, month: 2, day: 3 },
          end_date: { year: 2026, month: 2, day: 5 },
          text: { headline: "A &lt;b&gt;", text: "<p>One<br>two</p>" },
          display_date: "Early &amp; late",
          group: "Migration and deportation",
          unique_id: "shown",
          media: {
            url: "https://img.example/p.jpg",
            caption: "C &amp; d",
            credit: "E<br>f",
            alt: "G & h",
          },
          detente: withoutId(shown),
        },
        {
          start_date: { year: 2026, month: 2 },
          text: { headline: "White House meeting", text: "<p>The two presidents meet.</p>" },
          group: "unlisted",
          unique_id: "linked",
          media: {
            url: "https://news.example/a",
            caption: "A &amp; B",
            credit: "P &lt;x&gt;",
          },
          detente: withoutId(linked),
        },
        {
          start_date: { year: -500 },
          text: { headline: "White House meeting", text: "<p>The two presidents meet.</p>" },
          unique_id: "plain",
          detente: withoutId(plain),
        },
        {
          start_date: { year: 2026, month: 2, day: 3 },
          text: { headline: "White House meeting", text: "<p>The two presidents meet.</p>" },
          group: "Diplomacy",
          unique_id: "bare",
          media: { url: "https://img.example/q.jpg" },
          detente: withoutId(bare),
        },
      ],
      eras: [
        {
          start_date: { year: 2026, month: 1 },
          end_date: { year: 2026, month: 2 },
          text: { headline: "The thaw &amp; after" },
        },
      ],
      detente: { version: 1, ...rest },
    });
  });

  it("leaves out eras when there are none", () => {
    const { eras: _eras, ...noEras } = smallDataset();
    expect(exportTimelineJs(noEras)).not.toHaveProperty("eras");
    expect(exportTimelineJs({ ...noEras, eras: [] })).not.toHaveProperty("eras");
  });

  it("keeps only the year of a date it cannot read", () => {
    const slides = exportTimelineJs(
      smallDataset([sampleEvent({ date: "2026-13-40" }), sampleEvent({ id: "x", date: "soon" })]),
    ).events;
    expect(slides.map((slide) => slide.start_date)).toStrictEqual([{ year: 2026 }, { year: 0 }]);
  });

  it("turns cosmological past 271,000 years from either end of an event or an era", () => {
    const scale = (events: DatasetEvent[], eras: Dataset["eras"] = []) =>
      exportTimelineJs({ ...smallDataset(events), eras }).scale;
    // −270999 is 271000 BCE, TimelineJS's −271000: still the human scale.
    expect(scale([sampleEvent({ date: "Y-270999" })])).toBeUndefined();
    expect(scale([sampleEvent({ date: "Y-271000" })])).toBe("cosmological");
    expect(scale([sampleEvent({ date: "2026", end: "Y271001" })])).toBe("cosmological");
    expect(scale([sampleEvent({ date: "2026", end: "Y271000" })])).toBeUndefined();
    expect(scale([], [{ id: "e", label: "E", start: "Y-271000", end: "2026" }])).toBe(
      "cosmological",
    );
    expect(scale([], [{ id: "e", label: "E", start: "2026", end: "Y271001" }])).toBe(
      "cosmological",
    );
  });
});
