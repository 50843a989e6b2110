/**
 * One import, from a byte stream to an outcome, reporting progress on the way. It runs in the
 * import worker (src/io/pipeline/import.worker.ts) and, for tests and browsers without workers, on the
 * page (src/io/pipeline/importer.ts); the code is the same.
 *
 * Memory: the raw text is never held twice.
 *  - GDELT exports (a line format) are parsed chunk by chunk: each complete line becomes a small
 *    row key and its text is dropped, except for rows that may be between two parties, which keep
 *    a copy of their own line (GdeltLineReader); chunks are never kept.
 *  - The other formats need their whole text (JSON has to be complete to parse; the CSV reader
 *    resolves parties over every row and numbers lines over the whole file), so the chunks are
 *    appended to one string, once. That limits them to MAX_WHOLE_TEXT_CHARS (200 million
 *    characters, about 200 MB of text): longer strings come close to V8's string limit and the
 *    parsers would need several times that in memory.
 * The format is decided from the first 64 KiB (detectFormat), before the rest is read, so a CSV
 * whose columns need mapping is answered without reading the whole file.
 *  - Détente's Arrow form is told by its first bytes (io/arrow/magic.ts), before any text is
 *    decoded, and read as bytes: decoding it as UTF-8 would ruin it. Its reader is a chunk of its
 *    own, loaded only then.
 */
import type { CameoDescriptions } from "../gdelt/cameoDescriptions.ts";
import { detectColumns } from "../csv/columns.ts";
import { readCsv, stripBom } from "../csv/rows.ts";
import { detectFormat, importText } from "./detect.ts";
import { gdeltFromRows } from "../gdelt/parse.ts";
import { GdeltLineReader } from "../gdelt/lines.ts";
import { ImportLog } from "./log.ts";
import type {
  EventDataExtras,
  ImportProgress,
  ImportRequestOptions,
  ImportSource,
} from "./protocol.ts";
import type { ImportFormat } from "./report.ts";
import type { GoldsteinTable } from "../../model/cameo.ts";
import { partiesFromCodes } from "../eventdata/parties.ts";
import { isArrowBytes } from "../arrow/magic.ts";

/** What detectFormat inspects; the format is known once this much has arrived. */
const HEAD_CHARS = 65_536;
export const MAX_WHOLE_TEXT_CHARS = 200_000_000;
/** Progress messages at most this often: enough for a smooth bar, few enough to cost nothing. */
const PROGRESS_INTERVAL_MS = 100;
/** Chunk size when a Blob has no stream() (jsdom) and is read slice by slice. */
const SLICE_BYTES = 1 << 20;

import { failedOutcome, type FinishedOutcome } from "./failedOutcome.ts";

export { failedOutcome, type FinishedOutcome } from "./failedOutcome.ts";

export interface ByteSource {
  readonly stream: ReadableStream<Uint8Array<ArrayBuffer>>;
  readonly totalBytes: number | null;
  /** File name (or the URL's last path segment): detection's second clue, and the report's. */
  readonly name: string | undefined;
}

export interface StreamImportContext {
  readonly goldstein: GoldsteinTable;
  readonly eventDescriptions?: CameoDescriptions;
  readonly onProgress: (progress: ImportProgress) => void;
  /** Stops reading between chunks (the worker is terminated instead, which is immediate). */
  readonly signal?: AbortSignal;
}

export class ImportCancelled extends Error {
  constructor() {
    super("import cancelled");
    this.name = "ImportCancelled";
  }
}

/** A Blob as a byte stream: its own stream() where there is one, else FileReader slices. */
export function blobStream(blob: Blob): ReadableStream<Uint8Array<ArrayBuffer>> {
  if (typeof blob.stream === "function") return blob.stream();
  let offset = 0;
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      if (offset >= blob.size) {
        controller.close();
        return;
      }
      const slice = blob.slice(offset, offset + SLICE_BYTES);
      offset += SLICE_BYTES;
      const buffer = await new Promise<ArrayBuffer>((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () =>
          reader.result instanceof ArrayBuffer
            ? resolve(reader.result)
            : reject(new Error("could not read the file"));
        reader.onerror = () => reject(reader.error ?? new Error("could not read the file"));
        reader.readAsArrayBuffer(slice);
      });
      controller.enqueue(new Uint8Array(buffer));
    },
  });
}

const lastSegment = (url: string): string | undefined => {
  try {
    const name = new URL(url).pathname.split("/").pop();
    return name ? decodeURIComponent(name) : undefined;
  } catch {
    return undefined;
  }
};

/** The bytes of a file or a URL, or why they cannot be had. */
export async function openSource(
  source: ImportSource,
  signal?: AbortSignal,
): Promise<ByteSource | FinishedOutcome> {
  if (source.kind === "file")
    return {
      stream: blobStream(source.file),
      totalBytes: source.file.size,
      name: source.file.name,
    };
  let response: Response;
  try {
    response = await fetch(source.url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw new ImportCancelled();
    const reason = error instanceof Error ? error.message : String(error);
    return failedOutcome(
      `could not fetch ${source.url} (${reason}): the server is unreachable, or it does not ` +
        "allow this page to read it (CORS)",
    );
  }
  if (!response.ok || !response.body)
    return failedOutcome(
      `could not fetch ${source.url}: the server answered ${response.status} ${response.statusText}`.trim(),
    );
  // A compressed response's Content-Length counts compressed bytes; the stream yields more.
  const encoding = response.headers.get("content-encoding");
  const length = Number(response.headers.get("content-length"));
  const known = (encoding === null || encoding === "identity") && length > 0;
  return {
    stream: response.body,
    totalBytes: known ? length : null,
    name: lastSegment(response.url || source.url),
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

/** The head up to its last complete line, so detection never sees half a row. */
function completeLines(head: string, done: boolean): string {
  if (done) return head;
  const cut = head.lastIndexOf("\n");
  return cut > 0 ? head.slice(0, cut + 1) : head;
}

/** The pair picker's input, from the results that carry it. */
function eventDataExtras(result: object): EventDataExtras {
  const pairs = "pairs" in result ? (result.pairs as EventDataExtras["pairs"]) : undefined;
  const types =
    "acledTypes" in result ? (result.acledTypes as EventDataExtras["acledTypes"]) : undefined;
  return { ...(pairs ? { pairs } : {}), ...(types ? { acledTypes: types } : {}) };
}

/** The chunks already read, then the rest of the reader's: the stream as if never touched. */
function replay(
  head: readonly Uint8Array<ArrayBuffer>[],
  reader: ReadableStreamDefaultReader<Uint8Array<ArrayBuffer>>,
): ReadableStream<Uint8Array<ArrayBuffer>> {
  const queued = [...head];
  return new ReadableStream<Uint8Array<ArrayBuffer>>({
    async pull(controller) {
      const next = queued.shift();
      if (next) return controller.enqueue(next);
      const chunk = await reader.read();
      if (chunk.done) controller.close();
      else controller.enqueue(chunk.value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

export async function importStream(
  source: ByteSource,
  options: ImportRequestOptions,
  context: StreamImportContext,
): Promise<FinishedOutcome> {
  const reader = source.stream.getReader();
  const next = async (): Promise<Uint8Array<ArrayBuffer> | undefined> => {
    if (context.signal?.aborted) {
      await reader.cancel().catch(() => undefined);
      throw new ImportCancelled();
    }
    return (await reader.read()).value;
  };
  // The first chunk, raw, tells Arrow from text (a stream's first chunk is never a handful of
  // bytes; a file's is the whole file or a slice of a megabyte). Reading errors after it are the
  // worker's to report, as for any import.
  const first = await next();
  const head = first ? [first] : [];
  const chosen = options.format ?? "unknown";
  if (chosen === "detente-arrow" || (chosen === "unknown" && first && isArrowBytes(first))) {
    const { importArrowStream } = await import("./arrowStream.ts");
    return importArrowStream(head, next, source.totalBytes, context);
  }
  return importTextStream({ ...source, stream: replay(head, reader) }, options, context);
}

async function importTextStream(
  source: ByteSource,
  options: ImportRequestOptions,
  context: StreamImportContext,
): Promise<FinishedOutcome> {
  let bytes = 0;
  const counted = source.stream.pipeThrough(
    // Typed BufferSource out: what TextDecoderStream's writable side takes.
    new TransformStream<Uint8Array<ArrayBuffer>, BufferSource>({
      transform(chunk, controller) {
        bytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
    }),
  );
  // TextDecoderStream drops a UTF-8 byte-order mark and turns invalid bytes into U+FFFD, which
  // the importers then report as an encoding warning.
  const reader = counted.pipeThrough(new TextDecoderStream()).getReader();
  let done = false;
  const next = async (): Promise<string | undefined> => {
    if (context.signal?.aborted) {
      await reader.cancel().catch(() => undefined);
      throw new ImportCancelled();
    }
    const chunk = await reader.read();
    if (chunk.done) done = true;
    return chunk.value;
  };

  let format: ImportFormat | null = null;
  let rows = 0;
  let unit: ImportProgress["unit"] = "lines";
  let lastReport = -Infinity;
  const progress = (force = false): void => {
    const now = performance.now();
    if (!force && now - lastReport < PROGRESS_INTERVAL_MS) return;
    lastReport = now;
    context.onProgress({ bytes, totalBytes: source.totalBytes, rows, unit, format });
  };

  try {
    let head = "";
    while (!done && head.length < HEAD_CHARS) head += (await next()) ?? "";

    const chosen = options.format && options.format !== "unknown" ? options.format : undefined;
    const body = stripBom(head).trimStart();
    // JSON must be parsed whole to tell its shape: decided after reading (importText detects).
    if (chosen) format = chosen;
    else if (!body.startsWith("{") && !body.startsWith("["))
      format = detectFormat(completeLines(head, done), source.name);

    if (format === "csv" && !options.mapping) {
      const header = readCsv(completeLines(head, done)).rows[0]?.cells ?? [];
      const detected = detectColumns(header);
      if (detected.missing.length > 0) {
        await reader.cancel().catch(() => undefined);
        return {
          kind: "needs-mapping",
          header,
          mapping: detected.mapping,
          missing: detected.missing,
        };
      }
    }

    // The reader's pair (pair picker, `?parties=`): two country codes, named from the table.
    const picked = options.parties ? partiesFromCodes(options.parties) : undefined;
    if (picked && !picked.ok) {
      await reader.cancel().catch(() => undefined);
      return failedOutcome(
        `cannot import the pair ${options.parties?.join(",") ?? ""}: ${picked.message}`,
        format ?? "unknown",
      );
    }
    const importOptions = {
      goldstein: context.goldstein,
      ...(picked?.ok ? { parties: picked.parties } : {}),
      ...(options.acledMapping ? { acledMapping: options.acledMapping } : {}),
      ...(source.name === undefined ? {} : { fileName: source.name }),
      ...(context.eventDescriptions ? { eventDescriptions: context.eventDescriptions } : {}),
      ...(options.mapping ? { mapping: options.mapping } : {}),
    };

    if (format === "gdelt") {
      unit = "rows";
      const log = new ImportLog();
      const lines = new GdeltLineReader(log, importOptions.parties);
      lines.push(head);
      head = "";
      rows = lines.rowCount;
      progress(true);
      while (!done) {
        const chunk = await next();
        if (chunk !== undefined) lines.push(chunk);
        rows = lines.rowCount;
        progress();
      }
      progress(true);
      const result = gdeltFromRows(lines.end(), log, importOptions);
      return result.ok
        ? {
            kind: "imported",
            format: "gdelt",
            dataset: result.dataset,
            report: result.report,
            dailyImpulses: result.dailyImpulses,
            pairs: result.pairs,
          }
        : {
            kind: "failed",
            format: "gdelt",
            report: result.report,
            ...(result.pairs ? { pairs: result.pairs } : {}),
          };
    }

    let text = head;
    rows = countNewlines(head);
    progress(true);
    while (!done) {
      const chunk = await next();
      if (chunk === undefined) continue;
      text += chunk;
      rows += countNewlines(chunk);
      if (text.length > MAX_WHOLE_TEXT_CHARS) {
        await reader.cancel().catch(() => undefined);
        return failedOutcome(
          `the file is too large for this format: files other than GDELT exports are read whole, ` +
            `up to ${MAX_WHOLE_TEXT_CHARS / 1_000_000} million characters`,
          format ?? "unknown",
        );
      }
      progress();
    }
    progress(true);
    // Parsing a large CSV takes seconds after the last byte: the count of rows parsed says so.
    const onRows = (parsed: number): void => {
      rows = parsed;
      unit = "rows";
      progress();
    };
    const result = importText(text, { ...importOptions, onRows, ...(format ? { format } : {}) });
    const found = result.report.format;
    const extras = eventDataExtras(result);
    if (!result.ok) return { kind: "failed", format: found, report: result.report, ...extras };
    return "dailyImpulses" in result
      ? {
          kind: "imported",
          format: found,
          dataset: result.dataset,
          report: result.report,
          dailyImpulses: result.dailyImpulses,
          ...extras,
        }
      : {
          kind: "imported",
          format: found,
          dataset: result.dataset,
          report: result.report,
          ...extras,
        };
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return failedOutcome(
      `could not read the data (${reason}); nothing was imported`,
      format ?? "unknown",
    );
  }
}
