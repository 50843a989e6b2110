import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
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
});
