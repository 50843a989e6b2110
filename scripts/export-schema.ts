/** Writes the dataset schema as JSON Schema; `tests/model/schema-file.test.ts` fails when stale. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderJsonSchemaFile } from "../src/model/json-schema-file.ts";

const target = fileURLToPath(new URL("../data/schema/dataset.schema.json", import.meta.url));
writeFileSync(target, renderJsonSchemaFile());
console.log(`wrote ${target}`);
