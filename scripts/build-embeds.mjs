#!/usr/bin/env node
// The embeddable builds that `npm run build` makes after the app itself: the React library
// (dist/lib), the custom element (dist/element) and the iframe host script (dist/embed.js).
// Each has its own Vite config; a config not written yet is skipped with a note.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const configs = ["vite.lib.config.ts", "vite.element.config.ts", "vite.host.config.ts"];

for (const name of configs) {
  const configFile = join(root, name);
  if (!existsSync(configFile)) {
    console.log(`build-embeds: ${name} not present, skipped`);
    continue;
  }
  console.log(`build-embeds: ${name}`);
  await build({ configFile, root, logLevel: "warn" });
}
