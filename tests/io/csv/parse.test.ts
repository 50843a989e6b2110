import { detectColumns, parseCsv } from "../../../src/io/csv/parse.ts";
import { expectDataset, expectFailure, goldstein, skipped, warning } from "../fixtures.ts";

const HEADER = "date,end,title,summary,topics,actors,initiator,target,cameo,score,source,quote,url";
const ROWS = [
  '2025-01-26,,Tariff threat,"US threatens tariffs over deportation flights",Trade; Migration,Donald Trump (USA);Gustavo Petro (COL),USA,COL,172,,NBC News,"we will impose",https://www.nbcnews.com/a',
  "2025-01-26,,Flights accepted,Colombia accepts deportation flights,Migration,Gustavo Petro (COL),COL,USA,057,,NBC News,,https://www.nbcnews.com/a",
  "2025-09,2025-10,Visa revoked,,Diplomacy,,USA,COL,,-4,,,",
];
const csv = (rows: readonly string[] = ROWS, header = HEADER, eol = "\n") =>
  [header, ...rows].join(eol) + eol;
const parse = (text: string, options = {}) => parseCsv(text, { goldstein, ...options });

describe("detectColumns", () => {
  it("maps the canonical header", () => {
    const detection = detectColumns(HEADER.split(","));
    expect(detection.mapping).toEqual({
      date: 0,
      end: 1,
      title: 2,
      summary: 3,
      topics: 4,
      actors: 5,
      initiator: 6,
      target: 7,
      cameo: 8,
      score: 9,
      source: 10,
      quote: 11,
      url: 12,
    });
    expect(detection.missing).toEqual([]);
    expect(detection.unmapped).toEqual([]);
  });

  it("recognises aliases ignoring case, spacing and accents", () => {
    const detection = detectColumns([
      "Fecha",
      "Título",
      "Description",
      "Goldstein Scale",
      "Link",
      "Notes",
    ]);
    expect(detection.mapping).toEqual({ date: 0, title: 1, summary: 2, score: 3, url: 4 });
    expect(detection.unmapped).toEqual(["Notes"]);
  });

  it("lists the required fields it could not find", () => {
    expect(detectColumns(["When it happened", "What"]).missing).toEqual(["date", "title"]);
  });
});

describe("parseCsv", () => {
  it("imports rows with parties from the initiator/target columns", () => {
    const result = parse(csv());
    const dataset = expectDataset(result);
    expect(dataset.parties).toEqual([
      { code: "USA", name: "USA" },
      { code: "COL", name: "COL" },
    ]);
    warning(result.report, /^parties taken from the initiator\/target columns: USA and COL$/);
    expect(dataset.events.map((e) => [e.title, e.initiator, e.target, e.cameo, e.score])).toEqual([
      ["Tariff threat", "USA", "COL", "172", undefined],
      ["Flights accepted", "COL", "USA", "057", undefined],
      ["Visa revoked", "USA", "COL", undefined, -4],
    ]);
    expect(dataset.events[2]).toMatchObject({
      date: "2025-09",
      end: "2025-10",
      summary: "Visa revoked",
    });
  });

  it("builds topics, actors with their parties, and shared sources with quotes", () => {
    const dataset = expectDataset(parse(csv()));
    expect(dataset.topics.map((t) => t.id)).toEqual(["trade", "migration", "diplomacy"]);
    expect(dataset.actors).toEqual([
      {
        id: "donald-trump",
        name: "Donald Trump",
        party: "USA",
        role: "actor named in the imported CSV",
      },
      {
        id: "gustavo-petro",
        name: "Gustavo Petro",
        party: "COL",
        role: "actor named in the imported CSV",
      },
    ]);
    const nbc = dataset.sources.find((s) => s.url === "https://www.nbcnews.com/a");
    expect(nbc).toMatchObject({ title: "NBC News" });
    expect(dataset.events[0]?.citations).toEqual([
      { source: "imported-file" },
      { source: nbc?.id, quote: "we will impose" },
    ]);
    expect(dataset.events[1]?.citations[1]).toEqual({ source: nbc?.id });
  });

  it("reads ; and tab delimiters, CRLF, a BOM and quoted newlines", () => {
    const rows = ROWS.slice(1);
    const semicolon = `\ufeff${csv(rows, HEADER, "\r\n").replaceAll(",", ";")}`;
    const fromSemicolon = expectDataset(parse(semicolon));
    expect(fromSemicolon.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ["Flights accepted", "2025-01-26", undefined],
      ["Visa revoked", "2025-09", "2025-10"],
    ]);

    const tab = [HEADER, '2025-01-26\t\tTab title\t"two\nlines"\tTrade\t\tUSA\tCOL\t\t1\t\t\t']
      .join("\n")
      .replaceAll(",", "\t");
    const fromTab = expectDataset(parse(tab));
    expect(fromTab.events[0]).toMatchObject({
      title: "Tab title",
      summary: "two\nlines",
      score: 1,
    });
  });

  it("skips bad dates and NaN scores with reasons and line numbers", () => {
    const rows = [
      ROWS[0] ?? "",
      '2025-13-40,,Bad date,"multi\nline summary",Trade,,USA,COL,,1,,,',
      "2025-02-01,,Bad score,,Trade,,USA,COL,,NaN,,,",
      "2025-02-02,,Too big,,Trade,,USA,COL,,11,,,",
      "2025-02-03,,Bad code,,Trade,,USA,COL,abc,,,,",
      "2025-02-04,,Unknown code,,Trade,,USA,COL,999,,,,",
      '2025-02-05,,Comma decimal,,Trade,,USA,COL,,"2,5",,,',
    ];
    const result = parse(csv(rows));
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.title, e.score])).toEqual([
      ["Tariff threat", undefined],
      ["Comma decimal", 2.5],
    ]);
    expect(skipped(result.report, /^invalid date/).lines).toEqual([3]);
    expect(skipped(result.report, "score is not a number").lines).toEqual([5]);
    expect(skipped(result.report, "score outside −10…10").lines).toEqual([6]);
    expect(skipped(result.report, "CAMEO code is not 2 to 4 digits").lines).toEqual([7]);
    expect(skipped(result.report, "CAMEO code not in the CAMEO table").lines).toEqual([8]);
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({
        line: 3,
        message: "date 2025-13-40: month 13 is not between 01 and 12",
      }),
    );
  });

  it("gives events without score or CAMEO code a neutral score, and says how many", () => {
    const result = parse("date,title\n2025-01-01,One\n2025-01-02,Two\n");
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => e.score)).toEqual([0, 0]);
    warning(result.report, /^2 events have no score: scored 0 \(neutral\)$/);
    warning(result.report, /^A CSV without initiator\/target columns has no notion of parties/);
  });

  it("skips rows involving a third party, saying which, and fills in either missing side", () => {
    const result = parse(
      csv([
        "2025-01-01,,A,,,,USA,COL,,1,,,",
        "2025-01-02,,B,,,,COL,,,1,,,",
        "2025-01-03,,C,,,,VEN,COL,,1,,,",
        "2025-01-04,,D,,,,USA,COL,,1,,,",
        "2025-01-05,,E,,,,,COL,,1,,,",
        "2025-01-06,,F,,,,USA,,,1,,,",
        "2025-01-07,,G,,,,,USA,,1,,,",
        "2025-01-08,,H,,,,VEN, CUB ,,1,,,",
      ]),
    );
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.title, e.initiator, e.target])).toEqual([
      ["A", "USA", "COL"],
      ["B", "COL", "USA"],
      ["D", "USA", "COL"],
      ["E", "USA", "COL"],
      ["F", "USA", "COL"],
      ["G", "COL", "USA"],
    ]);
    expect(
      skipped(result.report, "initiator or target is not one of the two parties").lines,
    ).toEqual([4, 9]);
    expect(result.report.problems).toContainEqual(
      expect.objectContaining({
        line: 9,
        // The two parties in the order the file names them most.
        message: "VEN → CUB: expected COL or USA",
      }),
    );
  });

  it("matches party names when the parties are given", () => {
    const result = parse(
      "date,title,initiator,target,score\n2025-01-01,A,United States,colombia,1\n",
      {
        parties: [
          { code: "USA", name: "United States" },
          { code: "COL", name: "Colombia" },
        ],
      },
    );
    expect(expectDataset(result).events[0]).toMatchObject({ initiator: "USA", target: "COL" });
  });

  it("uses a caller's mapping when the header does not match", () => {
    const text = "Quand,Quoi,Note\n2025-01-01,Rencontre,3\n";
    expect(expectFailure(parse(text)).problems[0]?.message).toMatch(
      /^no column for date and title/,
    );
    const dataset = expectDataset(parse(text, { mapping: { date: 0, title: 1, score: 2 } }));
    expect(dataset.events[0]).toMatchObject({ title: "Rencontre", score: 3 });
  });

  it("keeps plain text, reduces HTML to text and drops javascript: links", () => {
    const result = parse(
      'date,title,summary,url\n2025-01-01,"x < y & z","<b>Bold</b> <script>alert(1)</script>",javascript:alert(1)\n',
    );
    const dataset = expectDataset(result);
    expect(dataset.events[0]).toMatchObject({ title: "x < y & z", summary: "Bold" });
    expect(dataset.sources).toHaveLength(1);
    warning(result.report, /^1 link is not an http\(s\) URL.*\(line 2\)$/);
  });

  it("says which columns it found when date or title is missing", () => {
    const found = expectFailure(parse("Quand,Quoi,Note\n2025-01-01,Rencontre,3\n"));
    expect(found.problems).toEqual([
      expect.objectContaining({
        line: 1,
        message:
          "no column for date and title: expected a header naming date and title (found: Quand, Quoi, Note); map the columns to import",
      }),
    ]);
    const empty = expectFailure(parse(""));
    expect(empty.problems[0]?.message).toBe(
      "no column for date and title: expected a header naming date and title (found: nothing); map the columns to import",
    );
    // A mapping pointing past the header is no mapping.
    const outside = expectFailure(
      parse("date,title\n2025-01-01,A\n", { mapping: { date: 0, title: 2 } }),
    );
    expect(outside.problems[0]?.message).toMatch(/^no column for title:/);
  });

  it("sides an actor without a party code with the initiator, and reads one from its name", () => {
    const dataset = expectDataset(
      parse(
        "date,title,actors,initiator,target,score\n2025-01-01,A,Marco Rubio;Gustavo Petro (col);Álvaro Leyva (XYZ),USA,COL,1\n",
      ),
    );
    expect(dataset.actors.map((a) => [a.name, a.party])).toEqual([
      ["Marco Rubio", "USA"],
      ["Gustavo Petro", "COL"],
      // Not one of the parties: the whole text is the name, siding with the initiator.
      ["Álvaro Leyva (XYZ)", "USA"],
    ]);
  });

  it("warns about a time of day and an unusable end, and keeps the event", () => {
    const result = parse(
      "date,end,title,score\n2025-01-01T10:00,,A,1\n2025-01-02,2025-01-03 18:00,B,1\n2025-01-04,soon,C,1\n2025-01-05,,D,1\n",
    );
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.title, e.date, e.end])).toEqual([
      ["A", "2025-01-01", undefined],
      ["B", "2025-01-02", "2025-01-03"],
      ["C", "2025-01-04", undefined],
      ["D", "2025-01-05", undefined],
    ]);
    warning(result.report, /^2 dates have a time of day: kept the day only/);
    warning(result.report, /^1 end date is not a usable date: dropped/);
  });

  it("skips empty rows, and keeps a quote or note without a source as the file's", () => {
    const result = parse("date,title,score,quote,note\n2025-01-01,A,1,they said,p. 3\n , , \n");
    const dataset = expectDataset(result);
    expect(dataset.events).toHaveLength(1);
    expect(skipped(result.report, "empty row").lines).toEqual([3]);
    expect(dataset.events[0]?.citations).toEqual([
      { source: "imported-file", quote: "they said", note: "p. 3" },
    ]);
  });

  it("de-duplicates ids made from repeated titles", () => {
    const dataset = expectDataset(
      parse("date,title\n2025-01-01,Talks\n2025-01-02,Talks\n2025-01-03,talks\n"),
    );
    expect(dataset.events.map((e) => e.id)).toEqual(["talks", "talks-2", "talks-3"]);
  });
});
