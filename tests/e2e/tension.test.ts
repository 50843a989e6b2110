import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

async function axisState(page: Page): Promise<{ unit: string; labels: string[] }> {
  return page.locator(".detente-timeline .detente-axis").evaluate((axis) => ({
    unit: (axis as HTMLElement).dataset["unit"] ?? "",
    labels: [...axis.querySelectorAll<HTMLElement>(".detente-tick")]
      .filter((tick) => !tick.hidden)
      .map((tick) => tick.textContent ?? ""),
  }));
}

async function brushSelection(page: Page): Promise<{ x: number; width: number } | null> {
  return page.locator(".detente-brush .selection").evaluate((rect) => {
    if ((rect as SVGElement).style.display === "none") return null;
    return { x: Number(rect.getAttribute("x")), width: Number(rect.getAttribute("width")) };
  });
}

describe("tension chart and overview in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("brushing the overview changes the timeline's axis", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.locator(".detente-overview-plot").waitFor();
      // From the whole period (the app opens on 2025–2026), so the brush can narrow it.
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await expect.poll(async () => (await axisState(page)).unit).toBe("year");
      const before = await axisState(page);
      await page.locator(".detente-overview-plot").scrollIntoViewIfNeeded();
      const box = await page.locator(".detente-overview-plot").boundingBox();
      if (!box) throw new Error("overview has no box");
      // Drag over the last twentieth of the period: 2025 to early 2026.
      await page.mouse.move(box.x + box.width * 0.93, box.y + box.height / 2);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width * 0.985, box.y + box.height / 2, { steps: 6 });
      await page.mouse.up();
      await expect.poll(async () => (await axisState(page)).unit).toBe("month");
      const after = await axisState(page);
      expect(after.labels.some((label) => /2025/.test(label))).toBe(true);
      expect(after.labels).not.toEqual(before.labels);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("zooming the timeline moves the brush; Reset zoom returns it to the opening window, Show all clears it", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.locator(".detente-overview-plot").waitFor();
      const overview = await page.locator(".detente-overview-plot").boundingBox();
      if (!overview) throw new Error("overview has no box");
      // The opening window, January 2025 – February 2026, is 14 of the period's ~29 years: a
      // brush at the recent end, about a twentieth of the overview wide.
      await expect.poll(() => brushSelection(page)).not.toBeNull();
      const opening = await brushSelection(page);
      if (!opening) throw new Error("no brush at the opening window");
      expect(opening.width).toBeGreaterThan(overview.width / 40);
      expect(opening.width).toBeLessThan(overview.width / 12);
      expect(opening.x).toBeGreaterThan(overview.width * 0.85);
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await expect.poll(() => brushSelection(page)).toBeNull();
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await expect.poll(() => brushSelection(page)).not.toBeNull();
      const zoomed = await brushSelection(page);
      // Two ×2 zooms show a quarter of the period.
      expect(zoomed?.width ?? 0).toBeCloseTo(overview.width / 4, -1);
      // Ctrl+wheel over the tension chart zooms the shared viewport too.
      await page.locator(".detente-tension-plot").scrollIntoViewIfNeeded();
      const plot = await page.locator(".detente-tension-plot").boundingBox();
      if (!plot) throw new Error("tension plot has no box");
      await page.mouse.move(plot.x + plot.width * 0.9, plot.y + plot.height / 2);
      await page.keyboard.down("Control");
      for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
      await page.keyboard.up("Control");
      await expect
        .poll(async () => (await brushSelection(page))?.width ?? 0)
        .toBeLessThan((zoomed?.width ?? 0) * 0.8);
      await page.getByRole("button", { name: "Reset zoom", exact: true }).click();
      await expect
        .poll(async () => {
          const brush = await brushSelection(page);
          if (!brush) return Infinity;
          return Math.max(Math.abs(brush.x - opening.x), Math.abs(brush.width - opening.width));
        })
        .toBeLessThan(1);
      await page.getByRole("button", { name: "Show all", exact: true }).click();
      await expect.poll(() => brushSelection(page)).toBeNull();
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("hovering the tension line reads out the day and its drivers", async () => {
    const { page, errors, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      const plot = page.locator(".detente-tension-plot");
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      if (!box) throw new Error("tension plot has no box");
      await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
      const readoutId = await plot.getAttribute("aria-describedby");
      const readout = page.locator(`[id="${readoutId}"]`);
      await expect.poll(() => readout.textContent()).toMatch(/\d{4}: tension \d+ \(\w+\)/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
