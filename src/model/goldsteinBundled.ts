/** The CAMEO → Goldstein table bundled into the browser build (Vite inlines the text). */
import tableText from "../../data/cameo/CAMEO.goldsteinscale.txt?raw";
import type { GoldsteinTable } from "./cameo.ts";
import { parseGoldsteinTable } from "./cameo.ts";

let cached: GoldsteinTable | undefined;

/** Parsed on first use, not at import time: importing a module must have no side effects. */
export function bundledGoldsteinTable(): GoldsteinTable {
  if (cached) return cached;
  const parsed = parseGoldsteinTable(tableText);
  if (!parsed.ok) throw new Error(`data/cameo/CAMEO.goldsteinscale.txt: ${parsed.error}`);
  cached = parsed.value;
  return cached;
}
