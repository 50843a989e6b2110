import { defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * The unit tests Stryker runs against each mutant (`npm run mutate`): the tests of the mutated
 * folders themselves, which mirror src. The whole-view component tests also touch model code,
 * but rerunning them for each of thousands of mutants would take hours on two cores, and a bug
 * in the model should be caught by the model's own tests.
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // No DOM unless a test file asks for one (@vitest-environment jsdom): building a jsdom window
    // for each test file on each mutant run would cost more than the tests themselves.
    environment: "node",
    include: [
      "tests/{model,io,store,embed,scene,i18n}/**/*.test.{ts,tsx}",
      "tests/ui/{host,element,library,embedPage}.test.{ts,tsx}",
    ],
  },
});
