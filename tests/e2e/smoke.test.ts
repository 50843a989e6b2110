import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

describe("smoke: the built app in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("loads without console errors and shows the White House meeting", async () => {
    const { page, errors, close } = await openPage(browser, "/");
    try {
      // The event itself (its entry in the event list), not the dataset description mentioning it.
      const meeting = page
        .getByRole("list", { name: "Events in date order" })
        .getByRole("button", { name: /3 February 2026 White House meeting/ });
      await meeting.waitFor({ state: "visible", timeout: 30_000 });
      expect(await meeting.isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
