import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { renderJsonSchemaFile } from "../../src/model/jsonSchemaFile.ts";

describe("data/schema/dataset.schema.json", () => {
  it("matches the zod schema (run `npm run schema` after changing src/model/schema.ts)", () => {
    const committed = readFileSync(
      resolve(process.cwd(), "data/schema/dataset.schema.json"),
      "utf8",
    );
    expect(committed).toBe(renderJsonSchemaFile());
  });
});
