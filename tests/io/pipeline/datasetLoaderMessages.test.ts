/**
 * @vitest-environment node (no page: the loader runs on the page's thread unless a test hands
 * it a worker, and a relative address stays as given)
 *
 * The dataset loader's side of the load worker, message by message (a scripted worker stands
 * in), its fallbacks to the page's thread, and the small functions around it: an outcome as a
 * Result, checking an object, and the validator loaded for synchronous checks.
 */
import {
  checkDataset,
  loadDataset,
  outcomeResult,
  type LoadOutcome,
} from "../../../src/io/pipeline/datasetLoader.ts";
import {
  EVENT_BATCH,
  LOAD_PROTOCOL_VERSION,
  postOutcome,
  type FromLoadWorker,
} from "../../../src/io/pipeline/loadProtocol.ts";
import { PACE_FROM_EVENTS } from "../../../src/io/pipeline/pacedQueue.ts";
import { indexEvents } from "../../../src/model/eventIndex.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";
import { announcing, deliveredOnTenMsClock } from "../../helpers/pacing.ts";
import { usColombia } from "../../helpers/render.tsx";

const v = LOAD_PROTOCOL_VERSION;
const URL_OF_DATA = "https://example.org/data.json";

/** A worker whose answers the test writes; it records what it was sent and if it was ended. */
function scripted() {
  const listeners = new Map<string, ((event: unknown) => void)[]>();
  const state = { posted: [] as unknown[], terminated: 0 };
  const worker = {
    addEventListener(type: string, listener: (event: unknown) => void) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
    postMessage(data: unknown) {
      state.posted.push(data);
    },
    terminate() {
      state.terminated++;
    },
  };
  const emit = (data: unknown): void => {
    for (const listener of listeners.get("message") ?? []) listener({ data });
  };
  const fail = (message: string): void => {
    for (const listener of listeners.get("error") ?? [])
      listener({ message, preventDefault: () => undefined });
  };
  return { create: () => worker as unknown as Worker, emit, fail, state };
}

function serve(body: string): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body)),
  );
}

describe("the loader and its worker, message by message", () => {
  beforeEach(() => {
    vi.stubGlobal("Worker", function Worker() {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("sends the request with the address as given when there is no page", () => {
    const worker = scripted();
    loadDataset({ kind: "url", url: "data/x.json" }, undefined, worker.create);
    expect(worker.state.posted).toEqual([
      { v, type: "load", source: { kind: "url", url: "data/x.json" } },
    ]);
  });

  it("passes progress on, and settles on a failed outcome as it came", async () => {
    const worker = scripted();
    const progress = vi.fn();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, progress, worker.create);
    worker.emit({ v, type: "progress", progress: { bytes: 10, totalBytes: 40 } });
    expect(progress).toHaveBeenCalledWith({ bytes: 10, totalBytes: 40 });
    const invalid: LoadOutcome = {
      kind: "invalid",
      problems: [{ path: "events[0].date", message: "bad" }],
    };
    worker.emit({ v, type: "done", outcome: invalid });
    expect(await load.outcome).toEqual(invalid);
    expect(worker.state.terminated).toBe(1);
  });

  it("stops at a message of another version, or the worker's own error message", async () => {
    const stale = scripted();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, stale.create);
    stale.emit({ v: v + 1, type: "done" });
    expect(await load.outcome).toEqual({
      kind: "unreachable",
      reason: `the load worker speaks protocol version ${v + 1}, the page ${v}: reload the page`,
    });
    const broken = scripted();
    const second = loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, broken.create);
    broken.emit({ v, type: "error", message: "out of memory" });
    expect(await second.outcome).toEqual({
      kind: "unreachable",
      reason: "the load worker failed (out of memory)",
    });
  });

  it("loads on the page when the worker fails before saying anything", async () => {
    serve(JSON.stringify(usColombia()));
    const worker = scripted();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, worker.create);
    worker.fail("blocked by the Content-Security-Policy");
    const outcome = await load.outcome;
    expect(outcome.kind).toBe("loaded");
    expect(worker.state.terminated).toBeGreaterThanOrEqual(1);
  });

  it("reports a worker that fails after it has spoken", async () => {
    const worker = scripted();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, worker.create);
    worker.emit({ v, type: "progress", progress: { bytes: 1, totalBytes: null } });
    worker.fail("script error");
    expect(await load.outcome).toEqual({
      kind: "unreachable",
      reason: "the load worker failed (script error)",
    });
  });

  it("loads on the page when no worker can be made", async () => {
    serve(JSON.stringify(usColombia()));
    const outcome = await loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, () => {
      throw new Error("workers are forbidden here");
    }).outcome;
    expect(outcome.kind).toBe("loaded");
  });

  it("hears nothing more once cancelled", async () => {
    const worker = scripted();
    const progress = vi.fn();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, progress, worker.create);
    load.cancel();
    expect(worker.state.terminated).toBe(1);
    worker.emit({ v, type: "progress", progress: { bytes: 1, totalBytes: null } });
    expect(progress).not.toHaveBeenCalled();
  });
});

describe("outcomes as Results, and checks of objects", () => {
  it("turns each kind of outcome into a Result", () => {
    const dataset = usColombia();
    expect(
      outcomeResult({
        kind: "loaded",
        dataset,
        timings: { fetchMs: 0, parseMs: 0, validateMs: 0 },
      }),
    ).toEqual({ ok: true, value: dataset });
    expect(
      outcomeResult({ kind: "invalid", problems: [{ path: "title", message: "missing" }] }),
    ).toEqual({ ok: false, error: [{ path: "title", message: "missing" }] });
    expect(outcomeResult({ kind: "unreachable", reason: "HTTP 404 Not Found" })).toEqual({
      ok: false,
      error: [{ path: "(request)", message: "HTTP 404 Not Found" }],
    });
  });

  it("checks an object like a file", async () => {
    const dataset = usColombia();
    const good = await checkDataset(dataset);
    expect(good.ok).toBe(true);
    const bad = await checkDataset({ ...dataset, title: 5 });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.map((p) => p.path)).toContain("title");
  });

  it("checks synchronously once the validator is loaded, and not before", async () => {
    vi.resetModules();
    const fresh = await import("../../../src/io/pipeline/datasetLoader.ts");
    expect(fresh.validationLoaded()).toBe(false);
    expect(fresh.validateLoaded(usColombia())).toBeUndefined();
    await fresh.loadValidation();
    expect(fresh.validationLoaded()).toBe(true);
    expect(fresh.validateLoaded(usColombia())?.ok).toBe(true);
    expect(fresh.validateLoaded({})?.ok).toBe(false);
    vi.resetModules();
  });
});

describe("the loader's hand-over pacing", () => {
  beforeEach(() => {
    vi.stubGlobal("Worker", function Worker() {});
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("rests between heavy batches only when the index announces a large load", async () => {
    const events = Array.from({ length: EVENT_BATCH + 7 }, (_, i) =>
      sampleEvent({ id: `event-${i}`, date: "2025-03-01" }),
    );
    const dataset = smallDataset(events);
    const sent: FromLoadWorker[] = [];
    postOutcome(
      (message) => sent.push(structuredClone(message)),
      { kind: "loaded", dataset, timings: { fetchMs: 0, parseMs: 0, validateMs: 0 } },
      indexEvents(dataset, bundledGoldsteinTable()),
    );
    /** Delivers the messages, the index announcing `events` events. */
    const deliver = (events: number) =>
      deliveredOnTenMsClock(() => {
        const worker = scripted();
        const load = loadDataset({ kind: "url", url: URL_OF_DATA }, () => undefined, worker.create);
        for (const message of sent) worker.emit(announcing(message, events));
        return load.outcome;
      });
    expect(await deliver(PACE_FROM_EVENTS - 1)).toEqual({ atOnce: true, kind: "loaded" });
    expect(await deliver(PACE_FROM_EVENTS)).toEqual({ atOnce: false, kind: "loaded" });
  });
});
