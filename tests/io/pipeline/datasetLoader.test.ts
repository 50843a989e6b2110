/**
 * Loading a dataset the page's way (io/pipeline/datasetLoader.ts): in a worker when there is one, on the
 * page otherwise. The worker here is a stand-in that runs the real worker's steps (read,
 * validate, index, post in batches) and delivers each message as a structured clone, so the
 * page side's reassembly is tested as it runs in a browser.
 */
import { foldText, queryMatcher } from "../../../src/model/filters.ts";
import { filterByText } from "../../../src/model/searchText.ts";
import { loadDataset, type LoadOutcome } from "../../../src/io/pipeline/datasetLoader.ts";
import {
  EVENT_BATCH,
  postOutcome,
  readLoadRequest,
  type FromLoadWorker,
} from "../../../src/io/pipeline/loadProtocol.ts";
import { readDataset } from "../../../src/io/pipeline/readDataset.ts";
import { indexEvents } from "../../../src/model/eventIndex.ts";
import { resolveEvents } from "../../../src/model/events.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { usColombia } from "../../helpers/render.tsx";

const URL_OF_DATA = "https://example.org/data.json";

/**
 * The bundled dataset grown to `count` events, every one valid. Its corrections go: they name
 * events of the real record, which the copies replace.
 */
function manyEvents(count: number): Dataset {
  // Corrections and translations name the bundled events, which these replace.
  const { corrections, translations, ...base } = usColombia();
  const template = base.events[0];
  if (!template) throw new Error("dataset has no events");
  const events = Array.from({ length: count }, (_, i) => ({
    ...template,
    id: `event-${i}`,
    date: `20${String(10 + (i % 15))}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
  }));
  return { ...base, events };
}

function serve(body: string, init: ResponseInit = {}): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => new Response(body, init)),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A worker stand-in: the real worker's steps, messages delivered as structured clones. */
function fakeWorker(): {
  create: () => Worker;
  messages: FromLoadWorker[];
  terminated: () => boolean;
} {
  const messages: FromLoadWorker[] = [];
  let terminated = false;
  const create = (): Worker => {
    const listeners: ((event: MessageEvent<unknown>) => void)[] = [];
    const deliver = (message: FromLoadWorker): void => {
      messages.push(message);
      const data = structuredClone(message);
      setTimeout(() => {
        if (!terminated) for (const listener of listeners) listener({ data } as MessageEvent);
      });
    };
    return {
      addEventListener(type: string, listener: (event: MessageEvent<unknown>) => void) {
        if (type === "message") listeners.push(listener);
      },
      postMessage(data: unknown) {
        const request = readLoadRequest(structuredClone(data));
        if (!request) throw new Error("not a load request");
        const goldstein = bundledGoldsteinTable();
        void readDataset(request.source, goldstein).then((outcome) =>
          postOutcome(
            deliver,
            outcome,
            outcome.kind === "loaded" ? indexEvents(outcome.dataset, goldstein) : undefined,
          ),
        );
      },
      terminate() {
        terminated = true;
      },
    } as unknown as Worker;
  };
  return { create, messages, terminated: () => terminated };
}

describe("loading a dataset through the load worker", () => {
  beforeEach(() => {
    // jsdom has no Worker: any constructor makes the loader take its worker path (the stand-in
    // above is what it then creates).
    vi.stubGlobal("Worker", function Worker() {});
  });

  it("receives the events in batches and puts the dataset back together, in order", async () => {
    const dataset = manyEvents(2 * EVENT_BATCH + 17);
    serve(JSON.stringify(dataset));
    const worker = fakeWorker();
    const outcome = await loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, worker.create)
      .outcome;
    if (outcome.kind !== "loaded") throw new Error(`not loaded: ${outcome.kind}`);
    expect(outcome.dataset).toEqual(dataset);
    expect(worker.messages.filter((m) => m.type === "events")).toHaveLength(3);
    expect(worker.terminated()).toBe(true);
    // The page adopted the worker's index: its events come resolved, in time order.
    const events = resolveEvents(outcome.dataset, bundledGoldsteinTable());
    expect(events).toHaveLength(dataset.events.length);
    expect(events.every((e, i) => i === 0 || (events[i - 1]?.startMs ?? 0) <= e.startMs)).toBe(
      true,
    );
    // The worker folded each batch's search texts; the page searches through them, not event by
    // event (a per-event test that throws is never asked), and finds what that test would.
    const batches = worker.messages.filter((m) => m.type === "events");
    expect(batches.every((m) => m.search !== undefined)).toBe(true);
    const query = dataset.events[5]?.title ?? "";
    const found = filterByText(events, foldText(query), () => {
      throw new Error("searched event by event");
    });
    expect(found).toEqual(events.filter(queryMatcher(query)));
    expect(found.length).toBeGreaterThan(0);
  });

  it("sends a long source list in batches, each message short, and rebuilds it in order", async () => {
    const base = manyEvents(EVENT_BATCH + 5);
    // A source per event, as a CSV of linked rows gives: more sources than one batch holds.
    const dataset: Dataset = {
      ...base,
      sources: [
        ...base.sources,
        ...base.events.map((e) => ({ id: `report-${e.id}`, title: e.title, publisher: "Wire" })),
      ],
      events: base.events.map((e) => ({
        ...e,
        citations: [...e.citations, { source: `report-${e.id}` }],
      })),
    };
    serve(JSON.stringify(dataset));
    const worker = fakeWorker();
    const outcome = await loadDataset({ kind: "url", url: URL_OF_DATA }, undefined, worker.create)
      .outcome;
    if (outcome.kind !== "loaded") throw new Error(`not loaded: ${outcome.kind}`);
    expect(outcome.dataset).toEqual(dataset);
    expect(worker.messages.map((m) => m.type)).toEqual([
      "index",
      "events",
      "events",
      "entries",
      "entries",
      "done",
    ]);
    const done = worker.messages.at(-1);
    if (done?.type !== "done" || done.outcome.kind !== "loaded") throw new Error("no outcome");
    expect(done.outcome.dataset.sources).toEqual([]);
    expect(done.outcome.dataset.topics).toEqual(dataset.topics);
  });

  it("reports an invalid dataset's problems with the line of the event", async () => {
    const dataset = manyEvents(3);
    const broken = {
      ...dataset,
      events: dataset.events.map((e, i) => (i === 2 ? { ...e, date: "2025-02-30" } : e)),
    };
    serve(JSON.stringify(broken, null, 2));
    const outcome = await loadDataset(
      { kind: "url", url: URL_OF_DATA },
      undefined,
      fakeWorker().create,
    ).outcome;
    if (outcome.kind !== "invalid") throw new Error(`not invalid: ${outcome.kind}`);
    const problem = outcome.problems.find((p) => p.path.startsWith("events[2]"));
    expect(problem?.message).toMatch(/2025-02/);
    expect(problem?.line).toBeGreaterThan(1);
  });

  it("stops hearing a cancelled load", async () => {
    serve(JSON.stringify(manyEvents(10)));
    const worker = fakeWorker();
    const progress = vi.fn();
    const load = loadDataset({ kind: "url", url: URL_OF_DATA }, progress, worker.create);
    load.cancel();
    let settled = false;
    void load.outcome.then(() => (settled = true));
    // The worker finishes its work regardless: once it has posted its last message, and the
    // tasks that would have delivered it have run, the outcome would have settled if heard.
    await vi.waitFor(() => expect(worker.messages.at(-1)?.type).toBe("done"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toBe(false);
    expect(worker.terminated()).toBe(true);
    expect(progress).not.toHaveBeenCalled();
  });
});

describe("loading a dataset where no worker can run", () => {
  it("loads on the page, with progress up to the whole body", async () => {
    const text = JSON.stringify(usColombia());
    serve(text);
    const progress = vi.fn();
    const outcome: LoadOutcome = await loadDataset({ kind: "url", url: URL_OF_DATA }, progress)
      .outcome;
    expect(outcome.kind).toBe("loaded");
    expect(progress).toHaveBeenLastCalledWith({
      bytes: new TextEncoder().encode(text).byteLength,
      totalBytes: new TextEncoder().encode(text).byteLength,
    });
  });

  it("says why when the address cannot be read", async () => {
    serve("gone", { status: 404, statusText: "Not Found" });
    const outcome = await loadDataset({ kind: "url", url: URL_OF_DATA }).outcome;
    expect(outcome).toEqual({ kind: "unreachable", reason: "HTTP 404 Not Found" });
  });

  it("locates malformed JSON", async () => {
    serve('{\n  "id": "x",\n  oops\n}');
    const outcome = await loadDataset({ kind: "url", url: URL_OF_DATA }).outcome;
    if (outcome.kind !== "invalid") throw new Error(`not invalid: ${outcome.kind}`);
    expect(outcome.problems[0]?.line).toBe(3);
  });
});
