/**
 * Event data through the streaming import (what the worker runs): the reader's pair arrives as
 * two codes in the request and reaches every importer; pairs come back with the outcome.
 */
import { importStream, type FinishedOutcome } from "../../../src/io/pipeline/stream.ts";
import type { ImportRequestOptions } from "../../../src/io/pipeline/protocol.ts";
import { readPartyCodes } from "../../../src/io/eventdata/partyCodes.ts";
import { fixture, goldstein } from "../fixtures.ts";

function run(
  text: string,
  name: string,
  options: ImportRequestOptions = {},
): Promise<FinishedOutcome> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  const stream = new ReadableStream<Uint8Array<ArrayBuffer>>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 701));
      at += 701;
    },
  });
  return importStream({ stream, totalBytes: bytes.length, name }, options, {
    goldstein,
    onProgress: () => undefined,
  });
}

const gdelt = fixture("gdelt/gdelt2-events-sample.tsv");

describe("event data through the stream", () => {
  it("GDELT: the default pair, and the pairs with counts", async () => {
    const outcome = await run(gdelt, "events.tsv");
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.dataset.parties.map((p) => p.name)).toEqual(["Belarus", "Zimbabwe"]);
    expect(outcome.pairs?.map((p) => p.events)).toEqual([3, 3, 2, 1]);
  });

  it("GDELT: the reader's pair, named from the country table", async () => {
    const outcome = await run(gdelt, "events.tsv", { parties: ["GBR", "CAN"] });
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.dataset.parties).toEqual([
      { code: "GBR", name: "United Kingdom" },
      { code: "CAN", name: "Canada" },
    ]);
    expect(outcome.dataset.title).toBe("GDELT events between United Kingdom and Canada");
    expect(outcome.pairs).toHaveLength(4);
  });

  it("refuses a region or organisation as a party, saying why", async () => {
    const outcome = await run(gdelt, "events.tsv", { parties: ["AFR", "ZAF"] });
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.report.problems[0]?.message).toMatch(/AFR is not a country code/);
  });

  it("ICEWS: the reader's pair reaches the importer", async () => {
    const text = fixture("icews/events.2018.sample.head.tab");
    const outcome = await run(text, "events.tab", { parties: ["KOR", "PRK"] });
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.format).toBe("icews");
    expect(outcome.dataset.events.map((e) => [e.initiator, e.target])).toEqual([["PRK", "KOR"]]);
  });

  it("ACLED: the types used and the reader's mapping travel with the import", async () => {
    const text = fixture("acled/handmade-acled.csv");
    const outcome = await run(text, "acled.csv", { acledMapping: { "Armed clash": "18" } });
    if (outcome.kind !== "imported") throw new Error(outcome.kind);
    expect(outcome.acledTypes?.find((t) => t.subEventType === "Armed clash")?.root).toBe("18");
  });
});

describe("readPartyCodes", () => {
  it("reads two three-letter codes, any case and separator; nothing else", () => {
    expect(readPartyCodes("USA,COL")).toEqual(["USA", "COL"]);
    expect(readPartyCodes(" usa  col ")).toEqual(["USA", "COL"]);
    expect(readPartyCodes("USA")).toBeUndefined();
    expect(readPartyCodes("USA,COL,VEN")).toBeUndefined();
    expect(readPartyCodes("US,CO")).toBeUndefined();
    expect(readPartyCodes(null)).toBeUndefined();
  });
});
