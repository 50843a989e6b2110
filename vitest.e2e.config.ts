import { defineConfig } from "vitest/config";

// Browser tests: Node drives Debian's Chromium through playwright-core against the built dist/,
// served by tests/e2e/globalSetup.ts. Run `npm run build` first (scripts/test-all.mjs does).
process.env.TZ = "America/Bogota";

export default defineConfig({
  test: {
    environment: "node",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/globalSetup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a condition (a title, a count) and returns as soon as it holds; its
    // 1 s default is too short for an import on two cores shared with a build.
    expect: { poll: { timeout: 10_000 } },
    // 2 cores and one Chromium per test file: run the files one after another.
    fileParallelism: false,
    maxWorkers: 1,
  },
});
