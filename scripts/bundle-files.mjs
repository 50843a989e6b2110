// Which built files each first load fetches, for the bundle budget (.size-limit.js) and the
// benchmark's `bundle` section. A first load is an entry and every chunk it imports statically,
// transitively: those arrive before the first view can be interactive. Chunks reached only by
// dynamic import() (dialogs, exporters, the validator fallback) and workers are listed apart.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/** Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`, minified or not. */
const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** `file` and everything it imports statically, each once. */
export function staticGraph(file) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const code = readFileSync(path, "utf8");
    for (const match of code.matchAll(STATIC_IMPORT)) visit(join(dirname(path), match[1]));
  };
  visit(file);
  return [...seen];
}

/** The module script an HTML page starts, as a file under `dist`. */
export function htmlEntry(dist, page) {
  const html = readFileSync(join(dist, page), "utf8");
  const src = /<script type="module"[^>]*\ssrc="\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error(`${page}: no module script`);
  return join(dist, src);
}

/** Chunk name without its content hash: "assets/exportBlob-B-dlKhcJ.js" → "exportBlob". */
export function chunkName(file) {
  return basename(file, ".js").replace(/-[\w-]{8}$/, "");
}

const jsFiles = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith(".js"))
        .map((name) => join(dir, name))
    : [];

/**
 * Every build's first loads and the rest: `eager` files per first load; `lazy` chunks (reached
 * only through import()) and `workers`, one file each.
 */
export function bundleLayout(dist = "dist") {
  const firstLoads = [
    { name: "App page: first load", files: staticGraph(htmlEntry(dist, "index.html")) },
    { name: "Embed page: first load", files: staticGraph(htmlEntry(dist, "embed.html")) },
    {
      name: "Custom element: first load (React included)",
      files: staticGraph(join(dist, "element/detente-timeline.js")),
    },
    {
      name: "React component: first load (React not included)",
      files: staticGraph(join(dist, "lib/detente.js")),
    },
  ];
  const eager = new Set(firstLoads.flatMap((load) => load.files));
  const all = [
    ...jsFiles(join(dist, "assets")),
    ...jsFiles(join(dist, "element")),
    ...jsFiles(join(dist, "lib")),
  ];
  const workers = all.filter((file) => /\.worker-[\w-]+\.js$/.test(file));
  const lazy = all.filter((file) => !eager.has(file) && !workers.includes(file));
  return {
    firstLoads,
    workers,
    lazy,
  };
}
