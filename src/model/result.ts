/** A problem found in input: where it is (JSON path or line/column) and what was expected. */
export interface Problem {
  /** JSON path such as `events[3].date`, or `line 12, column 5` for text formats. */
  readonly path: string;
  readonly message: string;
  /** Line number in the source text, where it is known. */
  readonly line?: number;
  readonly column?: number;
}

export type Result<T, E = Problem[]> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Renders a path array (as zod reports it) the way people write it: `events[3].topics[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}
