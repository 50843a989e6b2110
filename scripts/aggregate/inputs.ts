/**
 * --input: files and glob patterns, plain or zipped (GDELT ships each export as one CSV in a
 * .zip). Zipped exports are streamed out to a temporary folder DuckDB can read; a .zip holding
 * anything but CSV exports is reported, not guessed at.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { glob } from "tinyglobby";
import yauzl from "yauzl";

export interface Inputs {
  /** Plain files for the engine, zips already expanded. */
  readonly files: readonly string[];
  /** Removes the temporary folder of expanded zips. */
  cleanup(): Promise<void>;
}

const GLOB = /[*?[\]{}]/;

/** Expands patterns (sorted, so runs are reproducible); a pattern matching nothing is an error. */
export async function expandInputs(patterns: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (GLOB.test(pattern)) {
      const found = (await glob(pattern, { absolute: true, onlyFiles: true })).sort();
      if (found.length === 0) throw new Error(`--input ${pattern}: no file matches`);
      files.push(...found);
    } else {
      const info = await stat(pattern).catch(() => undefined);
      if (!info?.isFile()) throw new Error(`--input ${pattern}: no such file`);
      files.push(pattern);
    }
  }
  return [...new Set(files)];
}

function openZip(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true }, (error, zip) =>
      error || !zip ? reject(error ?? new Error("cannot open")) : resolve(zip),
    ),
  );
}

/** Streams every CSV entry of a zip into `folder`; returns their paths. */
async function unzip(path: string, folder: string): Promise<string[]> {
  const zip = await openZip(path).catch((error: unknown) => {
    throw new Error(`--input ${path}: not a readable zip file (${String(error)})`);
  });
  const out: string[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("error", reject);
    zip.on("end", resolve);
    zip.on("entry", (entry: yauzl.Entry) => {
      if (entry.fileName.endsWith("/")) return zip.readEntry();
      if (!/\.(csv|tsv|txt)$/i.test(entry.fileName)) {
        reject(new Error(`--input ${path}: ${entry.fileName} is not a GDELT CSV export`));
        return;
      }
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return reject(error ?? new Error("cannot read entry"));
        const target = join(folder, `${out.length}-${basename(entry.fileName)}`);
        out.push(target);
        pipeline(stream, createWriteStream(target)).then(() => zip.readEntry(), reject);
      });
    });
    zip.readEntry();
  });
  zip.close();
  return out;
}

export async function prepareInputs(patterns: readonly string[]): Promise<Inputs> {
  const matched = await expandInputs(patterns);
  const zips = matched.filter((file) => /\.zip$/i.test(file));
  if (zips.length === 0) return { files: matched, cleanup: async () => {} };
  const folder = await mkdtemp(join(tmpdir(), "detente-aggregate-"));
  const cleanup = () => rm(folder, { recursive: true, force: true });
  try {
    const files = matched.filter((file) => !/\.zip$/i.test(file));
    for (const zip of zips) files.push(...(await unzip(zip, folder)));
    return { files, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}
