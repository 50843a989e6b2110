/**
 * The import worker's hand-off, through the page's importer: every message stays short (no list
 * of more than one batch in any message), and the page puts the dataset back together exactly.
 */
import { EVENT_BATCH } from "../../../src/io/pipeline/loadProtocol.ts";
import { PACE_FROM_EVENTS } from "../../../src/io/pipeline/pacedQueue.ts";
import { postImported } from "../../../src/io/pipeline/postImported.ts";
import { failedOutcome } from "../../../src/io/pipeline/failedOutcome.ts";
import type { FromWorker } from "../../../src/io/pipeline/protocol.ts";
import { createWorkerImporter } from "../../../src/io/pipeline/workerImporter.ts";
import { indexEvents } from "../../../src/model/eventIndex.ts";
import { resolveEvents } from "../../../src/model/events.ts";
import type { Dataset } from "../../../src/model/schema.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import { filterByText, SEARCH_TEXT_MIN } from "../../../src/model/searchText.ts";
import { announcing, deliveredOnTenMsClock } from "../../helpers/pacing.ts";
import { FakeWorker } from "../../helpers/fakeWorker.ts";

/** A CSV import's shape: every row its own linked report, so as many sources as events. */
function linkedRows(rows: number): Dataset {
  const sources = Array.from({ length: rows }, (_, i) => ({
    id: `example-org-${i}`,
    title: `https://example.org/news/${i}`,
    publisher: "example.org",
    url: `https://example.org/news/${i}`,
  }));
  return {
    id: "linked-rows",
    title: "Linked rows",
    description: "Rows that each link their own report.",
    parties: [
      { code: "AAA", name: "Side A" },
      { code: "BBB", name: "Side B" },
    ],
    sources,
    topics: [{ id: "trade", label: "trade" }],
    actors: [],
    events: sources.map((source, i) => ({
      id: `row-${i}`,
      title: `Row ${i}`,
      summary: `Row ${i}`,
      // Out of time order, so the index's order matters.
      date: `20${String(10 + (i % 7))}-0${1 + (i % 9)}-1${i % 10}`,
      topics: ["trade"],
      actors: [],
      initiator: "AAA",
      target: "BBB",
      score: (i % 21) - 10,
      citations: [{ source: source.id }],
    })),
  };
}

describe("the import worker's hand-off", () => {
  it("sends a long source list in batches and the page rebuilds the same dataset", async () => {
    const rows = 2 * EVENT_BATCH + 7;
    const dataset = linkedRows(rows);
    const report = (() => {
      const unused = failedOutcome("unused");
      if (unused.kind !== "failed") throw new Error("expected a failed outcome");
      return unused.report;
    })();
    const goldstein = bundledGoldsteinTable();
    const sent: FromWorker[] = [];
    postImported(
      (message) => sent.push(structuredClone(message)),
      1,
      { kind: "imported", format: "csv", dataset: structuredClone(dataset), report },
      indexEvents(dataset, goldstein),
    );

    expect(sent.map((m) => m.type)).toEqual([
      "index",
      "events",
      "events",
      "events",
      "entries",
      "entries",
      "entries",
      "done",
    ]);
    for (const message of sent)
      if (message.type === "events" || message.type === "entries")
        expect((JSON.parse(message.json) as unknown[]).length).toBeLessThanOrEqual(EVENT_BATCH);
    const done = sent.at(-1);
    if (done?.type !== "done" || done.outcome.kind !== "imported") throw new Error("no outcome");
    expect(done.outcome.dataset.sources).toEqual([]);
    expect(done.outcome.dataset.events).toEqual([]);
    // Short lists stay in the outcome.
    expect(done.outcome.dataset.topics).toEqual(dataset.topics);

    const worker = new FakeWorker();
    const job = createWorkerImporter(() => worker as unknown as Worker).start(
      { source: { kind: "url", url: "https://example.org/rows.csv" }, options: {} },
      () => undefined,
    );
    for (const message of sent) worker.answer(message);
    const outcome = await job.outcome;
    if (outcome.kind !== "imported") throw new Error(`not imported: ${outcome.kind}`);
    expect(outcome.dataset).toEqual(dataset);
    // The page adopted the worker's index: the same events, in the same time order.
    const adopted = resolveEvents(outcome.dataset, goldstein);
    const computed = resolveEvents(structuredClone(dataset), goldstein);
    expect(adopted.map((e) => [e.id, e.startMs, e.score])).toEqual(
      computed.map((e) => [e.id, e.startMs, e.score]),
    );
    // And the worker's folded search texts: a search goes through them, not event by event.
    const found = filterByText(adopted, "row 4001", () => {
      throw new Error("searched event by event");
    });
    expect(found.map((e) => e.id)).toEqual(["row-4001"]);
  });

  it("moves each batch's search text's starts rather than copying them, for large imports only", () => {
    const report = (() => {
      const unused = failedOutcome("unused");
      if (unused.kind !== "failed") throw new Error("expected a failed outcome");
      return unused.report;
    })();
    const goldstein = bundledGoldsteinTable();
    const hand = (rows: number) => {
      const dataset = linkedRows(rows);
      const sent: { message: FromWorker; transfer: Transferable[] }[] = [];
      postImported(
        (message, transfer = []) => sent.push({ message, transfer }),
        1,
        { kind: "imported", format: "csv", dataset, report },
        indexEvents(dataset, goldstein),
      );
      return sent.filter(({ message }) => message.type === "events");
    };
    const large = hand(SEARCH_TEXT_MIN);
    expect(large).toHaveLength(2);
    for (const { message, transfer } of large) {
      if (message.type !== "events" || !message.search) throw new Error("no search text");
      expect(transfer).toEqual([message.search.starts.buffer]);
    }
    const small = hand(SEARCH_TEXT_MIN - 1);
    expect(
      small.every(({ message, transfer }) => !("search" in message) && transfer.length === 0),
    ).toBe(true);
  });

  it("rests between heavy batches on the page only when the hand-over is large", async () => {
    const report = (() => {
      const unused = failedOutcome("unused");
      if (unused.kind !== "failed") throw new Error("expected a failed outcome");
      return unused.report;
    })();
    const dataset = linkedRows(EVENT_BATCH + 7);
    const sent: FromWorker[] = [];
    postImported(
      (message) => sent.push(structuredClone(message)),
      1,
      { kind: "imported", format: "csv", dataset: structuredClone(dataset), report },
      indexEvents(dataset, bundledGoldsteinTable()),
    );
    /** Hands the messages over, the index announcing `events` events. */
    const handOver = (events: number) =>
      deliveredOnTenMsClock(() => {
        const worker = new FakeWorker();
        const job = createWorkerImporter(() => worker as unknown as Worker).start(
          { source: { kind: "url", url: "https://example.org/rows.csv" }, options: {} },
          () => undefined,
        );
        for (const message of sent) worker.answer(announcing(message, events));
        return job.outcome;
      });
    expect(await handOver(PACE_FROM_EVENTS - 1)).toEqual({ atOnce: true, kind: "imported" });
    expect(await handOver(PACE_FROM_EVENTS)).toEqual({ atOnce: false, kind: "imported" });
  });
});
