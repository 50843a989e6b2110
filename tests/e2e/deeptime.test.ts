/**
 * Deep time and the news-coded baseline in real Chromium, on the built app:
 *  - TimelineJS's cosmological example (tests/fixtures/timelinejs) opens through `?src=`, its
 *    axis counts billions of years ago, its list reads "13.8 billion years ago" and "Now";
 *  - an antiquity file labels its axis in BCE years;
 *  - `?baseline=` adds the dash-dotted second line to the tension chart, with its words.
 * The daily.csv here is made up by the test (it only has to be well-formed): no news-coded
 * baseline ships with the bundled dataset, because no real GDELT rows for it are available.
 */
import { cp, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startStaticServer, type StaticServer } from "./staticServer.ts";
import { launchBrowser, openPage } from "./browser.ts";

const fixtures = fileURLToPath(new URL("../fixtures/", import.meta.url));
const dist = fileURLToPath(new URL("../../dist/", import.meta.url));

/** A well-formed daily.csv over the bundled dataset's last year, cooling then heating. */
function dailyCsv(): string {
  const lines = ["day,initiator,target,root,n,w,wg,wg2"];
  const start = Date.UTC(2025, 0, 1);
  for (let i = 0; i < 400; i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const g = i < 200 ? 3 : -5;
    lines.push(`${day},USA,COL,04,3,12,${12 * g},${12 * g * g}`);
    lines.push(`${day},COL,USA,05,1,4,${4 * g},${4 * g * g}`);
  }
  return `${lines.join("\n")}\n`;
}

const axisLabels = (page: Page): Promise<string[]> =>
  page
    .locator(".detente-timeline .detente-tick:not([hidden])")
    .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ""));

/** Pixels of the tension canvas in the baseline's colour (the focus colour, #7a3fc4). */
const baselinePixels = (page: Page): Promise<number> =>
  page.locator(".detente-tension-plot canvas").evaluate((node) => {
    const canvas = node as HTMLCanvasElement;
    const context = canvas.getContext("2d");
    if (!context) return -1;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
      if (Math.abs(r - 122) < 40 && Math.abs(g - 63) < 40 && Math.abs(b - 196) < 40) count++;
    }
    return count;
  });

describe("deep time and the news-coded baseline", () => {
  let browser: Browser;
  let server: StaticServer;
  let dir = "";

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), "detente-deeptime-e2e-"));
    await cp(dist, dir, { recursive: true });
    await cp(join(fixtures, "timelinejs/cosmological.json"), join(dir, "cosmological.json"));
    await writeFile(
      join(dir, "antiquity.json"),
      JSON.stringify({
        events: [
          { start_date: { year: -480 }, text: { headline: "Battle of Salamis" } },
          { start_date: { year: -431 }, text: { headline: "Peloponnesian War begins" } },
          { start_date: { year: -44, month: 3, day: 15 }, text: { headline: "Ides of March" } },
          { start_date: { year: 14 }, text: { headline: "Death of Augustus" } },
        ],
      }),
    );
    await writeFile(join(dir, "usa-col-daily.csv"), dailyCsv());
    server = await startStaticServer({ root: dir });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("opens TimelineJS's cosmological example with a years-ago axis", async () => {
    const { page, errors, close } = await openPage(
      browser,
      `${server.url}/?src=/cosmological.json`,
      {
        reducedMotion: "reduce",
      },
    );
    try {
      await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 60_000 });
      await expect
        .poll(() => axisLabels(page), { timeout: 30_000 })
        .toContainEqual(expect.stringMatching(/^\d+(\.\d+)? billion years ago$/));
      const list = page.getByRole("list", { name: "Events in date order" });
      await expect
        .poll(() => list.textContent(), { timeout: 30_000 })
        .toContain("13.8 billion years ago");
      const text = (await list.textContent()) ?? "";
      expect(text).toContain("The Big Bang");
      expect(text).toContain("Now");
      expect(text).not.toMatch(/NaN|Invalid/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("labels antiquity in BCE years", async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/?src=/antiquity.json`, {
      reducedMotion: "reduce",
    });
    try {
      await page.getByRole("region", { name: "Import report" }).waitFor({ timeout: 60_000 });
      await page.getByRole("button", { name: "Show all" }).click();
      await expect
        .poll(() => axisLabels(page), { timeout: 30_000 })
        .toContainEqual(expect.stringMatching(/^\d+ BCE$/));
      const list = page.getByRole("list", { name: "Events in date order" });
      await expect.poll(() => list.textContent(), { timeout: 30_000 }).toContain("15 March 44 BCE");
      expect(await list.textContent()).toContain("480 BCE");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("draws the news-coded baseline from ?baseline= as a second, labelled line", async () => {
    const { page, errors, close } = await openPage(browser, `${server.url}/`, {
      reducedMotion: "reduce",
    });
    const without = await (async () => {
      await page.locator(".detente-tension-plot canvas").waitFor();
      await page.waitForTimeout(500);
      return baselinePixels(page);
    })();
    await close();
    const opened = await openPage(browser, `${server.url}/?baseline=/usa-col-daily.csv`, {
      reducedMotion: "reduce",
    });
    try {
      const note = opened.page.locator(".detente-baseline-note");
      await expect
        .poll(() => note.textContent(), { timeout: 30_000 })
        .toMatch(
          /News-coded baseline, GDELT, the same model .*It peaked at \d+ \((Tense|Hostile)\)/,
        );
      await opened.page.getByRole("button", { name: "Show all" }).click();
      await expect
        .poll(() => baselinePixels(opened.page), { timeout: 30_000 })
        .toBeGreaterThan(without + 100);
      expect([...errors, ...opened.errors]).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("says why a baseline cannot be shown, and keeps the chart", async () => {
    const { page, close } = await openPage(browser, `${server.url}/?baseline=/missing.csv`, {
      reducedMotion: "reduce",
    });
    try {
      await expect
        .poll(() => page.locator(".detente-baseline-note").textContent(), { timeout: 30_000 })
        .toMatch(/could not be shown \(missing\.csv\): the server answered 404/);
      expect(await page.locator(".detente-tension-plot canvas").count()).toBe(1);
    } finally {
      await close();
    }
  });
});
