import fc from "fast-check";
import { parseGoldsteinTable } from "../../src/model/cameo.ts";
import { compareDates, mustParseEdtf } from "../../src/model/date.ts";
import { resolveEvents } from "../../src/model/events.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

const goldstein = new Map([
  ["043", 2.8],
  ["1712", -9.2],
]);

describe("resolveEvents", () => {
  it("takes the event's own score first, then its CAMEO code's, then 0, and says which", () => {
    const events = resolveEvents(
      smallDataset([
        sampleEvent({ id: "own", score: -3, cameo: "043" }),
        sampleEvent({ id: "cameo", cameo: "1712" }),
        sampleEvent({ id: "unknown-code", cameo: "999" }),
        sampleEvent({ id: "own-zero", score: 0, cameo: "043", weight: 2 }),
      ]),
      goldstein,
    );
    const byId = new Map(events.map((e) => [e.id, e]));
    expect(byId.get("own")).toMatchObject({ score: -3, scoreFromCameo: false, weight: 1 });
    expect(byId.get("cameo")).toMatchObject({ score: -9.2, scoreFromCameo: true });
    expect(byId.get("unknown-code")).toMatchObject({ score: 0, scoreFromCameo: false });
    expect(byId.get("own-zero")).toMatchObject({ score: 0, scoreFromCameo: false, weight: 2 });
  });

  it("spans a month from its first instant to the next month's, anchored mid-month", () => {
    const [month, span] = resolveEvents(
      smallDataset([
        sampleEvent({ id: "month", date: "2025-02" }),
        sampleEvent({ id: "span", date: "2025-03-10", end: "2025-04" }),
      ]),
      goldstein,
    );
    expect(month).toMatchObject({
      id: "month",
      startMs: Date.UTC(2025, 1, 1),
      endMs: Date.UTC(2025, 2, 1),
      anchorMs: Date.UTC(2025, 1, 15),
      end: undefined,
      isSpan: false,
    });
    expect(span).toMatchObject({
      id: "span",
      startMs: Date.UTC(2025, 2, 10),
      endMs: Date.UTC(2025, 4, 1),
      anchorMs: Date.UTC(2025, 2, 10, 12),
      end: { year: 2025, month: 4, precision: "month" },
      isSpan: true,
    });
  });

  it("sorts by start, coarser dates first, then by id", () => {
    const ids = resolveEvents(
      smallDataset([
        sampleEvent({ id: "b-day", date: "2025-01-01" }),
        sampleEvent({ id: "year", date: "2025" }),
        sampleEvent({ id: "a-day", date: "2025-01-01" }),
        sampleEvent({ id: "month", date: "2025-01" }),
        sampleEvent({ id: "c-day", date: "2025-01-01" }),
        sampleEvent({ id: "earlier", date: "2024-12-31" }),
      ]),
      goldstein,
    ).map((e) => e.id);
    expect(ids).toEqual(["earlier", "year", "month", "a-day", "b-day", "c-day"]);
  });

  it("sorts any events as compareDates on their dates, then their ids by code unit", () => {
    const date = fc.constantFrom(
      "2024",
      "2025",
      "2025-01",
      "2025-02",
      "2025-01-01",
      "2025-01-31",
      "2025-02-01",
      "-0044-03-15",
    );
    const id = fc.constantFrom("a", "b", "B", "a-1", "a-10", "a-2", "z");
    const rows = fc.uniqueArray(fc.tuple(id, fc.nat(99), date), {
      maxLength: 30,
      selector: ([name, n]) => `${name}-${n}`,
    });
    fc.assert(
      fc.property(rows, (list) => {
        const events = list.map(([name, n, when]) =>
          sampleEvent({ id: `${name}-${n}`, date: when }),
        );
        const expected = [...events]
          .sort(
            (a, b) =>
              compareDates(mustParseEdtf(a.date), mustParseEdtf(b.date)) ||
              (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
          )
          .map((e) => e.id);
        const ids = resolveEvents(smallDataset(events), goldstein).map((e) => e.id);
        expect(ids).toEqual(expected);
      }),
    );
  });
});

describe("parseGoldsteinTable", () => {
  it("reads CODE<TAB>SCORE lines after the header, with CRLF or LF and blank lines", () => {
    const parsed = parseGoldsteinTable(
      "CAMEOEVENTCODE\tGOLDSTEINSCALE\r\n010\t0.0\r\n  0211\t3.4  \n\n1712\t-9.2\n",
    );
    expect(parsed).toEqual({
      ok: true,
      value: new Map([
        ["010", 0],
        ["0211", 3.4],
        ["1712", -9.2],
      ]),
    });
  });

  it.each([
    ["a code of one digit", "1\t2.0", 'line 2: expected "CODE<TAB>SCORE", got "1\t2.0"'],
    ["a code of letters", "01a\t2.0", 'line 2: expected "CODE<TAB>SCORE", got "01a\t2.0"'],
    ["a code of five digits", "01234\t2.0", 'line 2: expected "CODE<TAB>SCORE", got "01234\t2.0"'],
    ["a third column", "010\t2.0\tx", 'line 2: expected "CODE<TAB>SCORE", got "010\t2.0\tx"'],
    ["no score", "010", 'line 2: expected "CODE<TAB>SCORE", got "010"'],
    ["a score that is no number", "010\tlow", 'line 2: expected "CODE<TAB>SCORE", got "010\tlow"'],
  ])("rejects %s with the line", (_, line, error) => {
    expect(parseGoldsteinTable(`CAMEOEVENTCODE\tGOLDSTEINSCALE\n${line}\n`)).toEqual({
      ok: false,
      error,
    });
  });
});
