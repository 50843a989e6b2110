import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { transitionFree } from "./scripts/transitionFree.ts";
import { pureLibraryCalls } from "./scripts/pureLibraryCalls.ts";

const file = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The bundled dataset, also as a plain file at /data/us-colombia.json: embeds that fetch their
 * data (the custom element's `src`) point there, so its URL is part of the embedding contract.
 */
function publishDataset(): Plugin {
  const url = "/data/us-colombia.json";
  const source = file("./data/us-colombia.json");
  return {
    name: "detente-publish-dataset",
    configureServer(server) {
      server.middlewares.use(url, (_req, res) => {
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(readFileSync(source));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: url.slice(1), source: readFileSync(source) });
    },
  };
}

export default defineConfig({
  plugins: [react(), transitionFree(), publishDataset()],
  server: { host: "127.0.0.1", port: 5173 },
  // Module workers, so a worker can load a chunk on demand (the Arrow reader) instead of carrying
  // it in its own file.
  worker: { format: "es" },
  preview: { host: "127.0.0.1", port: 4173 },
  build: {
    outDir: "dist",
    sourcemap: true,
    // No modulepreload polyfill in the first load: every browser since Firefox 115 and Safari 17
    // (2023) preloads modules itself; an older one loads the shared chunk when the entry asks
    // for it, a moment later, and works the same.
    modulePreload: { polyfill: false },
    // Two pages: the app, and the chrome-less embed page that iframes load.
    rolldownOptions: {
      input: { main: file("./index.html"), embed: file("./embed.html") },
      treeshake: pureLibraryCalls,
    },
  },
});
