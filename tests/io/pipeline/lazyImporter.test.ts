/**
 * The importer the app starts with loads the worker importer with the first import: it must pass
 * that import through unchanged, answer a cancel at once whenever it comes, and turn a chunk that
 * cannot load into a failed import (with a report), asked for again by the next import.
 */
import { createLazyImporter } from "../../../src/io/pipeline/lazyImporter.ts";
import type { Importer, ImportJob } from "../../../src/io/pipeline/importer.ts";
import type {
  ImportOutcome,
  ImportProgress,
  ImportRequest,
} from "../../../src/io/pipeline/protocol.ts";

const REQUEST: ImportRequest = {
  source: { kind: "url", url: "https://example.org/a.csv" },
  options: {},
};
const PROGRESS: ImportProgress = { bytes: 10, totalBytes: 20 } as ImportProgress;
const DONE = {
  kind: "failed",
  format: "csv",
  report: { format: "csv" },
} as unknown as ImportOutcome;

/** A stand-in for the worker importer: records its starts and cancels, settles when told. */
function fakeImporter() {
  const starts: ImportRequest[] = [];
  let cancels = 0;
  let settle: (outcome: ImportOutcome) => void = () => undefined;
  const importer: Importer = {
    start(request, onProgress): ImportJob {
      starts.push(request);
      onProgress(PROGRESS);
      return {
        outcome: new Promise((resolve) => (settle = resolve)),
        cancel: () => {
          cancels++;
          settle({ kind: "cancelled" });
        },
      };
    },
  };
  return { importer, starts, cancels: () => cancels, settle: (o: ImportOutcome) => settle(o) };
}

describe("the importer loaded with the first import", () => {
  it("loads nothing until an import starts, then once, and passes each import through", async () => {
    const fake = fakeImporter();
    const load = vi.fn(() => Promise.resolve(fake.importer));
    const importer = createLazyImporter(load);
    expect(load).not.toHaveBeenCalled();
    const progress: ImportProgress[] = [];
    const job = importer.start(REQUEST, (p) => progress.push(p));
    await vi.waitFor(() => expect(fake.starts).toEqual([REQUEST]));
    expect(progress).toEqual([PROGRESS]);
    fake.settle(DONE);
    await expect(job.outcome).resolves.toBe(DONE);
    const again = importer.start(REQUEST, () => undefined);
    await vi.waitFor(() => expect(fake.starts).toHaveLength(2));
    fake.settle(DONE);
    await expect(again.outcome).resolves.toBe(DONE);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("answers a cancel before the code is in at once, and never starts that import", async () => {
    const fake = fakeImporter();
    let loaded: (importer: Importer) => void = () => undefined;
    const importer = createLazyImporter(() => new Promise((resolve) => (loaded = resolve)));
    const job = importer.start(REQUEST, () => undefined);
    job.cancel();
    await expect(job.outcome).resolves.toEqual({ kind: "cancelled" });
    loaded(fake.importer);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fake.starts).toEqual([]);
  });

  it("cancels the running import itself once it has started", async () => {
    const fake = fakeImporter();
    const importer = createLazyImporter(() => Promise.resolve(fake.importer));
    const job = importer.start(REQUEST, () => undefined);
    await vi.waitFor(() => expect(fake.starts).toHaveLength(1));
    job.cancel();
    await expect(job.outcome).resolves.toEqual({ kind: "cancelled" });
    expect(fake.cancels()).toBe(1);
  });

  it("fails the import with a report when the code cannot load, and loads again next time", async () => {
    const fake = fakeImporter();
    const load = vi
      .fn<() => Promise<Importer>>()
      .mockRejectedValueOnce(new Error("network down"))
      .mockResolvedValue(fake.importer);
    const importer = createLazyImporter(load);
    const outcome = await importer.start(REQUEST, () => undefined).outcome;
    expect(outcome.kind).toBe("failed");
    if (outcome.kind !== "failed") return;
    expect(outcome.report.problems).toEqual([
      { path: "(file)", message: "the importer could not be loaded (network down)" },
    ]);
    const job = importer.start(REQUEST, () => undefined);
    await vi.waitFor(() => expect(fake.starts).toHaveLength(1));
    fake.settle(DONE);
    await expect(job.outcome).resolves.toBe(DONE);
    expect(load).toHaveBeenCalledTimes(2);
  });
});
