import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";
import { loadMessages } from "../src/i18n/translate.ts";

// findBy… and waitFor wait for a condition; on a 2-core machine shared with builds, loading and
// mounting a whole dataset can take longer than the library's 1 s default. Only a failing wait
// ever lasts this long.
configure({ asyncUtilTimeout: 5_000 });

afterEach(() => {
  cleanup();
});

// jsdom has no canvas: charts skip drawing when getContext returns null, without jsdom's noise.
// (Server-rendering tests run in the node environment, where there is no DOM at all.)
if (typeof HTMLCanvasElement !== "undefined") {
  HTMLCanvasElement.prototype.getContext = (() =>
    null) as typeof HTMLCanvasElement.prototype.getContext;
}

// The page loads Spanish words on demand (before any render in Spanish); component tests switch
// languages synchronously, so they start with both loaded. tests/i18n/loadMessages.test.ts covers
// the loading itself.
await loadMessages("es");
