/**
 * Import throughput, part of `npm run bench`: a synthetic GDELT 2.0 export (tests/bench/gdelt.ts,
 * 1,000,000 rows by default) is chosen in a file input on the bench's import page, which imports
 * it with the app's own Web Worker importer (src/io/pipeline/workerImporter.ts), exactly as "Open data…"
 * does. Measured: wall time from choosing the file to the outcome on the page, MB/s and rows/s,
 * the worker's peak JS heap (Runtime.getHeapUsage on the worker's own DevTools session, sampled
 * every 100 ms), the page's heap afterwards, and the page's longest frame gap meanwhile (the page
 * must stay responsive). With --profile, the worker is CPU-profiled and its hottest functions
 * printed. A warm-up import of a small file comes first, so the measured run does not pay for
 * compiling the worker script.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser, CDPSession, Page } from "playwright-core";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { writeSyntheticGdelt } from "./gdelt.ts";
import type { ImportBenchState } from "./page/import.ts";

export const IMPORT_TARGET_MB_PER_S = 30;
const SAMPLE_MS = 100;
const IMPORT_TIMEOUT_MS = Number(process.env["BENCH_IMPORT_TIMEOUT_MS"] ?? 600_000);

export interface ImportBenchResult {
  format: "GDELT 2.0 export (61 columns)";
  rows: number;
  fileMB: number;
  status: "ok" | "error" | "timeout";
  ms: number | null;
  mbPerSecond: number | null;
  rowsPerSecond: number | null;
  /** Peak of the worker's used JS heap, sampled every 100 ms. */
  peakWorkerHeapMB: number | null;
  /** The page's used JS heap after the outcome arrived and a forced GC (the dataset it holds). */
  pageHeapMB: number | null;
  /** Longest gap between the page's animation frames during the import (ms). */
  pageFrameMaxMs: number | null;
  events: number | null;
  skippedRows: number | null;
  progressMessages: number | null;
  target: { mbPerSecond: number };
  notes: string[];
}

interface CdpMessage {
  id?: number;
  method?: string;
  params?: unknown;
  result?: Record<string, unknown>;
  error?: { message: string };
}

/**
 * The page's dedicated workers, reached through DevTools' non-flattened auto-attach (a CDP session
 * from Playwright cannot address a child session directly): commands go in sendMessageToTarget,
 * answers come back in receivedMessageFromTarget.
 */
class WorkerSessions {
  readonly sessions: string[] = [];
  private nextId = 1;
  private readonly pending = new Map<number, (message: CdpMessage) => void>();
  onAttach: (session: string) => Promise<void> = async () => undefined;

  constructor(private readonly cdp: CDPSession) {
    cdp.on("Target.attachedToTarget", (event) => {
      if (event.targetInfo.type !== "worker") return;
      this.sessions.push(event.sessionId);
      void this.onAttach(event.sessionId);
    });
    cdp.on("Target.receivedMessageFromTarget", (event) => {
      const message = JSON.parse(event.message) as CdpMessage;
      if (message.id !== undefined) this.pending.get(message.id)?.(message);
    });
  }

  async start(waitForDebugger: boolean): Promise<void> {
    await this.cdp.send("Target.setAutoAttach", {
      autoAttach: true,
      waitForDebuggerOnStart: waitForDebugger,
      flatten: false,
    });
  }

  send(session: string, method: string, params: object = {}): Promise<CdpMessage> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, (message) => {
        this.pending.delete(id);
        resolve(message);
      });
      this.cdp
        .send("Target.sendMessageToTarget", {
          sessionId: session,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(() => {
          this.pending.delete(id);
          resolve({ error: { message: "worker gone" } });
        });
    });
  }
}

const round = (value: number, digits = 1): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

async function importOnce(
  page: Page,
  path: string,
  workers: WorkerSessions,
): Promise<{ state: ImportBenchState | undefined; peakBytes: number; timedOut: boolean }> {
  let peakBytes = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const session = workers.sessions.at(-1);
      if (session) {
        const answer = await workers.send(session, "Runtime.getHeapUsage");
        const used = answer.result?.["usedSize"];
        if (typeof used === "number") peakBytes = Math.max(peakBytes, used);
      }
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  await page.locator("#file").setInputFiles(path);
  let timedOut = false;
  try {
    await page.waitForFunction(
      () => window.__importBench?.phase === "done" || window.__importBench?.phase === "error",
      undefined,
      { timeout: IMPORT_TIMEOUT_MS, polling: 200 },
    );
  } catch {
    timedOut = true;
  }
  sampling = false;
  await sampler;
  const state = await page.evaluate(() => window.__importBench);
  return { state, peakBytes, timedOut };
}

export async function runImportBench(options: {
  browser: Browser;
  baseUrl: string;
  outDir: string;
  rows: number;
  goldstein: GoldsteinTable;
  profile: boolean;
  /** The driver's profile printer (hottest functions of a CPU profile). */
  hotFunctions: (profile: never) => string[];
  log: (line: string) => void;
}): Promise<ImportBenchResult> {
  const { browser, baseUrl, outDir, rows, goldstein, profile, log } = options;
  const result: ImportBenchResult = {
    format: "GDELT 2.0 export (61 columns)",
    rows,
    fileMB: 0,
    status: "ok",
    ms: null,
    mbPerSecond: null,
    rowsPerSecond: null,
    peakWorkerHeapMB: null,
    pageHeapMB: null,
    pageFrameMaxMs: null,
    events: null,
    skippedRows: null,
    progressMessages: null,
    target: { mbPerSecond: IMPORT_TARGET_MB_PER_S },
    notes: [],
  };
  const t0 = performance.now();
  const file = join(outDir, `gdelt-${rows}.tsv`);
  const written = await writeSyntheticGdelt(file, rows, goldstein);
  const warmFile = join(outDir, "gdelt-warm-up.tsv");
  await writeSyntheticGdelt(warmFile, Math.min(20_000, rows), goldstein, 7);
  result.fileMB = round(written.bytes / 1e6, 1);
  log(
    `  generated ${rows.toLocaleString("en")} rows, ${result.fileMB} MB ` +
      `(${Math.round(written.bytes / rows)} bytes/row) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  const run = async (path: string, measured: boolean) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      const cdp = await context.newCDPSession(page);
      const workers = new WorkerSessions(cdp);
      const profiling = measured && profile;
      let profileSession: string | undefined;
      workers.onAttach = async (session) => {
        if (profiling) {
          profileSession = session;
          await workers.send(session, "Profiler.enable");
          await workers.send(session, "Profiler.setSamplingInterval", { interval: 500 });
          await workers.send(session, "Profiler.start");
        }
        await workers.send(session, "Runtime.runIfWaitingForDebugger");
      };
      await workers.start(profiling);
      await page.goto(`${baseUrl}/import.html${profiling ? "?profile=1" : ""}`, {
        waitUntil: "load",
      });
      const once = await importOnce(page, path, workers);
      if (profiling && profileSession) {
        const stopped = await workers.send(profileSession, "Profiler.stop");
        const cpu = stopped.result?.["profile"];
        if (cpu) {
          log("    CPU profile of the import worker (idle excluded):");
          for (const line of options.hotFunctions(cpu as never)) log(line);
        } else log(`    no CPU profile: ${stopped.error?.message ?? "?"}`);
        await page.evaluate(() => window.__importBenchEnd?.());
      }
      let pageHeap: number | null = null;
      if (measured) {
        await cdp.send("HeapProfiler.collectGarbage");
        pageHeap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
      }
      return { ...once, pageHeap, errors };
    } finally {
      await context.close();
    }
  };

  try {
    await run(warmFile, false);
    const { state, peakBytes, timedOut, pageHeap, errors } = await run(file, true);
    if (errors.length > 0) result.notes.push(`page errors: ${errors.slice(0, 3).join(" | ")}`);
    if (timedOut || !state) {
      result.status = "timeout";
      result.notes.push(`no outcome within ${IMPORT_TIMEOUT_MS / 1000} s`);
      return result;
    }
    if (state.phase === "error") {
      result.status = "error";
      result.notes.push(`import failed: ${state.error ?? "?"}`);
    }
    result.ms = round(state.ms, 0);
    result.mbPerSecond = round(written.bytes / 1e6 / (state.ms / 1000), 1);
    result.rowsPerSecond = Math.round(rows / (state.ms / 1000));
    result.peakWorkerHeapMB = peakBytes > 0 ? round(peakBytes / 1024 / 1024, 0) : null;
    result.pageHeapMB = pageHeap === null ? null : round(pageHeap / 1024 / 1024, 1);
    result.pageFrameMaxMs = round(state.pageFrameMaxMs, 0);
    result.events = state.events;
    result.skippedRows = state.skipped;
    result.progressMessages = state.progressMessages;
    if (state.rows !== rows) result.notes.push(`the last progress counted ${state.rows} rows`);
  } catch (error) {
    result.status = "error";
    result.notes.push(`failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
  }
  return result;
}

export function printImportBench(result: ImportBenchResult, log: (line: string) => void): void {
  const fmt = (value: number | null, unit: string): string =>
    value === null ? "—" : `${value.toLocaleString("en")} ${unit}`;
  log(
    `  ${result.rows.toLocaleString("en")} rows, ${result.fileMB} MB: ${fmt(result.ms, "ms")}, ` +
      `${fmt(result.mbPerSecond, "MB/s")} (target ≥ ${result.target.mbPerSecond}: ` +
      `${result.mbPerSecond === null ? "not measured" : result.mbPerSecond >= result.target.mbPerSecond ? "within target" : "below target"}), ` +
      `${fmt(result.rowsPerSecond, "rows/s")}`,
  );
  log(
    `  peak worker heap ${fmt(result.peakWorkerHeapMB, "MB")}, page heap after ${fmt(result.pageHeapMB, "MB")}, ` +
      `longest page frame gap ${fmt(result.pageFrameMaxMs, "ms")}; ${fmt(result.events, "events")} taken, ` +
      `${fmt(result.skippedRows, "rows")} left out (grouped in the report), ` +
      `${fmt(result.progressMessages, "progress messages")}`,
  );
  for (const note of result.notes) log(`  note: ${note}`);
}
