import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Bogotá is UTC−5 all year: any accidental local-time arithmetic shifts a date by a day and fails.
process.env.TZ = "America/Bogota";

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    environment: "jsdom",
    include: [
      "tests/{model,i18n,io,store,scene,export,charts,ui,embed,app,scripts}/**/*.test.{ts,tsx}",
    ],
    setupFiles: ["tests/setup.ts"],
    pool: "threads",
    // Component tests drive whole views through jsdom; a loaded 2-core machine needs headroom.
    testTimeout: 20_000,
  },
});
