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
import { ARROW_MAGIC_BYTES, isArrowBytes } from "../arrow/magic.ts";
import { jsonItemLines } from "../shared/jsonLocations.ts";
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
  /** What the body was: Détente JSON text or Détente's Arrow form (absent for a value). */
  readonly container?: "json" | "arrow";
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
type Body = { readonly text: string } | { readonly bytes: Uint8Array };

function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const all = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return all;
}

async function readBody(
  response: Response,
  onProgress: (progress: LoadProgress) => void,
): Promise<Body> {
  const length = Number(response.headers.get("Content-Length"));
  const totalBytes = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    return isArrowBytes(bytes) ? { bytes } : { text: new TextDecoder().decode(bytes) };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  // Raw chunks until the first bytes tell JSON from Arrow; an Arrow body stays raw throughout.
  const raw: Uint8Array[] = [];
  let arrow: boolean | undefined;
  let bytes = 0;
  let told = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (arrow === undefined) {
      raw.push(value);
      if (bytes >= ARROW_MAGIC_BYTES + 2) {
        arrow = isArrowBytes(concat(raw, bytes));
        if (!arrow)
          for (const chunk of raw.splice(0)) parts.push(decoder.decode(chunk, { stream: true }));
      }
    } else if (arrow) raw.push(value);
    else parts.push(decoder.decode(value, { stream: true }));
    const now = performance.now();
    if (now - told >= PROGRESS_INTERVAL_MS) {
      told = now;
      onProgress({ bytes, totalBytes });
    }
  }
  onProgress({ bytes, totalBytes: totalBytes ?? bytes });
  if (arrow === true || (arrow === undefined && isArrowBytes(concat(raw, bytes))))
    return { bytes: concat(raw, bytes) };
  for (const chunk of raw) parts.push(decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return { text: parts.join("") };
}

/** Détente's Arrow form to a plain value, with the Arrow reader loaded on first use. */
async function parseArrowBody(bytes: Uint8Array): Promise<Result<unknown>> {
  const { parseArrow } = await import("../arrow/parse.ts");
  return parseArrow(bytes);
}

/** Validation problems of a text, with the line of each event they are in. */
function locate(problems: readonly Problem[], text: string | undefined): Problem[] {
  if (text === undefined) return [...problems];
  const lines = jsonItemLines(text, ["events"]);
  return problems.map((problem) => {
    const index = /^events\[(\d+)\]/.exec(problem.path)?.[1];
    const line = index === undefined ? undefined : lines(Number(index));
    return line === undefined ? problem : { ...problem, line };
  });
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
  let container: LoadTimings["container"];
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
    container = "text" in body ? "json" : "arrow";
    const parsed = "text" in body ? parseJsonText(body.text) : await parseArrowBody(body.bytes);
    parseMs = performance.now() - t1;
    if (!parsed.ok) return { kind: "invalid", problems: parsed.error };
    value = parsed.value;
  } else value = source.value;
  const t2 = performance.now();
  const checked = validateDataset(value, goldstein);
  const validateMs = performance.now() - t2;
  if (!checked.ok) return { kind: "invalid", problems: locate(checked.error, text) };
  return {
    kind: "loaded",
    dataset: checked.value,
    timings: { fetchMs, parseMs, validateMs, ...(container ? { container } : {}) },
  };
}

/** An object checked like a file, on whichever thread calls it. */
export function checkValue(value: unknown, goldstein: GoldsteinTable): Result<Dataset> {
  return validateDataset(value, goldstein);
}
