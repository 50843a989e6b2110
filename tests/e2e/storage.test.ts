/**
 * Imported data kept in the browser, in real Chromium through the built app: a kept record that
 * can no longer be opened is told (what, why, its raw record to save) and removed only when
 * dismissed; two tabs of one profile (two pages in one context, so one IndexedDB and one
 * BroadcastChannel) hear of each other's imports and Remove removes only the tab's own;
 * document.title follows the dataset shown; the Embed dialog after an import offers the two
 * embeds that work, with a preview that is the snippet itself.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const BUNDLED = "Détente — United States–Colombia relations, 2000–2026";
/** axe-core's WCAG 2.x A/AA and best-practice rules on the page as it is: "id: target" per node. */
async function importFile(page: Page, fixture: string): Promise<void> {
  const toggle = page.getByRole("button", { name: "Open data…" });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByLabel("Choose a file").setInputFiles(`${fixtures}${fixture}`);
  await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 30_000 });
}

/** Writes a record into the app's IndexedDB store, as an older or tampered copy would be. */
async function writeKept(page: Page, record: unknown): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("detente");
        open.onupgradeneeded = () => open.result.createObjectStore("imported-dataset");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("imported-dataset", "readwrite");
          tx.objectStore("imported-dataset").put(value, "imported");
          tx.objectStore("imported-dataset").delete("imported-meta");
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    record,
  );
}

const keptRecordCount = (page: Page): Promise<number> =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open("detente");
        open.onsuccess = () => {
          const request = open.result
            .transaction("imported-dataset")
            .objectStore("imported-dataset")
            .count("imported");
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );

describe("imported data kept in the browser", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("tells of a kept import that can no longer be opened, offers its raw record, and removes it when dismissed", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await expect.poll(() => page.title()).toBe(BUNDLED);
      const bundled = JSON.parse(
        await readFile(
          fileURLToPath(new URL("../../data/us-colombia.json", import.meta.url)),
          "utf8",
        ),
      ) as { title: string };
      await writeKept(page, {
        version: 1,
        savedAt: "2026-11-30T20:00:00.000Z",
        name: "gdelt-export.tsv",
        format: "gdelt",
        dataset: { ...bundled, title: "A tampered import" },
        dailyImpulses: [{ day: "9999-99-99", meanGoldstein: 1, weight: 1 }],
      });
      await page.reload();

      const alert = page.getByRole("alert").filter({ hasText: "can no longer be opened" });
      await alert.waitFor({ timeout: 30_000 });
      const text = await alert.textContent();
      expect(text).toContain("gdelt-export.tsv");
      expect(text).toContain("dailyImpulses[0].day");
      expect(text).toContain("month 99 is not between 01 and 12");
      // The stretched view is not shown: the bundled dataset is, and the page title says so.
      expect(await page.locator("h1").textContent()).toBe(bundled.title);
      expect(await page.title()).toBe(BUNDLED);
      // Still kept until the reader decides.
      expect(await keptRecordCount(page)).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        alert.getByRole("button", { name: "Save the raw record" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("detente-unreadable-import-2026-11-30.json");
      const saved = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as {
        name: string;
        dailyImpulses: unknown;
      };
      expect(saved.name).toBe("gdelt-export.tsv");
      expect(saved.dailyImpulses).toEqual([{ day: "9999-99-99", meanGoldstein: 1, weight: 1 }]);

      await alert.getByRole("button", { name: "Dismiss and remove it" }).click();
      await expect.poll(() => alert.count()).toBe(0);
      await expect.poll(() => keptRecordCount(page)).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps two tabs told of each other's imports; Remove removes only the tab's own; the title follows", async () => {
    const { page: a, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      const b = await a.context().newPage();
      await b.goto(new URL("/", inject("baseUrl")).href);
      await expect.poll(() => b.title()).toBe(BUNDLED);

      await importFile(a, "timelinejs/eras.json");
      await expect.poll(() => a.title()).toBe("Détente — Eras Test (imported)");
      // B hears of it, and shows it on request.
      const note = b.getByRole("status").filter({ hasText: "Another tab kept" });
      await note.waitFor({ timeout: 15_000 });
      expect(await note.textContent()).toContain("Eras Test (eras.json)");
      await note.getByRole("button", { name: "Show it" }).click();
      await expect.poll(() => b.locator("h1").textContent()).toBe("Eras Test");
      await expect.poll(() => b.title()).toBe("Détente — Eras Test (imported)");

      // B imports another file: A's import is no longer kept, and A says so.
      await importFile(b, "vis-timeline/basic.json");
      const bTitle = (await b.locator("h1").textContent()) ?? "";
      const replaced = a.getByRole("status").filter({ hasText: "Another tab kept" });
      await replaced.waitFor({ timeout: 15_000 });
      expect(await replaced.textContent()).toContain("no longer kept");
      expect(await a.getByText("Kept in this browser until you remove it.").count()).toBe(0);

      // Remove in A: back to the bundled dataset, and B's import stays kept (A says whose).
      await a.getByRole("button", { name: "Remove imported data" }).click();
      await expect.poll(() => a.title()).toBe(BUNDLED);
      const otherKept = a.getByRole("status").filter({ hasText: "Removed from this tab only" });
      await otherKept.waitFor({ timeout: 15_000 });
      expect(await otherKept.textContent()).toContain(bTitle);
      await b.reload();
      await expect.poll(() => b.locator("h1").textContent(), { timeout: 30_000 }).toBe(bTitle);

      // The title speaks the interface's language.
      await b.getByLabel("Language").selectOption("es");
      await expect.poll(() => b.title()).toBe(`Détente — ${bTitle} (importado)`);
      expect(await b.evaluate(() => document.documentElement.lang)).toBe("es");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("offers the two embeds that work after an import, each previewed as its snippet", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await expect.poll(() => page.title()).toBe(BUNDLED);
      await importFile(page, "timelinejs/eras.json");
      await page.getByRole("button", { name: "Embed", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Embed" });
      await dialog.getByText("imported into this browser only").waitFor();
      expect(await dialog.getByRole("radio", { name: /Responsive iframe/ }).count()).toBe(0);

      // Publish the file and embed its address: no preview until there is an address.
      const code = dialog.getByRole("textbox", { name: "Code" });
      expect(await code.inputValue()).toContain('src="https://example.org/data/');
      expect(await code.inputValue()).not.toContain("event=");
      expect(await dialog.getByText("The preview appears once the address is given.").count()).toBe(
        1,
      );
      const address = new URL("/data/us-colombia.json", inject("baseUrl")).href;
      await dialog.getByLabel("Address of the published file").fill(address);
      expect(await code.inputValue()).toContain(`src="${address}"`);
      const preview = page.frameLocator('iframe[title="Preview of the embedded view"]');
      // The preview fetches what the snippet names (here the bundled file, at that address).
      await expect
        .poll(() => preview.locator("detente-timeline h2").first().textContent(), {
          timeout: 30_000,
        })
        .toMatch(/Colombia/);

      // Download a self-contained embed: the data inside the element, previewed as downloaded.
      await dialog.getByRole("radio", { name: "Download a self-contained embed" }).click();
      const inline = await code.inputValue();
      expect(inline).toContain('<script type="application/json">');
      expect(inline).toContain('"title":"Eras Test"');
      await expect
        .poll(() => preview.locator("detente-timeline h2").first().textContent(), {
          timeout: 30_000,
        })
        .toBe("Eras Test");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        dialog.getByRole("button", { name: "Download the embed (HTML)" }).click(),
      ]);
      expect(await axeViolations(page)).toEqual([]);
      const html = await readFile((await download.path()) ?? "", "utf8");
      expect(html).toContain(inline);
      expect(html).toContain("<title>Eras Test (Détente timeline)</title>");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
