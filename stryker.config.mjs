// Mutation testing (`npm run mutate`): Stryker plants small bugs in the code below, one at a time,
// and reruns the unit tests that cover each; a mutant no test notices "survives". Too slow for CI
// on two cores, so it is a habit, not a gate. Narrow a run while working on one folder:
//   npm run mutate -- --mutate 'src/model/**/*.ts'
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  mutate: [
    "src/model/**/*.ts",
    "src/io/**/*.ts",
    "src/embed/**/*.{ts,tsx}",
    "src/scene/**/*.{ts,tsx}",
    // Entry points that run on import (the importer's worker, the embed page's render): unit
    // tests cannot load them, the browser tests drive them, and the logic they wire up lives in
    // modules that are mutated (importer.ts, heightReports.ts).
    "!src/io/pipeline/import.worker.ts",
    "!src/io/pipeline/load.worker.ts",
    "!src/embed/embedPage.tsx",
  ],
  coverageAnalysis: "perTest",
  // Static mutants change code that runs once at import (tables, schemas, regular expressions),
  // so each would rerun every test: about half the mutants and hours on two cores. They are left
  // out of the score; the schema's bounds and the tables have exact tests of their own.
  ignoreStatic: true,
  // A re-run only re-tests mutants in changed code or covered by changed tests.
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The machine is shared: one or two test workers, never all the cores.
  concurrency: 2,
  // On top of the test time Stryker measured: enough for a loaded machine, short for a mutant
  // that loops forever.
  timeoutMS: 5_000,
  tempDirName: ".stryker-tmp",
  // Not copied into the sandbox: build output, reports, and the sandboxes of other runs.
  ignorePatterns: ["/dist", "/reports", "/.stryker-tmp*", "/docs"],
  cleanTempDir: "always",
  thresholds: { high: 85, low: 75, break: null },
};
