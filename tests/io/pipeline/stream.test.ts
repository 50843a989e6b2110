/**
 * @vitest-environment jsdom (the unit suite's default; stated for `npm run mutate`, whose
 * default is node: the worker importer resolves a relative address against the page).
 *
 * The streaming import (what the worker runs): chunked input gives the same outcome as the
 * whole-text importers, whatever the chunk boundaries (inside a line, a CRLF or a multi-byte
 * character); the format is decided from the head; a CSV without recognisable columns asks for a
 * mapping before the rest is read. Plus the `?src=` origin rules and the GDELT tension inputs.
 */
import type { Dataset } from "../../../src/model/schema.ts";
import {
  checkSourceUrl,
  parseSourceConfig,
  SAME_ORIGIN_ONLY,
} from "../../../src/io/pipeline/sourceUrl.ts";
import { parseGdelt } from "../../../src/io/gdelt/parse.ts";
import { DAY_WEIGHT, tensionInputsFromImpulses } from "../../../src/io/gdelt/tension.ts";
import {
  IMPORT_PROTOCOL_VERSION,
  readFromWorker,
  readToWorker,
  type ImportProgress,
} from "../../../src/io/pipeline/protocol.ts";
import {
  failedOutcome,
  importStream,
  type FinishedOutcome,
} from "../../../src/io/pipeline/stream.ts";
import { createWorkerImporter } from "../../../src/io/pipeline/workerImporter.ts";
import { parseTimelineJs } from "../../../src/io/timelinejs/parse.ts";
import { computeTension } from "../../../src/model/tension.ts";
import { fixture, goldstein } from "../fixtures.ts";
import { FakeWorker } from "../../helpers/fakeWorker.ts";
import { usColombia } from "../../helpers/render.tsx";

/** `text` as UTF-8 bytes in chunks of `size` bytes (cutting characters and lines anywhere). */
function chunked(text: string, size: number): ReadableStream<Uint8Array<ArrayBuffer>> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

async function run(
  text: string,
  name: string,
  size = 997,
  options = {},
): Promise<{ outcome: FinishedOutcome; progress: ImportProgress[] }> {
  const progress: ImportProgress[] = [];
  const outcome = await importStream(
    {
      stream: chunked(text, size),
      totalBytes: new TextEncoder().encode(text).length,
      name,
    },
    options,
    { goldstein, onProgress: (p) => progress.push(p) },
  );
  return { outcome, progress };
}

const gdelt = fixture("gdelt/gdelt2-events-sample.tsv");

/** The worker's last message for an import whose events (and long lists) came before it. */
function importedDone(dataset: Dataset) {
  const unused = failedOutcome("unused");
  if (unused.kind !== "failed") throw new Error("expected a failed outcome");
  return {
    v: IMPORT_PROTOCOL_VERSION,
    type: "done",
    id: 1,
    outcome: { kind: "imported", format: "detente-json", dataset, report: unused.report },
  };
}

describe("importStream", () => {
  it.each([1, 7, 997, 65_536])(
    "reads GDELT in %i-byte chunks exactly as parseGdelt reads the whole text",
    async (size) => {
      const { outcome, progress } = await run(gdelt, "events.tsv", size);
      const whole = parseGdelt(gdelt, { goldstein, fileName: "events.tsv" });
      expect(outcome.kind).toBe("imported");
      if (outcome.kind !== "imported" || !whole.ok) throw new Error("import failed");
      expect(outcome.report).toEqual(whole.report);
      expect(outcome.dataset).toEqual(whole.dataset);
      expect(outcome.dailyImpulses).toEqual(whole.dailyImpulses);
      const last = progress.at(-1);
      expect(last).toMatchObject({ rows: 100, unit: "rows", format: "gdelt" });
      expect(last?.bytes).toBe(last?.totalBytes);
    },
  );

  it("numbers lines the same with CRLF endings, a byte-order mark and accented text", async () => {
    // An accent in an actor's name: a multi-byte character that 5-byte chunks cut in half.
    const lines = gdelt.replaceAll("BELARUSIAN", "BELARÚSIAN").trimEnd().split("\n");
    const text = `\ufeff${lines.join("\r\n")}\r\n`;
    const { outcome } = await run(text, "events.tsv", 5);
    const whole = parseGdelt(text, { goldstein, fileName: "events.tsv" });
    if (outcome.kind !== "imported" || !whole.ok) throw new Error("import failed");
    expect(outcome.report).toEqual(whole.report);
    expect(outcome.dataset.actors.map((a) => a.name)).toContain("Belarúsian");
  });

  it("reads JSON whole and detects its shape from all of it", async () => {
    const text = fixture("timelinejs/eras.json");
    const { outcome, progress } = await run(text, "eras.json", 300);
    const whole = parseTimelineJs(text, { goldstein, fileName: "eras.json" });
    if (outcome.kind !== "imported" || !whole.ok) throw new Error("import failed");
    expect(outcome.format).toBe("timelinejs-json");
    expect(outcome.dataset).toEqual(whole.dataset);
    expect(progress.at(-1)).toMatchObject({ unit: "lines", rows: text.split("\n").length - 1 });
  });

  it("asks for a column mapping from the header alone, then imports with it", async () => {
    const text = "Día;Qué pasó\n2024-01-05;Talks open\n2024-02-10;Talks stall\n";
    const { outcome } = await run(text, "events.csv");
    expect(outcome).toEqual({
      kind: "needs-mapping",
      header: ["Día", "Qué pasó"],
      mapping: {},
      missing: ["date", "title"],
    });
    const mapped = await run(text, "events.csv", 997, {
      format: "csv",
      mapping: { date: 0, title: 1 },
    });
    expect(mapped.outcome.kind).toBe("imported");
  });

  it("reports a format it cannot tell, and the user's choice wins over detection", async () => {
    const unknown = await run("just some words\nand more\n", "notes.md");
    expect(unknown.outcome.kind).toBe("failed");
    if (unknown.outcome.kind !== "failed") return;
    expect(unknown.outcome.report.problems[0]?.message).toMatch(/could not tell what kind of file/);
    const forced = await run(gdelt, "events.json", 997, { format: "gdelt" });
    expect(forced.outcome.kind).toBe("imported");
  });
});

describe("?src= origins", () => {
  const page = "https://detente.example/app/?src=x";

  it("allows same-origin addresses, relative or absolute", () => {
    expect(checkSourceUrl("/data/us-colombia.json", page, SAME_ORIGIN_ONLY)).toEqual({
      ok: true,
      url: "https://detente.example/data/us-colombia.json",
    });
    expect(checkSourceUrl("data.json", page, SAME_ORIGIN_ONLY)).toMatchObject({
      ok: true,
      url: "https://detente.example/app/data.json",
    });
  });

  it("refuses other origins unless the config lists them, and non-http schemes always", () => {
    expect(checkSourceUrl("https://evil.example/x.json", page, SAME_ORIGIN_ONLY)).toEqual({
      ok: false,
      reason: "origin",
      url: "https://evil.example/x.json",
      origin: "https://evil.example",
    });
    const { config } = parseSourceConfig(
      JSON.stringify({ allowedOrigins: ["https://data.example/", "javascript:alert(1)", 3] }),
    );
    expect(config.allowedOrigins).toEqual(["https://data.example"]);
    expect(checkSourceUrl("https://data.example/a.json", page, config).ok).toBe(true);
    // The origin is the whole origin: another port or scheme is another site.
    expect(checkSourceUrl("http://data.example/a.json", page, config).ok).toBe(false);
    expect(checkSourceUrl("javascript:alert(1)", page, config)).toEqual({
      ok: false,
      reason: "scheme",
    });
    expect(checkSourceUrl("http://[bad", page, config)).toEqual({ ok: false, reason: "invalid" });
  });

  it("treats a broken config as same-origin only", () => {
    expect(parseSourceConfig("{ not json").config).toBe(SAME_ORIGIN_ONLY);
    expect(parseSourceConfig('{"allowedOrigins": "https://a.example"}').config).toBe(
      SAME_ORIGIN_ONLY,
    );
  });
});

describe("GDELT tension inputs", () => {
  it("keeps the daily mean as the score and weighs days by log volume around 1/14", () => {
    const inputs = tensionInputsFromImpulses([
      { day: "2024-01-01", meanGoldstein: 3, weight: 50 },
      { day: "2024-01-02", meanGoldstein: -6, weight: 8000 },
      { day: "2024-01-03", meanGoldstein: 1, weight: 50 },
    ]);
    expect(inputs.map((i) => i.score)).toEqual([3, -6, 1]);
    const weights = inputs.map((i) => i.weight ?? 1);
    const mean = weights.reduce((a, b) => a + b, 0) / weights.length;
    expect(mean).toBeCloseTo(DAY_WEIGHT, 10);
    // 8,000 sources weigh about 2.3 times 50 sources, not 160 times.
    expect((weights[1] ?? 0) / (weights[0] ?? 1)).toBeCloseTo(Math.log1p(8000) / Math.log1p(50));
    expect(inputs[1]?.startMs).toBe(Date.UTC(2024, 0, 2));
  });

  it("does not saturate on a month of busy, routinely cooperative days", () => {
    const days = Array.from({ length: 60 }, (_, i) => ({
      day: new Date(Date.UTC(2024, 0, 1 + i)).toISOString().slice(0, 10),
      meanGoldstein: 2,
      weight: i === 30 ? 5000 : 400,
    }));
    const series = computeTension(tensionInputsFromImpulses(days), { halfLife: 45 });
    const last = series.tension[series.length - 1] ?? NaN;
    // Routine cooperation reads Good (20–35), not pinned at Close (0).
    expect(last).toBeGreaterThan(15);
    expect(last).toBeLessThan(35);
  });
});

/** A stand-in Worker: records what the page posts and lets the test answer as the worker would. */
describe("the worker importer and its protocol", () => {
  const request = {
    source: { kind: "url" as const, url: "https://detente.example/a.json" },
    options: {},
  };

  it("posts a versioned start, forwards progress, and ends the worker with the outcome", async () => {
    const worker = new FakeWorker();
    const progress: ImportProgress[] = [];
    const job = createWorkerImporter(() => worker as unknown as Worker).start(request, (p) =>
      progress.push(p),
    );
    expect(readToWorker(worker.posted[0])).toEqual({
      v: IMPORT_PROTOCOL_VERSION,
      type: "start",
      id: 1,
      request,
    });
    const step = { bytes: 10, totalBytes: 20, rows: 1, unit: "lines", format: null } as const;
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "progress", id: 1, progress: step });
    const failed = failedOutcome("nope");
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "done", id: 1, outcome: failed });
    expect(await job.outcome).toEqual(failed);
    expect(progress).toEqual([step]);
    expect(worker.terminated).toBe(true);
  });

  it("sends the worker a relative address resolved against the page, not the worker script", () => {
    const worker = new FakeWorker();
    createWorkerImporter(() => worker as unknown as Worker).start(
      {
        source: { kind: "url", url: "./data/events.tsv?v=2" },
        options: { parties: ["USA", "COL"] },
      },
      () => {},
    );
    expect(readToWorker(worker.posted[0])?.request).toEqual({
      source: { kind: "url", url: new URL("./data/events.tsv?v=2", document.baseURI).href },
      options: { parties: ["USA", "COL"] },
    });
    // A page under a folder: the folder's address, as a link on the page would go.
    window.history.replaceState(null, "", "/news/2026/story.html");
    try {
      const next = new FakeWorker();
      createWorkerImporter(() => next as unknown as Worker).start(
        { source: { kind: "url", url: "events.tsv" }, options: {} },
        () => {},
      );
      expect(readToWorker(next.posted[0])?.request.source).toEqual({
        kind: "url",
        url: `${location.origin}/news/2026/events.tsv`,
      });
    } finally {
      window.history.replaceState(null, "", "/");
    }
  });

  it("puts an imported dataset back together from its batches of events, in order", async () => {
    const worker = new FakeWorker();
    const job = createWorkerImporter(() => worker as unknown as Worker).start(request, () => {});
    const dataset = usColombia();
    const [first, ...rest] = dataset.events;
    for (const batch of [[first], rest])
      worker.answer({
        v: IMPORT_PROTOCOL_VERSION,
        type: "events",
        id: 1,
        json: JSON.stringify(batch),
      });
    worker.answer(importedDone({ ...dataset, events: [] }));
    const outcome = await job.outcome;
    if (outcome.kind !== "imported") throw new Error(`not imported: ${outcome.kind}`);
    expect(outcome.dataset).toEqual(dataset);
  });

  it("rests after a slow batch: the outcome after it waits its turn", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout"] });
    // Every message seems to take 15 ms on the page: each one is then followed by a 15 ms rest.
    let clock = 0;
    const now = vi.spyOn(performance, "now").mockImplementation(() => (clock += 15));
    try {
      const dataset = usColombia();
      const done = importedDone({ ...dataset, events: [] });
      const events = {
        v: IMPORT_PROTOCOL_VERSION,
        type: "events",
        id: 1,
        json: JSON.stringify(dataset.events),
      };
      const settled = vi.fn();
      const worker = new FakeWorker();
      const job = createWorkerImporter(() => worker as unknown as Worker).start(request, () => {});
      void job.outcome.then(settled);
      worker.answer(events);
      worker.answer(done);
      await vi.advanceTimersByTimeAsync(14);
      expect(settled).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toHaveBeenCalledTimes(1);
      const outcome = (await job.outcome) as { kind: string; dataset?: unknown };
      expect(outcome.dataset).toEqual(dataset);
    } finally {
      now.mockRestore();
      vi.useRealTimers();
    }
  });

  it("puts long topic and actor lists back together from their batches, in order", async () => {
    const worker = new FakeWorker();
    const job = createWorkerImporter(() => worker as unknown as Worker).start(request, () => {});
    const dataset = usColombia();
    for (const batch of [dataset.events])
      worker.answer({
        v: IMPORT_PROTOCOL_VERSION,
        type: "events",
        id: 1,
        json: JSON.stringify(batch),
      });
    const [first, ...rest] = dataset.actors;
    for (const batch of [[first], rest])
      worker.answer({
        v: IMPORT_PROTOCOL_VERSION,
        type: "entries",
        id: 1,
        field: "actors",
        json: JSON.stringify(batch),
      });
    worker.answer(importedDone({ ...dataset, events: [], actors: [] }));
    const outcome = await job.outcome;
    if (outcome.kind !== "imported") throw new Error(`not imported: ${outcome.kind}`);
    // The topics came in the outcome itself (a short list): only the actors were batched.
    expect(outcome.dataset).toEqual(dataset);
  });

  it("refuses a message of another protocol version, and cancels by terminating", async () => {
    const stale = new FakeWorker();
    const job = createWorkerImporter(() => stale as unknown as Worker).start(request, () => {});
    stale.answer({ v: 0, type: "done", id: 1 });
    const outcome = await job.outcome;
    expect(outcome.kind).toBe("failed");
    if (outcome.kind === "failed")
      expect(outcome.report.problems[0]?.message).toMatch(/protocol version 0.*reload the page/);
    expect(
      readToWorker({ v: IMPORT_PROTOCOL_VERSION + 1, type: "start", id: 1, request }),
    ).toBeUndefined();
    expect(readFromWorker({ v: IMPORT_PROTOCOL_VERSION, type: "gossip", id: 1 })).toMatch(
      /does not understand/,
    );

    const busy = new FakeWorker();
    const running = createWorkerImporter(() => busy as unknown as Worker).start(request, () => {});
    running.cancel();
    expect(await running.outcome).toEqual({ kind: "cancelled" });
    expect(busy.terminated).toBe(true);
  });
});
