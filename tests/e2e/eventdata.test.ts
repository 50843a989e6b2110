/**
 * Event data in real Chromium, through the built app and its import worker: a GDELT export with
 * several pairs opens between two countries (never a region), the pair picker imports another
 * pair, `?parties=` chooses the pair of a `?src=` file up front, and ICEWS and ACLED files import
 * (ACLED with its editable scoring table).
 */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const BUNDLED_TITLE = /Colombia/;
async function importFile(page: Page, path: string): Promise<void> {
  await expect.poll(() => page.locator("h1").textContent()).toMatch(BUNDLED_TITLE);
  await page.getByRole("button", { name: "Open data…" }).click();
  await page.getByLabel("Choose a file").setInputFiles(join(fixtures, path));
  await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 30_000 });
}

const title = (page: Page) => page.locator("h1").textContent();

describe("event data in Chromium", () => {
  let browser: Browser;
  let dir: string;
  let app: StaticServer;

  beforeAll(async () => {
    browser = await launchBrowser();
    // The built app with the GDELT sample beside it, for a same-origin `?src=`.
    dir = await mkdtemp(join(tmpdir(), "detente-eventdata-e2e-"));
    await cp(dist, dir, { recursive: true });
    await cp(join(fixtures, "gdelt/gdelt2-events-sample.tsv"), join(dir, "data", "events.tsv"));
    app = await startStaticServer({ root: dir });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("opens a GDELT file between two countries, and the pair picker imports another pair", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await importFile(page, "gdelt/gdelt2-events-sample.tsv");
      // The sample's largest pair by raw count involves EUR (CAMEO's code for Europe): never a party.
      await expect.poll(() => title(page)).toBe("GDELT events between Belarus and Zimbabwe");
      const picker = page.getByRole("region", { name: "Countries in this file" });
      await picker.waitFor({ timeout: 30_000 });
      const select = picker.getByRole("combobox", { name: "Pair of countries" });
      expect(await select.locator("option").allTextContents()).toEqual([
        "Belarus and Zimbabwe (3 events) · shown now",
        "Canada and United Kingdom (3 events)",
        "United Kingdom and Zimbabwe (2 events)",
        "Senegal and Vietnam (1 event)",
      ]);
      expect(await picker.textContent()).not.toMatch(/\bEUR\b|\bAFR\b/);
      expect(await axeViolations(page)).toEqual([]);

      await select.selectOption("CAN,GBR");
      await picker.getByRole("button", { name: "Show this pair" }).click();
      await expect
        .poll(() => title(page), { timeout: 30_000 })
        .toBe("GDELT events between Canada and United Kingdom");
      await expect.poll(() => picker.getByRole("combobox").inputValue()).toBe("CAN,GBR");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("`?parties=` chooses the pair of a `?src=` file up front", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${app.url}/?src=/data/events.tsv&parties=GBR,ZWE`,
    );
    try {
      await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 30_000 });
      await expect.poll(() => title(page)).toBe("GDELT events between United Kingdom and Zimbabwe");
      expect(page.url()).toContain("parties=GBR,ZWE");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("imports an ICEWS file by its header, named countries mapped to codes", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await importFile(page, "icews/events.2018.sample.head.tab");
      const report = page.getByRole("region", { name: "Import report" });
      expect(await report.textContent()).toContain(
        "Imported 5 events from events.2018.sample.head.tab (ICEWS events).",
      );
      await expect.poll(() => title(page)).toBe("ICEWS events between Japan and United States");
      await page.getByRole("region", { name: "Countries in this file" }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("imports an ACLED export and re-imports it with an edited scoring table", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await importFile(page, "acled/handmade-acled.csv");
      const report = page.getByRole("region", { name: "Import report" });
      expect(await report.textContent()).toContain(
        "Imported 4 events from handmade-acled.csv (ACLED export).",
      );
      await expect.poll(() => title(page)).toBe("ACLED events between Colombia and Venezuela");
      const table = page.getByRole("region", { name: "How ACLED events are scored" });
      await table.waitFor({ timeout: 30_000 });
      const clash = table.getByRole("combobox", { name: "Battles: Armed clash" });
      expect(await clash.inputValue()).toBe("19");
      expect(await axeViolations(page)).toEqual([]);
      await clash.selectOption("17");
      await table.getByRole("button", { name: "Import again with this mapping" }).click();
      await expect
        .poll(() => table.getByRole("combobox", { name: "Battles: Armed clash" }).inputValue(), {
          timeout: 30_000,
        })
        .toBe("17");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
