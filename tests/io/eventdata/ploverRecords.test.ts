/** PLOVER records read exactly: fields by each spelling, titles, summaries, notes, JSON shapes. */
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import {
  isPolecatHeader,
  looksLikePlover,
  parsePloverJson,
  parsePolecat,
  ploverFields,
} from "../../../src/io/polecat/parse.ts";
import { ploverRecord, type PloverFields } from "../../../src/io/polecat/record.ts";
import { ploverQuad, ploverScore } from "../../../src/io/polecat/scores.ts";
import { expectDataset, expectFailure, goldstein, skipped } from "../fixtures.ts";

const FIELDS: PloverFields = {
  line: 4,
  id: "p1",
  date: "2024-05-06",
  eventType: " consult ",
  mode: "visit; phone",
  context: "diplomatic",
  sourceName: "Ana",
  sourceCountry: "USA",
  targetName: "Luis",
  targetCountry: "Colombia",
  text: "They met.",
  url: "https://news.example/a",
  publisher: "Wire",
};

describe("ploverRecord", () => {
  it("words a full record", () => {
    const log = new ImportLog();
    expect(ploverRecord(FIELDS, log)).toEqual({
      line: 4,
      id: "p1",
      date: "2024-05-06",
      source: { country: "USA", name: "Ana", role: "" },
      target: { country: "COL", name: "Luis", role: "" },
      score: 1.9,
      scoreNote:
        "Derived: PLOVER CONSULT (mode visit) scored 1.9, the mean Goldstein value of the CAMEO " +
        "codes PLOVER's crosswalk maps to it (042).",
      title: "Ana → Luis: CONSULT (visit, phone)",
      summary: "They met. PLOVER CONSULT (visit, phone), context diplomatic.",
      topic: "Verbal cooperation",
      url: "https://news.example/a",
      publisher: "Wire",
      fileNote: "PLOVER event p1",
    });
    expect(log.report("plover-json", 1).warnings).toEqual([]);
  });

  it("words a bare record, and counts unknown types and countries", () => {
    const log = new ImportLog();
    const bare: PloverFields = {
      ...FIELDS,
      id: "",
      eventType: "gossip",
      mode: " ; ,|",
      context: "",
      sourceName: "",
      targetName: "",
      sourceCountry: "Atlantis",
      targetCountry: "",
      text: "",
      url: "",
      publisher: "",
    };
    expect(ploverRecord(bare, log)).toEqual({
      line: 4,
      id: "",
      date: "2024-05-06",
      source: { country: "", name: "", role: "" },
      target: { country: "", name: "", role: "" },
      score: 0,
      scoreNote: "PLOVER type GOSSIP is not in the PLOVER score table: unscored (0).",
      title: "Atlantis → unnamed recipient: GOSSIP",
      summary: "PLOVER GOSSIP.",
      topic: "Other",
    });
    expect(ploverRecord({ ...bare, sourceCountry: "" }, log)?.title).toBe(
      "Unnamed actor → unnamed recipient: GOSSIP",
    );
    expect(log.report("plover-json", 1).warnings).toEqual([
      "2 events have types outside PLOVER's list: scored 0 (lines 4, 4)",
      "1 country was not recognised (line 4)",
    ]);
  });

  it("skips a record without a date or a type, saying why", () => {
    const log = new ImportLog();
    expect(ploverRecord({ ...FIELDS, date: "yesterday, or the day before" }, log)).toBeUndefined();
    expect(ploverRecord({ ...FIELDS, eventType: "  " }, log)).toBeUndefined();
    const report = log.report("polecat", 0);
    expect(report.skipped).toEqual([
      { reason: "invalid event date", count: 1, lines: [4] },
      { reason: "no event type", count: 1, lines: [4] },
    ]);
    expect(report.problems.map((p) => p.message)).toEqual([
      'event date "yesterday, or the da" is not a YYYY-MM-DD date',
      "the event has no PLOVER event type",
    ]);
  });
});

describe("PLOVER scores and quads", () => {
  it("takes the first known mode, else the type's score, with its note", () => {
    expect(ploverScore("Consult", ["nope", " PHONE "])).toEqual({
      score: 1,
      note:
        "Derived: PLOVER CONSULT (mode phone) scored 1, the mean Goldstein value of the CAMEO " +
        "codes PLOVER's crosswalk maps to it (041).",
    });
    expect(ploverScore(" consult", ["nope"])).toEqual({
      score: 3,
      note: "Derived: PLOVER CONSULT scored 3, the mean Goldstein value of the CAMEO codes PLOVER's crosswalk maps to it.",
    });
    expect(ploverQuad(" assault ")).toBe("Material conflict");
    expect(ploverQuad("request")).toBe("Verbal cooperation");
    expect(ploverQuad("nope")).toBeUndefined();
  });
});

describe("PLOVER JSON fields", () => {
  it("reads nested actors, lists of modes and other spellings", () => {
    expect(
      ploverFields(
        {
          ID: 12,
          Event_Date: " 2024-01-02 ",
          "Event Type": "AID",
          mode: ["a", "", 3],
          contexts: "x",
          actor: { Name: "Ana", ISO: "USA" },
          recipient: { actor: "Luis", countrycode: "COL" },
          headline: "H",
          source_url: "https://u",
          publisher: "P",
        },
        7,
      ),
    ).toEqual({
      line: 7,
      id: "12",
      date: "2024-01-02",
      eventType: "AID",
      mode: "a;3",
      context: "x",
      sourceName: "Ana",
      sourceCountry: "USA",
      targetName: "Luis",
      targetCountry: "COL",
      text: "H",
      url: "https://u",
      publisher: "P",
    });
  });

  it("reads flat actors in either spelling, and a string actor with a flat country", () => {
    expect(
      ploverFields(
        {
          date: "2024-01-02",
          event: "AID",
          actor_country: "USA",
          actor_name: "Ana",
          recipient_country: "COL",
          recipient_actor: "Luis",
        },
        1,
      ),
    ).toMatchObject({
      sourceName: "Ana",
      sourceCountry: "USA",
      targetName: "Luis",
      targetCountry: "COL",
    });
    expect(
      ploverFields(
        {
          source: " Ana ",
          source_country: "USA",
          target: "",
          target_name: "Luis",
          target_country: "COL",
        },
        1,
      ),
    ).toMatchObject({
      sourceName: "Ana",
      sourceCountry: "USA",
      targetName: "Luis",
      targetCountry: "COL",
    });
    expect(ploverFields({ source: { country: 5 }, target: null }, 1)).toMatchObject({
      sourceName: "",
      sourceCountry: "5",
      targetName: "",
      targetCountry: "",
      id: "",
      mode: "",
    });
  });

  it("knows a PLOVER record by its type, date and actors", () => {
    const record = { event_type: "AID", date: "2024-01-02", target: "COL" };
    expect(looksLikePlover(record)).toBe(true);
    expect(looksLikePlover([1, record])).toBe(true);
    expect(looksLikePlover({ events: [null, record] })).toBe(true);
    expect(looksLikePlover({ event: "AID", story_date: "x", recipient_country: "COL" })).toBe(true);
    expect(looksLikePlover({ eventtype: "AID", event_date: "x", actor: "A" })).toBe(true);
    expect(looksLikePlover({ ...record, target: undefined, targetcountry: undefined })).toBe(true);
    expect(looksLikePlover({ event_type: "AID", date: "x" })).toBe(false);
    expect(looksLikePlover({ event_type: "AID", source: "A" })).toBe(false);
    expect(looksLikePlover({ date: "x", source: "A" })).toBe(false);
    expect(looksLikePlover({ events: "no" })).toBe(false);
    expect(looksLikePlover([1, 2])).toBe(false);
    expect(looksLikePlover("AID")).toBe(false);
    for (const key of [
      "source",
      "actor",
      "target",
      "recipient",
      "sourcecountry",
      "actorcountry",
      "recipientcountry",
      "targetcountry",
    ])
      expect(looksLikePlover({ event: "AID", date: "x", [key]: "A" })).toBe(true);
  });
});

describe("PLOVER JSON shapes", () => {
  const record = (id: string, more: Record<string, unknown> = {}) => ({
    id,
    date: "2024-01-02",
    event_type: "CONSULT",
    source_country: "USA",
    target_country: "COL",
    ...more,
  });
  const PAIR = {
    goldstein,
    parties: [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ],
  } as const;

  it("reads {events: [...]}, a single record, and NDJSON with a byte-order mark", () => {
    const wrapped = parsePloverJson(
      JSON.stringify({ events: [record("a"), 5, record("b")] }, null, 1),
      PAIR,
    );
    expect(expectDataset(wrapped).events.map((e) => e.id)).toEqual(["plover-a", "plover-b"]);
    expect(wrapped.report.format).toBe("plover-json");
    expect(skipped(wrapped.report, "not an event record (an object)").lines).toEqual([10]);
    expect(wrapped.report.problems[0]?.message).toBe("events[1]: expected an object");

    const single = parsePloverJson(JSON.stringify(record("s")), PAIR);
    expect(expectDataset(single).events.map((e) => e.id)).toEqual(["plover-s"]);

    const ndjson = parsePloverJson(
      `\uFEFF${JSON.stringify(record("n1"))}\n\n[1]\n{broken\n${JSON.stringify(record("n2"))}`,
      PAIR,
    );
    expect(expectDataset(ndjson).events.map((e) => e.id)).toEqual(["plover-n1", "plover-n2"]);
    expect(skipped(ndjson.report, "not an event record (an object)").lines).toEqual([3]);
    expect(skipped(ndjson.report, "malformed JSON line").lines).toEqual([4]);
    expect(ndjson.report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^line 4: malformed JSON/),
      "line 3: expected an object",
    ]);
  });

  it("refuses JSON that is no record at all", () => {
    const report = expectFailure(parsePloverJson("[1, 2]".replace("[1, 2]", '"text"'), PAIR));
    expect(report.format).toBe("plover-json");
    expect(report.problems[0]?.message).toBe(
      'not PLOVER JSON: expected an array of event records, {"events": [...]}, or one record per line',
    );
  });

  it("names the POLECAT columns it lacks", () => {
    expect(expectFailure(parsePolecat("Event Date\tEvent Type\n")).problems[0]?.message).toBe(
      'not a POLECAT file: the header (line 1) lacks "actorcountry", "recipientcountry"',
    );
    expect(isPolecatHeader(["Story Date", "Event Type", "Source Country", "Target Country"])).toBe(
      true,
    );
    expect(isPolecatHeader(["Event Type", "Source Country", "Target Country"])).toBe(false);
  });

  it("reads POLECAT's columns by their other names", () => {
    const header = [
      "ID",
      "Date",
      "Event Type",
      "Mode",
      "Context",
      "Source Name",
      "Source Country",
      "Target Name",
      "Target Country",
      "Event Text",
      "Source URL",
      "Source",
    ];
    const row = [
      "x9",
      "2024-01-02",
      "CONSULT",
      "phone",
      "trade",
      "Ana",
      "USA",
      "Luis",
      "COL",
      "Call.",
      "https://n.example/",
      "Wire",
    ];
    const result = parsePolecat(`${header.join("\t")}\n${row.join("\t")}`, PAIR);
    expect(result.report.format).toBe("polecat");
    expect(expectDataset(result).events[0]).toMatchObject({
      id: "polecat-x9",
      title: "Ana → Luis: CONSULT (phone)",
      summary: "Call. PLOVER CONSULT (phone), context trade.",
      score: 1,
    });
  });
});

describe("PLOVER and POLECAT, every spelling", () => {
  const PAIR = {
    goldstein,
    parties: [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ],
  } as const;

  it("reads POLECAT's story date, contexts, names, headline, URL and publisher columns", () => {
    const header = [
      "Event ID",
      "Story Date",
      "Event Type",
      "Event Mode",
      "Contexts",
      "Actor Name",
      "Actor Country",
      "Recipient Name",
      "Recipient Country",
      "Headline",
      "URL",
      "Publisher",
    ];
    const row = [
      "e1",
      "2024-01-02",
      "CONSULT",
      "visit",
      "trade",
      "Ana",
      "USA",
      "Luis",
      "COL",
      "Met.",
      "https://n.example/a",
      "Wire",
    ];
    const result = parsePolecat(`${header.join("\t")}\n${row.join("\t")}`, {
      ...PAIR,
      fileName: "p.tsv",
    });
    const dataset = expectDataset(result);
    expect(dataset.title).toBe("POLECAT events between United States and Colombia");
    expect(dataset.sources[0]).toEqual({
      id: "imported-file",
      title: "p.tsv",
      publisher: "POLECAT event data",
    });
    expect(dataset.events[0]).toMatchObject({
      id: "polecat-e1",
      title: "Ana → Luis: CONSULT (visit)",
      summary: "Met. PLOVER CONSULT (visit), context trade.",
      citations: [{ source: "imported-file", note: "PLOVER event e1" }, { source: "n-example" }],
    });
    expect(dataset.sources.at(-1)).toMatchObject({ publisher: "Wire", url: "https://n.example/a" });
    const textColumns = [
      "Event ID",
      "Event Date",
      "Event Type",
      "Actor Country",
      "Recipient Country",
      "Text",
      "Source URL",
      "Source",
    ];
    const other = parsePolecat(
      `${textColumns.join("\t")}\ne2\t2024-01-02\tAID\tUSA\tCOL\tHelped.\thttps://m.example/\tRadio`,
      PAIR,
    );
    expect(expectDataset(other).events[0]).toMatchObject({ summary: "Helped. PLOVER AID." });
    expect(expectDataset(other).sources.at(-1)).toMatchObject({
      publisher: "Radio",
      url: "https://m.example/",
    });
  });

  it("reads PLOVER JSON's other field names, and names its dataset", () => {
    const records = [
      {
        eventid: "j1",
        story_date: "2024-01-02",
        type: "CONSULT",
        event_mode: "phone",
        context: "x",
        sentence: "Said.",
        url: "https://s.example/",
        source_country: "USA",
        target_country: "COL",
      },
      {
        id: "j2",
        date: "2024-01-03",
        event: "AID",
        eventmode: "",
        contexts: "y",
        text: "Gave.",
        source_country: "USA",
        target_country: "COL",
      },
    ];
    const result = parsePloverJson(`\uFEFF${JSON.stringify(records)}`, {
      ...PAIR,
      fileName: "p.json",
    });
    const dataset = expectDataset(result);
    expect(dataset.title).toBe("PLOVER events between United States and Colombia");
    expect(dataset.sources[0]?.publisher).toBe("PLOVER event records");
    expect(dataset.events.map((e) => [e.id, e.summary, e.score])).toEqual([
      ["plover-j1", "Said. PLOVER CONSULT (phone), context x.", 1],
      ["plover-j2", "Gave. PLOVER AID, context y.", expect.any(Number)],
    ]);
    const ndjson = parsePloverJson(`  ${JSON.stringify(records[1])}  \n`, PAIR);
    expect(expectDataset(ndjson).events.map((e) => e.id)).toEqual(["plover-j2"]);
  });

  it("words warnings in the plural", () => {
    const log = new ImportLog();
    const fields = {
      ...FIELDS,
      eventType: "gossip",
      sourceCountry: " Atlantis ",
      targetCountry: "Lemuria",
    };
    ploverRecord(fields, log);
    ploverRecord({ ...fields, line: 5 }, log);
    expect(log.report("polecat", 0).warnings).toEqual([
      "2 events have types outside PLOVER's list: scored 0 (lines 4, 5)",
      "4 countries were not recognised (lines 4, 4, 5, 5)",
    ]);
    expect(
      ploverRecord({ ...FIELDS, sourceCountry: " USA " }, new ImportLog())?.source.country,
    ).toBe("USA");
  });
});
