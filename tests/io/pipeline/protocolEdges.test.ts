/**
 * @vitest-environment node (no page: a relative address stays as given)
 *
 * The edges of the pipeline's small pieces, written out: which messages the load protocol
 * accepts, where a batch ends, the worker importer's answers to a worker that misbehaves, the
 * deployment's image origins, and the body of a dataset load without a stream or a length.
 */
import {
  EVENT_BATCH,
  eventBatches,
  inBatches,
  LOAD_PROTOCOL_VERSION,
  postOutcome,
  readFromLoadWorker,
  readLoadRequest,
  type FromLoadWorker,
} from "../../../src/io/pipeline/loadProtocol.ts";
import {
  IMPORT_PROTOCOL_VERSION,
  readFromWorker,
  readToWorker,
} from "../../../src/io/pipeline/protocol.ts";
import { loadImageOrigins, parseImageOrigins } from "../../../src/io/pipeline/imageConfig.ts";
import { readDataset } from "../../../src/io/pipeline/readDataset.ts";
import { createWorkerImporter } from "../../../src/io/pipeline/workerImporter.ts";
import { ImportLog } from "../../../src/io/pipeline/log.ts";
import { warnReplacementChars } from "../../../src/io/pipeline/warnings.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { SEARCH_TEXT_MIN } from "../../../src/model/searchText.ts";
import { FakeWorker } from "../../helpers/fakeWorker.ts";
import { usColombia } from "../../helpers/render.tsx";

const v = LOAD_PROTOCOL_VERSION;

describe("the import protocol", () => {
  const V = IMPORT_PROTOCOL_VERSION;

  it("accepts a start of its version with a numeric id and a request, nothing else", () => {
    const start = { v: V, type: "start", id: 3, request: { source: {}, options: {} } };
    expect(readToWorker(start)).toBe(start);
    expect(readToWorker({ ...start, id: "3" })).toBeUndefined();
    expect(readToWorker({ ...start, request: null })).toBeUndefined();
    expect(readToWorker({ ...start, request: "x" })).toBeUndefined();
    expect(readToWorker({ ...start, type: "done" })).toBeUndefined();
    expect(readToWorker(null)).toBeUndefined();
  });

  it("reads each kind of message from the worker, with an id, and refuses the rest", () => {
    for (const type of ["progress", "index", "events", "entries", "done", "error"]) {
      const message = { v: V, type, id: 1 };
      expect(readFromWorker(message)).toBe(message);
    }
    const understood = "the import worker sent a message this page does not understand";
    expect(readFromWorker({ v: V, type: "done" })).toBe(understood);
    expect(readFromWorker({ v: V, type: "start", id: 1 })).toBe(understood);
    expect(readFromWorker(null)).toBe("the import worker sent something that is not a message");
    expect(readFromWorker(7)).toBe("the import worker sent something that is not a message");
  });
});

describe("the load protocol", () => {
  it("accepts a load request of its version with a source, nothing else", () => {
    const request = { v, type: "load", source: { kind: "url", url: "x.json" } };
    expect(readLoadRequest(request)).toBe(request);
    expect(readLoadRequest({ ...request, v: v + 1 })).toBeUndefined();
    expect(readLoadRequest({ ...request, type: "start" })).toBeUndefined();
    expect(readLoadRequest({ ...request, source: "x.json" })).toBeUndefined();
    expect(readLoadRequest({ ...request, source: null })).toBeUndefined();
    expect(readLoadRequest(null)).toBeUndefined();
    expect(readLoadRequest("load")).toBeUndefined();
  });

  it("reads each kind of worker message and refuses the rest, saying why", () => {
    for (const type of ["progress", "index", "events", "entries", "done", "error"]) {
      const message = { v, type };
      expect(readFromLoadWorker(message)).toBe(message);
    }
    expect(readFromLoadWorker({ v, type: "gossip" })).toBe(
      "the load worker sent a message this page does not understand",
    );
    expect(readFromLoadWorker(null)).toBe("the load worker sent something that is not a message");
    expect(readFromLoadWorker("done")).toBe("the load worker sent something that is not a message");
    expect(readFromLoadWorker({ type: "done" })).toBe(
      `the load worker speaks protocol version undefined, the page ${v}: reload the page`,
    );
  });

  it("cuts batches of exactly EVENT_BATCH, and batches only lists longer than one", () => {
    const base = usColombia();
    const template = base.events[0];
    if (!template) throw new Error("no events");
    const events = Array.from({ length: EVENT_BATCH }, (_, i) => ({ ...template, id: `e${i}` }));
    const topics = Array.from({ length: EVENT_BATCH }, (_, i) => ({ id: `t${i}`, label: "t" }));
    const dataset: Dataset = { ...base, events, topics };
    const { entries, rest } = inBatches(dataset);
    expect([...eventBatches(events, false)]).toHaveLength(1);
    expect([...eventBatches([...events, template], false)]).toHaveLength(2);
    expect(entries).toEqual([]);
    expect(rest.topics).toHaveLength(EVENT_BATCH);
    expect(rest.events).toEqual([]);
    expect([...eventBatches([], true)]).toEqual([]);
  });

  it("folds the batches' search texts only when asked, for a dataset long enough to use them", () => {
    const template = usColombia().events[0];
    if (!template) throw new Error("no events");
    const many = (n: number) => Array.from({ length: n }, (_, i) => ({ ...template, id: `e${i}` }));
    const folded = (n: number, search: boolean) =>
      [...eventBatches(many(n), search)].map((batch) => batch.search !== undefined);
    expect(folded(SEARCH_TEXT_MIN, true)).toEqual([true, true]);
    expect(folded(SEARCH_TEXT_MIN - 1, true)).toEqual([false, false]);
    expect(folded(SEARCH_TEXT_MIN, false)).toEqual([false, false]);
    const [first] = eventBatches(many(SEARCH_TEXT_MIN), true);
    expect(JSON.parse(first?.json ?? "[]")).toHaveLength(EVENT_BATCH);
    expect(first?.search?.starts).toHaveLength(EVENT_BATCH + 1);
  });

  it("posts no index when none is given", () => {
    const posted: FromLoadWorker["type"][] = [];
    postOutcome((message) => posted.push(message.type), {
      kind: "loaded",
      dataset: usColombia(),
      timings: { fetchMs: 0, parseMs: 0, validateMs: 0 },
    });
    expect(posted).toEqual(["events", "done"]);
  });
});

/** A worker's error event (Node has no ErrorEvent): an event with a message. */
const errorEvent = (message: string): Event => Object.assign(new Event("error"), { message });

describe("the worker importer, with a worker that misbehaves", () => {
  const request = { source: { kind: "url" as const, url: "data/x.tsv" }, options: {} };

  it("numbers its jobs, sends a relative address as given without a page, and ignores other jobs' messages", async () => {
    const workers: FakeWorker[] = [];
    const importer = createWorkerImporter(() => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    });
    importer.start(request, () => {});
    const progress = vi.fn();
    const second = importer.start(request, progress);
    expect(workers.map((w) => (w.posted[0] as { id: number }).id)).toEqual([1, 2]);
    expect((workers[1]?.posted[0] as { request: unknown }).request).toEqual(request);
    const worker = workers[1] ?? new FakeWorker();
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "error", id: 1, message: "not mine" });
    const p = { bytes: 1, totalBytes: null, rows: 0, unit: "lines", format: null };
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "progress", id: 1, progress: p });
    expect(progress).not.toHaveBeenCalled();
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "progress", id: 2, progress: p });
    expect(progress).toHaveBeenCalledWith(p);
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "error", id: 2, message: "out of memory" });
    const outcome = await second.outcome;
    expect(outcome.kind === "failed" && outcome.report.problems[0]?.message).toBe(
      "the import worker failed (out of memory)",
    );
    expect(worker.terminated).toBe(true);
  });

  it("passes a failed outcome on as it came", async () => {
    const worker = new FakeWorker();
    const job = createWorkerImporter(() => worker as unknown as Worker).start(request, () => {});
    const failed = {
      kind: "failed",
      format: "csv",
      report: { format: "csv", eventsTaken: 0, skipped: [], warnings: [], problems: [] },
    };
    worker.answer({ v: IMPORT_PROTOCOL_VERSION, type: "done", id: 1, outcome: failed });
    expect(await job.outcome).toEqual(failed);
  });

  it("says when the worker cannot start, fails outside the protocol, or sends unreadable data", async () => {
    const cannot = createWorkerImporter(() => {
      throw new Error("forbidden by policy");
    }).start(request, () => {});
    const refused = await cannot.outcome;
    expect(refused.kind === "failed" && refused.report.problems[0]?.message).toBe(
      "could not start the import worker (forbidden by policy)",
    );

    const silent = new FakeWorker();
    const job = createWorkerImporter(() => silent as unknown as Worker).start(request, () => {});
    silent.dispatchEvent(errorEvent(""));
    const failed = await job.outcome;
    expect(failed.kind === "failed" && failed.report.problems[0]?.message).toBe(
      "the import worker failed (it could not start)",
    );
    expect(silent.terminated).toBe(true);

    const named = new FakeWorker();
    const named1 = createWorkerImporter(() => named as unknown as Worker).start(request, () => {});
    named.dispatchEvent(errorEvent("SyntaxError"));
    const n = await named1.outcome;
    expect(n.kind === "failed" && n.report.problems[0]?.message).toBe(
      "the import worker failed (SyntaxError)",
    );

    const garbled = new FakeWorker();
    const job2 = createWorkerImporter(() => garbled as unknown as Worker).start(request, () => {});
    garbled.dispatchEvent(new Event("messageerror"));
    const unread = await job2.outcome;
    expect(unread.kind === "failed" && unread.report.problems[0]?.message).toBe(
      "the import worker's answer could not be read",
    );
  });
});

describe("image origins", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("reads no origins from JSON that is not an object with the key", () => {
    for (const text of ["null", "3", '"x"', "[]", '{"allowedOrigins": []}'])
      expect(parseImageOrigins(text)).toEqual({ origins: [], warnings: [] });
  });

  it("names each entry it ignores", () => {
    expect(
      parseImageOrigins('{"allowedImageOrigins": ["https://a.example/x", 5, "ftp://b.example"]}'),
    ).toEqual({
      origins: ["https://a.example"],
      warnings: [
        "detente.config.json: ignoring allowedImageOrigins entry 5",
        'detente.config.json: ignoring allowedImageOrigins entry "ftp://b.example"',
      ],
    });
  });

  it("fetches the deployment's file, warns in the console, and reads failures as none", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const fetched = vi.fn(
      async () => new Response('{"allowedImageOrigins": ["https://img.example", 1]}'),
    );
    vi.stubGlobal("fetch", fetched);
    expect(await loadImageOrigins("/config.json")).toEqual(["https://img.example"]);
    expect(fetched).toHaveBeenCalledWith("/config.json", { cache: "no-cache" });
    expect(warn).toHaveBeenCalledWith(
      "Détente: detente.config.json: ignoring allowedImageOrigins entry 1",
    );
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async () =>
          new Response('{"allowedImageOrigins": ["https://img.example"]}', { status: 404 }),
      ),
    );
    expect(await loadImageOrigins("/config.json")).toEqual([]);
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("offline");
      }),
    );
    expect(await loadImageOrigins("/config.json")).toEqual([]);
  });
});

describe("a dataset load's body", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("takes the bytes read as the size when the server gave none, or gave 0", async () => {
    const text = JSON.stringify(usColombia());
    const size = new TextEncoder().encode(text).byteLength;
    for (const headers of [{}, { "content-length": "0" }]) {
      vi.stubGlobal(
        "fetch",
        vi.fn(async () => new Response(text, { headers })),
      );
      const progress = vi.fn();
      const outcome = await readDataset(
        { kind: "url", url: "https://x.example/d.json" },
        bundledGoldsteinTable(),
        progress,
      );
      expect(outcome.kind).toBe("loaded");
      expect(progress).toHaveBeenLastCalledWith({ bytes: size, totalBytes: size });
      expect(progress.mock.calls[0]?.[0]).toEqual({ bytes: expect.any(Number), totalBytes: null });
    }
  });

  it("says why when the fetch itself fails, and trims a status without words", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => {
        throw new TypeError("network down");
      }),
    );
    expect(await readDataset({ kind: "url", url: "x" }, bundledGoldsteinTable())).toEqual({
      kind: "unreachable",
      reason: "network down",
    });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () => new Response("", { status: 500 })),
    );
    expect(await readDataset({ kind: "url", url: "x" }, bundledGoldsteinTable())).toEqual({
      kind: "unreachable",
      reason: "HTTP 500",
    });
  });

  it("reports an object's problems without lines: there is no text to find them in", async () => {
    const outcome = await readDataset(
      { kind: "value", value: { ...usColombia(), title: 5 } },
      bundledGoldsteinTable(),
    );
    expect(outcome.kind).toBe("invalid");
    if (outcome.kind !== "invalid") return;
    expect(outcome.problems.find((p) => p.path === "title")?.line).toBeUndefined();
  });
});

describe("the encoding warning", () => {
  it("says nothing about a text without replacement characters", () => {
    const log = new ImportLog();
    warnReplacementChars(log, "plain text");
    expect(log.report("csv", 0).warnings).toEqual([]);
  });
});
