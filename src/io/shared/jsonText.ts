/** JSON.parse with problems located by line and column instead of a bare character offset. */
import { parse as parseTolerant, type ParseError } from "jsonc-parser";
import type { Problem, Result } from "../../model/result.ts";

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function parseJsonText(text: string): Result<unknown> {
  // A byte-order mark is legitimate in files saved by some editors; JSON.parse rejects it.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const explicit = /line (\d+) column (\d+)/.exec(message);
    const offset = /position (\d+)/.exec(message);
    let where: { line: number; column: number };
    if (explicit) where = { line: Number(explicit[1]), column: Number(explicit[2]) };
    else if (offset) where = lineAndColumn(body, Number(offset[1]));
    else where = locateWithScanner(body) ?? { line: 1, column: 1 };
    const reason = message
      .replace(/\s*\(line \d+ column \d+\)/, "")
      .replace(/ in JSON at position \d+/, "");
    const problem: Problem = {
      path: `line ${where.line}, column ${where.column}`,
      line: where.line,
      column: where.column,
      message: `malformed JSON: ${reason}`,
    };
    return { ok: false, error: [problem] };
  }
}

/** V8 leaves the position out of some messages; a tolerant parser finds the first error offset. */
function locateWithScanner(text: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  try {
    parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return undefined; // nested too deeply for its recursion: the message alone must do
  }
  const first = errors[0];
  if (!first) return undefined;
  return lineAndColumn(text, first.offset);
}
