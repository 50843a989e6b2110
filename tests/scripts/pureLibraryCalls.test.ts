/**
 * The bundler treats every call of these names as pure, in every module: a function of Détente's
 * own with one of them would lose its calls whose result is unused.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pureLibraryCalls } from "../../scripts/pureLibraryCalls.ts";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("calls the bundler may drop", () => {
  it("are d3-time's interval builders, defined there", () => {
    const d3Time = readFileSync(
      join(process.cwd(), "node_modules/d3-time/dist/d3-time.mjs"),
      "utf8",
    );
    for (const name of pureLibraryCalls.manualPureFunctions)
      expect(d3Time, name).toMatch(new RegExp(`function ${name}\\(`));
  });

  it("name no function, variable or method of Détente's own", () => {
    const taken: string[] = [];
    for (const file of sources(join(process.cwd(), "src"))) {
      const text = readFileSync(file, "utf8");
      for (const name of pureLibraryCalls.manualPureFunctions)
        if (new RegExp(`\\b${name}\\s*[(=:]|function\\s+${name}\\b`).test(text))
          taken.push(`${file}: ${name}`);
    }
    expect(taken).toEqual([]);
  });
});
