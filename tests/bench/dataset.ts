/**
 * Synthetic Détente datasets for the timeline benchmark: `count` events over 25 years in 6 topic
 * lanes, from a seeded PRNG so every run benchmarks the same data. Mostly day precision with some
 * month and year dates, some events with an `end`, scores either explicit or from a CAMEO code,
 * and every event cites a source. The result is a valid dataset (`validateDataset` accepts it).
 */
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import type { Dataset, DatasetEvent } from "../../src/model/schema.ts";

export const BENCH_YEARS = 25;
export const BENCH_FIRST_YEAR = 2000;

/** mulberry32: tiny, seeded, good enough for reproducible synthetic data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TOPICS = [
  { id: "security-cooperation", label: "Security cooperation", noun: "security" },
  { id: "drugs-counternarcotics", label: "Drugs and counternarcotics", noun: "counternarcotics" },
  { id: "migration-deportation", label: "Migration and deportation", noun: "migration" },
  { id: "trade-tariffs", label: "Trade and tariffs", noun: "tariff" },
  { id: "diplomacy", label: "Diplomacy", noun: "diplomatic" },
  { id: "aid-sanctions", label: "Aid and sanctions", noun: "aid" },
] as const;

/** Uneven lane sizes, as in real chronologies (security and drugs dominate). */
const TOPIC_WEIGHTS = [0.26, 0.22, 0.16, 0.14, 0.13, 0.09];

const ACTORS = [
  { id: "us-government", name: "U.S. government", party: "USA", role: "Executive branch" },
  { id: "us-congress", name: "U.S. Congress", party: "USA", role: "Legislature" },
  { id: "us-embassy-bogota", name: "U.S. Embassy in Bogotá", party: "USA", role: "Embassy" },
  { id: "dea", name: "Drug Enforcement Administration", party: "USA", role: "Agency" },
  { id: "colombian-government", name: "Colombian government", party: "COL", role: "Executive" },
  { id: "colombian-congress", name: "Congress of Colombia", party: "COL", role: "Legislature" },
  { id: "colombian-military", name: "Colombian armed forces", party: "COL", role: "Military" },
  { id: "cancilleria", name: "Colombian foreign ministry", party: "COL", role: "Ministry" },
];

const VERBS = [
  "talks on",
  "agreement on",
  "dispute over",
  "review of",
  "statement on",
  "visit about",
  "sanctions on",
  "funding for",
  "protest over",
  "summit on",
];
const SUBJECTS = [
  "extradition",
  "coca eradication",
  "border controls",
  "deportation flights",
  "coffee tariffs",
  "visa rules",
  "military aid",
  "port inspections",
  "intelligence sharing",
  "naval patrols",
  "peace accords",
  "refugee support",
];

const SOURCE_COUNT = 24;

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

function pickWeighted(weights: readonly number[], random: () => number): number {
  let r = random();
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] as number;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

function edtf(ms: number, precision: "day" | "month" | "year"): string {
  const at = new Date(ms);
  const y = pad(at.getUTCFullYear(), 4);
  if (precision === "year") return y;
  const m = `${y}-${pad(at.getUTCMonth() + 1)}`;
  return precision === "month" ? m : `${m}-${pad(at.getUTCDate())}`;
}

/**
 * A valid Détente dataset with `count` events. `goldstein` supplies the CAMEO codes events may
 * cite (so validation finds every code); about half the events carry a CAMEO code instead of a
 * score.
 */
export function syntheticDataset(count: number, goldstein: GoldsteinTable, seed = 1979): Dataset {
  const random = mulberry32(seed ^ count);
  const codes = [...goldstein.keys()].filter((code) => code.length === 3);
  const firstMs = Date.UTC(BENCH_FIRST_YEAR, 0, 1);
  const lastMs = Date.UTC(BENCH_FIRST_YEAR + BENCH_YEARS, 0, 1) - 86_400_000;
  const width = String(count).length;

  const sources = Array.from({ length: SOURCE_COUNT }, (_, i) => ({
    id: `source-${i + 1}`,
    title: `Synthetic report ${i + 1}`,
    publisher: i % 2 === 0 ? "Bench Wire" : "Synthetic Gazette",
  }));

  const events: DatasetEvent[] = [];
  for (let i = 0; i < count; i++) {
    const atMs = firstMs + Math.floor(random() * ((lastMs - firstMs) / 86_400_000)) * 86_400_000;
    const kind = random();
    const precision = kind < 0.8 ? "day" : kind < 0.95 ? "month" : "year";
    const date = edtf(atMs, precision);
    const topic = pickWeighted(TOPIC_WEIGHTS, random);
    const topics: string[] = [(TOPICS[topic] as (typeof TOPICS)[number]).id];
    if (random() < 0.2) {
      const second = pick(TOPICS, random).id;
      if (second !== topics[0]) topics.push(second);
    }
    const actorCount = random() < 0.5 ? 0 : random() < 0.7 ? 1 : 2;
    const actors = [...new Set(Array.from({ length: actorCount }, () => pick(ACTORS, random).id))];
    const fromUs = random() < 0.55;
    const subject = pick(SUBJECTS, random);
    const noun = (TOPICS[topic] as (typeof TOPICS)[number]).noun;
    const event: DatasetEvent = {
      id: `event-${pad(i, width)}`,
      title: `${noun[0]?.toUpperCase()}${noun.slice(1)} ${pick(VERBS, random)} ${subject} #${i}`,
      summary: `Synthetic ${noun} event ${i}: ${fromUs ? "Washington" : "Bogotá"} acts on ${subject}.`,
      date,
      topics,
      actors,
      initiator: fromUs ? "USA" : "COL",
      target: fromUs ? "COL" : "USA",
      citations: [{ source: `source-${1 + Math.floor(random() * SOURCE_COUNT)}` }],
    };
    // About one event in twelve lasts: an end from a few days to a year later, never before it.
    if (random() < 0.08) {
      const endMs = Math.min(atMs + (3 + Math.floor(random() * 360)) * 86_400_000, lastMs);
      const endPrecision = precision === "year" ? "year" : precision === "month" ? "month" : "day";
      const end = edtf(endMs, endPrecision);
      if (end > date) event.end = end;
    }
    if (random() < 0.5 && codes.length > 0) event.cameo = pick(codes, random);
    else event.score = Math.round((random() * 20 - 10) * 10) / 10;
    if (random() < 0.05) event.approximate = true;
    events.push(event);
  }

  return {
    id: `bench-${count}`,
    title: `Synthetic bench dataset (${count.toLocaleString("en")} events)`,
    description: `${count} synthetic events over ${BENCH_YEARS} years in ${TOPICS.length} topics.`,
    parties: [
      { code: "USA", name: "United States" },
      { code: "COL", name: "Colombia" },
    ],
    sources,
    topics: TOPICS.map(({ id, label }) => ({ id, label })),
    actors: ACTORS.map((actor) => ({ ...actor })),
    events,
  };
}
