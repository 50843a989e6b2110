/**
 * One line of a GDELT event export → a typed row, or the reason it cannot be read.
 * Layouts (0-based columns; see tests/fixtures/SOURCES.md):
 *   GDELT 2.0: 61 columns, DATEADDED (YYYYMMDDHHMMSS) at 59, SOURCEURL at 60.
 *   GDELT 1.0: 58 columns, DATEADDED (YYYYMMDD) at 56, SOURCEURL at 57; backfile: 57, no URL.
 * Columns 0–34 (ids, dates, both actors, event code, QuadClass, Goldstein, counts, tone) are
 * the same in every version. CAMEO codes stay strings: "043" keeps its leading zero.
 */
import { edtfFromParts } from "../shared/edtfParts.ts";

export type GdeltVersion = "2.0" | "1.0" | "1.0 backfile";

const LAYOUTS: ReadonlyMap<number, { version: GdeltVersion; added: number; url?: number }> =
  new Map([
    [61, { version: "2.0" as const, added: 59, url: 60 }],
    [58, { version: "1.0" as const, added: 56, url: 57 }],
    [57, { version: "1.0 backfile" as const, added: 56 }],
  ]);

export const GDELT_COLUMN_COUNTS: readonly number[] = [...LAYOUTS.keys()];

export interface GdeltActor {
  readonly code: string;
  readonly name: string;
  /** Three-letter CAMEO country code ("USA", "COL"), or "" when GDELT did not code one. */
  readonly country: string;
  readonly type: string;
}

export interface GdeltRow {
  readonly line: number;
  readonly version: GdeltVersion;
  readonly eventId: string;
  /** Event date as EDTF (YYYY-MM-DD) and as a UTC day number, for the date-gap check. */
  readonly date: string;
  readonly dayNumber: number;
  readonly added: string;
  readonly addedDayNumber: number;
  readonly actor1: GdeltActor;
  readonly actor2: GdeltActor;
  readonly eventCode: string;
  readonly quadClass: number | undefined;
  readonly goldstein: number;
  readonly mentions: number;
  readonly sources: number;
  readonly articles: number;
  readonly tone: number | undefined;
  readonly url: string;
}

export type GdeltParse =
  | { readonly ok: true; readonly row: GdeltRow }
  | { readonly ok: false; readonly reason: string; readonly detail: string };

const fail = (reason: string, detail: string): GdeltParse => ({ ok: false, reason, detail });

type Day = { readonly date: string; readonly day: number } | undefined;

/**
 * readDay's answers by the 8 characters it reads. A file holds few distinct days (a 30-day
 * export has 30 event days and 30 DATEADDED days) but every row reads two: without this, the
 * calendar check ran 2 million times per million rows, a quarter of the import's time.
 * Bounded, so a file of random garbage cannot grow it without limit.
 */
const dayMemo = new Map<string, Day>();
const DAY_MEMO_LIMIT = 100_000;

/** "20200311" → EDTF and day number, or undefined if it is not a calendar date. */
function readDay(text: string): Day {
  // The pattern below reads the first 8 characters only, so they decide the answer.
  const key = text.slice(0, 8);
  if (dayMemo.has(key)) return dayMemo.get(key);
  const day = readDayUncached(key);
  if (dayMemo.size >= DAY_MEMO_LIMIT) dayMemo.clear();
  dayMemo.set(key, day);
  return day;
}

function readDayUncached(text: string): Day {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(text);
  if (!m) return undefined;
  const parts = edtfFromParts(m[1], m[2], m[3]);
  if (!parts.ok) return undefined;
  return {
    date: parts.date,
    day: Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000,
  };
}

function readCount(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : undefined;
}

function actor(cells: readonly string[], at: number): GdeltActor {
  return {
    code: (cells[at] ?? "").trim(),
    name: (cells[at + 1] ?? "").trim(),
    country: (cells[at + 2] ?? "").trim(),
    type: (cells[at + 7] ?? "").trim(),
  };
}

export const REASON_COLUMNS =
  "not a GDELT row: expected 61 (GDELT 2.0), 58 or 57 (GDELT 1.0) tab-separated columns";

export function parseGdeltLine(line: string, lineNumber: number): GdeltParse {
  const cells = line.split("\t");
  const layout = LAYOUTS.get(cells.length);
  if (!layout)
    return fail(REASON_COLUMNS, `${cells.length} column${cells.length === 1 ? "" : "s"}`);
  const event = readDay(cells[1] ?? "");
  if (!event)
    return fail(
      "invalid event date (SQLDATE)",
      `SQLDATE "${(cells[1] ?? "").slice(0, 20)}" is not a YYYYMMDD date`,
    );
  const addedText = (cells[layout.added] ?? "").trim();
  const added = /^\d{8}(\d{6})?$/.test(addedText) ? readDay(addedText) : undefined;
  if (!added)
    return fail("invalid DATEADDED", `DATEADDED "${addedText.slice(0, 20)}" is not a date`);
  const eventCode = (cells[26] ?? "").trim();
  if (!/^\d{2,4}$/.test(eventCode))
    return fail(
      "invalid CAMEO event code",
      `EventCode "${eventCode.slice(0, 20)}" is not 2 to 4 digits`,
    );
  const goldsteinText = (cells[30] ?? "").trim();
  const goldstein = Number(goldsteinText);
  if (goldsteinText === "" || !Number.isFinite(goldstein) || Math.abs(goldstein) > 10)
    return fail(
      "invalid GoldsteinScale",
      `GoldsteinScale "${goldsteinText.slice(0, 20)}" is not a number from -10 to 10`,
    );
  const mentions = readCount(cells[31]);
  const sources = readCount(cells[32]);
  const articles = readCount(cells[33]);
  if (mentions === undefined || sources === undefined || articles === undefined)
    return fail(
      "invalid mention counts",
      "NumMentions, NumSources and NumArticles must be whole numbers",
    );
  const quad = Number((cells[29] ?? "").trim());
  const tone = Number((cells[34] ?? "").trim());
  return {
    ok: true,
    row: {
      line: lineNumber,
      version: layout.version,
      eventId: (cells[0] ?? "").trim(),
      date: event.date,
      dayNumber: event.day,
      added: addedText,
      addedDayNumber: added.day,
      actor1: actor(cells, 5),
      actor2: actor(cells, 15),
      eventCode,
      quadClass: Number.isInteger(quad) && quad >= 1 && quad <= 4 ? quad : undefined,
      goldstein,
      mentions,
      sources,
      articles,
      tone: (cells[34] ?? "").trim() !== "" && Number.isFinite(tone) ? tone : undefined,
      url: layout.url === undefined ? "" : (cells[layout.url] ?? "").trim(),
    },
  };
}
