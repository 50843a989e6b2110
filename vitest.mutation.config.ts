import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The unit tests Stryker runs against each mutant (`npm run mutate`): the tests of the mutated
 * folders, which mirror src. Left out: the whole-view component tests of src/ui and src/charts,
 * which touch model code too, but rerunning them for each of thousands of mutants would take
 * hours on two cores (a bug in the model should be caught by the model's own tests), and the
 * validate CLI's tests, which run the code in a child process where no mutant is ever active.
 *
 * DETENTE_MUTATE_TESTS narrows the tests to a comma-separated list of folders or files, e.g.
 * `DETENTE_MUTATE_TESTS=tests/model` while mutating src/model: a mutant in the date parser is
 * then judged by the model's tests alone instead of by every importer test that parses a date,
 * which is both the stricter question and several times faster.
 */
const MIRRORED = ["tests/{model,io,store,embed,scene,i18n,export}/**/*.test.{ts,tsx}"];

const narrowed = (process.env["DETENTE_MUTATE_TESTS"] ?? "")
  .split(",")
  .map((path) => path.trim().replace(/\/$/, ""))
  .filter((path) => path !== "")
  .map((path) => (/\.test\.tsx?$/.test(path) ? path : `${path}/**/*.test.{ts,tsx}`));

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // No DOM unless a test file asks for one (@vitest-environment jsdom): building a jsdom window
    // for each test file on each mutant run would cost more than the tests themselves.
    environment: "node",
    // One module graph for all test files of a mutant run instead of one per file: the tests
    // restore what they stub, and the run takes a fraction of the time.
    isolate: false,
    include: narrowed.length > 0 ? narrowed : MIRRORED,
    exclude: ["**/validate-cli.test.ts", "**/node_modules/**"],
  },
});
