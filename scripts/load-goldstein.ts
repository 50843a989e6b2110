/** Node-side loading of the CAMEO → Goldstein table (the browser bundles it with `?raw`). */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { GoldsteinTable } from "../src/model/cameo.ts";
import { parseGoldsteinTable } from "../src/model/cameo.ts";

export const GOLDSTEIN_PATH = fileURLToPath(
  new URL("../data/cameo/CAMEO.goldsteinscale.txt", import.meta.url),
);

export function loadGoldsteinTable(): GoldsteinTable {
  const parsed = parseGoldsteinTable(readFileSync(GOLDSTEIN_PATH, "utf8"));
  if (!parsed.ok) throw new Error(`${GOLDSTEIN_PATH}: ${parsed.error}`);
  return parsed.value;
}
