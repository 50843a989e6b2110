/**
 * Shareable links in real Chromium: what the user does lands in the URL, "Copy link" puts that
 * URL in the real clipboard, and opening it in a fresh browser context shows the same view. A
 * link with garbage parameters still loads, with warnings that say what was wrong.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

/** The timeline axis' visible tick labels, as the user reads them. */
async function axisLabels(page: Page): Promise<string[]> {
  return page
    .locator(".detente-timeline .detente-axis")
    .evaluate((axis) =>
      [...axis.querySelectorAll<HTMLElement>(".detente-tick")]
        .filter((tick) => !tick.hidden)
        .map((tick) => tick.textContent ?? ""),
    );
}

/** What a shared view is made of, read from the page the way a reader sees it. */
async function viewOf(page: Page, detailsName: string) {
  const details = page.getByRole("region", { name: detailsName });
  return {
    axis: await axisLabels(page),
    title: await details.getByRole("heading", { level: 2 }).textContent(),
    date: await details.locator("dd").first().textContent(),
    lang: await page.locator(".detente").getAttribute("lang"),
  };
}

describe("shareable links in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("Copy link copies the view, and the link opens the same view elsewhere", async () => {
    const sharer = await openPage(browser, "/?utm_source=e2e", {
      reducedMotion: "reduce",
      permissions: ["clipboard-read", "clipboard-write"],
    });
    let link: string;
    let shared: Awaited<ReturnType<typeof viewOf>>;
    try {
      const { page } = sharer;
      await page.locator(".detente-timeline .detente-axis .detente-tick").first().waitFor();
      const before = await axisLabels(page);
      const historyLength = await page.evaluate(() => history.length);
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await expect.poll(() => axisLabels(page)).not.toEqual(before);
      await page
        .getByRole("list", { name: "Events in date order" })
        .getByRole("button", { name: /State Department revokes Petro’s visa/ })
        .click();
      await page.getByLabel("Language", { exact: true }).selectOption("es");
      await page.getByRole("region", { name: "Detalles del evento" }).waitFor();

      await page.getByRole("button", { name: "Copiar enlace", exact: true }).click();
      await page.getByText("Enlace copiado", { exact: true }).waitFor();
      link = await page.evaluate(() => navigator.clipboard.readText());

      const url = new URL(link);
      expect(url.searchParams.get("event")).toBe("visa-revocation");
      expect(url.searchParams.get("lang")).toBe("es");
      expect(url.searchParams.get("from")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(url.searchParams.get("to")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // The host page's own parameter survives, untouched.
      expect(url.searchParams.get("utm_source")).toBe("e2e");
      // The address bar was updated in place: no history entry per action.
      expect(page.url()).toBe(link);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);

      shared = await viewOf(page, "Detalles del evento");
      // The shared link opens in the sharer's language, the event's title translated.
      expect(shared.title).toBe("El Departamento de Estado revoca el visado de Petro");
      expect(shared.lang).toBe("es");
      expect(sharer.errors).toEqual([]);
    } finally {
      await sharer.close();
    }

    // A reader with an English browser and no clipboard access opens the link.
    const reader = await openPage(browser, link, { reducedMotion: "reduce" });
    try {
      const { page } = reader;
      await page.getByRole("region", { name: "Detalles del evento" }).waitFor();
      await expect.poll(() => viewOf(page, "Detalles del evento")).toEqual(shared);
      expect(await page.getByRole("button", { name: "Copiar enlace" }).isVisible()).toBe(true);
      // Opening a link writes nothing back: it is already the view.
      await page.waitForTimeout(600);
      expect(page.url()).toBe(link);
      expect(reader.errors).toEqual([]);
    } finally {
      await reader.close();
    }
  });

  it("a link with garbage parameters loads the default view with warnings", async () => {
    // Blank first, so the warnings listener is in place before the app loads.
    const { page, errors, close } = await openPage(browser, "about:blank");
    const warnings: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "warning") warnings.push(message.text());
    });
    try {
      const garbage =
        "/?keep=me&from=2025-13-40&to=2025-02-30&topics=nope&actors=nobody&event=missing-id" +
        "&lanes=zigzag&lang=fr&theme=neon&halflife=-3";
      const response = await page.goto(new URL(garbage, inject("baseUrl")).href);
      expect(response?.ok()).toBe(true);
      await page
        .getByRole("list", { name: "Events in date order" })
        .getByRole("button", { name: /White House meeting: Petro visits Trump/ })
        .waitFor();
      for (const expected of [
        /from="2025-13-40".*expected a real date as YYYY-MM-DD/,
        /to="2025-02-30".*expected a real date as YYYY-MM-DD/,
        /topics="nope".*expected comma-separated topic ids/,
        /actors="nobody".*expected comma-separated actor ids/,
        /event="missing-id".*expected the id of an event/,
        /lanes="zigzag".*expected one of topic, actor, party, none/,
        /lang="fr".*expected one of en, es/,
        /theme="neon".*expected one of auto, light, dark/,
        /halflife="-3".*expected a positive number of days/,
      ]) {
        expect(warnings.some((text) => expected.test(text))).toBe(true);
      }
      // The default view: the dataset's opening window (the bad from/to are ignored, not
      // half-applied), in English, nothing selected, every event listed.
      const axis = page.locator(".detente-timeline .detente-axis");
      expect(await axis.getAttribute("data-unit")).toBe("month");
      expect(
        await page
          .getByRole("heading", { name: /^Timeline, / })
          .first()
          .textContent(),
      ).toBe("Timeline, January 2025 – February 2026");
      expect(await page.locator(".detente").getAttribute("lang")).toBe("en");
      expect(await page.getByRole("region", { name: "Event details" }).count()).toBe(0);
      expect(await page.locator(".detente-list-item").count()).toBe(29);
      expect(new URL(page.url()).searchParams.get("keep")).toBe("me");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});
