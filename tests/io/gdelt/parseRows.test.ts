/** GDELT rows to events, exactly: titles, summaries, notes, far rows, unknown codes, options. */
import { parseGdelt } from "../../../src/io/gdelt/parse.ts";
import { expectDataset, goldstein, skipped } from "../fixtures.ts";
import { gdeltLine } from "./gdeltLine.ts";

const text = (...lines: string[]) => lines.join("\n");

describe("GDELT rows as events", () => {
  it("titles and summarises a row, and notes its counts", () => {
    const result = parseGdelt(text(gdeltLine()), { goldstein, fileName: "events.csv" });
    const dataset = expectDataset(result);
    expect(result.report.format).toBe("gdelt");
    expect(dataset.title).toBe("GDELT events between Colombia and United States");
    expect(dataset.description).toBe(
      "Imported from events.csv: the 3 most-reported events per day between COL and USA, scored on the Goldstein scale by GDELT.",
    );
    expect(dataset.events).toEqual([
      {
        id: "gdelt-101",
        title: "United States → Colombia: Verbal cooperation (CAMEO 043)",
        summary:
          "GDELT event 101: United States (USA) → Colombia (COL), CAMEO 043 (verbal cooperation), " +
          "Goldstein 2.8; 10 mentions, 2 sources, 9 articles; average tone -1.50. " +
          "Added to GDELT 2020-03-12 10:15 UTC.",
        date: "2020-03-11",
        topics: ["verbal-cooperation"],
        actors: ["united-states", "colombia"],
        initiator: "USA",
        target: "COL",
        cameo: "043",
        score: 2.8,
        citations: [
          {
            source: "imported-file",
            note: "GDELT 2.0 event 101; 10 mentions, 2 sources, 9 articles",
          },
          { source: "news-example" },
        ],
      },
    ]);
    expect(dataset.actors).toEqual([
      { id: "united-states", name: "United States", party: "USA", role: "GDELT actor code USA" },
      { id: "colombia", name: "Colombia", party: "COL", role: "GDELT actor code COLGOV" },
    ]);
    expect(result.report.warnings).toEqual([
      "parties chosen from the file: Colombia (COL) and United States (USA), the pair of countries with the most events between them (1 rows); choose another pair in the list of pairs",
    ]);
  });

  it("words singular counts, no tone, a 1.0 date, descriptions and quads from the root", () => {
    const rows = [
      gdeltLine({ 0: "1", 29: "", 26: "0211", 31: "1", 32: "1", 33: "1", 34: "" }, 58),
      gdeltLine({ 0: "2", 29: "", 26: "061", 1: "20200310" }, 58),
      gdeltLine({ 0: "3", 29: "", 26: "10", 1: "20200309" }, 58),
      gdeltLine({ 0: "4", 29: "", 26: "145", 1: "20200308" }, 58),
      gdeltLine({ 0: "5", 29: "", 26: "15", 1: "20200307", 6: "", 57: "javascript:x" }, 58),
    ];
    const result = parseGdelt(text(...rows), {
      goldstein,
      eventDescriptions: new Map([["0211", "Appeal for economic cooperation"]]),
    });
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => e.title)).toEqual([
      "USA → Colombia: Material conflict (CAMEO 15)",
      "United States → Colombia: Verbal conflict (CAMEO 145)",
      "United States → Colombia: Verbal conflict (CAMEO 10)",
      "United States → Colombia: Material cooperation (CAMEO 061)",
      "United States → Colombia: Appeal for economic cooperation (CAMEO 0211)",
    ]);
    expect(dataset.events[4]?.summary).toBe(
      "GDELT event 1: United States (USA) → Colombia (COL), CAMEO 0211 (verbal cooperation), " +
        "Goldstein 2.8; 1 mention, 1 source, 1 article. Added to GDELT 2020-03-12.",
    );
    expect(dataset.events[4]?.citations[0]?.note).toBe(
      "GDELT 1.0 event 1; 1 mention, 1 source, 1 article",
    );
    expect(result.report.warnings).toContain(
      "1 link is not an http(s) URL (javascript:, embed code…): dropped (line 5)",
    );
    expect(result.report.eventsTaken).toBe(5);
    expect(dataset.description).toBe(
      "Imported from a GDELT event export: the 3 most-reported events per day between COL and USA, scored on the Goldstein scale by GDELT.",
    );
  });

  it("title-cases actor names, falling back to the code, then the country", () => {
    const result = parseGdelt(
      text(
        gdeltLine({ 0: "1", 6: "new york-city police" }),
        gdeltLine({ 0: "2", 1: "20200310", 5: "", 6: "" }),
      ),
      { goldstein },
    );
    expect(expectDataset(result).events.map((e) => e.title.split(":")[0])).toEqual([
      "USA → Colombia",
      "New York-City Police → Colombia",
    ]);
  });

  it("skips or keeps far rows, by the given number of days", () => {
    const far = gdeltLine({ 0: "9", 1: "20200302" });
    const near = gdeltLine({ 0: "8", 1: "20200303" });
    const skippedRows = parseGdelt(text(near, far), { goldstein, farDays: 10 });
    expect(
      skipped(skippedRows.report, "event date 10 or more days before the date the row was added")
        .lines,
    ).toEqual([2]);
    const kept = parseGdelt(text(near, far), { goldstein, farDays: 10, farRows: "keep" });
    expect(kept.report.eventsTaken).toBe(2);
    expect(kept.report.warnings).toContain(
      "1 row has its event date 10 or more days before the date the row was added (kept) (line 2)",
    );
  });

  it("skips codes outside the CAMEO table, only when there is one", () => {
    const rows = text(gdeltLine({ 0: "1" }), gdeltLine({ 0: "2", 26: "0999" }));
    const checked = parseGdelt(rows, { goldstein });
    expect(skipped(checked.report, "CAMEO code not in the CAMEO table").lines).toEqual([2]);
    expect(checked.report.problems[0]?.message).toBe('CAMEO code "0999" is not in the CAMEO table');
    expect(checked.report.eventsTaken).toBe(1);
    expect(checked.ok && checked.dataset.events.map((e) => e.cameo)).not.toContain("0999");
    expect(parseGdelt(rows).report.eventsTaken).toBe(2);
  });

  it("shows at least one event a day, and ranks by sources when asked", () => {
    const rows = text(
      gdeltLine({ 0: "1", 31: "9", 32: "1" }),
      gdeltLine({ 0: "2", 31: "1", 32: "9", 60: "https://b.example" }),
    );
    const one = parseGdelt(rows, { goldstein, topPerDay: 0.5 });
    expect(expectDataset(one).events.map((e) => e.id)).toEqual(["gdelt-1"]);
    expect(
      skipped(
        one.report,
        "not among the 1 most-reported events of its day (still counted in dailyImpulses)",
      ).lines,
    ).toEqual([2]);
    const bySources = parseGdelt(rows, { goldstein, topPerDay: 1.9, rankBy: "sources" });
    expect(expectDataset(bySources).events.map((e) => e.id)).toEqual(["gdelt-2"]);
    expect(bySources.ok && bySources.dailyImpulses).toEqual([
      { day: "2020-03-11", meanGoldstein: 2.8, weight: 10 },
    ]);
  });

  it("fails without two countries, naming why", () => {
    const result = parseGdelt(gdeltLine({ 7: "EUR", 17: "AFR" }), { goldstein });
    expect(result.ok).toBe(false);
    expect(result.report.problems[0]?.message).toBe(
      "no rows with two country codes: GDELT rows between countries name an ISO 3166-1 country code for both actors (region and organisation codes such as AFR or UNO are not countries)",
    );
  });
});
