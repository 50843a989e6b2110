/**
 * Synthetic GDELT 2.0 event exports for the import benchmark: the real 61-column tab-separated
 * layout (see src/io/gdelt/row.ts), seeded so every run reads the same bytes, and shaped like
 * real files where it matters to the importer:
 *  - 30 days of events, DATEADDED 0–2 days after the event; 1.5% "far" rows re-reporting news
 *    more than a year old (the importer's date-gap filter);
 *  - actor country codes from 24 countries with a skewed (Zipf-like) frequency, and uncoded
 *    actors (no country) on about a third of the sides, as in GDELT;
 *  - real CAMEO codes with their Goldstein scores, mention/source/article counts, tone;
 *  - three geography blocks with place names and coordinates, and a source URL per row;
 *  - 4% of rows repeat an earlier row's date, actors, code and URL (de-duplication).
 * Rows average about 400 bytes, like GDELT 2.0's 15-minute files.
 */
import { createWriteStream } from "node:fs";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { mulberry32 } from "./dataset.ts";

const COUNTRIES: readonly (readonly [code: string, name: string, place: string])[] = [
  ["USA", "UNITED STATES", "Washington, District of Columbia, United States"],
  ["CHN", "CHINA", "Beijing, Beijing, China"],
  ["RUS", "RUSSIA", "Moscow, Moskva, Russia"],
  ["GBR", "UNITED KINGDOM", "London, London, City of, United Kingdom"],
  ["IND", "INDIA", "New Delhi, National Capital Territory of Delhi, India"],
  ["ISR", "ISRAEL", "Jerusalem, Yerushalayim, Israel"],
  ["IRN", "IRAN", "Tehran, Tehran, Iran"],
  ["UKR", "UKRAINE", "Kiev, Kyyiv, Misto, Ukraine"],
  ["FRA", "FRANCE", "Paris, Ile-de-France, France"],
  ["DEU", "GERMANY", "Berlin, Berlin, Germany"],
  ["JPN", "JAPAN", "Tokyo, Tokyo, Japan"],
  ["PAK", "PAKISTAN", "Islamabad, Islamabad, Pakistan"],
  ["TUR", "TURKEY", "Ankara, Ankara, Turkey"],
  ["AUS", "AUSTRALIA", "Canberra, Australian Capital Territory, Australia"],
  ["CAN", "CANADA", "Ottawa, Ontario, Canada"],
  ["MEX", "MEXICO", "Mexico City, The Federal District, Mexico"],
  ["COL", "COLOMBIA", "Bogota, Bogota D.C., Colombia"],
  ["BRA", "BRAZIL", "Brasilia, Distrito Federal, Brazil"],
  ["ZAF", "SOUTH AFRICA", "Pretoria, Gauteng, South Africa"],
  ["NGA", "NIGERIA", "Abuja, Federal Capital Territory, Nigeria"],
  ["KOR", "SOUTH KOREA", "Seoul, Seoul-t'ukpyolsi, South Korea"],
  ["PRK", "NORTH KOREA", "Pyongyang, P'yongyang-si, North Korea"],
  ["SAU", "SAUDI ARABIA", "Riyadh, Ar Riyad, Saudi Arabia"],
  ["EGY", "EGYPT", "Cairo, Al Qahirah, Egypt"],
];
const ROLES = ["GOV", "MIL", "BUS", "MED", "CVL", "OPP", "LEG", "JUD", "EDU", "REF"];
const ROLE_NAMES = ["GOVERNMENT", "MILITARY", "COMPANY", "NEWSPAPER", "CITIZEN", "PROTESTER"];
const OUTLETS = [
  "https://www.reuters.com/world/",
  "https://apnews.com/article/",
  "https://www.theguardian.com/world/2024/jan/",
  "https://www.aljazeera.com/news/2024/1/",
  "https://timesofindia.indiatimes.com/world/",
  "https://www.eltiempo.com/mundo/",
  "https://www.scmp.com/news/china/diplomacy/article/",
];
const WORDS = [
  "talks",
  "minister",
  "visit",
  "sanctions",
  "trade",
  "border",
  "summit",
  "military",
  "agreement",
  "protest",
  "election",
  "aid",
  "security",
  "embassy",
  "president",
  "deal",
];

export interface GdeltBenchFile {
  readonly rows: number;
  readonly bytes: number;
}

/** Writes `rows` synthetic rows to `path`; resolves with what was written. */
export async function writeSyntheticGdelt(
  path: string,
  rows: number,
  goldstein: GoldsteinTable,
  seed = 20240101,
): Promise<GdeltBenchFile> {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // Zipf-like: the first countries dominate, as the US and China do in GDELT.
  const weights = COUNTRIES.map((_, i) => 1 / (i + 1) ** 1.1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const country = () => {
    let r = random() * totalWeight;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i] ?? 0;
      if (r <= 0) return COUNTRIES[i] ?? COUNTRIES[0];
    }
    return COUNTRIES[0];
  };
  const codes = [...goldstein.entries()];
  const day = (offset: number): string => {
    const date = new Date(Date.UTC(2024, 0, 1 + offset));
    return date.toISOString().slice(0, 10).replace(/-/g, "");
  };
  const pad = (n: number): string => String(n).padStart(2, "0");

  const actor = (): string[] => {
    if (random() < 0.33) return ["", "", "", "", "", "", "", "", "", ""];
    const [code, name] = country() ?? ["USA", "UNITED STATES"];
    const role = random() < 0.6 ? pick(ROLES) : "";
    return [
      code + role,
      role ? `${name} ${pick(ROLE_NAMES)}` : name,
      code,
      "",
      "",
      "",
      "",
      role,
      "",
      "",
    ];
  };
  const geo = (): string[] => {
    const [code, , place] = country() ?? ["USA", "", ""];
    const lat = (random() * 140 - 70).toFixed(4);
    const long = (random() * 340 - 170).toFixed(4);
    return [
      "4",
      place,
      code.slice(0, 2),
      `${code.slice(0, 2)}0${Math.floor(random() * 9)}`,
      String(Math.floor(random() * 90000) + 10000),
      lat,
      long,
      String(-Math.floor(random() * 3e6)),
    ];
  };

  const out = createWriteStream(path);
  let failed: Error | undefined;
  out.on("error", (error) => {
    failed = error;
  });
  const write = async (text: string): Promise<void> => {
    if (failed) throw failed;
    if (!out.write(text)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  };
  const earlier: string[][] = [];
  let bytes = 0;
  let batch: string[] = [];
  for (let i = 0; i < rows; i++) {
    let cells: string[];
    const repeat = earlier.length > 0 && random() < 0.04;
    if (repeat) {
      // Same date, actors, code and URL as an earlier row; new id and counts.
      cells = [...pick(earlier)];
      cells[0] = String(1_100_000_000 + i);
      cells[31] = String(1 + Math.floor(random() * 20));
    } else {
      const offset = Math.floor(random() * 30);
      const far = random() < 0.015;
      const eventDay = day(far ? offset - 366 - Math.floor(random() * 2000) : offset);
      const addedDay = day(offset + Math.floor(random() * 3));
      const [code = "010", score = 0] = pick(codes);
      const root = Number(code.slice(0, 2));
      const quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
      const sources = 1 + Math.floor(-Math.log(1 - random()) * 2);
      const articles = sources * (1 + Math.floor(random() * 5));
      const slug = Array.from({ length: 3 + Math.floor(random() * 5) }, () => pick(WORDS)).join(
        "-",
      );
      cells = [
        String(1_100_000_000 + i),
        eventDay,
        eventDay.slice(0, 6),
        eventDay.slice(0, 4),
        `${eventDay.slice(0, 4)}.${String(Math.floor(random() * 9999)).padStart(4, "0")}`,
        ...actor(),
        ...actor(),
        random() < 0.5 ? "1" : "0",
        code,
        code.slice(0, 3),
        code.slice(0, 2),
        String(quad),
        String(score),
        String(articles + Math.floor(random() * 4)),
        String(sources),
        String(articles),
        (random() * 20 - 10).toFixed(13),
        ...geo(),
        ...geo(),
        ...geo(),
        `${addedDay}${pad(Math.floor(random() * 24))}${pad(Math.floor(random() * 4) * 15)}00`,
        `${pick(OUTLETS)}${slug}-${Math.floor(random() * 1e8)}`,
      ];
      if (earlier.length < 5000) earlier.push(cells);
      else if (random() < 0.01) earlier[Math.floor(random() * earlier.length)] = cells;
    }
    const line = `${cells.join("\t")}\n`;
    bytes += Buffer.byteLength(line);
    batch.push(line);
    if (batch.length === 10_000) {
      await write(batch.join(""));
      batch = [];
    }
  }
  await write(batch.join(""));
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  return { rows, bytes };
}
