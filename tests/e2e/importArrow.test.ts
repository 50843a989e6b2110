/**
 * Détente's Arrow form in real Chromium, through the built app and its real import worker: an
 * .arrow file through the file picker is told by its first bytes, read as bytes, validated and
 * reported like Détente JSON, and its events replace the bundled ones.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serializeArrow } from "../../src/io/arrow/serialize.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { launchBrowser, openPage } from "./browser.ts";

const bundled = fileURLToPath(new URL("../../data/us-colombia.json", import.meta.url));

describe("Détente Arrow in Chromium", () => {
  let browser: Browser;
  let dir = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), "detente-arrow-e2e-"));
  });

  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("opens an .arrow file with the picker: report, title and its events", async () => {
    const dataset = JSON.parse(await readFile(bundled, "utf8")) as Dataset;
    const file = join(dir, "relations.arrow");
    await writeFile(file, serializeArrow({ ...dataset, title: "Columnar relations" }));
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await expect.poll(() => page.locator("h1").textContent()).toMatch(/Colombia/);
      await page.getByRole("button", { name: "Open data…" }).click();
      await page.getByLabel("Choose a file").setInputFiles(file);
      const region = page.getByRole("region", { name: "Import report" });
      await region.waitFor({ timeout: 30_000 });
      expect(await region.textContent()).toContain(
        `Imported ${dataset.events.length} events from relations.arrow (Détente Arrow (columnar)).`,
      );
      await expect.poll(() => page.locator("h1").textContent()).toBe("Columnar relations");
      await page.locator(".detente-timeline .detente-mark[data-event-id]").first().waitFor({
        state: "attached",
        timeout: 30_000,
      });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
