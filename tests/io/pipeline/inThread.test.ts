/**
 * The in-thread importer (what runs where there is no worker) from its source to its outcome:
 * a File, a URL answered, refused or unreachable (fetch stubbed), the file's name from the
 * address, sizes it can and cannot trust, cancelling, a pair that is not two countries, and
 * files longer than the 64 KiB head that decides their format (GDELT read row by row, JSON whole).
 */
import { readFileSync } from "node:fs";
import { createInThreadImporter } from "../../../src/io/pipeline/importer.ts";
import type {
  ImportOutcome,
  ImportProgress,
  ImportRequest,
} from "../../../src/io/pipeline/protocol.ts";
import { gdeltLine } from "../gdelt/gdeltLine.ts";

const CSV = "date,title\n2025-01-05,Talks open\n";

async function run(
  request: ImportRequest,
): Promise<{ outcome: ImportOutcome; progress: ImportProgress[] }> {
  const progress: ImportProgress[] = [];
  const outcome = await createInThreadImporter().start(request, (p) => progress.push(p)).outcome;
  return { outcome, progress };
}

const problem = (outcome: ImportOutcome): string | undefined =>
  outcome.kind === "failed" ? outcome.report.problems[0]?.message : undefined;

describe("the in-thread importer, from a File", () => {
  it("imports it under its own name, its size known", async () => {
    const file = new File([CSV], "talks.csv");
    const { outcome, progress } = await run({ source: { kind: "file", file }, options: {} });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    expect(outcome.format).toBe("csv");
    expect(outcome.dataset.sources[0]?.title).toBe("talks.csv");
    expect(outcome.dataset.events.map((e) => e.title)).toEqual(["Talks open"]);
    expect(progress.at(-1)).toMatchObject({ bytes: CSV.length, totalBytes: CSV.length });
  });

  it("answers 'cancelled' at once when cancelled", async () => {
    const job = createInThreadImporter().start(
      { source: { kind: "file", file: new File([CSV], "talks.csv") }, options: {} },
      () => {},
    );
    job.cancel();
    expect(await job.outcome).toEqual({ kind: "cancelled" });
  });

  it("refuses a pair that is not two countries before reading on", async () => {
    const file = new File([`${gdeltLine()}\n`], "events.tsv");
    const { outcome } = await run({
      source: { kind: "file", file },
      options: { parties: ["USA", "EUR"] },
    });
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.report.format).toBe("gdelt");
    expect(problem(outcome)).toBe(
      "cannot import the pair USA,EUR: EUR is not a country code: parties are two countries, " +
        "given as ISO 3166-1 alpha-3 codes such as USA,COL (region and organisation codes such " +
        "as AFR, EUR or UNO cannot be parties)",
    );
  });
});

describe("the in-thread importer, from a URL", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const answer = (body: string | null, init: ResponseInit, url = ""): void => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        const response = new Response(body, init);
        if (url !== "") Object.defineProperty(response, "url", { value: url });
        return response;
      }),
    );
  };

  it("names the file from the address the server answered from", async () => {
    answer(
      CSV,
      { headers: { "content-length": String(CSV.length) } },
      "https://data.example/a/my%20talks.csv",
    );
    const { outcome, progress } = await run({
      source: { kind: "url", url: "https://data.example/latest" },
      options: {},
    });
    expect(outcome.kind === "imported" && outcome.dataset.sources[0]?.title).toBe("my talks.csv");
    expect(progress.at(-1)?.totalBytes).toBe(CSV.length);
  });

  it("names it from the address asked for when the answer has none", async () => {
    answer(CSV, {});
    const { outcome, progress } = await run({
      source: { kind: "url", url: "https://data.example/b/talks.csv?v=2" },
      options: {},
    });
    expect(outcome.kind === "imported" && outcome.dataset.sources[0]?.title).toBe("talks.csv");
    // No Content-Length: the size is unknown.
    expect(progress.at(-1)?.totalBytes).toBeNull();
  });

  it("does not trust the length of a compressed answer", async () => {
    answer(CSV, { headers: { "content-length": "5", "content-encoding": "gzip" } });
    const { progress } = await run({
      source: { kind: "url", url: "https://data.example/talks.csv" },
      options: {},
    });
    expect(progress.at(-1)?.totalBytes).toBeNull();
    answer(CSV, { headers: { "content-length": "40", "content-encoding": "identity" } });
    const identity = await run({
      source: { kind: "url", url: "https://data.example/talks.csv" },
      options: {},
    });
    expect(identity.progress.at(-1)?.totalBytes).toBe(40);
    answer(CSV, { headers: { "content-length": "0" } });
    const zero = await run({
      source: { kind: "url", url: "https://data.example/talks.csv" },
      options: {},
    });
    expect(zero.progress.at(-1)?.totalBytes).toBeNull();
  });

  it("says what the server answered when it refuses", async () => {
    answer("gone", { status: 404, statusText: "Not Found" });
    const { outcome } = await run({
      source: { kind: "url", url: "https://data.example/x.csv" },
      options: {},
    });
    expect(outcome.kind).toBe("failed");
    expect(problem(outcome)).toBe(
      "could not fetch https://data.example/x.csv: the server answered 404 Not Found",
    );
    answer("gone", { status: 500 });
    const bare = await run({ source: { kind: "url", url: "https://data.example/y" }, options: {} });
    expect(problem(bare.outcome)).toBe(
      "could not fetch https://data.example/y: the server answered 500",
    );
    answer(null, { status: 200 });
    const empty = await run({
      source: { kind: "url", url: "https://data.example/z" },
      options: {},
    });
    expect(problem(empty.outcome)).toBe(
      "could not fetch https://data.example/z: the server answered 200",
    );
  });

  it("says the server is unreachable or refuses the page when fetch fails", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const { outcome } = await run({
      source: { kind: "url", url: "https://far.example/x.csv" },
      options: {},
    });
    expect(problem(outcome)).toBe(
      "could not fetch https://far.example/x.csv (Failed to fetch): the server is unreachable, " +
        "or it does not allow this page to read it (CORS)",
    );
  });
});

describe("files longer than the head", () => {
  it("reads a GDELT file of 500 rows row by row", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => gdeltLine({ 0: String(i + 1) }));
    const text = `${lines.join("\n")}\n`;
    expect(text.length).toBeGreaterThan(65_536);
    const { outcome, progress } = await run({
      source: { kind: "file", file: new File([text], "events.tsv") },
      options: { parties: ["USA", "COL"] },
    });
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    expect(outcome.format).toBe("gdelt");
    // All 500 rows are the same event, duplicates of the first.
    expect(outcome.report.eventsTaken).toBe(1);
    expect(outcome.report.skipped).toEqual([
      {
        reason: "duplicate of an earlier row (same date, actors, CAMEO code and source URL)",
        count: 499,
        lines: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
      },
    ]);
    expect(progress.at(-1)).toMatchObject({ rows: 500, unit: "rows", format: "gdelt" });
  });

  it("reads Détente JSON of 100 KB whole, counting its lines", async () => {
    const text = readFileSync("data/us-colombia.json", "utf8");
    expect(text.length).toBeGreaterThan(65_536);
    const { outcome, progress } = await run({
      source: { kind: "file", file: new File([text], "us-colombia.json") },
      options: {},
    });
    expect(outcome.kind === "imported" && outcome.dataset.events).toHaveLength(29);
    expect(progress.at(-1)).toMatchObject({
      unit: "lines",
      rows: text.split("\n").length - 1,
      format: null,
    });
  });
});
