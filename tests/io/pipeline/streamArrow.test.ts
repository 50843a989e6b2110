/**
 * The import path (file picker, drop, `?src=`) tells Détente's Arrow form by its first bytes,
 * reads it as bytes and reports it like Détente JSON; other files go on as text, untouched.
 */
import { serializeArrow } from "../../../src/io/arrow/serialize.ts";
import { serializeDataset } from "../../../src/io/detente/serialize.ts";
import { detectFormat, importText } from "../../../src/io/pipeline/detect.ts";
import type { ImportProgress } from "../../../src/io/pipeline/protocol.ts";
import { importStream, type FinishedOutcome } from "../../../src/io/pipeline/stream.ts";
import { usColombia } from "../../helpers/render.tsx";
import { goldstein } from "../fixtures.ts";

function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array<ArrayBuffer>> {
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
  bytes: Uint8Array,
  name: string,
  size: number,
  options = {},
): Promise<{ outcome: FinishedOutcome; progress: ImportProgress[] }> {
  const progress: ImportProgress[] = [];
  const outcome = await importStream(
    { stream: chunked(bytes, size), totalBytes: bytes.length, name },
    options,
    { goldstein, onProgress: (p) => progress.push(p) },
  );
  return { outcome, progress };
}

describe("importing Détente Arrow", () => {
  const dataset = usColombia();
  const arrow = serializeArrow(dataset);

  it.each([64, 4096, 1 << 22])("in chunks of %i bytes, whatever its name", async (size) => {
    const { outcome, progress } = await run(arrow, "events.bin", size);
    expect(outcome.kind).toBe("imported");
    if (outcome.kind !== "imported") return;
    expect(outcome.format).toBe("detente-arrow");
    expect(outcome.dataset).toEqual(dataset);
    expect(outcome.report).toEqual({
      format: "detente-arrow",
      eventsTaken: dataset.events.length,
      skipped: [],
      warnings: [],
      problems: [],
    });
    expect(progress.at(-1)).toMatchObject({ bytes: arrow.length, format: "detente-arrow" });
  });

  it("reports its problems like Détente JSON's", async () => {
    const events = dataset.events.map((e, i) => (i === 12 ? { ...e, topics: ["nowhere"] } : e));
    const { outcome } = await run(serializeArrow({ ...dataset, events }), "x.arrow", 4096);
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.report.problems).toEqual([
      { path: "events[12].topics[0]", message: expect.stringMatching(/^unknown topic "nowhere"/) },
    ]);
  });

  it("JSON still goes the text way, in any chunks", async () => {
    const json = new TextEncoder().encode(serializeDataset(dataset));
    for (const size of [1, 3, 997]) {
      const { outcome } = await run(json, "x.arrow", size);
      expect(outcome.kind === "imported" && outcome.format).toBe("detente-json");
      expect(outcome.kind === "imported" && outcome.dataset).toEqual(dataset);
    }
  });

  it("a short text file shorter than the magic", async () => {
    const { outcome } = await run(new TextEncoder().encode("a,b\n"), "x.csv", 1);
    expect(outcome.kind).not.toBe("imported");
  });

  it("a file forced to Arrow that is not Arrow says so", async () => {
    const json = new TextEncoder().encode(serializeDataset(dataset));
    const { outcome } = await run(json, "x.json", 997, { format: "detente-arrow" });
    expect(outcome.kind).toBe("failed");
    expect(outcome.kind === "failed" && outcome.report.problems[0]?.message).toMatch(
      /not a readable Arrow/,
    );
  });

  it("detection by text and by name, and Arrow given as text is refused with a reason", () => {
    expect(detectFormat("ARROW1\u0000\u0000garbage")).toBe("detente-arrow");
    expect(detectFormat("\u0000\u0001", "events.arrow")).toBe("detente-arrow");
    const result = importText("ARROW1\u0000\u0000garbage", { goldstein });
    expect(result.ok).toBe(false);
    expect(result.report.format).toBe("detente-arrow");
    expect(result.report.problems[0]?.message).toMatch(/read as bytes, not as text/);
  });
});
