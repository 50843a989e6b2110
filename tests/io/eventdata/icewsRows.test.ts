/** ICEWS rows read exactly: titles, summaries, score notes, ids, places, and what is refused. */
import { parseIcews } from "../../../src/io/icews/parse.ts";
import { expectDataset, expectFailure, goldstein, skipped } from "../fixtures.ts";

const HEADER = [
  "Event ID",
  "Event Date",
  "Source Name",
  "Source Sectors",
  "Source Country",
  "Event Text",
  "CAMEO Code",
  "Intensity",
  "Target Name",
  "Target Sectors",
  "Target Country",
  "Story ID",
  "Sentence Number",
  "Publisher",
  "City",
  "District",
  "Province",
  "Country",
  "Latitude",
  "Longitude",
];

type Row = Partial<Record<(typeof HEADER)[number], string>>;
const FULL: Row = {
  "Event ID": "7",
  "Event Date": "2018-06-01",
  "Source Name": "Mike Pompeo",
  "Source Sectors": "Executive",
  "Source Country": "United States",
  "Event Text": "Make an appeal",
  "CAMEO Code": "020",
  Intensity: "3",
  "Target Name": "Ivan Duque",
  "Target Sectors": "Government",
  "Target Country": "Colombia",
  "Story ID": "55",
  "Sentence Number": "2",
  Publisher: "Kyodo News",
  City: "Bogota",
  Province: "Cundinamarca",
  Country: "Colombia",
};

const file = (...rows: Row[]) =>
  [HEADER.join("\t"), ...rows.map((row) => HEADER.map((h) => row[h] ?? "").join("\t"))].join("\n");
const PAIR = {
  goldstein,
  parties: [
    { code: "USA", name: "United States" },
    { code: "COL", name: "Colombia" },
  ],
} as const;

describe("ICEWS rows", () => {
  it("says who did what, where, and by whose report", () => {
    const result = parseIcews(file(FULL), { ...PAIR, fileName: "events.tab" });
    const dataset = expectDataset(result);
    expect(result.report.format).toBe("icews");
    const event = dataset.events[0];
    expect(event).toMatchObject({
      title: "Mike Pompeo → Ivan Duque: Make an appeal",
      summary:
        "Mike Pompeo (USA) → Ivan Duque (COL): Make an appeal (CAMEO 020), intensity 3. " +
        "Reported by Kyodo News; located at Bogota, Cundinamarca, Colombia.",
      date: "2018-06-01",
      cameo: "020",
      score: 3,
      scoreNote: "ICEWS Intensity 3, the file's own score for CAMEO 020.",
      initiator: "USA",
      target: "COL",
    });
    expect(event?.citations[0]).toEqual({
      source: "imported-file",
      note: "ICEWS event 7, story 55, sentence 2",
    });
    expect(event?.id).toBe("icews-7-2018-06-01");
    expect(event?.citations[1]).toEqual({ source: "kyodo-news" });
    expect(dataset.title).toBe("ICEWS events between United States and Colombia");
    expect(dataset.description).toBe(
      "Imported from events.tab: the rows between United States (USA) and Colombia (COL), in " +
        "both directions. Scores are ICEWS's own Intensity (−10 … +10, the CAMEO code's " +
        "intensity as ICEWS codes it).",
    );
    expect(dataset.actors.map((a) => [a.name, a.party, a.role])).toEqual([
      ["Mike Pompeo", "USA", "Executive"],
      ["Ivan Duque", "COL", "Government"],
    ]);
  });

  it("falls back to the country, the CAMEO code, or plain words", () => {
    const dataset = expectDataset(
      parseIcews(
        file(
          {
            "Event Date": "2018-06-02",
            "Source Country": "United States",
            "Target Country": "Colombia",
            "CAMEO Code": "0211",
            Intensity: "-2.5",
          },
          {
            "Event Date": "2018-06-03",
            "Source Country": "United States",
            "Target Country": "Colombia",
            "CAMEO Code": "x1",
            Intensity: "10",
          },
        ),
        PAIR,
      ),
    );
    expect(dataset.events.map((e) => [e.title, e.summary, e.scoreNote, e.cameo])).toEqual([
      [
        "United States → Colombia: CAMEO 0211",
        "United States (USA) → Colombia (COL): CAMEO 0211 (CAMEO 0211), intensity -2.5.",
        "ICEWS Intensity -2.5, the file's own score for CAMEO 0211.",
        "0211",
      ],
      [
        "United States → Colombia: Event",
        "United States (USA) → Colombia (COL): Event, intensity 10.",
        "ICEWS Intensity 10, the file's own score.",
        undefined,
      ],
    ]);
    expect(dataset.events.map((e) => e.citations[0])).toEqual([
      { source: "imported-file" },
      { source: "imported-file" },
    ]);
  });

  it("keeps only whole CAMEO codes, and says when a side has no country", () => {
    const result = parseIcews(
      file(
        { ...FULL, "CAMEO Code": "0201x", "Event ID": "" },
        { ...FULL, "CAMEO Code": "x020", "Story ID": "", "Sentence Number": "" },
        { ...FULL, "Target Country": "", "Target Name": "Someone" },
      ),
      PAIR,
    );
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.id, e.cameo, e.citations[0]])).toEqual([
      ["event", undefined, { source: "imported-file", note: "story 55, sentence 2" }],
      ["icews-7-2018-06-01", undefined, { source: "imported-file", note: "ICEWS event 7" }],
    ]);
    const records = parseIcews(file({ ...FULL, "Target Country": "", "Source Country": "" }), {
      goldstein,
    });
    expect(records.ok).toBe(false);
    expect(records.report.problems[0]?.message).toMatch(/^no rows between two countries/);
  });

  it("quotes at most 20 characters of a bad cell", () => {
    const result = parseIcews(
      file(
        { ...FULL, Intensity: "123456789012345678901234" },
        { ...FULL, "Event Date": "2018-06-01-and-more-words" },
        FULL,
      ),
      PAIR,
    );
    expect(result.report.problems.map((p) => p.message)).toEqual([
      'Intensity "12345678901234567890" is not a number from -10 to 10',
      'Event Date "2018-06-01-and-more-" is not a YYYY-MM-DD date',
    ]);
  });

  it("refuses intensities outside −10 … 10, empty or not numbers", () => {
    const row = (intensity: string): Row => ({ ...FULL, Intensity: intensity });
    const result = parseIcews(
      file(row("10.5"), row("-11"), row(""), row("NaN"), row("Infinity"), row("-10"), {
        ...FULL,
        "Event Date": "June 2018",
      }),
      PAIR,
    );
    expect(skipped(result.report, "invalid Intensity")).toEqual({
      reason: "invalid Intensity",
      count: 5,
      lines: [2, 3, 4, 5, 6],
    });
    expect(skipped(result.report, "invalid Event Date").lines).toEqual([8]);
    expect(result.report.problems.map((p) => p.message)).toEqual([
      'Intensity "10.5" is not a number from -10 to 10',
      'Intensity "-11" is not a number from -10 to 10',
      'Intensity "" is not a number from -10 to 10',
      'Intensity "NaN" is not a number from -10 to 10',
      'Intensity "Infinity" is not a number from -10 to 10',
      'Event Date "June 2018" is not a YYYY-MM-DD date',
    ]);
    expect(result.report.eventsTaken).toBe(1);
  });

  it("names the unknown countries, eight at most, and counts their rows", () => {
    const rows = Array.from({ length: 9 }, (_, i) => ({ ...FULL, "Target Country": `Land ${i}` }));
    const result = parseIcews(file(FULL, ...rows, { ...FULL, "Source Country": "Land 0" }), PAIR);
    expect(result.report.warnings).toEqual(
      expect.arrayContaining([
        "10 country names were not recognised (lines 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)",
        "country names without an ISO 3166-1 code (their rows have no country on that side): " +
          '"Land 0", "Land 1", "Land 2", "Land 3", "Land 4", "Land 5", "Land 6", "Land 7", …',
      ]),
    );
    const one = parseIcews(file(FULL, { ...FULL, "Target Country": "Atlantis" }), PAIR);
    expect(one.report.warnings).toEqual(
      expect.arrayContaining([
        "1 country name was not recognised (line 3)",
        'country names without an ISO 3166-1 code (their rows have no country on that side): "Atlantis"',
      ]),
    );
  });

  it("lists every missing column", () => {
    expect(expectFailure(parseIcews("Event Date\tIntensity\n")).format).toBe("icews");
    expect(expectFailure(parseIcews("Event Date\tIntensity\n")).problems[0]?.message).toBe(
      'not an ICEWS event file: the header (line 1) lacks "sourcecountry", "targetcountry", ' +
        '"cameocode" (expected the 20 ICEWS columns, tab-separated)',
    );
  });
});
