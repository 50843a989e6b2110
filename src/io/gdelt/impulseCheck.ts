/**
 * Daily impulses read back from storage, checked as strictly as a GDELT import makes them
 * (aggregate.ts): one entry per real calendar day, in ascending order, a mean Goldstein score on
 * the scale (−10 to 10), a weight of at least 1 (every row counts once), and every day inside
 * the dataset's own span (a fresh import only has days its events are on). A tampered or stale
 * record with `9999-99-99`, or a day decades away, would otherwise stretch the view.
 */
import { isPreciseDate, parseEdtf, spanEnd, spanStart } from "../../model/date.ts";
import type { Problem, Result } from "../../model/result.ts";
import type { Dataset } from "../../model/schema.ts";
import type { DailyImpulse } from "./aggregate.ts";

/** Enough to say what is wrong; a record with a million bad days is not listed in full. */
const MAX_PROBLEMS = 20;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** First instant and end (exclusive) of the dataset's events, UTC ms; undefined if none. */
function datasetSpan(dataset: Dataset): { from: number; to: number } | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const event of dataset.events) {
    const start = parseEdtf(event.date);
    const end = parseEdtf(event.end ?? event.date);
    if (isPreciseDate(start)) from = Math.min(from, spanStart(start));
    if (isPreciseDate(end)) to = Math.max(to, spanEnd(end));
  }
  return from < to ? { from, to } : undefined;
}

export function checkDailyImpulses(
  value: unknown,
  dataset: Dataset,
  path = "dailyImpulses",
): Result<DailyImpulse[]> {
  if (!Array.isArray(value))
    return { ok: false, error: [{ path, message: "expected an array of daily impulses" }] };
  const span = datasetSpan(dataset);
  const problems: Problem[] = [];
  const impulses: DailyImpulse[] = [];
  let previous = "";
  const fail = (at: string, message: string): void => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path: at, message });
  };
  value.forEach((item: unknown, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(item)) return fail(at, "expected an object with day, meanGoldstein and weight");
    const { day, meanGoldstein, weight } = item;
    let dayOk = false;
    if (typeof day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(day)) {
      fail(`${at}.day`, `expected a day as YYYY-MM-DD, got ${JSON.stringify(day) ?? "nothing"}`);
    } else {
      const date = parseEdtf(day);
      if (!isPreciseDate(date)) fail(`${at}.day`, date.error);
      else if (day <= previous)
        fail(`${at}.day`, `${day} is not after ${previous}: days must be in order, each once`);
      else if (span && (spanStart(date) < span.from || spanStart(date) >= span.to))
        fail(`${at}.day`, `${day} is outside the dataset's events`);
      else if (!span) fail(`${at}.day`, "the dataset has no dated events for a daily impulse");
      else dayOk = true;
      if (dayOk) previous = day;
    }
    const scoreOk =
      typeof meanGoldstein === "number" &&
      Number.isFinite(meanGoldstein) &&
      Math.abs(meanGoldstein) <= 10;
    if (!scoreOk) fail(`${at}.meanGoldstein`, "expected a number from -10 to 10 (Goldstein scale)");
    const weightOk = typeof weight === "number" && Number.isFinite(weight) && weight >= 1;
    if (!weightOk) fail(`${at}.weight`, "expected a number of 1 or more (sources that day)");
    if (dayOk && scoreOk && weightOk)
      impulses.push({
        day: day as string,
        meanGoldstein: meanGoldstein as number,
        weight: weight as number,
      });
  });
  return problems.length === 0 ? { ok: true, value: impulses } : { ok: false, error: problems };
}
