/**
 * Vite config for the timeline benchmark's pages only (tests/bench/page/): a production build of
 * the Détente page and the vis-timeline page, into the directory the bench driver chooses.
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
  build: {
    emptyOutDir: true,
    sourcemap: true,
    minify: process.env["BENCH_MINIFY"] !== "0",
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: { detente: page("detente.html"), vis: page("vis.html") },
    },
  },
});
