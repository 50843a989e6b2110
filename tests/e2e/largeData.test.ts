/**
 * Large and unusual data in Chromium, through the built app's Open data: 50,000 topics (each
 * row its own) and 100,000 distinct actors. The longest main-thread task during each import is
 * observed (PerformanceObserver `longtask`) and reported, not asserted (timings belong to the
 * bench: `npm run bench`). Asserted: the page stays bounded (DOM size), the chips and the search
 * respond, the full list opens, narrows as the reader types and selects by keyboard, and the
 * lanes fall back to one with a message.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hostileCsv } from "../bench/hostileFiles.ts";
import { observeLongTasks } from "../bench/hostile.bench.ts";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";

const DOM_LIMIT = 5_000;
/** axe-core's WCAG 2.x A/AA and best-practice rules on the page as it is: "id: target" per node. */
const domSize = (page: Page): Promise<number> =>
  page.evaluate(() => document.getElementsByTagName("*").length);

async function importFile(page: Page, path: string): Promise<number> {
  await page.getByRole("button", { name: "Open data…" }).click();
  await page.evaluate(() => {
    window.__longTasks = [];
  });
  await page.getByLabel("Choose a file").setInputFiles(path);
  await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 120_000 });
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  return Math.round(Math.max(0, ...tasks.map((task) => task.duration)));
}

/** Opens the filters and waits for their lists (a chunk loaded on opening). */
async function openFilters(page: Page): Promise<void> {
  await page.keyboard.press("Escape");
  await page.locator(".detente-filters > summary").click();
  await page.locator(".detente-filters .detente-toggle-group .detente-chip").first().waitFor();
}

describe("large and unusual data in Chromium", () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), "detente-large-"));
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("50,000 topics: bounded page, the most frequent as chips, the whole list searchable", async () => {
    const path = join(dir, "topics.csv");
    await writeFile(path, hostileCsv("topics"));
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await observeLongTasks(page);
      await page.reload();
      const longest = await importFile(page, path);
      console.log(`50,000 topics: longest main-thread task during the import ${longest} ms`);
      // One lane and the reason, instead of 50,000 lanes.
      await expect
        .poll(() => page.locator(".detente-lane-notice").textContent())
        .toMatch(/50,000 topics of about one event each/);
      await openFilters(page);
      const topics = page.getByRole("group", { name: "Topics" });
      expect(await topics.locator(".detente-chip").count()).toBe(24);
      expect(await domSize(page)).toBeLessThan(DOM_LIMIT);

      // A chip responds: pressed off, the events shown drop to the rest.
      const chip = topics.locator(".detente-chip").first();
      await chip.click();
      await expect.poll(() => chip.getAttribute("aria-pressed")).toBe("false");
      await chip.click();
      await expect.poll(() => chip.getAttribute("aria-pressed")).toBe("true");

      // The search responds.
      const search = page.getByRole("searchbox", { name: "Search events" });
      await search.fill("Event 4999");
      await expect
        .poll(() => page.locator(".detente-search-status").textContent())
        .toMatch(/^11 matches\. Press Enter/);
      await search.fill("");

      // The whole list: opens, narrows as the reader types, selects by keyboard.
      await topics.getByRole("button", { name: "Show all 50,000" }).click();
      const listbox = page.getByRole("listbox", { name: /All topics/ });
      await listbox.waitFor();
      expect(await listbox.getByRole("option").count()).toBeLessThan(40);
      const find = page.getByRole("searchbox", { name: "Find topics" });
      await find.fill("topic 42424");
      await expect.poll(() => listbox.getByRole("option").count()).toBe(1);
      await find.press("ArrowDown");
      await page.keyboard.press("Space");
      await expect
        .poll(() => listbox.getByRole("option").first().getAttribute("aria-selected"))
        .toBe("false");
      // The open list, its search and its options pass the same audit as the rest of the app.
      expect(await axeViolations(page)).toEqual([]);
      // Scrolling the full list keeps the document bounded.
      await find.fill("");
      await listbox.evaluate((element) => {
        element.scrollTop = 40_000 * 36;
      });
      await expect
        .poll(() => listbox.getByRole("option").first().getAttribute("aria-posinset"))
        .not.toBe("1");
      expect(await domSize(page)).toBeLessThan(DOM_LIMIT);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("100,000 actors: bounded page, chips and search respond", async () => {
    const path = join(dir, "actors.csv");
    await writeFile(path, hostileCsv("actors"));
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await observeLongTasks(page);
      await page.reload();
      const longest = await importFile(page, path);
      console.log(`100,000 actors: longest main-thread task during the import ${longest} ms`);
      await openFilters(page);
      const actors = page.getByRole("group", { name: "Actors" });
      expect(await actors.locator(".detente-chip").count()).toBe(24);
      await actors.getByRole("button", { name: "Show all 100,000" }).waitFor();
      expect(await domSize(page)).toBeLessThan(DOM_LIMIT);
      const chip = actors.locator(".detente-chip").first();
      await chip.click();
      await expect.poll(() => chip.getAttribute("aria-pressed")).toBe("false");
      const search = page.getByRole("searchbox", { name: "Search events" });
      await search.fill("Meeting 12345");
      await expect
        .poll(() => page.locator(".detente-search-status").textContent())
        .toMatch(/^1 match\. Press Enter/);
      expect(await domSize(page)).toBeLessThan(DOM_LIMIT);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
