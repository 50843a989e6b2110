/**
 * A stored value as JSON text, whatever it holds: a record kept by an older version, or edited
 * by hand, may hold what JSON cannot (a BigInt, a Map, a cycle). "Save the raw record" must
 * still save it, so nothing is refused: such values are written in the nearest JSON form.
 */
export function rawRecordJson(value: unknown): string {
  const seen = new WeakSet<object>();
  const replace = (_key: string, item: unknown): unknown => {
    if (typeof item === "bigint") return item.toString();
    if (item instanceof Map) return Object.fromEntries([...item].map(([k, v]) => [String(k), v]));
    if (item instanceof Set) return [...item];
    if (typeof item === "object" && item !== null) {
      if (seen.has(item)) return "[circular]";
      seen.add(item);
    }
    return item;
  };
  return JSON.stringify(value, replace, 2) ?? "null";
}
