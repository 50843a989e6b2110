/**
 * The timeline's gestures in real Chromium with real input (page.mouse / page.keyboard): Ctrl+wheel
 * zoom around the pointer, bare wheel scrolls the page, drag pans, the zoom buttons, keyboard
 * zoom and roving focus, double-click zoom, a cluster's list and its zoom, and a phone-width layout.
 *
 * The app opens on the dataset's declared window (January 2025 – February 2026, month ticks);
 * tests about year-scale zooms start from "Show all", the whole period.
 *
 * The axis is read as the user sees it: its `data-unit`, its tick labels and where they sit. Two
 * ticks give the scale, so "the time under x" is computed from the page itself, never from app
 * internals.
 */
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

const DAY = 86_400_000;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

interface RawTick {
  readonly label: string;
  /** Centre of the label, in px from the axis' left edge. */
  readonly x: number;
}

interface RawAxis {
  readonly unit: string;
  readonly width: number;
  readonly ticks: readonly RawTick[];
  /** The axis' context label: "2025" at month zooms, "June 2025" at day zooms, "" at years. */
  readonly context: string;
}

/** The axis as the user sees it, plus the scale read from two of its ticks. */
interface AxisView extends RawAxis {
  readonly labels: readonly string[];
  readonly msPerPx: number;
  /** The instant under `x` px from the axis' left edge. */
  timeAt(x: number): number;
}

/**
 * "2024", "Mar 2025", or "3 Feb". Day labels carry no year: the first is put in the year that
 * brings it nearest `hintMs` (by default the month the axis' context label names), each next one
 * on the first such date after its predecessor.
 */
function parseTick(label: string, unit: string, hintMs: number | undefined): number {
  let match: RegExpExecArray | null;
  if (unit === "year" && (match = /^(\d{4})$/.exec(label))) {
    return Date.UTC(Number(match[1]), 0, 1);
  }
  if (unit === "month" && (match = /^([A-Z][a-z]{2}) (\d{4})$/.exec(label))) {
    const month = MONTHS.indexOf(match[1] ?? "");
    if (month >= 0) return Date.UTC(Number(match[2]), month, 1);
  }
  if (unit === "day" && (match = /^(\d{1,2}) ([A-Z][a-z]{2})$/.exec(label))) {
    const month = MONTHS.indexOf(match[2] ?? "");
    const day = Number(match[1]);
    if (month >= 0 && hintMs !== undefined) {
      const hintYear = new Date(hintMs).getUTCFullYear();
      const candidates = [hintYear - 1, hintYear, hintYear + 1].map((year) =>
        Date.UTC(year, month, day),
      );
      return candidates.reduce((best, ms) =>
        Math.abs(ms - hintMs) < Math.abs(best - hintMs) ? ms : best,
      );
    }
  }
  throw new Error(`Unexpected ${unit} tick label ${JSON.stringify(label)}`);
}

/** All tick labels in order; a day label goes to the first such date after its predecessor. */
function parseTicks(labels: readonly string[], unit: string, hintMs: number | undefined): number[] {
  const result: number[] = [];
  for (const label of labels) {
    const previous = result[result.length - 1];
    if (unit !== "day" || previous === undefined) {
      result.push(parseTick(label, unit, hintMs));
      continue;
    }
    const year = new Date(previous).getUTCFullYear();
    const [, day, month] = /^(\d{1,2}) ([A-Z][a-z]{2})$/.exec(label) ?? [];
    const next = [year, year + 1]
      .map((y) => Date.UTC(y, MONTHS.indexOf(month ?? ""), Number(day)))
      .find((ms) => ms > previous);
    if (next === undefined || Number.isNaN(next)) throw new Error(`Bad day tick ${label}`);
    result.push(next);
  }
  return result;
}

/** "16 October 2025" → its UTC midnight. */
function parseLongDay(text: string): number {
  const match = /(\d{1,2}) ([A-Z][a-z]+) (\d{4})$/.exec(text);
  const month = MONTH_NAMES.indexOf(match?.[2] ?? "");
  if (!match || month < 0) throw new Error(`Not a day: ${JSON.stringify(text)}`);
  return Date.UTC(Number(match[3]), month, Number(match[1]));
}

async function readRawAxis(page: Page): Promise<RawAxis> {
  return page.locator(".detente-axis").evaluate((axis: HTMLElement) => {
    const left = axis.getBoundingClientRect().left;
    const ticks = [...axis.querySelectorAll<HTMLElement>(".detente-tick")]
      .filter((tick) => !tick.hidden)
      .map((tick) => {
        const rect = tick.getBoundingClientRect();
        return { label: tick.textContent ?? "", x: rect.left + rect.width / 2 - left };
      });
    const context = axis.parentElement?.querySelector<HTMLElement>(".detente-axis-context");
    const contextText = context && !context.hidden ? (context.textContent ?? "") : "";
    return {
      unit: axis.dataset["unit"] ?? "",
      width: axis.clientWidth,
      ticks,
      context: contextText,
    };
  });
}

/** "June 2025" → 1 June 2025 UTC; anything else → undefined. */
function parseContext(context: string): number | undefined {
  const match = /^([A-Z][a-z]+) (\d{4})$/.exec(context);
  const month = MONTH_NAMES.indexOf(match?.[1] ?? "");
  return match && month >= 0 ? Date.UTC(Number(match[2]), month, 1) : undefined;
}

async function readAxis(page: Page, hintMs?: number): Promise<AxisView> {
  const raw = await readRawAxis(page);
  const first = raw.ticks[0];
  const last = raw.ticks[raw.ticks.length - 1];
  if (!first || !last || first === last) {
    throw new Error(`Need two ticks to read the scale: ${JSON.stringify(raw)}`);
  }
  const times = parseTicks(
    raw.ticks.map((tick) => tick.label),
    raw.unit,
    hintMs ?? parseContext(raw.context),
  );
  const firstMs = times[0] ?? NaN;
  const lastMs = times[times.length - 1] ?? NaN;
  const msPerPx = (lastMs - firstMs) / (last.x - first.x);
  return {
    ...raw,
    labels: raw.ticks.map((tick) => tick.label),
    msPerPx,
    timeAt: (x) => firstMs + (x - first.x) * msPerPx,
  };
}

/** Resolves when the view has moved away from `before` (any tick or the unit changed). */
async function waitForAxisChange(page: Page, before: RawAxis): Promise<void> {
  const key = JSON.stringify([before.unit, before.ticks]);
  await page.waitForFunction(
    (previous) => {
      const axis = document.querySelector<HTMLElement>(".detente-axis");
      if (!axis) return false;
      const left = axis.getBoundingClientRect().left;
      const ticks = [...axis.querySelectorAll<HTMLElement>(".detente-tick")]
        .filter((tick) => !tick.hidden)
        .map((tick) => {
          const rect = tick.getBoundingClientRect();
          return { label: tick.textContent ?? "", x: rect.left + rect.width / 2 - left };
        });
      return JSON.stringify([axis.dataset["unit"], ticks]) !== previous;
    },
    key,
    { timeout: 5_000 },
  );
}

/**
 * Resolves when the plot has stopped moving: no `data-moving`, the axis unchanged for 150 ms,
 * and the mark buttons re-rendered for the settled view.
 */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => {
    delete (window as { __axisKey?: string }).__axisKey;
  });
  await page.waitForFunction(
    () => {
      const plot = document.querySelector(".detente-plot");
      const axis = document.querySelector<HTMLElement>(".detente-axis");
      if (!plot || !axis) return false;
      const key = [axis.dataset["unit"], ...[...axis.children].map((t) => t.outerHTML)].join("|");
      const w = window as { __axisKey?: string };
      const same = w.__axisKey === key;
      w.__axisKey = key;
      return same && !plot.hasAttribute("data-moving");
    },
    undefined,
    { polling: 150, timeout: 5_000 },
  );
  // The marks re-render in a React commit right after data-moving goes away.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

/** Waits for the first render: axis ticks and at least one mark button. */
async function ready(page: Page): Promise<void> {
  await page.locator(".detente-axis .detente-tick").first().waitFor({ timeout: 30_000 });
  await page.locator(".detente-mark").first().waitFor({ state: "attached", timeout: 30_000 });
  await settle(page);
}

async function plotBox(
  page: Page,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator(".detente-plot").boundingBox();
  if (!box) throw new Error("The plot has no bounding box");
  return box;
}

async function axisLeft(page: Page): Promise<number> {
  const box = await page.locator(".detente-axis").boundingBox();
  if (!box) throw new Error("The axis has no bounding box");
  return box.x;
}

/**
 * A point (page coordinates) over the bare canvas — no mark, cluster or label under it — near
 * `fraction` of the plot's width, in the lanes (not on the axis).
 */
async function emptyPoint(page: Page, fraction: number): Promise<{ x: number; y: number }> {
  const point = await page.locator(".detente-plot").evaluate((plot: HTMLElement, f: number) => {
    const rect = plot.getBoundingClientRect();
    const canvas = plot.querySelector("canvas");
    const rows = [0.45, 0.3, 0.6, 0.2, 0.7];
    for (let dx = 0; dx < rect.width * 0.3; dx += 7) {
      for (const sign of [1, -1]) {
        for (const row of rows) {
          const x = rect.left + rect.width * f + sign * dx;
          const y = rect.top + rect.height * row;
          if (document.elementFromPoint(x, y) === canvas) return { x, y };
        }
      }
    }
    return null;
  }, fraction);
  if (!point) throw new Error(`No empty spot on the plot near ${fraction}`);
  return point;
}

/** "Show all": the whole period, 1998–2027, at year ticks. Returns the settled axis. */
async function showAll(page: Page): Promise<AxisView> {
  const start = await readRawAxis(page);
  await page.getByRole("button", { name: "Show all", exact: true }).click();
  await waitForAxisChange(page, start);
  await settle(page);
  const all = await readAxis(page);
  expect(all.unit).toBe("year");
  return all;
}

/**
 * Tab from the plot into the marks: the eras in view come first (each zooms to its period), then
 * the one mark that is a tab stop. Returns the era names passed.
 */
async function tabPastEras(page: Page): Promise<string[]> {
  const eras: string[] = [];
  await page.keyboard.press("Tab");
  while (
    eras.length < 10 &&
    (await page.evaluate(() => document.activeElement?.matches(".detente-era") ?? false))
  ) {
    eras.push((await activeName(page)) ?? "");
    await page.keyboard.press("Tab");
  }
  return eras;
}

async function activeName(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
}

describe("timeline interactions in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the app, waits for the chart, runs `body`, then asserts no console errors. */
  async function withPage(
    options: BrowserContextOptions,
    body: (page: Page) => Promise<void>,
  ): Promise<void> {
    const { page, errors, close } = await openPage(browser, "/", options);
    try {
      await ready(page);
      await body(page);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  }

  /**
   * Clicks a mark that a pointer can hit at `along` (0 = its left edge, 1 = its right edge) and
   * is at least `minWidth` px wide, then checks that its details opened; returns the details.
   */
  async function clickMarkAt(page: Page, along: number, minWidth: number) {
    const target = await page.evaluate(
      ([at, wide]) => {
        for (const mark of document.querySelectorAll<HTMLElement>(".detente-mark[data-event-id]")) {
          const rect = mark.getBoundingClientRect();
          const x = rect.left + rect.width * at;
          const y = rect.top + rect.height / 2;
          if (rect.width < wide || rect.left < 0 || rect.right > window.innerWidth) continue;
          if (y < 0 || y > window.innerHeight) continue;
          if (document.elementFromPoint(x, y) !== mark) continue;
          return { x, y, name: mark.getAttribute("aria-label") ?? "" };
        }
        return null;
      },
      [along, minWidth] as const,
    );
    expect(target).not.toBeNull();
    if (!target) throw new Error("no mark to click");
    await page.mouse.click(target.x, target.y);
    const details = page.getByRole("region", { name: "Event details" });
    await details.waitFor({ state: "visible", timeout: 5_000 });
    const title = target.name.slice(0, target.name.lastIndexOf(","));
    expect(await details.getByRole("heading", { level: 2 }).textContent()).toBe(title);
    return details;
  }

  it("Ctrl+wheel zooms in around the pointer, from years to months", async () => {
    await withPage({}, async (page) => {
      const before = await showAll(page);
      const box = await plotBox(page);
      const left = await axisLeft(page);
      const pointerX = box.x + box.width * 0.25;
      const relX = pointerX - left;
      const timeBefore = before.timeAt(relX);

      await page.mouse.move(pointerX, box.y + box.height * 0.45);
      await page.keyboard.down("Control");
      for (let notch = 0; notch < 8; notch++) await page.mouse.wheel(0, -100);
      await page.keyboard.up("Control");
      await waitForAxisChange(page, before);
      await settle(page);

      const after = await readAxis(page, timeBefore);
      expect(["month", "day"]).toContain(after.unit);
      expect(after.labels).not.toEqual(before.labels);
      if (after.unit === "month") {
        for (const label of after.labels) expect(label).toMatch(/^[A-Z][a-z]{2} \d{4}$/);
      }
      // Eight mouse notches zoom several-fold…
      expect(after.msPerPx).toBeLessThan(before.msPerPx / 4);
      // …and the instant under the pointer stays under it (a zoom about the centre would move
      // it by about a fifth of the old span, i.e. years).
      const span = after.msPerPx * after.width;
      expect(Math.abs(after.timeAt(relX) - timeBefore)).toBeLessThan(span * 0.02);
    });
  });

  it("a bare wheel scrolls the page, leaves the zoom alone and shows the Ctrl hint", async () => {
    await withPage({ viewport: { width: 1280, height: 600 } }, async (page) => {
      const scrollable = await page.evaluate(
        () => document.documentElement.scrollHeight > window.innerHeight + 100,
      );
      expect(scrollable).toBe(true);
      // Zoom in first, so that a wheel mistaken for a zoom could move either way (at the full
      // extent, d3-zoom ignores a zoom-out and lets the page scroll anyway).
      const initial = await readRawAxis(page);
      await page.getByRole("button", { name: "Zoom in", exact: true }).click();
      await waitForAxisChange(page, initial);
      await settle(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      const before = await readRawAxis(page);
      const box = await plotBox(page);
      const y = Math.min(box.y + box.height / 2, 560);
      expect(y).toBeGreaterThan(box.y + 10);
      const hint = page
        .locator(".detente-plot")
        .getByRole("status")
        .filter({ hasText: "Use Ctrl + scroll to zoom" });
      expect(await hint.count()).toBe(0);

      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.wheel(0, 300);
      await page.waitForFunction(() => window.scrollY > 50, undefined, { timeout: 5_000 });
      await hint.waitFor({ state: "visible", timeout: 2_000 });
      expect(await hint.getAttribute("data-visible")).toBe("");
      // Back up (the direction that would zoom in): the page scrolls up again.
      const scrolled = await page.evaluate(() => window.scrollY);
      const pointer = await plotBox(page);
      await page.mouse.move(pointer.x + pointer.width / 2, pointer.y + pointer.height / 2);
      await page.mouse.wheel(0, -40);
      await page.waitForFunction((top) => window.scrollY < top, scrolled, { timeout: 5_000 });

      // The page scrolled, so the wheel event reached the browser unclaimed by d3-zoom; two
      // frames later a zoom would already show on the axis.
      await page.evaluate(
        () =>
          new Promise<void>((resolve) =>
            requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
          ),
      );
      const after = await readRawAxis(page);
      expect(after.unit).toBe(before.unit);
      expect(after.ticks.map((t) => t.label)).toEqual(before.ticks.map((t) => t.label));
      after.ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(before.ticks[i]?.x ?? NaN, 0));
      expect(await page.locator(".detente-plot").getAttribute("data-moving")).toBeNull();
      // The hint goes away by itself.
      await hint.waitFor({ state: "hidden", timeout: 4_000 });
    });
  });

  it("dragging the plot pans: dragging right shows earlier dates", async () => {
    await withPage({}, async (page) => {
      const zoomIn = page.getByRole("button", { name: "Zoom in", exact: true });
      for (let i = 0; i < 2; i++) {
        const start = await readRawAxis(page);
        await zoomIn.click();
        await waitForAxisChange(page, start);
        await settle(page);
      }
      const before = await readAxis(page);
      const left = await axisLeft(page);
      const from = await emptyPoint(page, 0.4);
      const distance = 240;

      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(from.x + distance, from.y, { steps: 12 });
      await page.mouse.up();
      await waitForAxisChange(page, before);
      await settle(page);

      const after = await readAxis(page);
      // Same zoom, shifted view: the left edge now shows an earlier instant, by the distance.
      expect(after.msPerPx / before.msPerPx).toBeCloseTo(1, 2);
      const shiftPx = (before.timeAt(0) - after.timeAt(0)) / before.msPerPx;
      expect(shiftPx).toBeGreaterThan(distance * 0.9);
      expect(shiftPx).toBeLessThan(distance * 1.1);
      // A label shown before and after moved right by the drag distance.
      const common = after.ticks.find((tick) => before.labels.includes(tick.label));
      expect(common).toBeDefined();
      const was = before.ticks.find((tick) => tick.label === common?.label);
      expect((common?.x ?? 0) - (was?.x ?? 0)).toBeGreaterThan(distance - 6);
      expect((common?.x ?? 0) - (was?.x ?? 0)).toBeLessThan(distance + 6);
      // The time under the pointer at release is what was under it at press.
      expect(
        Math.abs(after.timeAt(from.x + distance - left) - before.timeAt(from.x - left)),
      ).toBeLessThan(before.msPerPx * 6);
      // A pan is no click: nothing got selected.
      expect(await page.getByRole("region", { name: "Event details" }).count()).toBe(0);
    });
  });

  it("Show all, Zoom in, Zoom out and Reset zoom change the axis; Reset returns to the opening window", async () => {
    await withPage({}, async (page) => {
      // The opening window: 14 months, month ticks, the year in the context label.
      const initial = await readAxis(page);
      expect(initial.unit).toBe("month");
      expect(initial.context).toBe("2025");
      const click = async (name: string): Promise<AxisView> => {
        const start = await readRawAxis(page);
        await page.getByRole("button", { name, exact: true }).click();
        await waitForAxisChange(page, start);
        await settle(page);
        return readAxis(page);
      };

      // The whole period, 1998–2027: about 29 years against 14 months.
      const all = await showAll(page);
      expect(all.msPerPx / initial.msPerPx).toBeGreaterThan(15);
      expect(all.context).toBe("");

      const once = await click("Zoom in");
      expect(once.msPerPx / all.msPerPx).toBeCloseTo(0.5, 1);
      expect(once.labels).not.toEqual(all.labels);
      await click("Zoom in");
      const thrice = await click("Zoom in");
      expect(thrice.msPerPx / all.msPerPx).toBeCloseTo(0.125, 2);
      expect(["month", "day"]).toContain(thrice.unit);

      const out = await click("Zoom out");
      expect(out.msPerPx / thrice.msPerPx).toBeCloseTo(2, 1);

      // Reset zoom is the opening window, not the whole period.
      const reset = await click("Reset zoom");
      expect(reset.unit).toBe(initial.unit);
      expect(reset.labels).toEqual(initial.labels);
      reset.ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(initial.ticks[i]?.x ?? NaN, 0));

      // And Show all is the whole period again, wherever it starts from.
      const again = await showAll(page);
      expect(again.labels).toEqual(all.labels);
      again.ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(all.ticks[i]?.x ?? NaN, 0));
    });
  });

  it("keyboard: +/0 zoom the focused plot; the marks are one tab stop with arrows, End, Enter, Escape", async () => {
    await withPage({}, async (page) => {
      const initial = await readAxis(page);
      let onPlot = false;
      for (let i = 0; i < 30 && !onPlot; i++) {
        await page.keyboard.press("Tab");
        onPlot = await page
          .evaluate(() => document.activeElement?.classList.contains("detente-plot"))
          .then(Boolean);
      }
      expect(onPlot).toBe(true);
      expect(await activeName(page)).toMatch(/^Timeline chart/);

      await page.keyboard.press("+");
      await waitForAxisChange(page, initial);
      await settle(page);
      const zoomed = await readAxis(page);
      expect(zoomed.msPerPx / initial.msPerPx).toBeCloseTo(0.5, 1);

      await page.keyboard.press("0");
      await waitForAxisChange(page, zoomed);
      await settle(page);
      // 0 is Reset zoom: back to the opening window.
      const reset = await readAxis(page);
      expect(reset.unit).toBe(initial.unit);
      expect(reset.labels).toEqual(initial.labels);
      reset.ticks.forEach((tick, i) => expect(tick.x).toBeCloseTo(initial.ticks[i]?.x ?? NaN, 0));

      // The next tab stops are the eras in view (the opening window shows the 2025 breakdown
      // and the 2026 thaw), then one mark; the one after it is outside the marks.
      const eras = await tabPastEras(page);
      expect(eras).toEqual([
        expect.stringMatching(/^The 2025 breakdown, .*Activate to zoom to this period\.$/),
        expect.stringMatching(/^The 2026 thaw, .*Activate to zoom to this period\.$/),
      ]);
      const marks = page.getByRole("group", { name: /^Events on the timeline/ });
      expect(
        await page.evaluate(() =>
          document.activeElement?.matches(".detente-marks .detente-mark[data-event-id]"),
        ),
      ).toBe(true);
      expect(await marks.locator('[tabindex="0"]').count()).toBe(1);
      const first = await activeName(page);
      expect(first).toMatch(/, .*\d{4}$/);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !document.activeElement?.closest(".detente-marks"))).toBe(
        true,
      );
      await page.keyboard.press("Shift+Tab");
      expect(await activeName(page)).toBe(first);

      await page.keyboard.press("ArrowRight");
      await page.waitForFunction(
        (name) => {
          const el = document.activeElement;
          return el?.matches(".detente-mark") && el.getAttribute("aria-label") !== name;
        },
        first,
        { timeout: 5_000 },
      );
      const second = await activeName(page);
      expect(second).not.toBe(first);
      await page.keyboard.press("ArrowLeft");
      await page.waitForFunction(
        (name) => document.activeElement?.getAttribute("aria-label") === name,
        first,
        {
          timeout: 5_000,
        },
      );

      await page.keyboard.press("End");
      await page.waitForFunction(
        () =>
          document.activeElement?.matches(".detente-mark") &&
          /^White House meeting/.test(document.activeElement.getAttribute("aria-label") ?? ""),
        undefined,
        { timeout: 5_000 },
      );
      await settle(page);
      const meeting = await activeName(page);
      expect(meeting).toMatch(/^White House meeting.*, 3 February 2026$/);

      await page.keyboard.press("Enter");
      const details = page.getByRole("region", { name: "Event details" });
      await details.waitFor({ state: "visible", timeout: 5_000 });
      expect(await details.getByRole("heading", { level: 2 }).textContent()).toMatch(
        /^White House meeting/,
      );
      expect(await page.evaluate(() => !!document.activeElement?.closest(".detente-details"))).toBe(
        true,
      );

      await page.keyboard.press("Escape");
      await details.waitFor({ state: "detached", timeout: 5_000 });
      await settle(page);
      expect(await activeName(page)).toBe(meeting);
      expect(
        await page.evaluate(() => document.activeElement?.matches(".detente-mark[data-event-id]")),
      ).toBe(true);
    });
  });

  it("double-click zooms in around the pointer; Shift+double-click zooms back out", async () => {
    await withPage({}, async (page) => {
      const before = await readAxis(page);
      const left = await axisLeft(page);
      const point = await emptyPoint(page, 0.3);
      const relX = point.x - left;

      await page.mouse.dblclick(point.x, point.y);
      await waitForAxisChange(page, before);
      await settle(page);
      const after = await readAxis(page);
      expect(after.msPerPx / before.msPerPx).toBeCloseTo(0.5, 1);
      expect(after.labels).not.toEqual(before.labels);
      expect(Math.abs(after.timeAt(relX) - before.timeAt(relX))).toBeLessThan(
        after.msPerPx * after.width * 0.02,
      );

      const back = await emptyPoint(page, 0.3);
      await page.keyboard.down("Shift");
      await page.mouse.dblclick(back.x, back.y);
      await page.keyboard.up("Shift");
      await waitForAxisChange(page, after);
      await settle(page);
      const out = await readAxis(page);
      expect(out.msPerPx / after.msPerPx).toBeCloseTo(2, 1);
    });
  });

  it("clicking a cluster lists its events; the list's zoom button zooms into them", async () => {
    await withPage({}, async (page) => {
      // At the whole period, 1998–2027, groups hold events of several days.
      const before = await showAll(page);
      // A cluster spanning several days whose centre is not covered by another button.
      const target = await page.evaluate(() => {
        for (const cluster of document.querySelectorAll<HTMLElement>(".detente-cluster")) {
          const label = cluster.getAttribute("aria-label") ?? "";
          // Day-precision ends (a month-precision end is named "May 2025", with no day).
          const match =
            /^(\d+) events, (\d{1,2} \S+ \d{4}) to (\d{1,2} \S+ \d{4})\. Activate to list them\.$/.exec(
              label,
            );
          if (!match || match[2] === match[3]) continue;
          const rect = cluster.getBoundingClientRect();
          const x = rect.left + rect.width / 2;
          const y = rect.top + rect.height / 2;
          if (document.elementFromPoint(x, y) !== cluster) continue;
          return {
            x,
            y,
            key: cluster.dataset["groupKey"] ?? "",
            count: Number(match[1]),
            from: match[2] ?? "",
            to: match[3] ?? "",
          };
        }
        return null;
      });
      expect(target).not.toBeNull();
      if (!target) return;
      const fromMs = parseLongDay(target.from);
      const toMs = parseLongDay(target.to) + DAY;

      // The click opens the group's list, and leaves the view where it was.
      await page.mouse.click(target.x, target.y);
      const list = page.getByRole("dialog", {
        name: `${target.count} events, ${target.from} to ${target.to}`,
        exact: true,
      });
      await list.waitFor({ state: "visible", timeout: 5_000 });
      const cluster = page.locator(`.detente-cluster[data-group-key="${target.key}"]`);
      expect(await cluster.getAttribute("aria-expanded")).toBe("true");
      expect(await list.locator(".detente-group-item").count()).toBe(target.count);
      const still = await readRawAxis(page);
      expect(still.ticks.map((tick) => tick.label)).toEqual(before.labels);
      // Events of different days: a zoom would separate them, so it is offered first, focused.
      const zoom = list.getByRole("button", { name: "Zoom in to these events", exact: true });
      expect(await zoom.evaluate((button) => button === document.activeElement)).toBe(true);

      await zoom.click();
      await list.waitFor({ state: "detached", timeout: 5_000 });
      await waitForAxisChange(page, before);
      await settle(page);

      const after = await readAxis(page, fromMs);
      expect(["month", "day"]).toContain(after.unit);
      // Zoomed in on the group: its days plus a margin (about 0.6 of its span, and a day, on
      // each side), far from the whole period.
      expect(after.msPerPx).toBeLessThan(before.msPerPx / 4);
      expect(after.msPerPx * after.width).toBeLessThan((toMs - fromMs) * 2.5 + 2 * DAY);
      // The whole cluster is in view…
      expect(after.timeAt(0)).toBeLessThanOrEqual(fromMs);
      expect(after.timeAt(after.width)).toBeGreaterThanOrEqual(toMs);
      // …and it has come apart: its events now have buttons of their own, or smaller clusters
      // (events of one day can stay grouped at this zoom).
      const inRange = await page
        .locator(".detente-mark[data-event-id], .detente-cluster")
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("aria-label") ?? ""));
      const held = inRange.filter((name) => {
        const match = /(\d{1,2} [A-Z][a-z]+ \d{4})(?:$|\. Activate)/.exec(name);
        if (!match?.[1]) return false;
        const ms = parseLongDay(match[1]);
        return ms >= fromMs && ms < toMs;
      });
      expect(held.length, JSON.stringify({ target, inRange })).toBeGreaterThanOrEqual(2);
    });
  });

  it("at 320 px wide the page does not overflow sideways and the marks are reachable", async () => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      const overflow = (): Promise<number> =>
        page.evaluate(() => document.documentElement.scrollWidth);
      expect(await overflow()).toBeLessThanOrEqual(321);

      // A mark inside the viewport that a pointer can hit (the chart starts below the fold).
      await page.locator(".detente-plot").scrollIntoViewIfNeeded();
      const details = await clickMarkAt(page, 0.5, 0);
      // The open details (long titles, quotes, links) must not widen the page either.
      expect(await overflow()).toBeLessThanOrEqual(321);
      await page.keyboard.press("Escape");
      await details.waitFor({ state: "detached", timeout: 5_000 });

      // And by keyboard: the plot, then past the eras in view into the marks.
      await page.locator(".detente-plot").focus();
      await tabPastEras(page);
      expect(
        await page.evaluate(() => document.activeElement?.matches(".detente-mark[data-event-id]")),
      ).toBe(true);
      await page.keyboard.press("Enter");
      await details.waitFor({ state: "visible", timeout: 5_000 });
      expect(await overflow()).toBeLessThanOrEqual(321);
    });
  });

  it("stacked lanes: same-day events take their own rows, and clicking a mark's label opens it", async () => {
    await withPage({}, async (page) => {
      await page.goto(new URL("/?from=2025-01-01&to=2026-02-28", page.url()).href);
      await page.locator(".detente-plot").scrollIntoViewIfNeeded();
      await page.locator(".detente-mark[data-event-id]").first().waitFor();
      // Several marks of one lane sit on different rows (26 January 2025: three events).
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>(".detente-mark[data-event-id]")]
          .filter((mark) => (mark.getAttribute("aria-label") ?? "").endsWith("26 January 2025"))
          .map((mark) => Math.round(mark.getBoundingClientRect().top)),
      );
      expect(tops.length).toBe(3);
      expect(new Set(tops).size).toBe(3);
      // The button reaches over the label: click near its right end, well past the symbol.
      await clickMarkAt(page, 0.95, 120);
    });
  });

  it("on a touch phone every mark and group is at least 44 px wide and 24 px tall, and a tap on its centre reaches it", async () => {
    await withPage(
      { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
      async (page) => {
        await page.goto(new URL("/?from=2025-01-01&to=2026-02-28", page.url()).href);
        await page.locator(".detente-mark[data-event-id]").first().waitFor();
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".detente-mark, .detente-cluster")]
            .filter((node) => !node.classList.contains("detente-mark-standin"))
            .map((node) => {
              const rect = node.getBoundingClientRect();
              // What a finger at the button's vertical centre, just right of its symbol, hits.
              const hit = document.elementFromPoint(rect.left + 14, rect.top + rect.height / 2);
              return [rect.width, rect.height, hit === node ? 1 : 0] as const;
            }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        for (const [width, height, reached] of sizes) {
          expect(width).toBeGreaterThanOrEqual(44);
          expect(height).toBeGreaterThanOrEqual(24);
          // No neighbouring row's button covers this one's centre.
          expect(reached).toBe(1);
        }
      },
    );
  });
});
