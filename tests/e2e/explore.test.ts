import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

const marks = (page: Page) =>
  page
    .getByRole("group", { name: /^Events on the timeline/ })
    .locator(".detente-mark:not(.detente-mark-standin)");

async function settled(page: Page): Promise<void> {
  // The chart first (the data loads in a worker), then the end of any zoom animation.
  await page.locator(".detente-marks .detente-mark").first().waitFor({ state: "attached" });
  await page.waitForFunction(() => !document.querySelector(".detente-plot[data-moving]"));
  await page.waitForTimeout(200);
}

describe("exploring in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("filtering by topic reduces the marks and the list to that topic", async () => {
    const { page, errors, close } = await openPage(browser, "/?from=2025-01-01&to=2026-02-10", {
      reducedMotion: "reduce",
    });
    try {
      await settled(page);
      const before = await marks(page).count();
      await page.getByText("Filters", { exact: true }).click();
      const topics = page.getByRole("group", { name: "Topics" });
      await topics.getByRole("button", { name: "None", exact: true }).click();
      await topics.getByRole("button", { name: "Migration and deportation", exact: true }).click();
      await settled(page);
      const names = await marks(page).evaluateAll((nodes) =>
        nodes.map((n) => n.getAttribute("aria-label") ?? ""),
      );
      expect(names.length).toBeGreaterThan(0);
      expect(names.length).toBeLessThan(before);
      // The other topics' lanes, empty under this filter, are hidden.
      const lanes = await page
        .locator(".detente-timeline .detente-lane-labels li")
        .allTextContents();
      expect(lanes).toEqual(["Migration and deportation"]);
      const listed = page.getByRole("list", { name: "Events in date order" }).getByRole("listitem");
      const texts = await listed.allTextContents();
      for (const text of texts) expect(text).toContain("Migration and deportation");
      // Each mark left is one of the listed events: its name is the title and the date.
      for (const name of names) {
        const title = name.slice(0, name.lastIndexOf(", "));
        expect(texts.some((text) => text.includes(title))).toBe(true);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("search finds “visa” and Enter jumps to the matches", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      const box = page.getByRole("searchbox", { name: "Search events" });
      await box.fill("visa");
      const results = page.getByRole("list", { name: "Matching events" });
      await expect
        .poll(() => results.getByRole("button").allTextContents())
        .toContain("State Department revokes Petro’s visa");
      await box.press("Enter");
      await page.getByRole("region", { name: "Event details" }).waitFor();
      const first = await page
        .getByRole("region", { name: "Event details" })
        .getByRole("heading", { level: 2 })
        .textContent();
      await box.press("Enter");
      await expect
        .poll(() =>
          page
            .getByRole("region", { name: "Event details" })
            .getByRole("heading", { level: 2 })
            .textContent(),
        )
        .not.toBe(first);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("story mode walks three events in time, zooming to each and opening its details", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.getByRole("button", { name: "Step through", exact: true }).click();
      const story = page.getByRole("group", { name: "Step through the events" });
      // The story opens on its opening slide; Next goes to the first event.
      await expect.poll(() => story.textContent()).toContain("Start");
      await story.getByRole("button", { name: /Next event/ }).click();
      const title = () =>
        page
          .getByRole("region", { name: "Event details" })
          .getByRole("heading", { level: 2 })
          .textContent();
      await expect.poll(() => story.textContent()).toContain("1 of 29");
      expect(await title()).toBe("Plan Colombia begins");
      const seen = [await title()];
      for (const step of [2, 3]) {
        await story.getByRole("button", { name: /Next event/ }).click();
        await expect.poll(() => story.textContent()).toContain(`${step} of 29`);
        seen.push(await title());
      }
      expect(seen).toEqual([
        "Plan Colombia begins",
        "United States designates Colombia a major non-NATO ally",
        "Petro refuses to let U.S. deportation flights land",
      ]);
      // Zoomed around the third event: a window of about two months, in January 2025.
      await settled(page);
      const labels = await page
        .locator(".detente-timeline .detente-axis .detente-tick:not([hidden])")
        .allTextContents();
      expect(labels.join(" ")).toMatch(/Jan|Feb/);
      expect(labels.join(" ")).not.toMatch(/^20\d\d$/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("Spanish shows Spanish words and dates", async () => {
    const { page, errors, close } = await openPage(browser, "/?lang=es", {
      reducedMotion: "reduce",
    });
    try {
      await page.getByRole("heading", { name: "Eventos por fecha" }).waitFor();
      const list = page.getByRole("list", { name: "Eventos por fecha" });
      await expect.poll(() => list.textContent()).toContain("3 de febrero de 2026");
      expect(await list.textContent()).toContain("enero de 2026");
      expect(await page.getByRole("button", { name: "Acercar", exact: true }).count()).toBe(1);
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
      expect(await page.locator(".detente").getAttribute("lang")).toBe("es");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
