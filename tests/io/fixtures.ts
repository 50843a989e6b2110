/** Fixture access and assertions shared by the importer tests. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ImportReport, ImportResult } from "../../src/io/pipeline/report.ts";
import { validateDataset } from "../../src/model/validate.ts";
import type { Dataset } from "../../src/model/schema.ts";
import { goldsteinTable } from "../helpers/goldstein.ts";

export function fixture(path: string): string {
  return readFileSync(resolve(process.cwd(), "tests/fixtures", path), "utf8");
}

export function fixtureBytes(path: string): Buffer {
  return readFileSync(resolve(process.cwd(), "tests/fixtures", path));
}

export const goldstein = goldsteinTable();

/** The dataset of a result that must have succeeded, re-validated independently. */
export function expectDataset(result: ImportResult): Dataset {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.report, null, 2)}`);
  const again = validateDataset(result.dataset, goldstein);
  expect(again.ok).toBe(true);
  return result.dataset;
}

export function expectFailure(result: ImportResult): ImportReport {
  expect(result.ok).toBe(false);
  return result.report;
}

/** The skip group with this reason (exact or matching), or a failing assertion. */
export function skipped(report: ImportReport, reason: string | RegExp) {
  const group = report.skipped.find((g) =>
    typeof reason === "string" ? g.reason === reason : reason.test(g.reason),
  );
  expect(
    group,
    `no skip group ${String(reason)} in ${JSON.stringify(report.skipped)}`,
  ).toBeDefined();
  return group ?? { reason: "", count: 0, lines: [] };
}

export function warning(report: ImportReport, pattern: RegExp): string {
  const found = report.warnings.find((w) => pattern.test(w));
  expect(
    found,
    `no warning ${String(pattern)} in ${JSON.stringify(report.warnings)}`,
  ).toBeDefined();
  return found ?? "";
}

/** Every row is accounted for: taken as an event, or counted under a reason. */
export function totalSkipped(report: ImportReport): number {
  return report.skipped.reduce((sum, g) => sum + g.count, 0);
}
