/** Writes src/model/compiled/parsers.ts; `tests/scripts/compiledSchemas.test.ts` fails when stale. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { renderCompiledSchemas, TARGET } from "./compiledSchemas.ts";

mkdirSync(dirname(TARGET), { recursive: true });
writeFileSync(TARGET, await renderCompiledSchemas());
console.log(`wrote ${TARGET}`);
