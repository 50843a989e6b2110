/**
 * The custom element build: dist/element/detente-timeline.js, an ES module (React, the app and
 * its styles inside) that defines <detente-timeline> when loaded, with the chunks it loads on
 * demand (exporters, the validator) and its load worker beside it in dist/element/. Hosts need
 * no bundler and no React of their own. Run by scripts/build-embeds.mjs.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { transitionFree } from "./scripts/transitionFree.ts";
import { pureLibraryCalls } from "./scripts/pureLibraryCalls.ts";

export default defineConfig({
  plugins: [react(), transitionFree()],
  publicDir: false,
  // Module workers, so a worker can load a chunk on demand (the Arrow reader) instead of carrying
  // it in its own file.
  worker: { format: "es" },
  // Library mode leaves process.env alone for the consumer's bundler; this file is what the
  // browser runs, so React's production build is chosen here.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: fileURLToPath(new URL("dist/element/", import.meta.url)),
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    minify: "oxc",
    lib: {
      entry: fileURLToPath(new URL("src/embed/element.ts", import.meta.url)),
      formats: ["es"],
      fileName: () => "detente-timeline.js",
    },
    rolldownOptions: {
      // Nothing re-bundles this file, so minify it fully: library mode alone would keep the
      // whitespace (for a consumer's bundler that never comes).
      output: { minify: true },
      preserveEntrySignatures: "allow-extension",
      treeshake: pureLibraryCalls,
    },
  },
});
