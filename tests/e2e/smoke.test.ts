import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

/** How many events the bundled dataset holds: the list shows every one. */
const BUNDLED_EVENTS = (
  JSON.parse(readFileSync(new URL("../../data/us-colombia.json", import.meta.url), "utf8")) as {
    events: unknown[];
  }
).events.length;

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
      const list = page.getByRole("list", { name: "Events in date order" });
      const meeting = list.getByRole("button", { name: /3 February 2026 White House meeting/ });
      await meeting.waitFor({ state: "visible", timeout: 30_000 });
      // Every event of the bundled dataset, oldest first, none selected yet.
      const entries = list.getByRole("button");
      expect(await entries.count()).toBe(BUNDLED_EVENTS);
      expect(await entries.first().textContent()).toBe("2000 Plan Colombia begins");
      expect(await entries.last().textContent()).toBe(
        "3 February 2026 White House meeting: Petro visits Trump",
      );
      expect(await meeting.getAttribute("aria-pressed")).toBe("false");
      // The timeline drew its marks (single events or clusters), each a button.
      const marks = page
        .getByRole("group", { name: /^Events on the timeline/ })
        .getByRole("button");
      expect(await marks.count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
