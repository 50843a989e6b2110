/**
 * Export in real Chromium: zoom in, open the export editor, and save each format through a real
 * download. Each file is read back from disk and checked for what a reader's tool would need: an
 * SVG document at the chosen size, a PNG at twice that size, a CSV with its header, and a JSON
 * extract that Détente itself validates. Then a round trip: the CSV export opened again through
 * the import picker gives back the same events, ids and quotes.
 */
import { readFile } from "node:fs/promises";
import Papa from "papaparse";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDetenteJson } from "../../src/io/detente/json.ts";
import { importText } from "../../src/io/pipeline/detect.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { loadGoldsteinTable } from "../../scripts/load-goldstein.ts";
import { launchBrowser, openPage } from "./browser.ts";

const HEADER_START =
  "record,id,date,end,title,summary,topics,actors,initiator,target,cameo,score,chart score,source,quote,note,";
const FILE_NAME =
  /^us-colombia_(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})(?:@2x)?\.(svg|png|csv|json)$/;

async function download(
  page: Page,
  name: string,
): Promise<{ fileName: string; bytes: Buffer; path: string }> {
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  const path = await saved.path();
  return { fileName: saved.suggestedFilename(), bytes: await readFile(path), path };
}

/** A downloaded data file imported in Node with the app's own importers. */
function importedFile(bytes: Buffer): Dataset {
  const result = importText(bytes.toString("utf8"), { goldstein: loadGoldsteinTable() });
  if (!result.ok) throw new Error(`does not import: ${JSON.stringify(result.report.problems)}`);
  return result.dataset;
}

const quoteCount = (dataset: Dataset): number =>
  dataset.events.flatMap((e) => e.citations.filter((c) => c.quote !== undefined)).length;

/** Width and height from a PNG's IHDR chunk, which always follows the 8-byte signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("export in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("saves the zoomed view as SVG, PNG, CSV, JSON and TimelineJS", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.locator(".detente-timeline .detente-plot").waitFor();
      // From the whole period (the app opens on 2025–2026), zoom in once (half the period,
      // centred), then pan to its recent end, where the events are.
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await expect
        .poll(() => page.locator(".detente-timeline .detente-axis").getAttribute("data-unit"))
        .toBe("year");
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      const plot = page.locator(".detente-timeline .detente-plot");
      await plot.focus();
      for (let i = 0; i < 5; i++) await plot.press("ArrowRight");
      await expect
        .poll(() => page.locator(".detente-timeline .detente-tick:not([hidden])").allTextContents())
        .toContain("2026");

      await page.getByRole("button", { name: "Export…", exact: true }).click();
      await page.getByRole("dialog", { name: "Export the view" }).waitFor();

      const svg = await download(page, "Download SVG");
      const svgText = svg.bytes.toString("utf8");
      expect(svgText.length).toBeGreaterThan(1000);
      expect(svgText.startsWith("<?xml") || svgText.startsWith("<svg")).toBe(true);
      expect(svgText).toContain('role="img"');
      expect(svgText).toContain("Made with Détente");
      const width = Number(/<svg[^>]* width="(\d+)"/.exec(svgText)?.[1]);
      const height = Number(/<svg[^>]* height="(\d+)"/.exec(svgText)?.[1]);
      // The editor's first size: 1200 × 675.
      expect([width, height]).toEqual([1200, 675]);

      // Half the period (1998–2027) at its recent end: the file names that window.
      const [, from = "", to = "", ext] = FILE_NAME.exec(svg.fileName) ?? [];
      expect(ext).toBe("svg");
      expect(from > "2010-01-01" && from < "2015-01-01").toBe(true);
      expect(to > "2026-06-01").toBe(true);

      const png = await download(page, "Download PNG 2×");
      expect(png.fileName).toBe(svg.fileName.replace(/\.svg$/, "@2x.png"));
      expect([...png.bytes.subarray(0, 8)]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
      expect(pngSize(png.bytes)).toEqual({ width: width * 2, height: height * 2 });
      // Not a blank canvas: a flat image compresses to a few hundred bytes.
      expect(png.bytes.length).toBeGreaterThan(20_000);

      const csv = await download(page, "Download CSV");
      expect(csv.fileName).toMatch(FILE_NAME);
      const csvText = csv.bytes.toString("utf8").replace(/^\uFEFF/, "");
      expect(csvText.split("\r\n")[0]?.startsWith(HEADER_START)).toBe(true);
      const rows = Papa.parse<string[]>(csvText.trimEnd())
        .data.slice(1)
        .filter((row) => row[0] === "event")
        .map((row) => row.slice(1));

      const json = await download(page, "Download JSON");
      expect(json.fileName).toMatch(/\.json$/);
      const parsed = parseDetenteJson(json.bytes.toString("utf8"), loadGoldsteinTable());
      if (!parsed.ok) throw new Error(`invalid extract: ${JSON.stringify(parsed.error)}`);
      expect(parsed.value.id).toBe("us-colombia");
      expect(parsed.value.title).toMatch(/\(extract, /);
      // The two data exports hold the same events: those in view.
      expect(parsed.value.events.map((e) => e.id).sort()).toEqual(rows.map((r) => r[0]).sort());
      // Plan Colombia (2000) is out of view; the recent events are in it.
      expect(rows.length).toBeGreaterThan(10);
      expect(parsed.value.events.map((e) => e.id)).not.toContain("plan-colombia");
      expect(parsed.value.events.map((e) => e.id)).toContain("white-house-meeting");
      // Both data files are the same extract once imported again.
      expect(importedFile(csv.bytes)).toEqual(parsed.value);

      const timeline = await download(page, "Download TimelineJS");
      expect(timeline.fileName).toBe(svg.fileName.replace(/\.svg$/, ".timelinejs.json"));
      expect(importedFile(timeline.bytes)).toEqual(parsed.value);

      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("opens its own CSV export again as the same events, ids and quotes", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.locator(".detente-timeline .detente-plot").waitFor();
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await page.getByRole("button", { name: "Export…", exact: true }).click();
      const dialog = page.getByRole("dialog", { name: "Export the view" });
      await dialog.waitFor();
      const csv = await download(page, "Download CSV");
      // The editor is modal: close it before reaching the page's import.
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      const exported = importedFile(csv.bytes);
      expect(exported.events.length).toBeGreaterThan(20);
      expect(quoteCount(exported)).toBeGreaterThan(20);

      await page.getByRole("button", { name: "Open data…" }).click();
      await page.getByLabel("Choose a file").setInputFiles(csv.path);
      const region = page.getByRole("region", { name: "Import report" });
      await region.waitFor({ timeout: 30_000 });
      expect(await region.textContent()).toContain(
        `Imported ${exported.events.length} events from`,
      );
      // What the page now holds, saved again as Détente JSON: the same events, ids and quotes.
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await page.getByRole("button", { name: "Export…", exact: true }).click();
      await dialog.waitFor();
      const again = await download(page, "Download JSON");
      const reopened = importedFile(again.bytes);
      expect(reopened.events.map((e) => e.id)).toEqual(exported.events.map((e) => e.id));
      expect(quoteCount(reopened)).toBe(quoteCount(exported));
      expect(reopened.events).toEqual(exported.events);
      expect(reopened.actors).toEqual(exported.actors);
      expect(reopened.parties).toEqual(exported.parties);
      expect(reopened.eras).toEqual(exported.eras);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
