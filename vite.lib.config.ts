/**
 * The React library build: dist/lib/detente.js (ES module, React external: the host's own React
 * renders it), dist/lib/detente.css (the instance styles only: no page styles) and type
 * declarations (dist/lib/detente.d.ts → dist/lib/types/…). Run by scripts/build-embeds.mjs.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { transitionFree } from "./scripts/transitionFree.ts";
import { pureLibraryCalls } from "./scripts/pureLibraryCalls.ts";

const entry = fileURLToPath(new URL("src/embed/library.ts", import.meta.url));
const outDir = fileURLToPath(new URL("dist/lib/", import.meta.url));
const styles = ["src/ui/detente.css", "src/ui/print.css"].map((path) =>
  fileURLToPath(new URL(path, import.meta.url)),
);

/**
 * The entry must not import CSS (importing the library has no side effects, in source form too),
 * yet the stylesheet should go through Vite's CSS pipeline (minified, one file). So the build
 * alone adds the imports; library mode extracts them into detente.css and leaves no trace in JS.
 */
function libraryStyles(): Plugin {
  return {
    name: "detente-library-styles",
    transform(code, id) {
      if (id !== entry) return null;
      // Appended, so the entry's own lines keep their positions in the source map.
      return {
        code: `${code}\n${styles.map((path) => `import ${JSON.stringify(path)};`).join("\n")}\n`,
        map: null,
      };
    },
  };
}

/** Declarations from tsc (tsconfig.lib.json) once the bundle is written, plus a types entry. */
function declarations(): Plugin {
  return {
    name: "detente-library-declarations",
    apply: "build",
    closeBundle() {
      const tsc = fileURLToPath(new URL("node_modules/typescript/bin/tsc", import.meta.url));
      const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.lib.json"], {
        stdio: "inherit",
      });
      if (result.status !== 0) throw new Error("tsc -p tsconfig.lib.json failed");
      // Beside detente.js, so `import … from ".../dist/lib/detente.js"` finds its types.
      writeFileSync(`${outDir}detente.d.ts`, 'export * from "./types/embed/library.js";\n');
    },
  };
}

export default defineConfig({
  plugins: [react(), transitionFree(), libraryStyles(), declarations()],
  publicDir: false,
  // Module workers, so a worker can load a chunk on demand (the Arrow reader) instead of carrying
  // it in its own file.
  worker: { format: "es" },
  build: {
    outDir,
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    cssCodeSplit: false,
    lib: {
      entry,
      formats: ["es"],
      fileName: () => "detente.js",
      cssFileName: "detente",
    },
    rolldownOptions: {
      // Peer dependencies: one React per page, the host's.
      external: [/^react(\/.*)?$/, /^react-dom(\/.*)?$/],
      preserveEntrySignatures: "allow-extension",
      treeshake: pureLibraryCalls,
    },
  },
});
