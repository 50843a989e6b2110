/** Writes the dataset schema as JSON Schema; `tests/model/jsonSchemaFile.test.ts` fails when stale. */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderJsonSchemaFile } from "../src/model/jsonSchemaFile.ts";

const target = fileURLToPath(new URL("../data/schema/dataset.schema.json", import.meta.url));
writeFileSync(target, renderJsonSchemaFile());
console.log(`wrote ${target}`);
