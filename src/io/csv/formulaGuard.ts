/**
 * The CSV formula guard and its exact inverse.
 *
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return, which some
 * strip before parsing) as a formula, so a crafted event title could call out to the network
 * when the file is opened. The exporter puts an apostrophe in front of such text cells (the
 * OWASP advice), which spreadsheets show as plain text.
 *
 * To take the apostrophe off again without ever eating one an author typed, the exporter also
 * guards text that already starts with apostrophes followed by a trigger ("'=x" is written
 * "''=x"). Then the rule is a bijection: a cell gained its first apostrophe from the guard if
 * and only if it is one or more apostrophes followed by a trigger character.
 */

/** Text the exporter guards: any apostrophes, then a formula trigger. */
export const GUARDED_TEXT = /^'*[=+\-@\t\r]/;

/** A cell as the guard wrote it: at least one apostrophe, then a trigger. */
const GUARD_WRITTEN = /^'+[=+\-@\t\r]/;

/** The cell as the exporter's caller gave it (numbers are never guarded). */
export function guardCell(text: string): string {
  return GUARDED_TEXT.test(text) ? `'${text}` : text;
}

/** The cell without the guard's apostrophe when the guard put one there; otherwise as is. */
export function unguardCell(cell: string): string {
  return GUARD_WRITTEN.test(cell) ? cell.slice(1) : cell;
}
