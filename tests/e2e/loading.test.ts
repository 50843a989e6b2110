/**
 * What a first view downloads, and when the rest comes: a plain visit fetches neither the reader
 * nor the writer of the view's URL parameters; pointing at a toolbar button fetches what its
 * press will show, before the press; a link that names a view fetches its reader.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./browser.ts";

/** Opens `path`, recording the names of the script chunks the page requests from then on. */
async function open(browser: Browser, path: string): Promise<{ page: Page; chunks: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const chunks: string[] = [];
  page.on("request", (request) => {
    const name = /\/assets\/([\w]+)-[\w-]+\.js$/.exec(new URL(request.url()).pathname)?.[1];
    if (name) chunks.push(name);
  });
  await page.goto(new URL(path, inject("baseUrl")).href);
  await page.locator(".detente-timeline .detente-marks button").first().waitFor();
  return { page, chunks };
}

describe("what loads when", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("a plain visit fetches neither the reader nor the writer of a link's view", async () => {
    const { page, chunks } = await open(browser, "/");
    // A moment for anything the first view would still request.
    await page.waitForTimeout(500);
    expect(chunks).toContain("detente");
    expect(chunks).not.toContain("viewParams");
    expect(chunks).not.toContain("viewLink");
    expect(chunks).not.toContain("StoryHost");
    expect(chunks).not.toContain("ExportDialog");
    await page.context().close();
  });

  it("pointing at Export, Embed, Step through and Copy link fetches what a press shows", async () => {
    const { page, chunks } = await open(browser, "/");
    for (const [button, chunk] of [
      ["Export…", "ExportDialog"],
      ["Embed", "EmbedDialogBox"],
      ["Step through", "StoryHost"],
      ["Copy link", "viewLink"],
    ] as const) {
      await page.getByRole("button", { name: button, exact: true }).hover();
      await expect.poll(() => chunks, { timeout: 5_000 }).toContain(chunk);
    }
    await page.context().close();
  });

  it("a link that names a view fetches its reader and opens on that view", async () => {
    const { page, chunks } = await open(browser, "/?lanes=party");
    expect(chunks).toContain("viewParams");
    await expect
      .poll(() => page.getByRole("combobox", { name: "Lanes" }).inputValue())
      .toBe("party");
    await page.context().close();
  });

  it("a link naming data and a view opens that data on that view", async () => {
    const { page, chunks } = await open(
      browser,
      "/?src=/data/us-colombia.json&event=visa-revocation&lanes=party",
    );
    const details = page.getByRole("region", { name: "Event details" });
    await expect
      .poll(() => details.getByRole("heading", { level: 2 }).textContent(), { timeout: 15_000 })
      .toMatch(/State Department revokes Petro’s visa/);
    await expect
      .poll(() => page.getByRole("combobox", { name: "Lanes" }).inputValue())
      .toBe("party");
    expect(chunks).toContain("viewParams");
    await page.context().close();
  });

  it("a story link fetches the story beside its data, not after it", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(new URL("/?story=1", inject("baseUrl")).href);
    await page.getByRole("button", { name: /Next/ }).first().waitFor();
    const story = requests.findIndex((path) => /\/assets\/StoryHost-[\w-]+\.js$/.test(path));
    const data = requests.findIndex((path) => path.endsWith("/data/us-colombia.json"));
    expect(story).toBeGreaterThanOrEqual(0);
    // Requested before the data, in the same breath as the page's own start.
    if (data >= 0) expect(story).toBeLessThan(data);
    await context.close();
  });
});
