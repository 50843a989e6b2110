/**
 * The parts the dyadic importers share, read exactly: country codes and names, pair counts and
 * their order, the reader's party codes, day cells, tab tables, quads, and the pair dataset.
 */
import { buildPairDataset, nameOf } from "../../../src/io/eventdata/build.ts";
import {
  countryCode,
  countryName,
  isCountry,
  nameKey,
} from "../../../src/io/eventdata/countries.ts";
import { readDay } from "../../../src/io/eventdata/dates.ts";
import { between, PairCounter } from "../../../src/io/eventdata/pairs.ts";
import { readPartyCodes } from "../../../src/io/eventdata/partyCodes.ts";
import { partiesFromCodes } from "../../../src/io/eventdata/parties.ts";
import { quadOfCameo, topicOf } from "../../../src/io/eventdata/quad.ts";
import type { EventRecord } from "../../../src/io/eventdata/record.ts";
import {
  cellOf,
  columnIndex,
  missingColumns,
  readTabTable,
} from "../../../src/io/eventdata/table.ts";
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { goldstein } from "../fixtures.ts";

describe("countries", () => {
  it("knows country codes, not regions or organisations", () => {
    expect(isCountry("COL")).toBe(true);
    expect(isCountry("AFR")).toBe(false);
    expect(isCountry("")).toBe(false);
    expect(countryName("CIV")).toBe("Côte d'Ivoire");
    expect(countryName("EUR")).toBeUndefined();
    expect(nameOf("USA")).toBe("United States");
    expect(nameOf("EUR")).toBe("EUR");
  });

  it.each([
    ["COL", "COL"],
    [" COL ", "COL"],
    ["col", undefined],
    ["Colombia", "COL"],
    ["  COLOMBIA  ", "COL"],
    ["Côte d’Ivoire", "CIV"],
    ["cote  d'ivoire", "CIV"],
    ["Russia", "RUS"],
    ["North Korea", "PRK"],
    ["EUR", undefined],
    ["", undefined],
    ["Atlantis", undefined],
  ])("%j → %s", (cell, code) => {
    expect(countryCode(cell)).toBe(code);
  });

  it("compares names without accents, case, quote style or spacing", () => {
    expect(nameKey("  Côte  D’Ivoire ")).toBe("cote d'ivoire");
    expect(nameKey("A`B\tC")).toBe("a'b c");
  });
});

describe("pairs", () => {
  it("counts both directions together, most events first, ties by how often each country appears", () => {
    const counter = new PairCounter();
    const rows: [string, string][] = [
      ["USA", "COL"],
      ["COL", "USA"],
      ["VEN", "COL"],
      ["COL", "VEN"],
      ["USA", "BRA"],
      ["USA", "USA"],
      ["USA", "EUR"],
      ["", "COL"],
      ["PER", "ECU"],
    ];
    for (const [a, b] of rows) counter.add(a, b);
    expect(counter.pairs()).toEqual([
      { codes: ["COL", "USA"], names: ["Colombia", "United States"], events: 2 },
      { codes: ["COL", "VEN"], names: ["Colombia", "Venezuela"], events: 2 },
      { codes: ["BRA", "USA"], names: ["Brazil", "United States"], events: 1 },
      { codes: ["ECU", "PER"], names: ["Ecuador", "Peru"], events: 1 },
    ]);
    expect(counter.pairs(1)).toHaveLength(1);
  });

  it("breaks a full tie alphabetically", () => {
    const counter = new PairCounter();
    counter.add("PER", "ECU");
    counter.add("BRA", "ARG");
    expect(counter.pairs().map((p) => p.codes.join("-"))).toEqual(["ARG-BRA", "ECU-PER"]);
  });

  it("knows a row between two parties either way round", () => {
    expect(between("A", "B", "A", "B")).toBe(true);
    expect(between("B", "A", "A", "B")).toBe(true);
    expect(between("A", "C", "A", "B")).toBe(false);
    expect(between("C", "B", "A", "B")).toBe(false);
    expect(between("B", "B", "A", "B")).toBe(false);
  });
});

describe("the reader's parties", () => {
  it.each([
    ["USA,COL", ["USA", "COL"]],
    [" usa  col ", ["USA", "COL"]],
    ["USA;COL,", ["USA", "COL"]],
    ["USA", undefined],
    ["USA,COL,VEN", undefined],
    ["USAA,COL", undefined],
    ["US,COL", undefined],
    ["USA,C0L", undefined],
    [null, undefined],
    [undefined, undefined],
  ])("%j → %j", (text, codes) => {
    expect(readPartyCodes(text)).toEqual(codes);
  });

  it("names two different countries, or says why not", () => {
    expect(partiesFromCodes(["USA", "COL"])).toEqual({
      ok: true,
      parties: [
        { code: "USA", name: "United States" },
        { code: "COL", name: "Colombia" },
      ],
    });
    expect(partiesFromCodes(["USA", "USA"])).toEqual({
      ok: false,
      message: "the two parties must differ (both are USA)",
    });
    const rest =
      "parties are two countries, given as ISO 3166-1 alpha-3 codes such as USA,COL " +
      "(region and organisation codes such as AFR, EUR or UNO cannot be parties)";
    expect(partiesFromCodes(["EUR", "COL"])).toEqual({
      ok: false,
      message: `EUR is not a country code: ${rest}`,
    });
    expect(partiesFromCodes(["USA", "XXX"])).toEqual({
      ok: false,
      message: `XXX is not a country code: ${rest}`,
    });
    expect(partiesFromCodes(["AFR", "EUR"])).toEqual({
      ok: false,
      message: `AFR and EUR are not country codes: ${rest}`,
    });
  });
});

describe("day cells", () => {
  it.each([
    ["2018-06-01", "2018-06-01"],
    ["20180601", "2018-06-01"],
    [" 2018-06-01T12:00:00Z ", "2018-06-01"],
    ["2018-06-01 12:00", "2018-06-01"],
    ["1 June 2018", "2018-06-01"],
    ["01-jun-2018", "2018-06-01"],
    ["31 December 1999", "1999-12-31"],
    ["9 SEPT 2020", "2020-09-09"],
    ["2018-06-31", undefined],
    ["2018-6-1", undefined],
    ["2018-06-01x", undefined],
    ["x2018-06-01", undefined],
    ["1 Ju 2018", undefined],
    ["1 Juno 2018", undefined],
    ["31 February 2018", undefined],
    ["June 2018", undefined],
    ["1 June 18", undefined],
    ["", undefined],
  ])("%j → %s", (cell, day) => {
    expect(readDay(cell)).toBe(day);
  });
});

describe("tab tables", () => {
  it("reads a header and rows with their lines, without quoting, trimming CRs and blank lines", () => {
    const table = readTabTable('\uFEFF Event ID \tEvent Date\r\n\r\n1\t"2018\n \n2\tNA\t x \r\n');
    expect(table).toEqual({
      header: ["Event ID", "Event Date"],
      rows: [
        { cells: ["1", '"2018'], line: 3 },
        { cells: ["2", "NA", " x "], line: 5 },
      ],
    });
    const index = columnIndex([...table.header, "event-id"]);
    expect([...index]).toEqual([
      ["eventid", 0],
      ["eventdate", 1],
    ]);
    const row = table.rows[1] ?? { cells: [] };
    expect(cellOf(row, index, "eventdate")).toBe("");
    expect(cellOf({ cells: ["NULL", " y "] }, index, "eventid")).toBe("");
    expect(cellOf({ cells: ["a", " y "] }, index, "nope", "eventdate")).toBe("y");
    expect(cellOf({ cells: ["a"] }, index, "eventdate")).toBe("");
    expect(cellOf({ cells: ["a"] }, index, "nope")).toBe("");
    expect(missingColumns(index, [["eventid"], ["x", "eventdate"], ["y", "z"], ["w"]])).toEqual([
      ["y", "z"],
      ["w"],
    ]);
  });

  it("has no header without lines", () => {
    expect(readTabTable("\n \n")).toEqual({ header: [], rows: [] });
  });
});

describe("quads", () => {
  it.each([
    ["01", "Verbal cooperation"],
    ["0511", "Verbal cooperation"],
    ["06", "Material cooperation"],
    ["09", "Material cooperation"],
    ["10", "Verbal conflict"],
    ["14", "Verbal conflict"],
    ["15", "Material conflict"],
    ["20", "Material conflict"],
    ["00", undefined],
    ["21", undefined],
    ["x1", undefined],
  ])("CAMEO %s → %s", (code, quad) => {
    expect(quadOfCameo(code)).toBe(quad);
  });

  it("falls back to the score's sign", () => {
    expect(topicOf("04", -5)).toBe("Verbal cooperation");
    expect(topicOf("99", 2)).toBe("Cooperation");
    expect(topicOf(undefined, -0.5)).toBe("Conflict");
    expect(topicOf(undefined, 0)).toBe("Neutral");
    expect(topicOf(undefined, undefined)).toBe("Neutral");
  });
});

describe("buildPairDataset", () => {
  const side = (country: string, name = "") => ({ country, name, role: "" });
  const record = (line: number, over: Partial<EventRecord> = {}, scored = true): EventRecord => ({
    line,
    id: `r${line}`,
    date: "2020-01-02",
    source: side("USA", "Ana"),
    target: side("COL", "Luis"),
    ...(scored ? { score: 2 } : {}),
    title: `Row ${line}`,
    summary: "",
    topic: "Cooperation",
    ...over,
  });
  const SETUP = {
    format: "icews",
    formatName: "ICEWS",
    publisher: "ICEWS file",
    goldstein,
    scoring: "Scored.",
    idHint: "icews",
  } as const;

  it("takes the largest pair, says so, and cites links and publishers", () => {
    const log = new ImportLog();
    const result = buildPairDataset(
      [
        record(2, { url: "https://news.example/a", publisher: "Wire" }),
        record(
          3,
          {
            url: "javascript:alert(1)",
            publisher: "Radio",
            cameo: "042",
          },
          false,
        ),
        record(4, { source: side("VEN"), id: "", cameo: "9999", approximate: true }),
        record(5, { target: side("USA"), source: side("COL", ""), fileNote: "n5" }),
      ],
      log,
      { ...SETUP, fileName: "f.tab" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { dataset, report } = result;
    expect(dataset.title).toBe("ICEWS events between Colombia and United States");
    expect(dataset.description).toBe(
      "Imported from f.tab: the rows between Colombia (COL) and United States (USA), in both directions. Scored.",
    );
    expect(dataset.id).toBe("icews-events-between-colombia-and-united-states");
    expect(report.warnings).toEqual([
      "parties chosen from the file: Colombia (COL) and United States (USA), the pair of countries " +
        "with the most rows between them (3); choose another pair in the list of pairs",
      "1 link is not an http(s) URL (javascript:, embed code…): dropped (line 3)",
    ]);
    expect(report.skipped).toEqual([
      { reason: "not between the two parties (COL and USA)", count: 1, lines: [4] },
    ]);
    expect(dataset.events.map((e) => [e.id, e.cameo, e.score, e.citations])).toEqual([
      ["icews-r2", undefined, 2, [{ source: "imported-file" }, { source: "news-example" }]],
      ["icews-r3", "042", undefined, [{ source: "imported-file" }, { source: "radio" }]],
      ["icews-r5", undefined, 2, [{ source: "imported-file", note: "n5" }]],
    ]);
    expect(dataset.sources.slice(1)).toEqual([
      {
        id: "news-example",
        title: "https://news.example/a",
        publisher: "Wire",
        url: "https://news.example/a",
      },
      { id: "radio", title: "Radio", publisher: "Radio" },
    ]);
    expect(dataset.actors).toEqual([
      { id: "ana", name: "Ana", party: "USA", role: "ICEWS actor" },
      { id: "luis", name: "Luis", party: "COL", role: "ICEWS actor" },
    ]);
    expect(result.pairs.map((p) => p.events)).toEqual([3, 1]);
  });

  it("keeps the reader's pair without a warning, and drops a CAMEO code the table lacks", () => {
    const log = new ImportLog();
    const result = buildPairDataset(
      [record(2, { cameo: "9999", id: "" }), record(3, { source: side("VEN") })],
      log,
      {
        ...SETUP,
        parties: [
          { code: "USA", name: "US" },
          { code: "COL", name: "CO" },
        ],
      },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.description).toBe(
      "Imported from a ICEWS file: the rows between US (USA) and CO (COL), in both directions. Scored.",
    );
    expect(result.dataset.events.map((e) => [e.id, e.cameo])).toEqual([["event", undefined]]);
    expect(result.report.warnings).toEqual([]);
  });

  it("keeps every CAMEO code without a table", () => {
    const result = buildPairDataset([record(2, { cameo: "9999" })], new ImportLog(), {
      ...SETUP,
      goldstein: undefined,
    });
    expect(result.ok && result.dataset.events[0]?.cameo).toBe("9999");
  });

  it("fails when no row runs between two countries", () => {
    const result = buildPairDataset(
      [record(2, { target: side("USA") }), record(3, { source: side("") })],
      new ImportLog(),
      SETUP,
    );
    expect(result).toEqual({
      ok: false,
      pairs: [],
      report: {
        format: "icews",
        eventsTaken: 0,
        skipped: [],
        warnings: [],
        problems: [
          {
            path: "(file)",
            message:
              "no rows between two countries: every row lacks a country on one side, or has the " +
              "same country on both (ICEWS rows need a source and a target country)",
          },
        ],
      },
    });
  });
});
