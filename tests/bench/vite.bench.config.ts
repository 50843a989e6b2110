/**
 * Vite config for the benchmark's pages only (tests/bench/page/): a production build of the
 * Détente page, the vis-timeline page and the import page, into the directory the driver chooses.
 * `BENCH_MINIFY=0` keeps names readable for profiling (the figures are taken minified).
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const page = (name: string): string => fileURLToPath(new URL(`./page/${name}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL("./page/", import.meta.url)),
  plugins: [react()],
  logLevel: "warn",
  // The datasets are written beside the build by the driver, not copied from a public folder.
  publicDir: false,
  // As the app builds them (vite.config.ts): module workers, which load the Arrow reader on demand.
  worker: { format: "es" },
  build: {
    emptyOutDir: true,
    sourcemap: true,
    minify: process.env["BENCH_MINIFY"] !== "0",
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: {
        detente: page("detente.html"),
        vis: page("vis.html"),
        // The import benchmark's page (the app's worker importer on a bare page).
        import: page("import.html"),
      },
    },
  },
});
