/**
 * The bundled dataset as a reader meets it in Chromium: responses listed after their causes,
 * the raid in Venezuela drawn and listed as context, disagreeing sources shown side by side,
 * and the corrections printed under the list.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

describe("the record in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("lists responses after their causes and shows context, disagreements and corrections", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      const list = page.getByRole("list", { name: "Events in date order" });
      // The dataset arrives from the load worker: wait for the whole list before reading it.
      await expect.poll(() => list.locator(".detente-list-title").count()).toBeGreaterThan(20);
      const titles = await list.locator(".detente-list-title").allTextContents();
      const at = (start: string): number => titles.findIndex((t) => t.startsWith(start));
      expect(at("Trump and Petro speak by phone for the first time")).toBeGreaterThan(-1);
      expect(at("Both sides agree to restart dialogue")).toBeGreaterThan(
        at("Trump and Petro speak by phone for the first time"),
      );
      expect(at("Treasury sanctions Petro")).toBeGreaterThan(-1);
      expect(at("Colombian officials denounce")).toBeGreaterThan(at("Treasury sanctions Petro"));

      // The raid is context: tagged in the list, hollow on the timeline.
      const raid = list.getByRole("listitem").filter({ hasText: "U.S. raid in Venezuela" });
      await expect.poll(() => raid.getAttribute("data-context")).toBe("true");
      expect(await raid.textContent()).toContain("Context");

      // Both dates of the visa revocation, with their sources, in the details panel.
      await list.getByRole("button", { name: /State Department revokes Petro’s visa/ }).click();
      const box = page.getByRole("complementary", {
        name: "Sources disagree: the date of the revocation",
      });
      await expect.poll(() => box.isVisible()).toBe(true);
      const text = (await box.textContent()) ?? "";
      expect(text).toMatch(/27 September/);
      expect(text).toMatch(/Al Jazeera.*26 September/);

      const corrections = page.getByRole("region", { name: "Corrections" });
      expect(await corrections.getByRole("listitem").count()).toBeGreaterThanOrEqual(10);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
