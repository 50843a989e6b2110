/**
 * The load path (bundled dataset, embed page, `src`) opens Détente's Arrow form wherever it opens
 * Détente JSON: told apart by the first bytes, whatever the address is called or however the
 * bytes arrive.
 */
import { serializeArrow } from "../../../src/io/arrow/serialize.ts";
import { serializeDataset } from "../../../src/io/detente/serialize.ts";
import { readDataset } from "../../../src/io/pipeline/readDataset.ts";
import { bundledGoldsteinTable } from "../../../src/model/goldsteinBundled.ts";
import { usColombia } from "../../helpers/render.tsx";

const goldstein = bundledGoldsteinTable();

/** A response whose body arrives in chunks of `size` bytes. */
function chunked(bytes: Uint8Array, size: number): Response {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
  return new Response(stream);
}

function serve(response: () => Response): void {
  vi.stubGlobal(
    "fetch",
    vi.fn(async () => response()),
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("readDataset and Détente Arrow", () => {
  const dataset = usColombia();
  const arrow = serializeArrow(dataset);

  it.each([64, 4096, 1 << 20])("opens Arrow arriving in chunks of %i bytes", async (size) => {
    serve(() => chunked(arrow, size));
    const outcome = await readDataset({ kind: "url", url: "/data/anything.json" }, goldstein);
    expect(outcome.kind).toBe("loaded");
    if (outcome.kind !== "loaded") return;
    expect(outcome.dataset).toEqual(dataset);
  });

  it.each([1, 5, 1 << 20])("still opens JSON in chunks of %i bytes", async (size) => {
    serve(() => chunked(new TextEncoder().encode(serializeDataset(dataset)), size));
    const outcome = await readDataset({ kind: "url", url: "/data/us-colombia.arrow" }, goldstein);
    expect(outcome.kind === "loaded" && outcome.dataset).toEqual(dataset);
  });

  it("reports an invalid Arrow dataset by JSON-like paths, without lines", async () => {
    const events = dataset.events.map((e, i) => (i === 2 ? { ...e, date: "2025-02-30" } : e));
    serve(() => new Response(serializeArrow({ ...dataset, events })));
    const outcome = await readDataset({ kind: "url", url: "/x.arrow" }, goldstein);
    expect(outcome).toEqual({
      kind: "invalid",
      problems: [
        { path: "events[2].date", message: expect.stringMatching(/2025-02-30|February|day/) },
      ],
    });
  });

  it("reports a truncated Arrow file as invalid, not as a crash", async () => {
    serve(() => new Response(arrow.slice(0, 200)));
    const outcome = await readDataset({ kind: "url", url: "/x.arrow" }, goldstein);
    expect(outcome.kind).toBe("invalid");
  });

  it("a tiny JSON body shorter than the magic", async () => {
    serve(() => new Response("[]"));
    const outcome = await readDataset({ kind: "url", url: "/x.json" }, goldstein);
    expect(outcome.kind).toBe("invalid");
  });
});
