/**
 * GDELT text → row keys, fed in pieces. A GDELT export is one event per line, so it can be read
 * as it arrives: each complete line is parsed at once and the text is dropped. `parseGdelt` feeds
 * the whole text in one piece through the same reader, so a streamed import and a whole-text
 * import skip, number and report every line identically.
 *
 * What is kept per row is small, because a file can have millions of rows and most of them end up
 * skipped: a GdeltRowKey (line, the two dates, the CAMEO code and the two country codes, with
 * the codes shared between rows), which is all the steps before the parties are known read. Only
 * a row that may be between two parties (two different country codes, or the caller's two
 * parties) also keeps a copy of its line, re-parsed into a full row once the parties are chosen
 * (rebuildGdeltRow). On a synthetic 1,000,000-row file this halves the worker's peak heap.
 */
import type { Party } from "../../model/schema.ts";
import { stripBom } from "../csv/rows.ts";
import { parseGdeltLine, type GdeltRow } from "./row.ts";
import type { ImportLog } from "../pipeline/log.ts";
import { warnReplacementChars } from "../pipeline/warnings.ts";
import { isCountry } from "../eventdata/countries.ts";

const HEADER = /^\s*GLOBALEVENTID\b/i;

/** What the date-gap filter, the CAMEO check, the party choice and the between test read. */
export interface GdeltRowKey {
  readonly line: number;
  readonly dayNumber: number;
  readonly addedDayNumber: number;
  readonly eventCode: string;
  readonly actor1: { readonly country: string };
  readonly actor2: { readonly country: string };
  /** The row's line, only where the row may be between the parties. */
  readonly text?: string;
}

/**
 * A copy of a line that does not keep the chunk it was cut from alive. V8 cuts substrings of 13
 * characters or more as views into their parent, so a kept line (or any field cut from it) would
 * pin its whole 64 KiB chunk, and with it, in effect, the whole file. Flattening a concatenation
 * makes a string of its own; elsewhere this is merely a copy.
 */
function detached(line: string): string {
  return ` ${line}`.slice(1);
}

/** The full row of a key that kept its line; undefined for a key that did not. */
export function rebuildGdeltRow(key: GdeltRowKey): GdeltRow | undefined {
  if (key.text === undefined) return undefined;
  const parsed = parseGdeltLine(key.text, key.line);
  return parsed.ok ? parsed.row : undefined;
}

export class GdeltLineReader {
  private readonly rows: GdeltRowKey[] = [];
  /** Shared country objects and CAMEO codes: a few hundred distinct values for millions of rows. */
  private readonly countries = new Map<string, { readonly country: string }>();
  private readonly codes = new Map<string, string>();
  /** The unfinished last line of the pieces so far. */
  private carry = "";
  /** 0-based index of the next line to parse. */
  private index = 0;
  private started = false;
  private sawReplacement = false;

  /** `parties`: the caller's, when given; then only rows between them keep their line. */
  constructor(
    private readonly log: ImportLog,
    private readonly parties?: readonly [Party, Party],
  ) {}

  /** Rows read so far (for progress). */
  get rowCount(): number {
    return this.rows.length;
  }

  /** Lines seen so far, including skipped ones. */
  get lineCount(): number {
    return this.index;
  }

  push(piece: string): void {
    let text = piece;
    if (!this.started) {
      // The byte-order mark can only open the first piece.
      text = stripBom(text);
      this.started = true;
    }
    if (!this.sawReplacement && text.includes("\ufffd")) {
      this.sawReplacement = true;
      warnReplacementChars(this.log, text);
    }
    let end = text.indexOf("\n");
    if (end < 0) {
      this.carry += text;
      return;
    }
    // The carried start of a line is completed by this piece's first line.
    this.line(this.carry + text.slice(0, end));
    let start = end + 1;
    for (end = text.indexOf("\n", start); end >= 0; end = text.indexOf("\n", start)) {
      this.line(text.slice(start, end));
      start = end + 1;
    }
    this.carry = text.slice(start);
  }

  /** Parses the last line (one without a final newline) and hands the row keys over. */
  end(): GdeltRowKey[] {
    if (this.carry !== "") this.line(this.carry);
    this.carry = "";
    return this.rows;
  }

  private line(raw: string): void {
    const index = this.index++;
    // split(/\r?\n/) semantics: a "\r\n" ending leaves no "\r" behind.
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.trim() === "") return;
    if (index === 0 && HEADER.test(line)) {
      this.log.skip("header row", 1);
      return;
    }
    const parsed = parseGdeltLine(line, index + 1);
    if (parsed.ok) this.rows.push(this.key(parsed.row, line));
    else this.log.skip(parsed.reason, index + 1, `${parsed.reason}: ${parsed.detail}`);
  }

  private key(row: GdeltRow, line: string): GdeltRowKey {
    const x = row.actor1.country;
    const y = row.actor2.country;
    const candidate = this.parties
      ? (x === this.parties[0].code && y === this.parties[1].code) ||
        (x === this.parties[1].code && y === this.parties[0].code)
      : // Chosen parties are two different countries (chooseGdeltParties).
        x !== y && isCountry(x) && isCountry(y);
    return {
      line: row.line,
      dayNumber: row.dayNumber,
      addedDayNumber: row.addedDayNumber,
      eventCode: this.shared(this.codes, row.eventCode, row.eventCode),
      actor1: this.shared(this.countries, x, { country: x }),
      actor2: this.shared(this.countries, y, { country: y }),
      ...(candidate ? { text: detached(line) } : {}),
    };
  }

  private shared<T>(map: Map<string, T>, key: string, value: T): T {
    const found = map.get(key);
    if (found !== undefined) return found;
    // Keys are short (≤ 4 characters for a valid row): copies, pinning nothing.
    map.set(key, value);
    return value;
  }
}
