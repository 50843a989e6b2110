/**
 * JSON text of a large value, written a slice at a time with a pause between slices, so that
 * turning 100,000 events into text never holds the page for more than a few milliseconds at
 * once. The text is exactly `JSON.stringify(value)`'s: plain objects are walked key by key
 * (undefined, function and symbol members left out, as JSON.stringify does), long arrays element
 * by element, and everything else is stringified whole.
 */

export interface SliceOptions {
  /** Ends the task; between slices (yieldToPage.ts in the app). */
  readonly pause: () => Promise<void>;
  /** How long a slice may run before the next pause, in ms. */
  readonly budgetMs?: number;
  /** Arrays at most this long are stringified whole. */
  readonly wholeBelow?: number;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return (proto === Object.prototype || proto === null) && !("toJSON" in value);
};

const skipped = (value: unknown): boolean =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

/** The JSON text of `value`, written a slice at a time. */
export async function sliceJson(value: unknown, options: SliceOptions): Promise<string> {
  return (await sliceJsonParts(value, options)).join("");
}

/**
 * The JSON text of `value` as the parts written between pauses, in order: joined, they are
 * `JSON.stringify(value)`. Kept apart, a 10 MB text is never copied whole on the page's thread
 * (keptParts.ts stores the parts as they are).
 */
export async function sliceJsonParts(value: unknown, options: SliceOptions): Promise<string[]> {
  const budget = options.budgetMs ?? 8;
  const wholeBelow = options.wholeBelow ?? 500;
  const done: string[] = [];
  let parts: string[] = [];
  let sliceStart = performance.now();
  const check = async (): Promise<void> => {
    if (performance.now() - sliceStart < budget) return;
    done.push(parts.join(""));
    parts = [];
    await options.pause();
    sliceStart = performance.now();
  };

  const write = async (item: unknown): Promise<void> => {
    if (Array.isArray(item) && item.length > wholeBelow) {
      parts.push("[");
      for (let i = 0; i < item.length; i += wholeBelow) {
        // A slice of the array is stringified at once: its brackets are dropped.
        const text = JSON.stringify(item.slice(i, i + wholeBelow));
        parts.push(i === 0 ? "" : ",", text.slice(1, -1));
        await check();
      }
      parts.push("]");
      return;
    }
    if (isPlainObject(item)) {
      parts.push("{");
      let first = true;
      for (const key of Object.keys(item)) {
        const member = item[key];
        if (skipped(member)) continue;
        parts.push(first ? "" : ",", JSON.stringify(key), ":");
        first = false;
        await write(member);
        await check();
      }
      parts.push("}");
      return;
    }
    // Only a bare undefined (or function) has no JSON: written as null, as in an array.
    parts.push(JSON.stringify(item) ?? "null");
  };

  await write(value);
  done.push(parts.join(""));
  return done;
}
