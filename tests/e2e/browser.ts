import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { inject } from "vitest";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";

export { chromiumArgs, chromiumPath };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium not found at ${chromiumPath}. Install Debian's chromium package ` +
        `(apt-get install chromium) or set DETENTE_CHROMIUM=/path/to/chromium.`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}

export interface OpenedPage {
  page: Page;
  /** Console messages of type "error" and uncaught page errors, collected from before navigation. */
  errors: string[];
  /** Closes the page's browser context. */
  close(): Promise<void>;
}

/**
 * Opens `path` (resolved against the injected baseUrl; a full URL also works) in a fresh browser
 * context, 1280×800, light colour scheme, Bogotá time zone, en-US. `contextOptions` override these.
 */
export async function openPage(
  browser: Browser,
  path = "/",
  contextOptions: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    locale: "en-US",
    timezoneId: "America/Bogota",
    ...contextOptions,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    errors.push(url ? `console.error: ${message.text()} (${url}:${lineNumber})` : message.text());
  });
  page.on("pageerror", (error) => {
    errors.push(`pageerror: ${error.stack ?? error.message}`);
  });
  await page.goto(new URL(path, inject("baseUrl")).href);
  return { page, errors, close: () => context.close() };
}
