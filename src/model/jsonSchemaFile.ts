import { datasetJsonSchema } from "./schema.ts";

/** The exact text of `data/schema/dataset.schema.json`, so a test can compare byte for byte. */
export function renderJsonSchemaFile(): string {
  const schema = {
    ...(datasetJsonSchema() as Record<string, unknown>),
    title: "Détente dataset",
    description:
      "Events between two parties, each dated in EDTF level 0 (its length is its precision), scored on the Goldstein scale and citing its sources. Generated from src/model/schema.ts by `npm run schema`; do not edit.",
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
