/**
 * @vitest-environment jsdom (FileReader for the slice-by-slice Blob reader, and the same
 * environment under `npm run mutate`, whose default is node).
 *
 * The streaming import past its first 64 KiB: a GDELT export read over many chunks, progress on
 * the way, cancelling between chunks, the failures it reports (a file without country pairs, an
 * unknown pair, a read error, a text too long to hold), and how a file or an address is opened.
 */
import { parseGdelt } from "../../../src/io/gdelt/parse.ts";
import type { ImportProgress } from "../../../src/io/pipeline/protocol.ts";
import {
  blobStream,
  ImportCancelled,
  importStream,
  MAX_WHOLE_TEXT_CHARS,
  openSource,
  type ByteSource,
  type FinishedOutcome,
} from "../../../src/io/pipeline/stream.ts";
import { partiesFromCodes } from "../../../src/io/eventdata/parties.ts";
import { fixture, goldstein } from "../fixtures.ts";

const sample = fixture("gdelt/gdelt2-events-sample.tsv");
const sampleLines = sample.trimEnd().split("\n");

/** Four copies of the sample with their own event ids: about 160 KiB, well past the head. */
const longGdelt = [1, 2, 3, 4]
  .flatMap((copy) => sampleLines.map((line) => line.replace(/^(\d+)/, `${copy}$1`)))
  .join("\n")
  .concat("\n");

interface Probe {
  readonly stream: ReadableStream<Uint8Array<ArrayBuffer>>;
  /** Chunks handed to the reader so far. */
  readonly pulled: () => number;
  readonly cancelled: () => boolean;
}

/** `bytes` in chunks of `size`, counting pulls and noticing a cancel; `failAt` errors that pull. */
function probe(bytes: Uint8Array, size: number, failAt = Infinity): Probe {
  let at = 0;
  let pulls = 0;
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (pulls === failAt) return controller.error(new Error("disk went away"));
      if (at >= bytes.length) return controller.close();
      pulls++;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, pulled: () => pulls, cancelled: () => cancelled };
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

function source(stream: ByteSource["stream"], totalBytes: number | null, name = "events.tsv") {
  return { stream, totalBytes, name };
}

/** Every performance.now() call 150 ms after the last, so each unforced progress report is sent. */
function steppingClock(): void {
  let now = 0;
  vi.spyOn(performance, "now").mockImplementation(() => (now += 150));
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe("a GDELT export longer than the head", () => {
  it("reads it chunk by chunk exactly as parseGdelt reads the whole text", async () => {
    const bytes = encode(longGdelt);
    expect(bytes.length).toBeGreaterThan(2 * 65_536);
    const input = probe(bytes, 4096);
    const outcome = await importStream(
      source(input.stream, bytes.length),
      {},
      { goldstein, onProgress: () => undefined },
    );
    const whole = parseGdelt(longGdelt, { goldstein, fileName: "events.tsv" });
    if (outcome.kind !== "imported" || !whole.ok) throw new Error("import failed");
    expect(outcome.dataset).toEqual(whole.dataset);
    expect(outcome.report).toEqual(whole.report);
    expect(outcome.dailyImpulses).toEqual(whole.dailyImpulses);
    expect(outcome.pairs).toEqual(whole.pairs);
    expect(input.pulled()).toBe(Math.ceil(bytes.length / 4096));
  });

  it("reports rows and bytes as they arrive, rising to the whole file", async () => {
    steppingClock();
    const bytes = encode(longGdelt);
    const progress: ImportProgress[] = [];
    await importStream(
      source(probe(bytes, 8192).stream, bytes.length),
      {},
      { goldstein, onProgress: (p) => progress.push(p) },
    );
    // The head (64 KiB of 160) is one report; every later chunk adds one.
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.every((p) => p.format === "gdelt" && p.unit === "rows")).toBe(true);
    const rows = progress.map((p) => p.rows);
    const sent = progress.map((p) => p.bytes);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(sent).toEqual([...sent].sort((a, b) => a - b));
    expect(rows[0]).toBeGreaterThan(0);
    expect(rows[0]).toBeLessThan(sampleLines.length * 4);
    expect(progress.at(-1)).toMatchObject({
      rows: sampleLines.length * 4,
      bytes: bytes.length,
      totalBytes: bytes.length,
    });
  });

  it("sends at most one unforced report per 100 ms", async () => {
    const bytes = encode(longGdelt);
    vi.spyOn(performance, "now").mockReturnValue(0);
    const progress: ImportProgress[] = [];
    await importStream(
      source(probe(bytes, 8192).stream, bytes.length),
      {},
      { goldstein, onProgress: (p) => progress.push(p) },
    );
    // The clock never moves: only the forced reports (after the head, and at the end) are sent.
    expect(progress.map((p) => p.rows)).toEqual([progress[0]?.rows, sampleLines.length * 4]);
  });

  it("stops between chunks when cancelled, and cancels the source", async () => {
    const bytes = encode(longGdelt);
    const input = probe(bytes, 4096);
    const controller = new AbortController();
    const reading = importStream(
      source(input.stream, bytes.length),
      {},
      {
        goldstein,
        signal: controller.signal,
        // Cancel as soon as the head has been read and reported.
        onProgress: () => controller.abort(),
      },
    );
    await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
    expect(input.cancelled()).toBe(true);
    expect(input.pulled()).toBeLessThan(Math.ceil(bytes.length / 4096));
  });

  it("fails with the file's pairs when the chosen pair has no events, so another can be picked", async () => {
    const picked = partiesFromCodes(["USA", "COL"]);
    if (!picked.ok) throw new Error(picked.message);
    const whole = parseGdelt(longGdelt, {
      goldstein,
      fileName: "events.tsv",
      parties: picked.parties,
    });
    if (whole.ok) throw new Error("the sample has no USA–COL rows: expected a failure");
    const outcome = await importStream(
      source(probe(encode(longGdelt), 4096).stream, null),
      { parties: ["USA", "COL"] },
      { goldstein, onProgress: () => undefined },
    );
    expect(whole.pairs?.length).toBeGreaterThan(1);
    expect(outcome).toEqual({
      kind: "failed",
      format: "gdelt",
      report: whole.report,
      pairs: whole.pairs,
    });
  });

  it("refuses a pair with an unknown country code before reading on", async () => {
    const input = probe(encode(longGdelt), 4096);
    const outcome = await importStream(
      source(input.stream, null),
      { parties: ["USA", "QQQ"] },
      { goldstein, onProgress: () => undefined },
    );
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.format).toBe("gdelt");
    expect(outcome.report.problems[0]?.message).toMatch(/^cannot import the pair USA,QQQ: /);
    expect(input.cancelled()).toBe(true);
  });
});

describe("reading failures", () => {
  it("turns a read error after the head into a failed outcome that names the format", async () => {
    const csv = `date,title\n${Array.from({ length: 5000 }, (_, i) => `2024-01-01,Event ${i}`).join("\n")}\n`;
    const bytes = encode(csv);
    expect(bytes.length).toBeGreaterThan(65_536);
    const outcome = await importStream(
      source(probe(bytes, 8192, 10).stream, bytes.length, "events.csv"),
      {},
      { goldstein, onProgress: () => undefined },
    );
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.format).toBe("csv");
    expect(outcome.report.problems[0]?.message).toBe(
      "could not read the data (disk went away); nothing was imported",
    );
  });

  it("says the format is unknown when the read fails inside the head", async () => {
    const outcome = await importStream(
      source(probe(encode(longGdelt), 4096, 2).stream, null),
      {},
      { goldstein, onProgress: () => undefined },
    );
    expect(outcome.kind === "failed" && outcome.report.format).toBe("unknown");
  });

  it("stops reading a text format past its size limit, and says the limit", async () => {
    // 8 MiB chunks of CSV rows: about 25 pulls reach the limit; the chunk is one buffer, reused.
    const row = "2024-01-01,A title that repeats\n";
    const chunk = encode(row.repeat(Math.ceil((8 << 20) / row.length)));
    let pulls = 0;
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
      start(controller) {
        controller.enqueue(encode("date,title\n") as Uint8Array<ArrayBuffer>);
      },
      pull(controller) {
        pulls++;
        controller.enqueue(chunk as Uint8Array<ArrayBuffer>);
      },
      cancel() {
        cancelled = true;
      },
    });
    const outcome: FinishedOutcome = await importStream(
      source(stream, null, "events.csv"),
      {},
      { goldstein, onProgress: () => undefined },
    );
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.format).toBe("csv");
    expect(outcome.report.problems[0]?.message).toBe(
      "the file is too large for this format: files other than GDELT exports are read whole, " +
        `up to ${MAX_WHOLE_TEXT_CHARS / 1_000_000} million characters`,
    );
    expect(cancelled).toBe(true);
    // It stopped at the first chunk past the limit, not at the end of an endless stream.
    expect(pulls).toBeLessThanOrEqual(Math.ceil(MAX_WHOLE_TEXT_CHARS / chunk.length) + 3);
  });

  it("asks for a mapping without reading past the head, and cancels the source", async () => {
    const csv = `Día;Qué pasó\n${"2024-01-05;Talks open\n".repeat(40_000)}`;
    const bytes = encode(csv);
    const input = probe(bytes, 4096);
    const outcome = await importStream(
      source(input.stream, bytes.length, "events.csv"),
      {},
      { goldstein, onProgress: () => undefined },
    );
    expect(outcome.kind).toBe("needs-mapping");
    expect(input.cancelled()).toBe(true);
    // The head's 16 chunks, and the few the decoding streams had queued: not the file's 210.
    expect(input.pulled()).toBeLessThan(Math.ceil(bytes.length / 4096) / 4);
  });
});

describe("openSource", () => {
  const read = async (stream: ReadableStream<Uint8Array>): Promise<string> =>
    new Response(stream as ReadableStream<Uint8Array<ArrayBuffer>>).text();

  it("opens a file with its size and name", async () => {
    const file = new File(["date,title\n"], "mine.csv");
    const opened = await openSource({ kind: "file", file });
    if ("kind" in opened) throw new Error("not opened");
    expect(opened.totalBytes).toBe(11);
    expect(opened.name).toBe("mine.csv");
  });

  it("reads a Blob without stream() a megabyte slice at a time", async () => {
    const size = (1 << 20) * 2 + 12_345;
    const bytes = new Uint8Array(size).map((_, i) => i % 251);
    const blob = new Blob([bytes]);
    Object.defineProperty(blob, "stream", { value: undefined });
    const reader = blobStream(blob).getReader();
    const sizes: number[] = [];
    const seen: number[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      sizes.push(chunk.value.length);
      seen.push(chunk.value[0] ?? -1, chunk.value.at(-1) ?? -1);
    }
    expect(sizes).toEqual([1 << 20, 1 << 20, 12_345]);
    expect(seen).toEqual([
      0,
      ((1 << 20) - 1) % 251,
      (1 << 20) % 251,
      ((2 << 20) - 1) % 251,
      (2 << 20) % 251,
      (size - 1) % 251,
    ]);
  });

  it("opens an address: its length when uncompressed, its last path segment as the name", async () => {
    const fetch = vi.fn(async () => {
      const response = new Response("date,title\n", {
        headers: { "content-length": "11" },
      });
      Object.defineProperty(response, "url", {
        value: "https://data.example/files/%C3%A9v%C3%A9nements.csv",
      });
      return response;
    });
    vi.stubGlobal("fetch", fetch);
    const opened = await openSource({ kind: "url", url: "https://data.example/redirect" });
    if ("kind" in opened) throw new Error("not opened");
    expect(opened.totalBytes).toBe(11);
    expect(opened.name).toBe("événements.csv");
    expect(await read(opened.stream)).toBe("date,title\n");
  });

  it("does not trust a compressed response's length, and names a folder address nothing", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response("x", { headers: { "content-length": "1", "content-encoding": "gzip" } }),
      ),
    );
    const opened = await openSource({ kind: "url", url: "https://data.example/files/" });
    if ("kind" in opened) throw new Error("not opened");
    expect(opened.totalBytes).toBeNull();
    expect(opened.name).toBeUndefined();
  });

  it("says what the server answered, and when it could not be reached", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("gone", { status: 404, statusText: "Not Found" })),
    );
    const missing = await openSource({ kind: "url", url: "https://data.example/a.json" });
    expect(
      "kind" in missing && missing.kind === "failed" && missing.report.problems[0]?.message,
    ).toBe("could not fetch https://data.example/a.json: the server answered 404 Not Found");

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("Failed to fetch");
      }),
    );
    const unreachable = await openSource({ kind: "url", url: "https://data.example/a.json" });
    expect(
      "kind" in unreachable &&
        unreachable.kind === "failed" &&
        unreachable.report.problems[0]?.message,
    ).toBe(
      "could not fetch https://data.example/a.json (Failed to fetch): the server is " +
        "unreachable, or it does not allow this page to read it (CORS)",
    );
  });

  it("throws ImportCancelled when the fetch fails because it was cancelled", async () => {
    const controller = new AbortController();
    vi.stubGlobal(
      "fetch",
      vi.fn(async (_url: string, init?: RequestInit) => {
        expect(init?.signal).toBe(controller.signal);
        controller.abort();
        throw new DOMException("aborted", "AbortError");
      }),
    );
    await expect(
      openSource({ kind: "url", url: "https://data.example/a.json" }, controller.signal),
    ).rejects.toBeInstanceOf(ImportCancelled);
  });
});
