/**
 * Bring your own data in real Chromium, through the built app and its real import worker: a
 * TimelineJS file through the file picker, a GDELT export dropped on the instance (a DataTransfer
 * built in the page), the report, the charts showing the imported events, reload keeping the
 * import (IndexedDB), Remove returning to the bundled dataset, and `?src=` addresses: same-origin
 * and a listed origin load, an unlisted origin is refused with a clear message.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startStaticServer, type StaticServer } from "./staticServer.ts";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const BUNDLED_TITLE = /Colombia/;
/** axe-core's WCAG 2.x A/AA and best-practice rules on the page as it is: "id: target" per node. */
/** Records, from before the import starts, whether a progress bar ever showed and its texts. */
async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { bar: false, texts: [] as string[] };
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="Import progress"]');
      if (!bar) return;
      seen.bar = true;
      const text = document.querySelector(".detente-import-progress-text")?.textContent ?? "";
      if (text && !seen.texts.includes(text)) seen.texts.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

const progressSeen = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __progress: { bar: boolean; texts: string[] } }).__progress,
  );

async function report(page: Page) {
  const region = page.getByRole("region", { name: "Import report" });
  await region.waitFor({ timeout: 30_000 });
  return region;
}

async function markNames(page: Page): Promise<string[]> {
  await page.locator(".detente-timeline .detente-mark[data-event-id]").first().waitFor({
    state: "attached",
    timeout: 30_000,
  });
  return page
    .locator(".detente-timeline .detente-mark[data-event-id]")
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute("aria-label") ?? ""));
}

const listedGdeltEvents = (page: Page): Promise<number> =>
  page
    .getByRole("list", { name: "Events in date order" })
    .getByRole("listitem")
    .filter({ hasText: /\(CAMEO 04\d\)/ })
    .count();

async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const root = page.locator(".detente").first();
  await root.evaluate(
    (element, file) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([file.text], file.name, { type: "text/tab-separated-values" }));
      const fire = (type: string, target: Element) =>
        target.dispatchEvent(
          new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }),
        );
      const over = element.querySelector(".detente-timeline") ?? element;
      fire("dragenter", over);
      fire("dragover", over);
      (window as unknown as { __transfer: DataTransfer }).__transfer = transfer;
    },
    { name, text },
  );
  // The drop target shows while a file is dragged over the instance.
  await expect.poll(() => page.getByText("Drop the file to open it").isVisible()).toBe(true);
  expect(await root.getAttribute("data-dropping")).toBe("");
  await root.evaluate((element) => {
    const transfer = (window as unknown as { __transfer: DataTransfer }).__transfer;
    const over = element.querySelector(".detente-timeline") ?? element;
    over.dispatchEvent(
      new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }),
    );
  });
  await expect.poll(() => page.getByText("Drop the file to open it").count()).toBe(0);
}

describe("bring your own data in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("opens a TimelineJS file with the picker: progress, report, and its events on the timeline", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await expect.poll(() => page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
      await page.getByRole("button", { name: "Open data…" }).click();
      await watchProgress(page);
      await page.getByLabel("Choose a file").setInputFiles(join(fixtures, "timelinejs/eras.json"));

      const region = await report(page);
      expect(await region.textContent()).toContain(
        "Imported 20 events from eras.json (TimelineJS JSON).",
      );
      expect((await progressSeen(page)).bar).toBe(true);
      expect(await page.locator("h1").textContent()).toBe("Eras Test");
      // The imported events replace the bundled ones: in the list (the chart opens on their dense
      // window, so an early one may be behind an edge signpost) and on the timeline.
      const listed = await page
        .getByRole("list", { name: "Events in date order" })
        .locator(".detente-list-title")
        .allTextContents();
      expect(listed.some((title) => title.startsWith("Muhammad Migrates"))).toBe(true);
      const names = await markNames(page);
      expect(names.length).toBeGreaterThan(0);
      expect(names.some((name) => name.includes("Petro"))).toBe(false);
      await expect
        .poll(() => page.getByText(/^Showing imported data instead of the bundled dataset/).count())
        .toBe(1);
      // The panel, the report and the banner pass the same audit as the rest of the app.
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens a dropped GDELT export; reload keeps it; Remove restores the bundled dataset", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await expect.poll(() => page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
      await watchProgress(page);
      const text = await readFile(join(fixtures, "gdelt/gdelt2-events-sample.tsv"), "utf8");
      await dropFile(page, "gdelt2-events-sample.tsv", text);

      const region = await report(page);
      const summary = await region.textContent();
      expect(summary).toContain(
        "Imported 3 events from gdelt2-events-sample.tsv (GDELT event export).",
      );
      expect(summary).toContain(
        "29 rows: event date more than a year before the date the row was added " +
          "(lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, …)",
      );
      const progress = await progressSeen(page);
      expect(progress.bar).toBe(true);
      expect(progress.texts.some((t) => /rows parsed$/.test(t))).toBe(true);
      expect(await page.locator("h1").textContent()).toBe(
        "GDELT events between Belarus and Zimbabwe",
      );
      // The three events fall on one day, so the timeline draws them as one cluster whose focus
      // stand-in is an imported event; the event list (the charts' text alternative) has all.
      expect((await markNames(page)).some((name) => /\(CAMEO 04\d\)/.test(name))).toBe(true);
      expect(await listedGdeltEvents(page)).toBe(3);
      // The tension chart draws the daily impulses: its summary names the imported period.
      await expect
        .poll(() => page.locator(".detente-tension").first().textContent())
        .toMatch(/2020/);

      // The kept import is what a reload shows, instead of the bundled dataset.
      await page.reload();
      await expect
        .poll(() => page.locator("h1").textContent(), { timeout: 30_000 })
        .toBe("GDELT events between Belarus and Zimbabwe");
      await expect
        .poll(() =>
          page
            .getByText(
              "Showing imported data instead of the bundled dataset: GDELT events between Belarus and Zimbabwe",
            )
            .count(),
        )
        .toBe(1);
      expect((await markNames(page)).some((name) => /\(CAMEO 04\d\)/.test(name))).toBe(true);
      expect(await listedGdeltEvents(page)).toBe(3);

      await page.getByRole("button", { name: "Remove imported data" }).click();
      await expect.poll(() => page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
      expect(await page.getByRole("button", { name: "Remove imported data" }).count()).toBe(0);
      await page.reload();
      await expect.poll(() => page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
      expect(await page.getByText(/^Showing imported data/).count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  describe("?src= addresses", () => {
    let dir: string;
    let app: StaticServer;
    let data: StaticServer;

    beforeAll(async () => {
      // The built app on an origin of its own, with a config that lists one data origin.
      dir = await mkdtemp(join(tmpdir(), "detente-import-e2e-"));
      await cp(dist, join(dir, "app"), { recursive: true });
      data = await startStaticServer({
        root: fixtures,
        headers: { "Access-Control-Allow-Origin": "*" },
      });
      await writeFile(
        join(dir, "app", "detente.config.json"),
        JSON.stringify({ allowedOrigins: [data.url] }),
      );
      app = await startStaticServer({ root: join(dir, "app") });
    });

    afterAll(async () => {
      await app?.close();
      await data?.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("loads a same-origin address, with the banner naming it", async () => {
      const { page, errors, close } = await openPage(
        browser,
        `${app.url}/?src=/data/us-colombia.json`,
      );
      try {
        await report(page);
        await expect
          .poll(() =>
            page.getByText(/^Showing imported data instead of the bundled dataset/).count(),
          )
          .toBe(1);
        expect(await page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    it("loads from an origin the deployment lists", async () => {
      const { page, errors, close } = await openPage(
        browser,
        `${app.url}/?src=${encodeURIComponent(`${data.url}/timelinejs/eras.json`)}`,
      );
      try {
        const region = await report(page);
        expect(await region.textContent()).toContain("Imported 20 events from");
        await expect.poll(() => page.locator("h1").textContent()).toBe("Eras Test");
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    it("refuses an origin the deployment does not list, and keeps the data shown", async () => {
      const other = `${inject("baseUrl")}/data/us-colombia.json`;
      const { page, close } = await openPage(
        browser,
        `${app.url}/?src=${encodeURIComponent(other)}`,
      );
      try {
        const alert = page.getByRole("alert");
        await alert.waitFor({ timeout: 30_000 });
        expect(await alert.textContent()).toBe(
          `Not loaded: ${other} is on another site (${inject("baseUrl")}). This site only loads ` +
            "data from its own address and from the sites its deployment lists in detente.config.json.",
        );
        expect(await page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
        expect(await page.getByText(/^Showing imported data/).count()).toBe(0);
      } finally {
        await close();
      }
    });
  });
});
