import Papa from "papaparse";
import { exportCsv } from "../../src/export/csv.ts";
import { detenteCsvColumns } from "../../src/io/csv/columns.ts";
import { exportJson, extractDataset } from "../../src/export/json.ts";
import { parseDetenteJson } from "../../src/io/detente/json.ts";
import type { DatasetEvent } from "../../src/model/schema.ts";
import { validateDataset } from "../../src/model/validate.ts";
import { createDetenteStore } from "../../src/store/createDetenteStore.ts";
import { exportFileName } from "../../src/ui/download.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";
import { usColombia } from "../helpers/render.tsx";

const NOW = Date.UTC(2026, 1, 6);
const OPTIONS = { lang: "en", now: NOW } as const;

/** A store on `events` showing [from, to), which must lie inside the data's zoom bounds. */
function storeFor(events: DatasetEvent[], from = "2025-02-01", to = "2026-06-01") {
  const dataset = smallDataset(events);
  dataset.sources.push({ id: "other", title: "Unused source", publisher: "Nobody" });
  return createDetenteStore({
    dataset,
    goldstein: goldsteinTable(),
    viewport: { from: Date.parse(from), to: Date.parse(to) },
  });
}

/** The ids of the bundled dataset's events from 2025 on, in the order the dataset file lists them. */
const IN_2025_AND_2026_AS_FILED = [
  "deportation-flights-refused",
  "deportation-sanction-threats",
  "deportation-standoff-reversal",
  "first-deportation-flights-land",
  "repatriation-flights-suspended",
  "caribbean-boat-strike",
  "us-decertification",
  "petro-unga-speech",
  "petro-un-disobey-remarks",
  "visa-revocation",
  "drug-leader-label",
  "aid-suspension",
  "further-punitive-threats",
  "treasury-sanctions-petro",
  "colombia-denounces-measures",
  "venezuelan-raid",
  "trump-warns-petro",
  "military-threat-colombia",
  "first-phone-call",
  "great-honor-post",
  "dialogue-restart",
  "visit-announced",
  "visit-date-confirmed",
  "deportation-flights-resumed",
  "trump-remarks-before-visit",
  "trump-drugs-agenda",
  "white-house-meeting",
];

/** A store on the bundled dataset showing [from, to). */
function bundledStore(from: number, to: number) {
  return createDetenteStore({
    dataset: usColombia(),
    goldstein: goldsteinTable(),
    viewport: { from, to },
  });
}

function parseCsv(text: string): string[][] {
  const parsed = Papa.parse<string[]>(text.trimEnd(), { header: false });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** The event rows of an exported CSV as column → cell records. */
function eventRows(text: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(text);
  return rows
    .map((row) => Object.fromEntries(header.map((column, i) => [column, row[i] ?? ""])))
    .filter((row) => row["record"] === "event");
}

/** The id column of an exported CSV's event rows. */
function csvIds(text: string): (string | undefined)[] {
  return eventRows(text).map((row) => row["id"]);
}

describe("CSV export", () => {
  it("writes the header and one row per visible event, each citation in its own columns", () => {
    const store = storeFor([
      sampleEvent({ id: "a", date: "2025-03-01", citations: [{ source: "article", quote: "q1" }] }),
      sampleEvent({
        id: "b",
        date: "2025-04",
        end: "2025-05",
        topics: ["diplomacy", "migration"],
        citations: [
          { source: "article", quote: "first; with a separator" },
          { source: "article", quote: "second", note: "a note" },
        ],
      }),
      sampleEvent({ id: "outside", date: "2026-09-01" }),
    ]);
    const csv = exportCsv(store.getState(), OPTIONS);
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(detenteCsvColumns(2).join(","));
    expect(lines[0]).toMatch(
      /^record,id,date,end,title,summary,topics,actors,initiator,target,cameo,score,chart score,source,quote,note,source 2,quote 2,note 2,/,
    );
    expect(csvIds(csv)).toEqual(["a", "b"]);
    const b = eventRows(csv)[1] ?? {};
    expect(b["date"]).toBe("2025-04");
    expect(b["end"]).toBe("2025-05");
    expect(b["topics"]).toBe("Diplomacy; Migration and deportation");
    expect(b["actors"]).toBe("Donald Trump; Gustavo Petro");
    expect(b["initiator"]).toBe("USA");
    expect(b["cameo"]).toBe("043");
    // The event's own score (it has none) and, for readers, the one the charts use: CAMEO 043's.
    expect(b["score"]).toBe("");
    expect(b["chart score"]).toBe("2.8");
    expect(b["source"]).toBe("An article");
    expect(b["quote"]).toBe("first; with a separator");
    expect(b["note"]).toBe("");
    expect(b["source 2"]).toBe("An article");
    expect(b["quote 2"]).toBe("second");
    expect(b["note 2"]).toBe("a note");
    // The dataset travels in rows of its own after the events; the unused source stays out.
    const kinds = parseCsv(csv)
      .slice(1)
      .map((row) => row[0]);
    expect(kinds).toEqual([
      "event",
      "event",
      "dataset",
      "party",
      "party",
      "source",
      "topic",
      "topic",
      "actor",
      "actor",
      "era",
    ]);
  });

  it("quotes commas, quotes and line breaks so they survive a round trip", () => {
    const title = 'Talks, "frank" and long';
    const summary = "Line one,\nline two";
    const csv = exportCsv(storeFor([sampleEvent({ title, summary })]).getState(), OPTIONS);
    expect(csv).toContain('"Talks, ""frank"" and long"');
    const row = eventRows(csv)[0] ?? {};
    expect(row["title"]).toBe(title);
    expect(row["summary"]).toBe(summary);
  });

  it("guards text cells against formula injection but keeps negative scores numeric", () => {
    const store = storeFor([
      sampleEvent({
        id: "evil",
        title: '=HYPERLINK("http://evil.example","click")',
        summary: "+1 and\n=cmd|' /C calc'!A0",
        score: -7.5,
        citations: [{ source: "article", quote: "@SUM(1,1)", note: "'=typed by the author" }],
      }),
      sampleEvent({ id: "minus", title: "-5 is a title", date: "2025-06-01" }),
    ]);
    const csv = exportCsv(store.getState(), OPTIONS);
    const rows = eventRows(csv);
    const evil = rows.find((row) => row["id"] === "evil");
    const minus = rows.find((row) => row["id"] === "minus");
    expect(evil?.["title"]).toBe('\'=HYPERLINK("http://evil.example","click")');
    // Multi-line cells are guarded too (papaparse's default pattern would miss this one).
    expect(evil?.["summary"]).toBe("'+1 and\n=cmd|' /C calc'!A0");
    expect(evil?.["quote"]).toBe("'@SUM(1,1)");
    // An apostrophe the author typed before a trigger gets the guard's in front of it.
    expect(evil?.["note"]).toBe("''=typed by the author");
    expect(evil?.["score"]).toBe("-7.5");
    // Unquoted and without an apostrophe: spreadsheets read it as the number −7.5.
    expect(csv).toMatch(/,-7\.5,/);
    expect(minus?.["title"]).toBe("'-5 is a title");
  });

  it("guards cells starting with a tab or a carriage return, which some spreadsheets strip", () => {
    const store = storeFor([
      sampleEvent({ id: "tab", title: "\t=1+1", summary: "\r=2+2" }),
      sampleEvent({ id: "inner", title: "A\t=1+1", summary: "Plain summary" }),
    ]);
    const csv = exportCsv(store.getState(), OPTIONS);
    const rows = eventRows(csv);
    const tab = rows.find((row) => row["id"] === "tab");
    expect(tab?.["title"]).toBe("'\t=1+1");
    expect(tab?.["summary"]).toBe("'\r=2+2");
    // Only the first character matters: a tab inside a cell is left as written.
    const inner = rows.find((row) => row["id"] === "inner");
    expect(inner?.["title"]).toBe("A\t=1+1");
    expect(inner?.["summary"]).toBe("Plain summary");
    // The raw line: papaparse quotes both guarded cells, the apostrophe inside the quotes.
    expect(csv.split("\r\n")[1]).toMatch(
      /^event,tab,2026-02-03,,"'\t=1\+1","'\r=2\+2",Diplomacy,Donald Trump; Gustavo Petro,USA,COL,043,,2\.8,An article,a quote,/,
    );
  });

  it("exports only the events passing the filters and overlapping the window", () => {
    const store = bundledStore(Date.UTC(2025, 0, 1), Date.UTC(2026, 1, 7));
    // Plan Colombia (2000) and the major non-NATO ally status (2022-05) end before the window.
    // The dataset's own order, as in the JSON extract: the CSV is the same dataset.
    expect(csvIds(exportCsv(store.getState(), OPTIONS))).toEqual(IN_2025_AND_2026_AS_FILED);
    store.getState().setFilters({ topics: ["migration-deportation"] });
    expect(csvIds(exportCsv(store.getState(), OPTIONS))).toEqual([
      "deportation-flights-refused",
      "deportation-sanction-threats",
      "deportation-standoff-reversal",
      "first-deportation-flights-land",
      "repatriation-flights-suspended",
      "deportation-flights-resumed",
    ]);
  });

  it("keeps month-precision events that start before the window but reach into it", () => {
    // 15 May to 20 September 2025: the repatriation flights' suspension ("2025-05") began on
    // 1 May, before the window, and runs to the end of the month, so its bracket is in view.
    const store = bundledStore(Date.UTC(2025, 4, 15), Date.UTC(2025, 8, 20));
    expect(csvIds(exportCsv(store.getState(), OPTIONS))).toEqual([
      "repatriation-flights-suspended",
      "caribbean-boat-strike",
      "us-decertification",
    ]);
  });

  it("decides overlap by each event's whole span, with the window's end exclusive", () => {
    // The window is [10 March 2025, 1 June 2025).
    const store = storeFor(
      [
        sampleEvent({ id: "year", date: "2025" }),
        sampleEvent({ id: "month", date: "2025-03" }),
        sampleEvent({ id: "previous-month", date: "2025-02" }),
        sampleEvent({ id: "day-before", date: "2025-03-09" }),
        sampleEvent({ id: "first-day", date: "2025-03-10" }),
        sampleEvent({ id: "last-day", date: "2025-05-31" }),
        sampleEvent({ id: "day-after", date: "2025-06-01" }),
        sampleEvent({ id: "ends-day-before", date: "2025-01-15", end: "2025-03-09" }),
        sampleEvent({ id: "ends-first-day", date: "2025-01-15", end: "2025-03-10" }),
        sampleEvent({ id: "next-year", date: "2026" }),
      ],
      "2025-03-10",
      "2025-06-01",
    );
    // In the dataset's order, as filed.
    expect(csvIds(exportCsv(store.getState(), OPTIONS))).toEqual([
      "year",
      "month",
      "first-day",
      "last-day",
      "ends-first-day",
    ]);
  });
});

describe("JSON export", () => {
  it("is a valid dataset holding exactly the visible events and the sources they cite", () => {
    const store = bundledStore(Date.UTC(2025, 0, 1), Date.UTC(2026, 1, 7));
    const state = store.getState();
    const text = exportJson(state, { lang: "en", now: NOW });
    const parsed = parseDetenteJson(text, goldsteinTable());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
    const extract = parsed.value;
    // The extract keeps the dataset's own order.
    expect(extract.events.map((e) => e.id)).toEqual(IN_2025_AND_2026_AS_FILED);
    const cited = new Set(extract.events.flatMap((e) => e.citations.map((c) => c.source)));
    expect(new Set(extract.sources.map((s) => s.id))).toEqual(cited);
    expect(extract.sources.length).toBeLessThanOrEqual(state.dataset.sources.length);
    expect(extract.parties).toEqual(state.dataset.parties);
    expect(extract.topics).toEqual(state.dataset.topics);
    expect(extract.actors).toEqual(state.dataset.actors);
    expect(extract.eras).toEqual(state.dataset.eras);
    expect(extract.title).toBe(
      "United States–Colombia relations, 2000–2026 (extract, 1 January 2025 to 6 February 2026)",
    );
    expect(extract.description).toContain("dataset us-colombia");
    expect(extract.description).toContain("6 February 2026");
    expect(extract.description).toContain("27 of its 29 events");
    expect(extract.description).toContain(state.dataset.description);
  });

  it("keeps the corrections and third parties, and cuts links to events left out", () => {
    const store = createDetenteStore({
      dataset: usColombia(),
      goldstein: goldsteinTable(),
      viewport: { from: Date.UTC(2025, 9, 20), to: Date.UTC(2025, 9, 31) },
    });
    const extract = extractDataset(store.getState(), { lang: "en", now: NOW });
    const result = validateDataset(extract, goldsteinTable());
    expect(result.ok, JSON.stringify(result.ok ? [] : result.error)).toBe(true);
    expect(extract.events.map((e) => e.id)).toEqual([
      "treasury-sanctions-petro",
      "colombia-denounces-measures",
    ]);
    // The denunciation still follows the sanctions, both kept.
    expect(extract.events[1]?.after).toEqual(["treasury-sanctions-petro"]);
    expect(extract.thirdParties).toEqual(store.getState().dataset.thirdParties);
    expect(extract.corrections?.length).toBe(store.getState().dataset.corrections?.length);
    const ids = new Set(extract.events.map((e) => e.id));
    for (const correction of extract.corrections ?? [])
      for (const id of correction.events ?? []) expect(ids.has(id), id).toBe(true);

    // A window that starts after a cause: the link to it is cut, the event kept.
    store.getState().setViewport({ from: Date.UTC(2025, 0, 27), to: Date.UTC(2025, 5, 1) });
    const spring = extractDataset(store.getState(), { lang: "en", now: NOW });
    expect(validateDataset(spring, goldsteinTable()).ok).toBe(true);
    const landing = spring.events.find((e) => e.id === "first-deportation-flights-land");
    expect(landing).toBeDefined();
    expect(landing?.after).toBeUndefined();
    expect(spring.events.find((e) => e.id === "repatriation-flights-suspended")?.after).toEqual([
      "first-deportation-flights-land",
    ]);
  });

  it("keeps the dataset's own order, drops unused sources, and says so in Spanish", () => {
    const store = storeFor(
      [
        sampleEvent({ id: "later", date: "2025-09-01" }),
        sampleEvent({ id: "earlier", date: "2025-02-01" }),
      ],
      "2025-01-15",
      "2025-10-01",
    );
    store.getState().setFilters({ topics: ["diplomacy"] });
    const extract = extractDataset(store.getState(), { lang: "es", now: NOW });
    expect(validateDataset(extract, goldsteinTable()).ok).toBe(true);
    expect(extract.events.map((e) => e.id)).toEqual(["later", "earlier"]);
    expect(extract.sources.map((s) => s.id)).toEqual(["article"]);
    expect(extract.title).toBe(
      "Sample relations (extracto, de 15 de enero de 2025 a 30 de septiembre de 2025)",
    );
    expect(extract.description).toContain("tras aplicar los filtros");
  });

  it("still validates when the window holds no event", () => {
    const store = storeFor(
      [sampleEvent({ date: "2025-01-05" }), sampleEvent({ id: "late", date: "2025-12-01" })],
      "2025-06-01",
      "2025-07-01",
    );
    const extract = extractDataset(store.getState(), { lang: "en", now: NOW });
    expect(extract.events).toEqual([]);
    const result = validateDataset(extract, goldsteinTable());
    expect(result.ok).toBe(true);
  });
});

describe("export file names", () => {
  it("joins the dataset id and the window's first and last UTC days", () => {
    const view = { from: Date.UTC(2025, 0, 1, 6), to: Date.UTC(2026, 1, 7) };
    expect(exportFileName("us-colombia", view, "svg")).toBe(
      "us-colombia_2025-01-01_2026-02-06.svg",
    );
  });
});
