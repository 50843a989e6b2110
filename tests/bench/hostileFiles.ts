/**
 * Pathological but valid CSV files for the bench and the browser test of large and unusual data:
 *  - many topics: `date,title,topics`, each row its own topic (50,000 rows, about 1.4 MB);
 *  - many actors: each row names its own two actors (100,000 distinct actors, about 4 MB);
 *  - a large CSV: 1.3 million plain rows over thirty years (about 190 MB), six topics, the
 *    size at which handing the parsed events to the page used to block it for seconds.
 * Seeded, so every run writes the same bytes. Written through a stream: the large file never
 * sits in memory whole.
 */
import { createWriteStream } from "node:fs";
import { mulberry32 } from "./dataset.ts";

export type HostileKind = "topics" | "actors" | "large";

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(1995, 0, 1);
const TOPICS = ["trade", "security", "migration", "energy", "health", "culture"];
const WORDS = [
  "talks",
  "minister",
  "visit",
  "sanctions",
  "tariffs",
  "accord",
  "summit",
  "protest",
  "aid",
  "embassy",
  "statement",
  "delegation",
];

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The header and one row; `i` numbers the row, `random` draws from the seeded generator. */
function rowOf(kind: HostileKind, i: number, random: () => number): string {
  const word = (): string => WORDS[Math.floor(random() * WORDS.length)] as string;
  switch (kind) {
    case "topics":
      // Two years of days, so events share days but no two share a topic.
      return `${day(FIRST_DAY + (i % 730) * DAY_MS)},Event ${i},Topic ${i}`;
    case "actors":
      return (
        `${day(FIRST_DAY + (i % 730) * DAY_MS)},Meeting ${i},trade,` +
        `Envoy ${2 * i};Envoy ${2 * i + 1}`
      );
    case "large": {
      const when = FIRST_DAY + Math.floor(random() * 30 * 365) * DAY_MS;
      const topic = TOPICS[i % TOPICS.length] as string;
      const score = (Math.round((random() * 20 - 10) * 10) / 10).toFixed(1);
      return (
        `${day(when)},"${word()} ${word()} ${word()} ${i}",${topic},${score},` +
        `"A ${word()} on ${word()} and ${word()} (row ${i})",` +
        `https://example.org/news/${i}`
      );
    }
  }
}

const HEADERS: Record<HostileKind, string> = {
  topics: "date,title,topics",
  actors: "date,title,topics,actors",
  large: "date,title,topics,score,summary,url",
};

/** Rows by default: what the issue measured. */
export const HOSTILE_ROWS: Record<HostileKind, number> = {
  topics: 50_000,
  actors: 50_000,
  large: 1_334_215,
};

/** The file's text, for small files (the unit and browser tests). */
export function hostileCsv(kind: HostileKind, rows = HOSTILE_ROWS[kind], seed = 16): string {
  const random = mulberry32(seed);
  const lines = [HEADERS[kind]];
  for (let i = 0; i < rows; i++) lines.push(rowOf(kind, i, random));
  return `${lines.join("\n")}\n`;
}

/** Streams the file to `path`; resolves with its size. */
export async function writeHostileCsv(
  path: string,
  kind: HostileKind,
  rows = HOSTILE_ROWS[kind],
  seed = 16,
): Promise<{ bytes: number; rows: number }> {
  const random = mulberry32(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  const write = (text: string): Promise<void> | undefined => {
    bytes += Buffer.byteLength(text);
    if (out.write(text)) return undefined;
    return new Promise((resolve) => out.once("drain", () => resolve()));
  };
  await write(`${HEADERS[kind]}\n`);
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    batch.push(rowOf(kind, i, random));
    if (batch.length === 5_000) {
      await write(`${batch.join("\n")}\n`);
      batch = [];
    }
  }
  if (batch.length > 0) await write(`${batch.join("\n")}\n`);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { bytes, rows };
}
