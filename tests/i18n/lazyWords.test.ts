/**
 * Words only lazily loaded parts show are added to the translator by their chunk's words module
 * (i18n/*Words.ts), not by the first load. A module that uses one of those words without
 * importing its words module would show the bare key whenever it renders before another part
 * brought them: every such use must import the module itself.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(process.cwd(), "src");
const I18N = join(SRC, "i18n");

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "messages" ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Each words module and the message keys it adds (from the message files it imports). */
function wordsModules(): { module: string; keys: string[] }[] {
  return readdirSync(I18N)
    .filter((name) => /Words\.ts$/.test(name))
    .map((name) => {
      const text = readFileSync(join(I18N, name), "utf8");
      const files = [...text.matchAll(/from "\.\/messages\/(\w+)\.ts"/g)].map((m) => m[1]);
      const keys = files.flatMap((file) =>
        [
          ...readFileSync(join(I18N, "messages", `${file}.ts`), "utf8").matchAll(
            /^ {2}"([^"]+)":/gm,
          ),
        ].map((m) => m[1] as string),
      );
      return { module: name.replace(/\.ts$/, ""), keys };
    });
}

describe("words of lazily loaded parts", () => {
  const modules = wordsModules();
  const files = sources(SRC);

  it("finds the words modules and their words", () => {
    expect(modules.map((m) => m.module)).toContain("detailsWords");
    for (const { module, keys } of modules) expect(keys.length, module).toBeGreaterThan(0);
  });

  it("are used only by modules that import their words module", () => {
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      for (const { module, keys } of modules) {
        if (file === join(I18N, `${module}.ts`)) continue;
        const used = keys.filter(
          (key) =>
            text.includes(`"${key}"`) ||
            text.includes(`\`${key.slice(0, key.lastIndexOf(".") + 1)}\${`),
        );
        if (
          used.length > 0 &&
          !text.includes(`i18n/${module}.ts"`) &&
          !text.includes(`./${module}.ts"`)
        )
          missing.push(`${relative(SRC, file)} uses ${used.join(", ")} without ${module}.ts`);
      }
    }
    expect(missing).toEqual([]);
  });
});
