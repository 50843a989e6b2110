/**
 * Publishing in real Chromium: the export editor's words and sizes reach the saved SVG, whose
 * every text lies inside its picture (measured by the browser's own layout, getBBox); search by
 * date in English and Spanish; the event table's sorting; and axe-core with the editor or the
 * table open.
 */
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";

async function downloadSvg(page: Page): Promise<string> {
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download SVG", exact: true }).click(),
  ]);
  return (await readFile(await saved.path())).toString("utf8");
}

interface Overflow {
  readonly text: string;
  readonly box: readonly number[];
}

/**
 * Draws the SVG in the page and returns every <text> whose box, in the picture's own
 * coordinates, reaches outside its viewBox (half a pixel of antialiasing aside).
 */
async function textsOutside(page: Page, svg: string): Promise<{ count: number; out: Overflow[] }> {
  return page.evaluate((markup) => {
    const parsed = new DOMParser().parseFromString(markup, "image/svg+xml");
    const root = document.importNode(parsed.documentElement, true) as unknown as SVGSVGElement;
    const holder = document.createElement("div");
    holder.appendChild(root);
    document.body.appendChild(holder);
    try {
      const [vx = 0, vy = 0, vw = 0, vh = 0] = (root.getAttribute("viewBox") ?? "")
        .split(" ")
        .map(Number);
      const toRoot = root.getScreenCTM()?.inverse();
      const texts = [...root.querySelectorAll("text")];
      const out: { text: string; box: number[] }[] = [];
      for (const text of texts) {
        if (!text.textContent?.trim()) continue;
        const box = text.getBBox();
        const matrix = toRoot?.multiply(text.getScreenCTM() ?? new DOMMatrix());
        const corners = [
          [box.x, box.y],
          [box.x + box.width, box.y + box.height],
        ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(matrix));
        const [a, b] = corners as [DOMPoint, DOMPoint];
        const left = Math.min(a.x, b.x);
        const right = Math.max(a.x, b.x);
        const top = Math.min(a.y, b.y);
        const bottom = Math.max(a.y, b.y);
        if (left < vx - 0.5 || right > vx + vw + 0.5 || top < vy - 0.5 || bottom > vy + vh + 0.5) {
          out.push({ text: text.textContent, box: [left, top, right, bottom] });
        }
      }
      return { count: texts.length, out };
    } finally {
      holder.remove();
    }
  }, svg);
}

async function openExport(page: Page): Promise<void> {
  await page.locator(".detente-timeline .detente-plot").waitFor();
  await page.getByRole("button", { name: "Export…", exact: true }).click();
  await page.getByRole("dialog", { name: "Export the view" }).waitFor();
}

describe("publishing in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("puts the editor's words and size in the SVG, every text inside the picture", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await openExport(page);
      const dialog = page.getByRole("dialog", { name: "Export the view" });
      // The title names the window the app opens on, not the dataset's whole period.
      expect(await dialog.getByLabel("Title", { exact: true }).inputValue()).toMatch(
        /^United States–Colombia relations, \w+ 2025 – \w+ 2026$/,
      );
      await dialog.getByLabel("Title", { exact: true }).fill("Tariffs, flights & visas");
      await dialog.getByLabel("Subtitle", { exact: true }).fill("How a year of strain looked");
      await dialog.getByLabel("Notes", { exact: true }).fill("Scores follow the Goldstein scale.");
      await dialog.getByLabel("Credit or byline", { exact: true }).fill("Chart: The Desk");
      await dialog.getByRole("radio", { name: /1080 × 1080/ }).check();
      // The live preview follows the words.
      await expect
        .poll(() => dialog.getByRole("img", { name: /Tariffs, flights & visas/ }).count())
        .toBe(1);

      const svg = await downloadSvg(page);
      expect(svg).toContain("Tariffs, flights &amp; visas");
      expect(svg).toContain("How a year of strain looked");
      expect(svg).toContain("Scores follow the Goldstein scale.");
      expect(svg).toContain("Chart: The Desk");
      expect(svg).toMatch(/<svg[^>]* width="1080" height="1080"/);
      // Whole labels: no group badges, no cut titles.
      expect(svg).not.toContain("detente-cluster");
      expect(svg).not.toMatch(/detente-mark-label[^>]*>[^<]*…</);
      expect(svg).toMatch(/Sources: [^<]*Reuters/);

      // Every preset, and a custom width, keeps every text inside the picture.
      const sizes: [RegExp, string][] = [
        [/1200 × 675/, 'width="1200" height="675"'],
        [/1600 × 900/, 'width="1600" height="900"'],
        [/A4 landscape/, 'width="1046"'],
        [/Custom width/, 'width="640"'],
      ];
      for (const [radio, expected] of [[/1080 × 1080/, 'width="1080"'] as const, ...sizes]) {
        await dialog.getByRole("radio", { name: radio }).check();
        if (String(radio).includes("Custom"))
          await dialog.getByLabel("Width in pixels").fill("640");
        const file = await downloadSvg(page);
        expect(file).toContain(expected);
        const { count, out } = await textsOutside(page, file);
        expect(count).toBeGreaterThan(20);
        expect(out, `${String(radio)}: ${JSON.stringify(out)}`).toEqual([]);
      }
      // A4 prints through the print stylesheet.
      await dialog.getByRole("radio", { name: /A4 landscape/ }).check();
      expect(await dialog.getByRole("button", { name: "Print on A4 landscape" }).count()).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("keeps the axis labels whole at the edges of the whole period", async () => {
    const { page, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.locator(".detente-timeline .detente-plot").waitFor();
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await openExport(page);
      const svg = await downloadSvg(page);
      const { out } = await textsOutside(page, svg);
      expect(out).toEqual([]);
    } finally {
      await close();
    }
  });

  const searches = [
    { lang: "en", query: "26 January 2025", date: "26 January 2025", count: 3 },
    { lang: "en", query: "January 26, 2025", date: "26 January 2025", count: 3 },
    { lang: "en", query: "2025-01-26", date: "26 January 2025", count: 3 },
    { lang: "en", query: "January 2025", date: /January 2025/, count: 4 },
    { lang: "es", query: "26 de enero de 2025", date: "26 de enero de 2025", count: 3 },
    { lang: "es", query: "enero 2025", date: /enero de 2025/, count: 4 },
  ] as const;

  for (const { lang, query, date, count } of searches) {
    it(`finds the events of "${query}" (${lang})`, async () => {
      const { page, errors, close } = await openPage(browser, `/?lang=${lang}`, {
        reducedMotion: "reduce",
      });
      try {
        await page.locator(".detente-timeline .detente-plot").waitFor();
        const box = page.getByRole("searchbox");
        await box.fill(query);
        const results = page.locator(".detente-search-results li");
        await expect.poll(() => results.count()).toBe(count);
        for (const text of await page.locator(".detente-search-date").allTextContents()) {
          expect(text).toMatch(date);
        }
        // Enter moves the chart to the first match and opens it.
        const axis = page.locator(".detente-timeline .detente-axis");
        const unitBefore = await axis.getAttribute("data-unit");
        const first = (await results.first().getByRole("button").textContent()) ?? "";
        await box.press("Enter");
        await expect
          .poll(() => page.locator(".detente-details h2").first().textContent())
          .toBe(first);
        // Zoomed in around it: a finer axis, and the event's mark inside the plot.
        await expect.poll(() => axis.getAttribute("data-unit")).not.toBe(unitBefore);
        const plot = await page.locator(".detente-timeline .detente-plot").boundingBox();
        const id = await page
          .locator(".detente-search-results li")
          .first()
          .evaluate(() => new URL(location.href).searchParams.get("event"));
        if (id) {
          const mark = await page
            .locator(`.detente-marks [data-event-id="${id}"]`)
            .first()
            .boundingBox();
          expect(mark && plot && mark.x >= plot.x && mark.x <= plot.x + plot.width).toBe(true);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }

  it("sorts the event table by a column, and lists each day's events with its tension", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.getByRole("button", { name: "View as table", exact: true }).click();
      const table = page.getByRole("table", { name: /events, sorted by/ });
      await table.waitFor();
      const score = table.getByRole("columnheader", { name: /Score/ });
      await score.getByRole("button").click();
      expect(await score.getAttribute("aria-sort")).toBe("descending");
      const scores = async () =>
        (await table.locator("tbody tr td:nth-of-type(5)").allTextContents()).map((text) =>
          Number(text.replace("−", "-").replace("+", "")),
        );
      const descending = await scores();
      expect(descending.length).toBeGreaterThan(10);
      expect(descending).toEqual([...descending].sort((a, b) => b - a));
      await score.getByRole("button").press("Enter");
      expect(await score.getAttribute("aria-sort")).toBe("ascending");
      const ascending = await scores();
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

      const tab = page.getByRole("tab", { name: "Events" });
      await tab.focus();
      await tab.press("ArrowRight");
      const tension = page.getByRole("table", { name: /Tension by day/ });
      await tension.waitFor();
      const row = tension.locator("tr", {
        has: page.getByRole("rowheader", { name: "26 January 2025" }),
      });
      expect(await row.textContent()).toMatch(/deportation/i);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const lang of ["en", "es"] as const) {
    it(`has no axe violations with the export editor open, then the table (${lang})`, async () => {
      const { page, close } = await openPage(browser, `/?lang=${lang}`, {
        reducedMotion: "reduce",
      });
      try {
        await page.locator(".detente-timeline .detente-plot").waitFor();
        await page.getByRole("button", { name: lang === "en" ? "Export…" : "Exportar…" }).click();
        await page.getByRole("dialog").waitFor();
        await page.locator(".detente-export-preview").waitFor();
        let violations = await axeViolations(page);
        expect(violations).toEqual([]);
        await page.keyboard.press("Escape");
        await page
          .getByRole("button", { name: lang === "en" ? "View as table" : "Ver como tabla" })
          .click();
        await page.getByRole("table").first().waitFor();
        await page.waitForTimeout(300);
        violations = await axeViolations(page);
        expect(violations).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
