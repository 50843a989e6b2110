/**
 * dist/embed.js: the host-page script of the iframe embed (src/embed/host.ts), one classic
 * script with no dependencies, run by `npm run build` through scripts/build-embeds.mjs.
 */
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const ENTRY = "virtual:detente-embed-host";
const RESOLVED_ENTRY = `\0${ENTRY}`;
const HOST = fileURLToPath(new URL("./src/embed/host.ts", import.meta.url));

/**
 * The entry only starts the host. host.ts itself has no side effects (tests import it and start
 * it themselves) and its exports stay out of the bundle, so the script defines no global.
 */
function hostEntry(): Plugin {
  return {
    name: "detente-embed-host-entry",
    resolveId: (id) => (id === ENTRY ? RESOLVED_ENTRY : null),
    load: (id) =>
      id === RESOLVED_ENTRY
        ? `import { startDetenteHost } from ${JSON.stringify(HOST)};\nstartDetenteHost(window);\n`
        : null,
  };
}

export default defineConfig({
  // Never copy public/ next to it: the app build already did, and this writes into the same dist/.
  publicDir: false,
  plugins: [hostEntry()],
  build: {
    outDir: "dist",
    emptyOutDir: false,
    sourcemap: false,
    minify: true,
    // Host pages are anyone's: stay within what every browser with ResizeObserver-era APIs runs.
    target: "es2018",
    rolldownOptions: {
      input: ENTRY,
      output: { format: "iife", entryFileNames: "embed.js" },
    },
  },
});
