import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The unit tests Stryker runs against each mutant (`npm run mutate`): the tests of the mutated
 * folders, which mirror src. Left out: the whole-view component tests of src/ui and src/charts,
 * which touch model code too, but rerunning them for each of thousands of mutants would take
 * hours on two cores (a bug in the model should be caught by the model's own tests), and the
 * validate CLI's tests, which run the code in a child process where no mutant is ever active.
 *
 * The embed components' own tests (the custom element, the React library) render whole views
 * too; they take part unless DETENTE_MUTATE_COMPONENTS=0, which a run over src/model or src/io
 * alone can set to go several times faster.
 */
const components = process.env["DETENTE_MUTATE_COMPONENTS"] !== "0";

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // No DOM unless a test file asks for one (@vitest-environment jsdom): building a jsdom window
    // for each test file on each mutant run would cost more than the tests themselves.
    environment: "node",
    include: [
      "tests/{model,io,store,embed,scene,i18n}/**/*.test.{ts,tsx}",
      "tests/ui/{host,embedPage}.test.ts",
      ...(components ? ["tests/ui/{element,library}.test.{ts,tsx}"] : []),
    ],
    exclude: ["**/validate-cli.test.ts", "**/node_modules/**"],
  },
});
