// Debian's Chromium as every script and test launches it: the path (DETENTE_CHROMIUM overrides
// it; never a Playwright download) and the flags this closed network needs.
export const chromiumPath = process.env.DETENTE_CHROMIUM || "/usr/bin/chromium";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
