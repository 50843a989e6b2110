/** How a failed import of an embed's `src` is worded for the host's readers. */
import { importSource, problemsOfOutcome } from "../../src/embed/importSource.ts";
import type { Importer } from "../../src/io/pipeline/importer.ts";
import type { ImportOutcome, ImportRequest } from "../../src/io/pipeline/protocol.ts";
import { tensionInputsFromImpulses } from "../../src/io/gdelt/tension.ts";
import { sampleEvent, smallDataset } from "../helpers/dataset.ts";

const report = {
  format: "icews" as const,
  eventsTaken: 0,
  skipped: [],
  warnings: [],
  problems: [],
};

describe("problemsOfOutcome", () => {
  it("names the missing columns and those found when a CSV needs mapping", () => {
    expect(
      problemsOfOutcome(
        {
          kind: "needs-mapping",
          header: ["when", "what"],
          mapping: {} as never,
          missing: ["date", "title"],
        },
        undefined,
      ),
    ).toEqual([
      { path: "(header)", message: "the columns do not name date, title; found: when, what" },
    ]);
  });

  it("says nothing could be read when the report holds no problem", () => {
    expect(problemsOfOutcome({ kind: "failed", format: "icews", report }, undefined)).toEqual([
      { path: "(file)", message: "nothing could be read as icews" },
    ]);
  });

  it("lists ten pairs and counts the rest, without blaming a pair nobody named", () => {
    const pairs = Array.from({ length: 12 }, (_, i) => ({
      codes: ["AAA", `B${String(i).padStart(2, "0")}`] as const,
      names: ["A", "B"] as const,
      events: 12 - i,
    }));
    const [problem] = problemsOfOutcome(
      { kind: "failed", format: "icews", report, pairs },
      undefined,
    );
    expect(problem?.path).toBe("parties");
    expect(problem?.message).toBe(
      "the file's pairs, events in both directions: " +
        pairs
          .slice(0, 10)
          .map((p) => `AAA,${p.codes[1]} (${p.events})`)
          .join("; ") +
        "; and 2 more",
    );
  });

  it("keeps the report's own problems first, then the rows left out with their lines", () => {
    const problems = problemsOfOutcome(
      {
        kind: "failed",
        format: "icews",
        report: {
          ...report,
          problems: [{ path: "line 3", message: "bad date" }],
          skipped: [
            { reason: "no country", count: 4, lines: [2, 5] },
            { reason: "same country twice", count: 2, lines: [7, 9] },
          ],
        },
      },
      ["USA", "COL"],
    );
    expect(problems).toEqual([
      { path: "line 3", message: "bad date" },
      { path: "(rows)", message: "4 left out: no country (lines 2, 5…)" },
      { path: "(rows)", message: "2 left out: same country twice (lines 7, 9)" },
    ]);
  });
});

describe("problemsOfOutcome, with the parties named", () => {
  it("blames the pair asked for, lists exactly ten pairs whole, and leaves out empty line lists", () => {
    const pairs = Array.from({ length: 10 }, (_, i) => ({
      codes: ["USA", `C${String(i).padStart(2, "0")}`] as const,
      names: ["A", "B"] as const,
      events: 10 - i,
    }));
    const problems = problemsOfOutcome(
      {
        kind: "failed",
        format: "icews",
        report: { ...report, skipped: [{ reason: "no date", count: 3, lines: [] }] },
        pairs,
      },
      ["USA", "COL"],
    );
    expect(problems).toEqual([
      { path: "(rows)", message: "3 left out: no date" },
      {
        path: "parties",
        message:
          "no events between USA and COL; the file's pairs, events in both directions: " +
          pairs.map((p) => `USA,${p.codes[1]} (${p.events})`).join("; "),
      },
    ]);
  });
});

describe("importSource", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** An importer that records its request, reports one progress step and answers `outcome`. */
  function fakeImporter(outcome: ImportOutcome): {
    importer: Importer;
    requests: ImportRequest[];
    cancels: number[];
  } {
    const requests: ImportRequest[] = [];
    const cancels: number[] = [];
    const importer: Importer = {
      start(request, onProgress) {
        requests.push(request);
        onProgress({ bytes: 10, totalBytes: 40, rows: 3, unit: "rows", format: "gdelt" });
        return { outcome: Promise.resolve(outcome), cancel: () => cancels.push(1) };
      },
    };
    return { importer, requests, cancels };
  }

  const dataset = smallDataset([sampleEvent()]);
  const imported = (extra: object = {}): ImportOutcome => ({
    kind: "imported",
    format: "gdelt",
    dataset,
    report: { ...report, format: "gdelt", eventsTaken: 1, warnings: ["two rows undated"] },
    ...extra,
  });

  it("asks for the url between the parties named, and passes on the bytes read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const { importer, requests, cancels } = fakeImporter(imported());
    const progress = vi.fn();
    const job = importSource("https://data.example/e.csv", " usa, col ", progress, importer);
    expect(requests).toEqual([
      {
        source: { kind: "url", url: "https://data.example/e.csv" },
        options: { parties: ["USA", "COL"] },
      },
    ]);
    expect(progress.mock.calls).toEqual([[{ bytes: 10, totalBytes: 40 }]]);
    expect(await job.result).toEqual({ ok: true, value: { dataset } });
    // The import report's warnings go to the host's developer, in the console.
    expect(warn.mock.calls).toEqual([["Détente (https://data.example/e.csv): two rows undated"]]);
    job.cancel();
    expect(cancels).toEqual([1]);
  });

  it("asks for the largest pair without parties, and warns only about unreadable ones", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const quiet = fakeImporter({ kind: "cancelled" });
    expect(await importSource("a.csv", "  ", () => undefined, quiet.importer).result).toBe(
      undefined,
    );
    expect(quiet.requests[0]?.options).toEqual({});
    expect(warn).not.toHaveBeenCalled();
    const loud = fakeImporter({ kind: "cancelled" });
    await importSource("a.csv", "USA", () => undefined, loud.importer).result;
    expect(loud.requests[0]?.options).toEqual({});
    expect(warn.mock.calls).toEqual([
      [
        'Détente: ignoring parties="USA": expected two ISO 3166-1 alpha-3 country codes such as ' +
          '"USA,COL"; the file\'s largest pair is shown.',
      ],
    ]);
  });

  it("brings GDELT's daily tension along, and words a failure as problems", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const impulses = [{ day: "2026-02-03", meanGoldstein: -2, weight: 4 }];
    const gdelt = fakeImporter(imported({ dailyImpulses: impulses }));
    expect(await importSource("g.csv", "USA,COL", () => undefined, gdelt.importer).result).toEqual({
      ok: true,
      value: { dataset, tensionInputs: tensionInputsFromImpulses(impulses) },
    });
    const failed = fakeImporter({ kind: "failed", format: "icews", report, pairs: [] });
    expect(await importSource("i.csv", "USA,COL", () => undefined, failed.importer).result).toEqual(
      { ok: false, error: [{ path: "(file)", message: "nothing could be read as icews" }] },
    );
  });
});
