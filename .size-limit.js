// The bundle budget, checked by `npm test` and CI after the build (scripts/test-all.mjs) with
// size-limit: gzipped JavaScript that each first load fetches before its view can be interactive
// (the entry and the chunks it imports statically; scripts/bundle-files.mjs finds them in dist/).
// Workers and lazily loaded chunks are reported apart; the README's performance section gives
// the figures. Raise a budget only with a reason in the commit message.
import { bundleLayout, chunkName } from "./scripts/bundle-files.mjs";

// The pages' budget is the goal, 120 kB (README, "What a reader downloads first"); the others are
// today's figures with about 0.1 kB of headroom, so nothing grows unnoticed.
const BUDGETS = {
  "App page: first load": "120 kB",
  "Embed page: first load": "120 kB",
  "Custom element: first load (React included)": "125 kB",
  "React component: first load (React not included)": "57.3 kB",
};
/** Workers load beside the page, off its thread: budgeted so they cannot grow unnoticed. */
const WORKER_BUDGET = { "load.worker": "44.2 kB", "import.worker": "101.5 kB" };

const layout = bundleLayout("dist");
const where = (file) => file.split("/").slice(1, -1).join("/");

export default [
  ...layout.firstLoads.map((load) => ({
    name: load.name,
    path: load.files,
    limit: BUDGETS[load.name],
    gzip: true,
  })),
  ...layout.workers.map((file) => ({
    name: `Worker ${where(file)}/${chunkName(file)}`,
    path: file,
    limit: WORKER_BUDGET[chunkName(file)],
    gzip: true,
  })),
  ...layout.lazy.map((file) => ({
    name: `Lazy chunk ${where(file)}/${chunkName(file)}`,
    path: file,
    gzip: true,
  })),
];
