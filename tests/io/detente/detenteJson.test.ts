/** Détente JSON in and out: validation with or without a CAMEO table, problems by line. */
import {
  BUNDLED_DATASET_PATH,
  bundledDatasetUrl,
  loadBundledDataset,
} from "../../../src/io/detente/bundled.ts";
import { importDetenteJson } from "../../../src/io/detente/import.ts";
import { parseDetenteJson } from "../../../src/io/detente/json.ts";
import { serializeDataset } from "../../../src/io/detente/serialize.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { goldstein } from "../fixtures.ts";

const dataset = smallDataset([
  sampleEvent(),
  sampleEvent({ id: "call", date: "2026-02-05", cameo: "9999" }),
]);
const text = serializeDataset(dataset);

describe("Détente JSON", () => {
  it("is written indented, with a final newline", () => {
    expect(text).toBe(`${JSON.stringify(dataset, null, 2)}\n`);
    expect(serializeDataset(smallDataset([])).startsWith('{\n  "id": "sample",')).toBe(true);
  });

  it("accepts any well-formed CAMEO code without a table, and checks them with one", () => {
    const unchecked = importDetenteJson(text);
    expect(unchecked.ok).toBe(true);
    expect(unchecked.report).toEqual({
      format: "detente-json",
      eventsTaken: 2,
      skipped: [],
      warnings: [],
      problems: [],
    });
    const checked = importDetenteJson(text, { goldstein });
    expect(checked.ok).toBe(false);
    expect(checked.report.eventsTaken).toBe(0);
    expect(checked.report.problems).toEqual([
      expect.objectContaining({ path: "events[1].cameo", line: 69 }),
    ]);
    expect(text.split("\n")[68]).toBe("    {");
  });

  it("locates only event problems by line", () => {
    const broken = serializeDataset({ ...dataset, title: "" });
    const result = importDetenteJson(broken, {
      goldstein: new Map([
        ["043", 1],
        ["9999", 0],
      ]),
    });
    expect(result.ok).toBe(false);
    expect(result.report.problems).toHaveLength(1);
    expect(result.report.problems[0]).not.toHaveProperty("line");
    expect(result.report.problems[0]?.path).toBe("title");
  });

  it("ignores events that are not objects when listing codes", () => {
    const odd = JSON.stringify({ ...dataset, events: [5, { cameo: 7 }, ...dataset.events] });
    const result = importDetenteJson(odd);
    expect(result.ok).toBe(false);
    expect(result.report.problems.map((p) => p.path)).not.toContain("events[3].cameo");
    expect(importDetenteJson(JSON.stringify({ events: "none" })).ok).toBe(false);
  });

  it("reads what is not a dataset into schema problems, never a crash", () => {
    for (const text of ["[]", '{"events": [null, 3]}', "null"]) {
      const result = importDetenteJson(text);
      expect(result.ok).toBe(false);
      expect(result.report.format).toBe("detente-json");
      expect(result.report.problems.map((p) => p.message).join("\n")).not.toMatch(/unexpectedly/);
    }
  });

  it("locates events past the ninth, and no problem merely containing events[…]", () => {
    const many = smallDataset(
      Array.from({ length: 11 }, (_, i) => sampleEvent({ id: `e${i}`, date: "2026-02-03" })),
    );
    const broken = {
      ...many,
      events: many.events.map((e, i) => (i === 10 ? { ...e, date: "x" } : e)),
    };
    const text = serializeDataset(broken as typeof many);
    const result = importDetenteJson(text, { goldstein });
    const problem = result.report.problems.find((p) => p.path.startsWith("events[10]"));
    expect(problem?.line).toBe(text.split("\n").findIndex((l) => l === '      "id": "e10",'));
    const corrected = serializeDataset({
      ...smallDataset(),
      corrections: [{ date: "2026-02-04", change: "Fixed.", reason: "Typo.", events: ["nope"] }],
    });
    const located = importDetenteJson(corrected, { goldstein }).report.problems;
    expect(located.length).toBeGreaterThan(0);
    for (const p of located) expect(p).not.toHaveProperty("line");
  });

  it("reports malformed JSON by line", () => {
    const result = importDetenteJson('{\n"id": }');
    expect(result).toMatchObject({ ok: false, report: { format: "detente-json", eventsTaken: 0 } });
    expect(result.report.problems[0]?.line).toBe(2);
    expect(result.report.problems).toHaveLength(1);
  });

  it("parses with the given table", () => {
    expect(
      parseDetenteJson(
        text,
        new Map([
          ["043", 1],
          ["9999", 0],
        ]),
      ),
    ).toEqual({ ok: true, value: dataset });
    expect(parseDetenteJson(text, goldstein).ok).toBe(false);
    // Malformed JSON is reported as such, located, and never handed to the schema.
    expect(parseDetenteJson('{\n"id": }', goldstein)).toEqual({
      ok: false,
      error: [
        expect.objectContaining({
          path: "line 2, column 7",
          line: 2,
          column: 7,
          message: expect.stringMatching(/^malformed JSON: /),
        }),
      ],
    });
  });

  it("finds the bundled dataset under the app's base", () => {
    expect(BUNDLED_DATASET_PATH).toBe("data/us-colombia.json");
    expect(bundledDatasetUrl()).toBe(`${import.meta.env.BASE_URL}data/us-colombia.json`);
  });

  it("loads the bundled dataset from that address, reporting progress", async () => {
    // No Worker here: the loader reads on the page, through fetch.
    const body = serializeDataset(smallDataset([sampleEvent()]));
    const fetched: string[] = [];
    vi.stubGlobal("fetch", (url: string) => {
      fetched.push(url);
      return Promise.resolve(new Response(body));
    });
    try {
      const progress = vi.fn();
      const outcome = await loadBundledDataset(progress).outcome;
      expect(fetched).toEqual([`${import.meta.env.BASE_URL}data/us-colombia.json`]);
      expect(outcome.kind).toBe("loaded");
      const size = new TextEncoder().encode(body).byteLength;
      expect(progress).toHaveBeenLastCalledWith({ bytes: size, totalBytes: size });
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
