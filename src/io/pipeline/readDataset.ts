/**
 * One dataset load, from an address (or an object already in memory) to a validated dataset:
 * the body is read as a stream (so progress can be told), parsed, then checked against the
 * schema. The body is Détente JSON, or Détente's Arrow form when its first bytes say so
 * (io/arrow/magic.ts); the Arrow reader is a chunk of its own, loaded only then. It runs in the load worker (load.worker.ts) and, where workers are unavailable, on the
 * page through a lazily loaded chunk (datasetLoader.ts): the code is the same, and schema
 * validation (zod) never weighs on the page's first load.
 */
import type { GoldsteinTable } from "../../model/cameo.ts";
import type { Problem, Result } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";
import { validateDataset } from "../../model/validate.ts";
import { isArrowBytes } from "../arrow/magic.ts";
import { parseJsonText } from "../shared/jsonText.ts";

export type LoadSource =
  /** Fetched with the page's credentials for its own origin only. */
  | { readonly kind: "url"; readonly url: string }
  /** An object already parsed (a host's `dataset` prop, a record kept in the browser). */
  | { readonly kind: "value"; readonly value: unknown };

export interface LoadProgress {
  readonly bytes: number;
  /** Content-Length, when the server said. */
  readonly totalBytes: number | null;
}

/** Where the time went, for the benchmark and for anyone profiling a slow load. */
export interface LoadTimings {
  readonly fetchMs: number;
  readonly parseMs: number;
  readonly validateMs: number;
  /** Resolving and sorting the events for the page (the load worker's index), if done. */
  readonly indexMs?: number;
}

export type LoadOutcome =
  | { readonly kind: "loaded"; readonly dataset: Dataset; readonly timings: LoadTimings }
  /** The data arrived but is not a valid dataset: every problem, located. */
  | { readonly kind: "invalid"; readonly problems: readonly Problem[] }
  /** Nothing usable arrived (network failure, HTTP error). */
  | { readonly kind: "unreachable"; readonly reason: string };

/** Progress at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 100;

/** A body as text (JSON), or as bytes when it is Arrow: decoding Arrow as UTF-8 would ruin it. */
type Body = { readonly text: string } | { readonly chunks: readonly Uint8Array[] };

async function readBody(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<Body> {
  const length = Number(response.headers.get("Content-Length"));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) return { text: await response.text() };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  // Arrow's chunks, kept raw, once the first chunk says Arrow (a first chunk is never a handful
  // of bytes).
  let arrow: Uint8Array<ArrayBuffer>[] | undefined;
  let bytes = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!bytes && isArrowBytes(value)) arrow = [];
    bytes += value.byteLength;
    if (arrow) arrow.push(value);
    else parts.push(decoder.decode(value, { stream: true }));
    const now = performance.now();
    if (now - told >= PROGRESS_INTERVAL_MS) {
      told = now;
      onProgress({ bytes, totalBytes });
    }
  }
  onProgress({ bytes, totalBytes: totalBytes ?? bytes });
  if (arrow) return { chunks: arrow };
  parts.push(decoder.decode());
  return { text: parts.join("") };
}

export async function readDataset(
  source: LoadSource,
  goldstein: GoldsteinTable,
  onProgress: (progress: LoadProgress) => void = () => undefined,
): Promise<LoadOutcome> {
  const t0 = performance.now();
  let value: unknown;
  let text: string | undefined;
  let fetchMs = 0;
  let parseMs = 0;
  if (source.kind === "url") {
    let body: Body;
    try {
      const response = await fetch(source.url, { credentials: "same-origin" });
      if (!response.ok) {
        return {
          kind: "unreachable",
          reason: `HTTP ${response.status} ${response.statusText}`.trim(),
        };
      }
      body = await readBody(response, onProgress);
    } catch (error) {
      return {
        kind: "unreachable",
        reason: error instanceof Error ? error.message : String(error),
      };
    }
    const t1 = performance.now();
    fetchMs = t1 - t0;
    if ("text" in body) text = body.text;
    const parsed =
      "text" in body
        ? parseJsonText(body.text)
        : (await import("../arrow/parse.ts")).parseArrow(body.chunks);
    parseMs = performance.now() - t1;
    if (!parsed.ok) return { kind: "invalid", problems: parsed.error };
    value = parsed.value;
  } else value = source.value;
  const t2 = performance.now();
  const checked = validateDataset(value, goldstein);
  const validateMs = performance.now() - t2;
  if (!checked.ok) {
    // Lines for an invalid JSON file's problems: the locator (jsonc-parser's tree) is a chunk of
    // its own, loaded only then, which keeps the worker small.
    if (text === undefined) return { kind: "invalid", problems: checked.error };
    const { locateProblems } = await import("./locateProblems.ts");
    return { kind: "invalid", problems: locateProblems(checked.error, text) };
  }
  return { kind: "loaded", dataset: checked.value, timings: { fetchMs, parseMs, validateMs } };
}

/** An object checked like a file, on whichever thread calls it. */
export function checkValue(value: unknown, goldstein: GoldsteinTable): Result<Dataset> {
  return validateDataset(value, goldstein);
}
