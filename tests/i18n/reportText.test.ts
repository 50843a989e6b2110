/**
 * Import reports in Spanish: the importers word their reports in English, and every text they
 * produce on these damaged files has a message key and a Spanish wording. A wording changed in
 * src/io without its message fails here.
 */
import { parseCsv } from "../../src/io/csv/parse.ts";
import { parseTimelineJs } from "../../src/io/timelinejs/parse.ts";
import { parseVisTimeline } from "../../src/io/vis/parse.ts";
import { importText } from "../../src/io/pipeline/detect.ts";
import { goldstein } from "../io/fixtures.ts";
import { localizeReportText, reportTextKey } from "../../src/i18n/reportText.ts";
import type { ImportResult } from "../../src/io/pipeline/report.ts";
const csv = [
  "date,title,score,cameo,initiator,target,url",
  "2025-01-01T10:00,Has time,1,,USA,COL,",
  "not-a-date,Bad date,1,,USA,COL,",
  "2025-01-02,Bad score,abc,,USA,COL,",
  "2025-01-03,Out of range,20,,USA,COL,",
  "2025-01-04,Bad cameo,,12345,USA,COL,",
  "2025-01-05,Unknown cameo,,999,USA,COL,",
  "2025-01-06,Wrong party,1,,VEN,COL,",
  ",,,,,,",
  "2025-01-07,Ragged",
  "2025-01-08," + "x".repeat(300) + ",1,,USA,COL,javascript:alert(1)",
].join("\n");
const tl = JSON.stringify({
  events: [
    {
      start_date: { year: 2025, month: 1, day: 2, hour: 3 },
      text: { headline: "A" },
      unique_id: "a",
    },
    {
      start_date: { year: 2025, month: 1, day: 2 },
      text: { headline: "A" },
      unique_id: "a",
      end_date: { year: 2024 },
    },
    { text: { headline: "no date" } },
    { start_date: { year: 2025 } },
    5,
    { start_date: { year: -5 }, text: { headline: "old" } },
  ],
  eras: [4, { start_date: { year: 2025 }, text: { headline: "e" } }],
});
const vis = JSON.stringify([
  { content: "x", start: "nope" },
  3,
  { content: "bg", start: "2025-01-01", type: "background" },
  { content: "ok", start: "2025-01-01", end: "zz" },
]);

function textsOf(result: ImportResult): string[] {
  const { report } = result;
  return [
    ...report.skipped.map((group) => group.reason),
    ...report.warnings,
    ...report.problems.flatMap((problem) => [problem.path, problem.message]),
  ];
}

const results: [string, ImportResult][] = [
  ["a damaged CSV", parseCsv(csv, { goldstein })],
  ["a damaged TimelineJS file", parseTimelineJs(tl, { goldstein })],
  ["a damaged vis-timeline file", parseVisTimeline(vis, { goldstein })],
  ["a file of no known kind", importText("hello", { goldstein })],
];

describe("localizeReportText", () => {
  it.each(results)("finds a message for every text of the report on %s", (_name, result) => {
    const texts = textsOf(result);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((text) => reportTextKey(text) === undefined)).toEqual([]);
    for (const text of texts) expect(localizeReportText(text, "es")).not.toBe(text);
  });

  it("carries the values over and translates a reason inside a reason", () => {
    expect(
      localizeReportText(
        "3 dates have a time of day: kept the day only (Détente dates are days, months or years) (lines 2, 5, …)",
        "es",
      ),
    ).toBe(
      "3 fechas tienen hora: se conserva solo el día (las fechas de Détente son días, meses o años) (líneas 2, 5, …)",
    );
    expect(localizeReportText("era: missing start or end date", "es")).toBe(
      "era: falta la fecha de inicio o de fin",
    );
    expect(localizeReportText("line 12, column 5", "es")).toBe("línea 12, columna 5");
    expect(localizeReportText('score "abc" is not a number', "es")).toBe(
      'la puntuación "abc" no es un número',
    );
  });

  it("leaves English as it is, and a text it does not know unchanged", () => {
    expect(localizeReportText("empty row", "en")).toBe("empty row");
    expect(localizeReportText("events[3].date: expected an EDTF date", "es")).toBe(
      "events[3].date: expected an EDTF date",
    );
  });
});

describe("the validator's problems in Spanish", () => {
  // A bundled-like dataset broken in several ways the validator words differently.
  const broken = {
    id: "Not A Slug",
    title: "",
    description: "A description",
    parties: [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ],
    sources: [{ id: "s", title: "A source", publisher: "P", url: "ftp://example.org" }],
    topics: [{ id: "t", label: "Topic" }],
    actors: [],
    events: [
      {
        id: "e",
        title: "Event",
        summary: "Summary",
        date: "2025-13",
        topics: ["nope"],
        actors: [],
        initiator: "USA",
        target: "USA",
        score: -11,
        citations: [{ source: "s" }],
      },
      {
        id: "e",
        title: "Twice",
        summary: "Summary",
        date: "2025-02-30",
        topics: ["t"],
        actors: [],
        initiator: "USA",
        target: "COL",
        score: 1,
        citations: [{ source: "s" }],
      },
    ],
  };

  it("has a Spanish wording for every problem the validator finds here", () => {
    const result = importText(JSON.stringify(broken), { goldstein });
    expect(result.ok).toBe(false);
    const problems = result.report.problems;
    expect(problems.length).toBeGreaterThanOrEqual(6);
    for (const problem of problems) {
      expect(reportTextKey(problem.message), problem.message).toBeDefined();
      const spanish = localizeReportText(problem.message, "es");
      expect(spanish, problem.message).not.toBe(problem.message);
      // No English wording is left around the values (ids, dates and JSON field names stay).
      expect(spanish).not.toMatch(/\b(expected|unknown|must|empty|duplicate|is not)\b/);
    }
  });

  it("words the field a text is missing from in Spanish, translations included", () => {
    expect(localizeReportText("expected party name as a string", "es")).toBe(
      "se esperaba el nombre de la parte como texto",
    );
    expect(localizeReportText("translated title is empty", "es")).toBe(
      "la traducción del título: está vacío",
    );
    expect(localizeReportText('unknown topic "nope"; expected one of: "t"', "es")).toBe(
      'identificador desconocido (tema): "nope"; se esperaba uno de: "t"',
    );
  });

  it("words a translated text without an original in Spanish, whichever article English takes", () => {
    expect(
      localizeReportText(
        "translates an alt the original does not have; expected no alt here, or an alt in the original",
        "es",
      ),
    ).toBe(
      "traduce un campo alt que el original no tiene; se esperaba ningún alt aquí, o un alt en el original",
    );
    expect(
      localizeReportText(
        "translates a note the original does not have; expected no note here, or a note in the original",
        "es",
      ),
    ).toBe(
      "traduce un campo note que el original no tiene; se esperaba ningún note aquí, o un note en el original",
    );
  });
});
