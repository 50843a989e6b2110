/**
 * The pair a reader asks for in a link (`?parties=USA,COL`) or a prop, read without the country
 * table (which stays in the import worker): two three-letter codes, checked there.
 */
export type PartyCodes = readonly [string, string];

/** "USA,COL" or "usa col" → ["USA", "COL"]; undefined unless exactly two codes. */
export function readPartyCodes(text: string | null | undefined): PartyCodes | undefined {
  const codes = (text ?? "")
    .split(/[\s,;]+/)
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== "");
  const [a, b] = codes;
  return codes.length === 2 && a && b && /^[A-Z]{3}$/.test(a) && /^[A-Z]{3}$/.test(b)
    ? [a, b]
    : undefined;
}
