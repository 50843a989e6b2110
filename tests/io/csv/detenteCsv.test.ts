/**
 * A Détente CSV after a spreadsheet: rows added by hand, names without rows of their own,
 * unknown record kinds and broken cells. Nothing already in the file is lost, what was added
 * is said, and what cannot be read is located by line.
 */
import Papa from "papaparse";
import { parseCsv } from "../../../src/io/csv/parse.ts";
import { datasetToCsv } from "../../../src/io/csv/serialize.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { expectDataset, expectFailure, goldstein, skipped, warning } from "../fixtures.ts";

const dataset = smallDataset([
  sampleEvent({ id: "first", date: "2025-03-01" }),
  sampleEvent({ id: "second", date: "2025-04-01", score: -4 }),
]);
const chartScore = () => 0;

/** The exported rows as arrays, header first, so a test can edit cells by column name. */
function exportedTable(): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(datasetToCsv(dataset, chartScore));
  const [header = [], ...rows] = parsed.data;
  return { header, rows };
}

function rowWith(header: readonly string[], cells: Record<string, string>): string[] {
  return header.map((column) => cells[column] ?? "");
}

const toCsv = (header: readonly string[], rows: readonly string[][]): string =>
  Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: "\r\n" });

describe("a Détente CSV edited in a spreadsheet", () => {
  it("keeps every record and adds what a hand-written row names", () => {
    const { header, rows } = exportedTable();
    const added = rowWith(header, {
      // No record cell and no id: an event, given an id from its title.
      date: "2025/05/02",
      title: "Talks resume",
      topics: "Diplomacy; A brand new topic",
      actors: "Gustavo Petro; Someone New",
      initiator: "COL",
      score: "3",
      source: "A new outlet",
      quote: "they met",
    });
    // Inserted among the events: the order of rows is the order of events.
    const result = parseCsv(toCsv(header, [...rows.slice(0, 2), added, ...rows.slice(2)]), {
      goldstein,
    });
    const back = expectDataset(result);
    expect(back.events.map((e) => e.id)).toEqual(["first", "second", "talks-resume"]);
    const talks = back.events[2];
    expect(talks?.date).toBe("2025-05-02");
    expect(talks?.target).toBe("USA");
    expect(talks?.topics[0]).toBe("diplomacy");
    expect(back.topics.find((t) => t.id === talks?.topics[1])?.label).toBe("A brand new topic");
    expect(talks?.actors[0]).toBe("petro");
    const someone = back.actors.find((a) => a.id === talks?.actors[1]);
    expect(someone).toMatchObject({ name: "Someone New", party: "COL" });
    const cited = back.sources.find((s) => s.id === talks?.citations[0]?.source);
    expect(cited?.title).toBe("A new outlet");
    expect(talks?.citations[0]?.quote).toBe("they met");
    // What was there is untouched.
    expect(back.events.slice(0, 2)).toEqual(dataset.events);
    expect(back.eras).toEqual(dataset.eras);
    warning(result.report, /1 event had no usable id/);
    warning(
      result.report,
      /^1 topic was named in events without a row of its own: added \(line 4\)$/,
    );
    warning(
      result.report,
      /^1 actor was named in events without a row of its own: added \(line 4\)$/,
    );
    warning(
      result.report,
      /^1 source was named in events without a row of its own: added \(line 4\)$/,
    );
  });

  it("skips rows it cannot read, saying why and where", () => {
    const { header, rows } = exportedTable();
    const edited = [
      rows[0] ?? [],
      rowWith(header, { record: "event", id: "bad-date", date: "March", title: "No date" }),
      rowWith(header, { record: "memo", title: "Call the desk" }),
      rowWith(header, {
        record: "event",
        id: "third",
        date: "2025",
        title: "Odd",
        initiator: "FRA",
      }),
      ...rows.slice(1),
    ];
    const result = parseCsv(toCsv(header, edited), { goldstein });
    const back = expectDataset(result);
    expect(back.events.map((e) => e.id)).toEqual(["first", "second"]);
    expect(skipped(result.report, /invalid date/).lines).toEqual([3]);
    expect(skipped(result.report, "unknown record").lines).toEqual([4]);
    expect(skipped(result.report, /not a party of the file/).lines).toEqual([5]);
  });

  it("skips or warns about each cell it cannot read, by line, and keeps the rest", () => {
    const { header, rows } = exportedTable();
    const event = (id: string, cells: Record<string, string>) =>
      rowWith(header, {
        record: "event",
        id,
        date: "2025-05-01",
        title: `Event ${id}`,
        topics: "Diplomacy",
        initiator: "USA",
        target: "COL",
        score: "1",
        source: "A publisher",
        ...cells,
      });
    const edited = [
      ...rows,
      rowWith(header, { record: "dataset", id: "again", title: "A second dataset" }),
      rowWith(header, { record: "party", id: "VEN", title: "Venezuela" }),
      rowWith(header, { record: "view", date: "2025", end: "2026" }),
      rowWith(header, { record: "view", date: "2024", end: "2026" }),
      event("heavy", { weight: "heavy" }),
      event("disputed", { discrepancies: "not json" }),
      event("pictured", { media: "{" }),
      event("maybe", { approximate: "maybe" }),
      event("someday", { end: "someday" }),
      event("timed", { date: "2025-05-02T10:00" }),
      event("untopical", { topics: "" }),
      event("unsourced", { source: "" }),
    ];
    const result = parseCsv(toCsv(header, edited), { goldstein });
    const back = expectDataset(result);
    const lineOf = (index: number) => index + 2;
    const at = (id: string) => lineOf(edited.findIndex((row) => row[1] === id));
    expect(skipped(result.report, "a second dataset row (the first is used)").lines).toEqual([
      at("again"),
    ]);
    expect(
      skipped(result.report, "a third party row (a dataset has two parties; use third-party rows)")
        .lines,
    ).toEqual([at("VEN")]);
    expect(skipped(result.report, "a second view row (the first is used)").lines).toEqual([
      lineOf(rows.length + 3),
    ]);
    expect(back.view).toEqual({ from: "2025", to: "2026" });
    expect(skipped(result.report, "weight is not a number").lines).toEqual([at("heavy")]);
    expect(skipped(result.report, "discrepancies cell is not JSON").lines).toEqual([
      at("disputed"),
    ]);
    expect(skipped(result.report, "media cell is not JSON").lines).toEqual([at("pictured")]);
    warning(result.report, /^1 approximate cell was not true or false: ignored/);
    warning(result.report, /^1 end date is not a usable date: dropped/);
    warning(result.report, /^1 date has a time of day: kept the day only/);
    const kept = (id: string) => back.events.find((e) => e.id === id);
    expect(kept("maybe")?.approximate).toBeUndefined();
    expect(kept("someday")?.end).toBeUndefined();
    expect(kept("timed")?.date).toBe("2025-05-02");
    // No topic: "General"; no source: the imported file is what it cites.
    const general = back.topics.find((t) => t.id === kept("untopical")?.topics[0]);
    expect(general?.label).toBe("General");
    const cited = back.sources.find((s) => s.id === kept("unsourced")?.citations[0]?.source);
    expect(cited).toMatchObject({ publisher: "CSV file" });
    expect(back.events.map((e) => e.id)).toEqual([
      "first",
      "second",
      "maybe",
      "someday",
      "timed",
      "untopical",
      "unsourced",
    ]);
  });

  it("leaves out translations it cannot read, and fails a file without events", () => {
    const { header, rows } = exportedTable();
    const withBadTranslations = rows.map((row) =>
      row[0] === "dataset"
        ? row.map((cell, k) => (header[k] === "translations" ? "{not json" : cell))
        : row,
    );
    const result = parseCsv(toCsv(header, withBadTranslations), { goldstein });
    expect(expectDataset(result).translations).toBeUndefined();
    expect(
      skipped(
        result.report,
        "translations cell is not JSON (the dataset's translations are left out)",
      ).lines,
    ).toEqual([rows.findIndex((row) => row[0] === "dataset") + 2]);

    const noEvents = rows.filter((row) => row[0] !== "event");
    const failed = expectFailure(parseCsv(toCsv(header, noEvents), { goldstein }));
    expect(failed.problems.map((p) => p.message)).toContain(
      "no events could be imported from this file",
    );
  });

  it("fails with the line of a record that does not validate", () => {
    const { header, rows } = exportedTable();
    const sourceRow = rows.findIndex((row) => row[0] === "source");
    const edited = rows.map((row, i) =>
      i === sourceRow ? row.map((cell, k) => (header[k] === "url" ? "ftp://x" : cell)) : row,
    );
    const report = expectFailure(parseCsv(toCsv(header, edited), { goldstein }));
    const problem = report.problems.find((p) => p.path.startsWith("sources[0].url"));
    expect(problem?.line).toBe(sourceRow + 2);
  });

  it("reads a spreadsheet's own Record column as a plain CSV", () => {
    const csv = "Record,Date,Title\r\n17,2025-01-02,Talks\r\n18,2025-01-03,More talks\r\n";
    const back = expectDataset(parseCsv(csv, { goldstein }));
    expect(back.events.map((e) => e.title)).toEqual(["Talks", "More talks"]);
  });

  it("reads a plain CSV as before when there is no record column", () => {
    const csv = "date,title,source,quote,note\r\n2025-01-02,Talks,El Tiempo,said so,page 3\r\n";
    const back = expectDataset(parseCsv(csv, { goldstein }));
    const citation = back.events[0]?.citations.find((c) => c.source !== "imported-file");
    expect(citation).toEqual({ source: "el-tiempo", quote: "said so", note: "page 3" });
  });
});
