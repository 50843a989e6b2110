import { exportTimelineJs, parseTimelineJs } from "../../../src/io/timelinejs/parse.ts";
import { validateDataset } from "../../../src/model/validate.ts";
import { expectDataset, fixture, goldstein } from "../fixtures.ts";

const cosmological = () =>
  parseTimelineJs(fixture("timelinejs/cosmological.json"), {
    fileName: "cosmological.json",
    goldstein,
  });

describe("TimelineJS's cosmological example", () => {
  // Read before each test, neither while the tests are collected nor once in beforeAll: a
  // mutation run (npm run mutate) counts as a test's only the code that test and its beforeEach
  // run.
  let result: ReturnType<typeof cosmological>;
  let dataset: ReturnType<typeof expectDataset>;
  beforeEach(() => {
    result = cosmological();
    dataset = expectDataset(result);
  });

  it("takes all six events, the Big Bang to today, and skips nothing", () => {
    expect(result.report.eventsTaken).toBe(6);
    expect(result.report.skipped).toEqual([]);
    expect(dataset.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ["The Big Bang", "Y-13797999999", undefined],
      ["Matter domination", "Y-13797929999", undefined],
      ["Recombination", "Y-13797622999", undefined],
      ["Reionization", "Y-13647999999", "Y-12797999999"],
      ["Formation of the Solar System", "Y-4797999999", undefined],
      ["“Today”", "0000", undefined],
    ]);
  });

  it("keeps the start date's display text as the event's date label", () => {
    expect(dataset.events.at(-1)?.dateLabel).toBe("Now");
    expect(dataset.events[0]?.dateLabel).toBeUndefined();
  });

  it("is a valid dataset", () => {
    expect(validateDataset(dataset, goldstein).ok).toBe(true);
  });

  it("goes back out on the cosmological scale with the same years, and returns unchanged", () => {
    const out = exportTimelineJs(dataset);
    expect(out.scale).toBe("cosmological");
    expect(out.events.map((e) => e.start_date.year)).toEqual([
      -13_798_000_000, -13_797_930_000, -13_797_623_000, -13_648_000_000, -4_798_000_000, -1,
    ]);
    expect(out.events.at(-1)?.display_date).toBe("Now");
    const back = expectDataset(parseTimelineJs(JSON.stringify(out), { goldstein }));
    expect(back.events.map((e) => [e.date, e.end, e.dateLabel])).toEqual(
      dataset.events.map((e) => [e.date, e.end, e.dateLabel]),
    );
  });
});

describe("BCE through TimelineJS and back", () => {
  it("writes 500 BCE as -500 (TimelineJS shows it as 500 BCE) and reads it back as -0499", () => {
    const doc = {
      events: [
        {
          start_date: { year: -44, month: 3, day: 15 },
          text: { headline: "Ides of March" },
        },
        {
          start_date: { year: "-431" },
          end_date: { year: "-404" },
          display_date: "431–404 BCE",
          text: { headline: "Peloponnesian War" },
        },
      ],
    };
    const dataset = expectDataset(parseTimelineJs(JSON.stringify(doc), { goldstein }));
    expect(dataset.events.map((e) => [e.date, e.end])).toEqual([
      ["-0043-03-15", undefined],
      ["-0430", "-0403"],
    ]);
    const out = exportTimelineJs(dataset);
    expect(out.scale).toBeUndefined(); // a JavaScript Date still holds antiquity
    expect(out.events[0]?.start_date).toEqual({ year: -44, month: 3, day: 15 });
    expect(out.events[1]?.start_date).toEqual({ year: -431 });
    expect(out.events[1]?.end_date).toEqual({ year: -404 });
    expect(out.events[1]?.display_date).toBe("431–404 BCE");
    const back = expectDataset(parseTimelineJs(JSON.stringify(out), { goldstein }));
    expect(back.events.map((e) => [e.date, e.end, e.dateLabel])).toEqual(
      dataset.events.map((e) => [e.date, e.end, e.dateLabel]),
    );
  });
});
