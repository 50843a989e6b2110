#!/usr/bin/env node
// `npm run bench`: runs the benchmark driver (tests/bench/run.ts) under tsx, passing options on,
// e.g. `npm run bench -- --sizes=1000,10000` or `npm run bench -- --profile`.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", join(root, "tests/bench/run.ts"), ...process.argv.slice(2)],
  { cwd: root, stdio: "inherit" },
);
if (result.error) {
  console.error(`bench: could not start node: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
