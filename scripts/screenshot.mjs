#!/usr/bin/env node
// `npm run screenshot`: renders the built app in Debian's Chromium at 1280×800 and on a 390×844
// touch phone (light colour scheme) and writes docs/screenshot.png and docs/screenshot-phone.png.
// Builds first if dist/ is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";
import { startStaticServer } from "./static-server.mjs";

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const distDir = join(root, "dist");
const screens = [
  { file: "screenshot.png", viewport: { width: 1280, height: 800 }, touch: false },
  { file: "screenshot-phone.png", viewport: { width: 390, height: 844 }, touch: true },
];

if (!existsSync(join(distDir, "index.html"))) {
  console.log("dist/ is missing: running npm run build");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("screenshot: npm run build failed");
    process.exit(1);
  }
}
if (!existsSync(chromiumPath)) {
  console.error(
    `screenshot: Chromium not found at ${chromiumPath}. Install Debian's chromium package ` +
      "(apt-get install chromium) or set DETENTE_CHROMIUM=/path/to/chromium.",
  );
  process.exit(1);
}

const server = await startStaticServer({ root: distDir });
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: chromiumArgs,
});
try {
  for (const screen of screens) {
    const context = await browser.newContext({
      viewport: screen.viewport,
      ...(screen.touch ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
      colorScheme: "light",
      reducedMotion: "reduce",
      locale: "en-US",
      timezoneId: "America/Bogota",
    });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.type() === "error") console.warn(`screenshot: console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => console.warn(`screenshot: page error: ${error.message}`));
    // The first screen a reader gets (the dataset's opening window: the 2025 breakdown and the
    // 2026 thaw), with the sanctions open beside the chart (under it, on the phone).
    const view = "?event=treasury-sanctions-petro";
    await page.goto(`${server.url}/${view}`, { waitUntil: "networkidle" });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    // Let any remaining transitions settle.
    await page.waitForTimeout(500);
    const output = join(root, "docs", screen.file);
    mkdirSync(dirname(output), { recursive: true });
    await page.screenshot({ path: output });
    console.log(relative(process.cwd(), output) || output);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
