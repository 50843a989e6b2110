/**
 * HTML-to-text benchmark: pathological markup (a line of unclosed tags, an attribute of a million
 * quotes) at 250 KB and at 1 MB, so a quadratic slip in src/io/html-text.ts shows as a 16× rather
 * than a 4× step. Reports milliseconds; it gates nothing. Run with
 * `npx tsx tests/bench/htmlText.bench.ts`.
 */
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { htmlToText } from "../../src/io/shared/htmlText.ts";

const RUNS = 5;

const INPUTS: Readonly<Record<string, (bytes: number) => string>> = {
  "unclosed tags": (bytes) => `x${"<a ".repeat(Math.floor(bytes / 3))}`,
  "quoted attribute": (bytes) => `<p title="${"'".repeat(bytes)}">`,
};

/** Median milliseconds of htmlToText over RUNS runs. */
function medianMs(text: string): number {
  const samples: number[] = [];
  let sink = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    sink += htmlToText(text).length;
    samples.push(performance.now() - t0);
  }
  // Using the results keeps the optimiser from discarding the calls being timed.
  if (sink < 0) console.log(sink);
  samples.sort((a, b) => a - b);
  return samples[Math.floor(RUNS / 2)] ?? NaN;
}

export interface HtmlTextBenchRow {
  readonly input: string;
  readonly ms250k: number;
  readonly ms1m: number;
  /** 4 for linear time, 16 for quadratic. */
  readonly ratio: number;
}

export function runHtmlTextBench(): HtmlTextBenchRow[] {
  return Object.entries(INPUTS).map(([input, make]) => {
    medianMs(make(10_000)); // warm-up: compile before timing
    const ms250k = medianMs(make(250_000));
    const ms1m = medianMs(make(1_000_000));
    return { input, ms250k, ms1m, ratio: ms1m / ms250k };
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  console.table(
    runHtmlTextBench().map((row) => ({
      input: row.input,
      "250 KB (ms)": row.ms250k.toFixed(1),
      "1 MB (ms)": row.ms1m.toFixed(1),
      "1 MB / 250 KB": row.ratio.toFixed(1),
    })),
  );
}
