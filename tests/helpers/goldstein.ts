import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { GoldsteinTable } from "../../src/model/cameo.ts";
import { parseGoldsteinTable } from "../../src/model/cameo.ts";

export function goldsteinTable(): GoldsteinTable {
  const parsed = parseGoldsteinTable(
    readFileSync(resolve(process.cwd(), "data/cameo/CAMEO.goldsteinscale.txt"), "utf8"),
  );
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
