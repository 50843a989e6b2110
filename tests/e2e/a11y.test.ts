import { createRequire } from "node:module";
import { devices, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes
        .slice(0, 5)
        .map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A touch phone, as the reading tests use it. */
const PHONE: BrowserContextOptions = {
  ...devices["iPhone 13"],
  viewport: { width: 390, height: 844 },
  reducedMotion: "reduce",
};

/** The first group of same-day events in view: its list has no zoom, only the events. */
/** The first overflow group of the opening view ("+7 more" in its lane). */
const firstGroup = (page: Page) =>
  page
    .locator(".detente-marks")
    .getByRole("button", { name: /^\d+ events(,| on) .+\. Activate to list them\.$/ })
    .first();

const describeViolations = (violations: AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => `${n.target.join(" ")} — ${n.failureSummary}`).join("\n  ")}`,
    )
    .join("\n");

describe("accessibility audit with axe-core", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const lang of ["en", "es"] as const) {
      it(`has no violations in the ${scheme} theme in ${lang === "en" ? "English" : "Spanish"}, with details and filters open`, async () => {
        const { page, errors, close } = await openPage(
          browser,
          `/?lang=${lang}&event=visa-revocation`,
          {
            colorScheme: scheme,
            reducedMotion: "reduce",
          },
        );
        try {
          await page.locator(".detente-details").waitFor();
          await page.locator(".detente-filters > summary").click();
          await page.locator(".detente-how > summary").click();
          // Let the settled-view re-render finish before auditing.
          await page.waitForTimeout(300);
          const violations = await axeViolations(page);
          expect(violations, describeViolations(violations)).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  it("has no violations in the table view", async () => {
    const { page, close } = await openPage(browser, "/", { reducedMotion: "reduce" });
    try {
      await page.getByRole("button", { name: "View as table", exact: true }).click();
      await page.getByRole("table").first().waitFor();
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`has no violations with a group's list open beside the chart (${scheme} theme, 1280×800)`, async () => {
      const { page, errors, close } = await openPage(browser, "/", {
        colorScheme: scheme,
        reducedMotion: "reduce",
      });
      try {
        const group = firstGroup(page);
        const name = ((await group.getAttribute("aria-label")) ?? "").replace(
          /\. Activate to list them\.$/,
          "",
        );
        await group.click();
        const list = page.getByRole("dialog", { name, exact: true });
        await list.waitFor({ state: "visible" });
        // A popover anchored in the chart, not the phone's bottom sheet.
        expect(await list.evaluate((node) => node.classList.contains("detente-sheet"))).toBe(false);
        expect(await list.locator(".detente-group-item").count()).toBeGreaterThan(1);
        await page.waitForTimeout(300);
        const violations = await axeViolations(page);
        expect(violations, describeViolations(violations)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });

    it(`has no violations with a group's list and then an event's details in the bottom sheet (${scheme} theme, 390×844 touch phone)`, async () => {
      const { page, errors, close } = await openPage(browser, "/", {
        ...PHONE,
        colorScheme: scheme,
      });
      try {
        const group = firstGroup(page);
        const name = ((await group.getAttribute("aria-label")) ?? "").replace(
          /\. Activate to list them\.$/,
          "",
        );
        await group.tap();
        const list = page.getByRole("dialog", { name, exact: true });
        await list.waitFor({ state: "visible" });
        expect(await list.evaluate((node) => node.classList.contains("detente-sheet"))).toBe(true);
        expect(await list.evaluate((node) => getComputedStyle(node).position)).toBe("fixed");
        await page.waitForTimeout(300);
        const withList = await axeViolations(page);
        expect(withList, describeViolations(withList)).toEqual([]);

        // An event from the list opens its details, in the bottom sheet too.
        const item = list.locator(".detente-group-item").first();
        const title = (await item.locator(".detente-group-title").textContent()) ?? "";
        await item.tap();
        const details = page.getByRole("region", { name: "Event details" });
        await details.waitFor({ state: "visible" });
        expect(await details.getByRole("heading", { level: 2 }).textContent()).toBe(title);
        expect(await details.evaluate((node) => getComputedStyle(node).position)).toBe("fixed");
        await page.waitForTimeout(300);
        const withDetails = await axeViolations(page);
        expect(withDetails, describeViolations(withDetails)).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
