/** ACLED rows read exactly: titles, summaries, score notes, week dates, actors' countries. */
import { actorCountry } from "../../../src/io/acled/actors.ts";
import { mappingKey, rootFor } from "../../../src/io/acled/mapping.ts";
import { isAcledHeader, parseAcled } from "../../../src/io/acled/parse.ts";
import { expectDataset, expectFailure, goldstein, skipped } from "../fixtures.ts";

const COLUMNS = [
  "event_id_cnty",
  "event_date",
  "time_precision",
  "event_type",
  "sub_event_type",
  "actor1",
  "inter1",
  "actor2",
  "inter2",
  "country",
  "admin1",
  "location",
  "source",
  "notes",
  "fatalities",
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const COL = "Military Forces of Colombia (2022-)";
const VEN = "Military Forces of Venezuela (2013-)";
const BASE: Row = {
  event_id_cnty: "COL1",
  event_date: "2024-03-04",
  time_precision: "1",
  event_type: "Battles",
  sub_event_type: "Armed clash",
  actor1: COL,
  actor2: VEN,
  country: "Colombia",
};
const quote = (cell: string) => (/[",]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const csv = (...rows: Row[]) =>
  [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => quote(r[c] ?? "")).join(","))].join(
    "\n",
  );
const PAIR = {
  goldstein,
  parties: [
    { code: "COL", name: "Colombia" },
    { code: "VEN", name: "Venezuela" },
  ],
} as const;
const parse = (...rows: Row[]) => parseAcled(csv(...rows), PAIR);

describe("ACLED rows", () => {
  it("words a full row: type, actors, notes, place, fatalities, source and ids", () => {
    const result = parse({
      ...BASE,
      inter1: "1",
      inter2: "2",
      admin1: "Norte de Santander",
      location: "Cucuta",
      source: "El Tiempo",
      notes: "A clash at the border.",
      fatalities: "0",
    });
    const dataset = expectDataset(result);
    expect(result.report.format).toBe("acled");
    expect(dataset.events[0]).toMatchObject({
      title: `Battles: Armed clash: ${COL} and ${VEN}`,
      summary:
        "A clash at the border. Location: Cucuta, Norte de Santander, Colombia. " +
        "Fatalities reported by ACLED: 0.",
      date: "2024-03-04",
      cameo: "19",
      score: -10,
      scoreNote:
        'Derived: ACLED type "Battles: Armed clash" mapped to CAMEO root 19 (CAMEO 19 Fight: 193 ' +
        "fight with small arms and light weapons); scored with that root's Goldstein value. " +
        "The mapping can be edited after import.",
      initiator: "COL",
      target: "VEN",
    });
    expect(dataset.events[0]).not.toHaveProperty("approximate");
    expect(dataset.events[0]?.citations[0]).toEqual({
      source: "imported-file",
      note: "ACLED event COL1, time precision 1",
    });
    expect(dataset.sources.map((s) => s.title)).toContain("El Tiempo");
    expect(dataset.actors.map((a) => [a.name, a.role])).toEqual([
      [COL, "ACLED actor type 1"],
      [VEN, "ACLED actor type 2"],
    ]);
  });

  it("words a bare row from its type and actors, unscored when the mapping says so", () => {
    const result = parse(
      {
        ...BASE,
        event_id_cnty: "",
        event_type: "Strategic developments",
        sub_event_type: "Change to group/activity",
        country: "",
      },
      { ...BASE, event_id_cnty: "X2", sub_event_type: "", event_type: "", time_precision: "" },
    );
    const dataset = expectDataset(result);
    expect(dataset.events.map((e) => [e.title, e.summary, e.score, e.cameo, e.scoreNote])).toEqual([
      [
        `Strategic developments: Change to group/activity: ${COL} and ${VEN}`,
        `Strategic developments: Change to group/activity involving ${COL} and ${VEN}.`,
        0,
        undefined,
        'Derived: ACLED type "Strategic developments: Change to group/activity" has no CAMEO ' +
          "equivalent in the mapping, so it is unscored (0).",
      ],
      [
        `Event: ${COL} and ${VEN}`,
        `Event involving ${COL} and ${VEN}. Location: Colombia.`,
        0,
        undefined,
        'Derived: ACLED type "Event" has no CAMEO equivalent in the mapping, so it is unscored (0).',
      ],
    ]);
    expect(dataset.events[0]?.citations[0]).toEqual({ source: "imported-file" });
    expect(dataset.events[1]?.citations[0]).toEqual({
      source: "imported-file",
      note: "ACLED event X2, time precision not given",
    });
    expect(result.report.warnings).toEqual(
      expect.arrayContaining([
        "1 row has no time_precision of 1, 2 or 3: the day was taken as known (line 3)",
      ]),
    );
  });

  it("dates a known week by the month or year holding all of it, a month as a month", () => {
    const dataset = expectDataset(
      parse(
        { ...BASE, event_id_cnty: "A", event_date: "2024-03-04", time_precision: "2" },
        { ...BASE, event_id_cnty: "B", event_date: "2024-03-03", time_precision: "2" },
        { ...BASE, event_id_cnty: "C", event_date: "2024-03-29", time_precision: "2" },
        { ...BASE, event_id_cnty: "D", event_date: "2024-03-28", time_precision: "2" },
        { ...BASE, event_id_cnty: "E", event_date: "2024-03-28", time_precision: "3" },
        { ...BASE, event_id_cnty: "F", event_date: "4 March 2024", time_precision: "1" },
      ),
    );
    expect(dataset.events.map((e) => [e.date, e.approximate ?? false])).toEqual([
      ["2024-03", true],
      ["2024", true],
      ["2024", true],
      ["2024-03", true],
      ["2024-03", false],
      ["2024-03-04", false],
    ]);
  });

  it("skips bad dates with the cell, and malformed rows", () => {
    const result = parse({ ...BASE, event_date: "March the 4th, 2024 (or so)" }, BASE);
    expect(skipped(result.report, "invalid event_date").lines).toEqual([2]);
    expect(result.report.problems[0]?.message).toBe(
      'event_date "March the 4th, 2024 " is not a date (YYYY-MM-DD or "1 June 2023")',
    );
    const broken = parseAcled(`${csv(BASE)}\n"unterminated,`, PAIR);
    expect(broken.report.skipped.map((g) => g.count)).toEqual([1]);
  });

  it("warns about a country without a code, and places a row without actor2 nowhere", () => {
    const result = parse(
      BASE,
      { ...BASE, country: "Atlantis", actor1: "Rebels" },
      {
        ...BASE,
        actor2: "",
      },
    );
    expect(result.report.warnings).toEqual(
      expect.arrayContaining(["1 row names a country without an ISO 3166-1 code (line 3)"]),
    );
    expect(result.ok && result.dataset.events.length).toBe(1);
  });

  it("reports the types used, most used first, with the edited root", () => {
    const result = parseAcled(
      csv(BASE, { ...BASE, sub_event_type: "Arrests", event_type: "Strategic developments" }, BASE),
      { ...PAIR, acledMapping: { Arrests: "15", "Armed clash": "99" } },
    );
    expect(result.acledTypes).toEqual([
      { eventType: "Battles", subEventType: "Armed clash", root: "19", events: 2 },
      { eventType: "Strategic developments", subEventType: "Arrests", root: "15", events: 1 },
    ]);
  });

  it("lists the missing columns", () => {
    expect(expectFailure(parseAcled("event_date,actor1\n")).problems[0]?.message).toBe(
      'not an ACLED export: the header (line 1) lacks "eventidcnty", "eventtype", "actor2", "country"',
    );
    expect(isAcledHeader([...COLUMNS])).toBe(true);
    expect(isAcledHeader(COLUMNS.filter((c) => c !== "country"))).toBe(false);
  });
});

describe("ACLED actors and mapping", () => {
  it.each([
    [COL, "VEN", "COL"],
    ["Police Forces of the United States (2021-)", "COL", "USA"],
    ["Government of Venezuela (2019-) - Ministry", "COL", "VEN"],
    ["Navy of Colombia", "VEN", "COL"],
    ["Forces of Atlantis", "COL", "COL"],
    ["Protesters (Colombia)", "VEN", "VEN"],
    ["  Military Forces of Venezuela  ", "COL", "VEN"],
  ])("%s in %s belongs to %s", (actor, where, code) => {
    expect(actorCountry(actor, where)).toBe(code);
  });

  it("finds a root by sub-event type, then by type; the reader's edit first if it is a root", () => {
    expect(rootFor("Battles", "armed CLASH", undefined)).toEqual({
      root: "19",
      basis: "CAMEO 19 Fight: 193 fight with small arms and light weapons",
      edited: false,
    });
    expect(rootFor("Battles", "Armed clash", { "Armed clash": "20" })).toEqual({
      root: "20",
      basis: "the reader's edit",
      edited: true,
    });
    expect(rootFor("Battles", "Armed clash", { "Armed clash": "" })?.root).toBe("");
    for (const bad of ["21", "00", "1", "190", " 19"])
      expect(rootFor("Battles", "Armed clash", { "Armed clash": bad })?.edited).toBe(false);
    for (const good of ["01", "09", "10", "19", "20"])
      expect(rootFor("Battles", "Armed clash", { "Armed clash": good })?.root).toBe(good);
    expect(rootFor("Battles", "", { Battles: "04" })?.root).toBe("04");
    expect(rootFor("Unknown", "Unknown", undefined)).toBeUndefined();
    expect(rootFor("", "", undefined)).toBeUndefined();
    expect(mappingKey({ eventType: "A", subEventType: "" })).toBe("A");
    expect(mappingKey({ eventType: "A", subEventType: "B" })).toBe("B");
  });
});

describe("ACLED reports, exactly", () => {
  it("words every warning in the plural, once each", () => {
    const result = parse(
      BASE,
      { ...BASE, event_id_cnty: "B", time_precision: "" },
      { ...BASE, event_id_cnty: "C", time_precision: "4" },
      { ...BASE, event_id_cnty: "D", country: "Atlantis" },
      { ...BASE, event_id_cnty: "E", country: "Lemuria" },
      { ...BASE, event_id_cnty: "F", country: "" },
    );
    expect(result.report.warnings).toEqual([
      "2 rows have no time_precision of 1, 2 or 3: the day was taken as known (lines 3, 4)",
      "2 rows name countries without an ISO 3166-1 code (lines 5, 6)",
    ]);
  });

  it("names the dataset, its ids, topics and actors' roles", () => {
    const result = parseAcled(
      csv(BASE, {
        ...BASE,
        event_id_cnty: "X2",
        event_type: "Strategic developments",
        sub_event_type: "Change to group/activity",
      }),
      { ...PAIR, fileName: "acled.csv" },
    );
    const dataset = expectDataset(result);
    expect(dataset.title).toBe("ACLED events between Colombia and Venezuela");
    expect(dataset.description).toBe(
      "Imported from acled.csv: the rows between Colombia (COL) and Venezuela (VEN), in both " +
        "directions. ACLED codes no conflict–cooperation score: each event type was mapped to a " +
        "CAMEO root and scored with that root's Goldstein value (a derived mapping; each event's " +
        "score note names its row).",
    );
    expect(dataset.events.map((e) => [e.id, e.topics])).toEqual([
      ["acled-col1", ["material-conflict"]],
      ["acled-x2", ["neutral"]],
    ]);
    expect(dataset.actors.map((a) => a.role)).toEqual(["ACLED actor", "ACLED actor"]);
    expect(result.report.warnings).toEqual([]);
    expect(result.acledTypes?.map((t) => t.events)).toEqual([1, 1]);
  });

  it("lists the types used most first", () => {
    const arrests = { ...BASE, event_type: "Strategic developments", sub_event_type: "Arrests" };
    const result = parse(BASE, arrests, arrests);
    expect(result.acledTypes?.map((t) => [t.subEventType, t.events])).toEqual([
      ["Arrests", 2],
      ["Armed clash", 1],
    ]);
  });

  it("dates a week by the real calendar month, and names a nameless first actor", () => {
    const dataset = expectDataset(
      parse(
        { ...BASE, event_id_cnty: "A", event_date: "2024-01-28", time_precision: "2" },
        { ...BASE, event_id_cnty: "B", actor1: "", actor2: VEN, country: "Colombia" },
      ),
    );
    expect(dataset.events.map((e) => [e.date, e.title])).toEqual([
      ["2024-01", `Battles: Armed clash: ${COL} and ${VEN}`],
      ["2024-03-04", `Battles: Armed clash: unnamed actor and ${VEN}`],
    ]);
  });

  it("places a row without a second actor on no side, whoever the first is", () => {
    const result = parse(BASE, { ...BASE, event_id_cnty: "B", actor1: VEN, actor2: "" });
    expect(result.report.skipped.map((g) => [g.reason, g.lines])).toEqual([
      ["not between the two parties (COL and VEN)", [3]],
    ]);
  });

  it("reads the first of two columns with one name, and marks unreadable rows", () => {
    const header = `${COLUMNS.join(",")},notes`;
    const row = `${COLUMNS.map((c) => quote(BASE[c] ?? "")).join(",")},second notes`;
    const dataset = expectDataset(parseAcled(`${header}\n${row}`, PAIR));
    expect(dataset.events[0]?.summary).toBe(
      `Battles: Armed clash involving ${COL} and ${VEN}. Location: Colombia.`,
    );
    const broken = parseAcled(`${csv(BASE)}\n"unterminated,`, PAIR);
    expect(broken.report.skipped[0]?.reason).toMatch(/^malformed CSV row \(/);
    expect(broken.report.skipped[0]?.lines).toEqual([3]);
  });

  it("keeps the root without a CAMEO table, unscored", () => {
    const result = parseAcled(csv(BASE), { parties: PAIR.parties });
    const event = expectDataset(result).events[0];
    expect(event?.cameo).toBe("19");
    expect(event).not.toHaveProperty("score");
  });

  it("fails an empty file as ACLED", () => {
    const report = expectFailure(parseAcled(""));
    expect(report.format).toBe("acled");
    expect(report.problems[0]?.message).toBe(
      'not an ACLED export: the header (line 1) lacks "eventidcnty", "eventdate", "eventtype", "actor1", "actor2", "country"',
    );
  });
});
