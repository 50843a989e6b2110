/**
 * Large and unusual data, part of `npm run bench`: the built app (dist/, `npm run build`)
 * imports each pathological CSV of tests/bench/hostileFiles.ts through "Open data…", as a reader
 * would, and the bench reports what a reader feels:
 *  - the longest main-thread task from choosing the file until the report is shown and the
 *    chart has drawn (PerformanceObserver `longtask`), and how long that took;
 *  - the DOM size afterwards, with the filters open;
 *  - per chip toggle: the first topic (or actor) chip pressed, until the next frame after it;
 *  - per search keystroke: a word typed a letter at a time into the search box, then cleared.
 * Figures, not pass/fail: the targets (200 ms per task, 100 ms per interaction) are printed
 * beside them.
 */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import type { Browser, CDPSession, Page } from "playwright-core";
import { startStaticServer } from "../../scripts/static-server.mjs";
import { HOSTILE_ROWS, writeHostileCsv, type HostileKind } from "./hostileFiles.ts";
import { profileWindow, type SampledProfile } from "./profileWindow.ts";

/** With `--profile`: what filled the longest main-thread task of an import. */
export interface ImportProfiling {
  readonly hotFunctions: (profile: SampledProfile) => string[];
  readonly log: (line: string) => void;
}

export const HOSTILE_TARGETS = { longTaskMs: 200, interactionMs: 100 } as const;
const IMPORT_TIMEOUT_MS = Number(process.env["BENCH_IMPORT_TIMEOUT_MS"] ?? 600_000);
const TYPED = "event 1";

export interface HostileBenchResult {
  kind: HostileKind;
  rows: number;
  fileMB: number;
  status: "ok" | "error" | "timeout";
  /** Choosing the file → the report on screen and two frames after it. */
  importMs: number | null;
  /** Longest main-thread task in that time. */
  longTaskMaxMs: number | null;
  longTasks: number | null;
  /** Elements in the document after the import, the filters open. */
  domNodes: number | null;
  /** Per chip press, until the next frame (median and worst of the presses). */
  toggleMs: { median: number; max: number } | null;
  /**
   * The same presses apart: those that set a filter (every event list, lane and layout made
   * anew) and those that clear it (the whole list's, cached, come back).
   */
  filterPressMs: { median: number; max: number } | null;
  clearPressMs: { median: number; max: number } | null;
  /** Per letter typed or erased in the search box, until the next frame. */
  keystrokeMs: { median: number; max: number } | null;
  notes: string[];
}

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[];
  }
}

const round = (value: number): number => Math.round(value * 10) / 10;

function summary(values: readonly number[]): { median: number; max: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: round(sorted[Math.floor(sorted.length / 2)] as number),
    max: round(sorted.at(-1) as number),
  };
}

/** Runs `act` in the page and resolves with the ms until the frame after it has been painted. */
async function timed(page: Page, act: string): Promise<number> {
  return page.evaluate(async (script) => {
    const started = performance.now();
    // The page's own code, as a string: the bench drives the real DOM, not a test hook.
    new Function(script)();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - started;
  }, act);
}

const pressChip = (index: number): string =>
  `document.querySelectorAll(".detente-filters .detente-chip")[${index}]?.click();`;

const typeInto = (value: string): string => `
  const input = document.querySelector('.detente-search input[type="search"]');
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
  set.call(input, ${JSON.stringify(value)});
  input.dispatchEvent(new Event("input", { bubbles: true }));`;

export async function runHostileImport(
  page: Page,
  path: string,
  result: HostileBenchResult,
  profiling?: ImportProfiling,
): Promise<void> {
  await page.getByRole("button", { name: "Open data…" }).click();
  const cdp = profiling ? await startProfiler(page, 500) : undefined;
  const started = performance.now();
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  await page.getByLabel("Choose a file").setInputFiles(path);
  await importReport(page);
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))),
      ),
  );
  result.importMs = Math.round(performance.now() - started);
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  result.longTasks = tasks.length;
  result.longTaskMaxMs = Math.round(Math.max(0, ...tasks.map((t) => t.duration)));
  if (cdp && profiling) {
    const pageNow = await page.evaluate(() => performance.now());
    const { profile } = await cdp.send("Profiler.stop");
    await cdp.detach();
    const longest = [...tasks].sort((a, b) => b.duration - a.duration).slice(0, 3);
    for (const task of longest) {
      const from = Math.round(task.start);
      profiling.log(`    a ${Math.round(task.duration)} ms task at ${from} ms (profiled):`);
      const slice = profileWindow(
        profile as SampledProfile,
        pageNow,
        task.start,
        task.start + task.duration,
      );
      for (const line of profiling.hotFunctions(slice)) profiling.log(line);
    }
  }
}

/**
 * Resolves when the import report appears. Watched from inside the page rather than polled with a
 * role query: Playwright's role queries walk every element and read its computed style several
 * times a second, on the page's thread and in its heap, so the import's longest tasks measured
 * the tool's work too (its functions showed in the profiles of those tasks).
 */
async function importReport(page: Page): Promise<void> {
  await page.evaluate(
    (timeoutMs) =>
      new Promise<void>((resolve, reject) => {
        // No named functions in here: the bench's TypeScript runner would wrap them in a helper
        // that exists only in Node.
        const selector = ".detente-import-report";
        if (document.querySelector(selector)) return resolve();
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => {
          observer.disconnect();
          reject(new Error(`no import report within ${timeoutMs} ms`));
        }, timeoutMs);
      }),
    IMPORT_TIMEOUT_MS,
  );
}

/** A CDP session sampling the page's CPU every `intervalUs` microseconds, already started. */
async function startProfiler(page: Page, intervalUs: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: intervalUs });
  await cdp.send("Profiler.start");
  return cdp;
}

/** Installs the long-task observer before any of the page's scripts run. */
export async function observeLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__longTasks?.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  });
}

async function measureOne(
  browser: Browser,
  baseUrl: string,
  kind: HostileKind,
  path: string,
  result: HostileBenchResult,
  profiling: ImportProfiling | undefined,
): Promise<void> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: "en-US",
    timezoneId: "America/Bogota",
  });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await observeLongTasks(page);
    await page.goto(`${baseUrl}/`, { waitUntil: "load" });
    await page.locator(".detente-timeline").first().waitFor();
    await runHostileImport(page, path, result, profiling);
    // The report closes; the filters open, as a reader would to narrow 50,000 topics down.
    await page.keyboard.press("Escape");
    await page.evaluate(() => {
      const details = document.querySelector<HTMLDetailsElement>("details.detente-filters");
      if (details) details.open = true;
    });
    // The lists load with the panel (a chunk of their own): measured once they are drawn.
    await page.locator(".detente-filters .detente-toggle-group .detente-chip").first().waitFor();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    result.domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    if (kind !== "large") {
      const toggles: number[] = [];
      // The chip of the group that the file makes huge: topics first, actors second.
      const chip = kind === "topics" ? 0 : await firstActorChip(page);
      const cdp = profiling ? await startProfiler(page, 200) : undefined;
      for (let i = 0; i < 6; i++) toggles.push(await timed(page, pressChip(chip)));
      result.toggleMs = summary(toggles);
      // Presses alternate: the first filters the chip's group, the next clears it again.
      result.filterPressMs = summary(toggles.filter((_, i) => i % 2 === 0));
      result.clearPressMs = summary(toggles.filter((_, i) => i % 2 === 1));
      if (cdp && profiling) {
        // What the six presses spent their time on, all together (`--profile`).
        const { profile } = await cdp.send("Profiler.stop");
        await cdp.detach();
        profiling.log(`    six chip presses (profiled):`);
        for (const line of profiling.hotFunctions(profile as SampledProfile)) profiling.log(line);
      }
    }
    const keys: number[] = [];
    const keyProfiler = profiling ? await startProfiler(page, 200) : undefined;
    for (let i = 1; i <= TYPED.length; i++)
      keys.push(await timed(page, typeInto(TYPED.slice(0, i))));
    for (let i = TYPED.length - 1; i >= 0; i--)
      keys.push(await timed(page, typeInto(TYPED.slice(0, i))));
    result.keystrokeMs = summary(keys);
    if (keyProfiler && profiling) {
      // What typing and clearing the word spent its time on, all keystrokes together.
      const { profile } = await keyProfiler.send("Profiler.stop");
      await keyProfiler.detach();
      profiling.log(`    ${keys.length} keystrokes (profiled):`);
      for (const line of profiling.hotFunctions(profile as SampledProfile)) profiling.log(line);
    }
    const after = await page.evaluate(() => document.getElementsByTagName("*").length);
    result.domNodes = Math.max(result.domNodes, after);
    if (errors.length > 0) result.notes.push(`page errors: ${errors.slice(0, 3).join(" | ")}`);
  } finally {
    await context.close();
  }
}

/** Index, among all filter chips, of the first actor chip. */
function firstActorChip(page: Page): Promise<number> {
  return page.evaluate(() => {
    const chips = [...document.querySelectorAll(".detente-filters .detente-chip")];
    // The second chip group is the actors'.
    const groups = document.querySelectorAll(".detente-filters .detente-toggle-group");
    const first = groups[1]?.querySelector(".detente-chip");
    const index = first ? chips.indexOf(first) : -1;
    return index >= 0 ? index : 0;
  });
}

export async function runHostileBench(options: {
  browser: Browser;
  /** The built app (dist/). */
  distDir: string;
  outDir: string;
  kinds: readonly HostileKind[];
  /** Rows per file, where not the default (HOSTILE_ROWS). */
  rows?: Partial<Record<HostileKind, number>>;
  log: (line: string) => void;
  /** Profile each import and list what filled its longest stretch of work (`--profile`). */
  hotFunctions?: (profile: SampledProfile) => string[];
}): Promise<HostileBenchResult[]> {
  const { browser, distDir, outDir, kinds, log } = options;
  const server = await startStaticServer({ root: distDir });
  const results: HostileBenchResult[] = [];
  try {
    for (const kind of kinds) {
      const path = join(outDir, `hostile-${kind}.csv`);
      const rows = options.rows?.[kind] ?? HOSTILE_ROWS[kind];
      const written = await writeHostileCsv(path, kind, rows);
      const result: HostileBenchResult = {
        kind,
        rows,
        fileMB: round(written.bytes / 1e6),
        status: "ok",
        importMs: null,
        longTaskMaxMs: null,
        longTasks: null,
        domNodes: null,
        toggleMs: null,
        filterPressMs: null,
        clearPressMs: null,
        keystrokeMs: null,
        notes: [],
      };
      log(`  ${describe(result)}…`);
      try {
        const profiling = options.hotFunctions && { hotFunctions: options.hotFunctions, log };
        await measureOne(browser, server.url, kind, path, result, profiling);
      } catch (error) {
        result.status =
          error instanceof Error && error.name === "TimeoutError" ? "timeout" : "error";
        result.notes.push(
          error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
        );
      }
      results.push(result);
    }
  } finally {
    await server.close();
  }
  return results;
}

function describe(result: HostileBenchResult): string {
  const what = {
    topics: "distinct topics (one per row)",
    actors: "rows, two distinct actors each",
    large: "rows of plain CSV",
  }[result.kind];
  return `${result.rows.toLocaleString("en")} ${what}, ${result.fileMB} MB`;
}

export function printHostileBench(
  results: readonly HostileBenchResult[],
  log: (line: string) => void,
): void {
  const ms = (value: number | null | undefined): string =>
    value === null || value === undefined ? "—" : `${value.toLocaleString("en")} ms`;
  for (const r of results) {
    log(`  ${describe(r)}: ${r.status}`);
    log(
      `    import ${ms(r.importMs)}; longest task ${ms(r.longTaskMaxMs)} ` +
        `(target ≤ ${HOSTILE_TARGETS.longTaskMs} ms; ${r.longTasks ?? "—"} tasks over 50 ms); ` +
        `${r.domNodes?.toLocaleString("en") ?? "—"} DOM nodes with the filters open`,
    );
    log(
      `    chip toggle ${ms(r.toggleMs?.median)} median, ${ms(r.toggleMs?.max)} worst; ` +
        `search keystroke ${ms(r.keystrokeMs?.median)} median, ${ms(r.keystrokeMs?.max)} worst ` +
        `(target < ${HOSTILE_TARGETS.interactionMs} ms)`,
    );
    if (r.filterPressMs && r.clearPressMs)
      log(
        `      presses that filter ${ms(r.filterPressMs.median)} median, ` +
          `${ms(r.filterPressMs.max)} worst; that clear ${ms(r.clearPressMs.median)}, ` +
          `${ms(r.clearPressMs.max)}`,
      );
    for (const note of r.notes) log(`    note: ${note}`);
  }
}
