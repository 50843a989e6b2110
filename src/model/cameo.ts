/**
 * The CAMEO → Goldstein lookup. The table itself is data (`data/cameo/`), injected by the caller
 * so the model stays free of file or bundler access. CAMEO codes are strings: "010" ≠ "10".
 */
import type { Result } from "./result.ts";

export type GoldsteinTable = ReadonlyMap<string, number>;

export function parseGoldsteinTable(text: string): Result<GoldsteinTable, string> {
  const table = new Map<string, number>();
  const lines = text.split(/\r?\n/);
  for (const [index, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === "" || index === 0) continue; // header: CAMEOEVENTCODE GOLDSTEINSCALE
    const [code, value, ...rest] = line.split("\t");
    const score = Number(value);
    if (!code || !/^\d{2,4}$/.test(code) || rest.length > 0 || !Number.isFinite(score)) {
      return { ok: false, error: `line ${index + 1}: expected "CODE<TAB>SCORE", got "${line}"` };
    }
    table.set(code, score);
  }
  return { ok: true, value: table };
}
