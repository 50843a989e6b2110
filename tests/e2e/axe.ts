/**
 * axe-core in a page or frame of real Chromium, against WCAG 2.2 AA and axe's best practices:
 * one line per violation ("rule: what it asks (where)"), so `toEqual([])` failures read plainly.
 */
import { createRequire } from "node:module";
import type { Frame, Page } from "playwright-core";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export async function axeViolations(target: Page | Frame): Promise<string[]> {
  await target.addScriptTag({ path: axePath });
  return target.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: "tag",
        values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
      },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  });
}
