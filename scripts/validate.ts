/**
 * `npm run validate -- FILE...`: one summary line per valid dataset (exit 0), or every problem
 * as `FILE: path: message` (exit 1).
 */
import { readFileSync } from "node:fs";
import { parseDetenteJson } from "../src/io/detente/json.ts";
import { loadGoldsteinTable } from "./load-goldstein.ts";

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run validate -- FILE.json [FILE.json ...]");
  process.exit(2);
}

const goldstein = loadGoldsteinTable();
let failed = false;
for (const file of files) {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    console.error(`${file}: (file): cannot read: ${(error as Error).message}`);
    failed = true;
    continue;
  }
  const result = parseDetenteJson(text, goldstein);
  if (result.ok) {
    const d = result.value;
    const dates = d.events.map((e) => e.date).sort();
    const span = dates.length > 0 ? `${dates[0]} … ${dates[dates.length - 1]}` : "no dates";
    console.log(
      `${file}: ok — "${d.title}": ${d.events.length} events, ${d.topics.length} topics, ` +
        `${d.actors.length} actors, ${d.sources.length} sources, ${d.eras?.length ?? 0} eras (${span})`,
    );
  } else {
    failed = true;
    for (const problem of result.error)
      console.error(`${file}: ${problem.path}: ${problem.message}`);
  }
}
process.exit(failed ? 1 : 0);
