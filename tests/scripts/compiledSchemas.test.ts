// @vitest-environment node
import { readFileSync } from "node:fs";
import { renderCompiledSchemas, TARGET } from "../../scripts/compiledSchemas.ts";

describe("src/model/compiled/parsers.ts", () => {
  it("is what zod's compiler makes of the schema (run `npm run compile-schemas` after changing src/model/schema.ts or zod)", async () => {
    expect(readFileSync(TARGET, "utf8")).toBe(await renderCompiledSchemas());
  });
});
