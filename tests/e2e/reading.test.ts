/**
 * Reading the story at first sight, in real Chromium: the opening view, every event reachable
 * in two activations on a desktop and on a touch phone, group lists, page scrolling over the
 * charts, the tension chart lighting up its drivers, and the heading following the zoom.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { devices, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";

/** A fresh copy of the bundled dataset file, to derive test datasets from. */
function bundledDataset(): { events: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8")) as {
    events: Record<string, unknown>[];
  } & Record<string, unknown>;
}

interface BundledEvent {
  readonly id: string;
  readonly title: string;
}
const bundled = JSON.parse(
  readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
) as { events: BundledEvent[] };

const DESKTOP: BrowserContextOptions = { reducedMotion: "reduce" };
const PHONE: BrowserContextOptions = {
  ...devices["iPhone 13"],
  viewport: { width: 390, height: 844 },
  reducedMotion: "reduce",
};

const heading = (page: Page) => page.locator(".detente-timeline .detente-chart-title");

/** Clicks on a desktop, taps on a touch phone: one activation either way. */
async function activate(page: Page, selector: string, touch: boolean): Promise<void> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  if (touch) await target.tap();
  else await target.click();
}

/** Closes the details (not an activation of an event: the reader is done reading). */
async function closeDetails(page: Page): Promise<void> {
  await page.getByRole("region", { name: "Event details" }).locator("h2").focus();
  await page.keyboard.press("Escape");
  await page.getByRole("region", { name: "Event details" }).waitFor({ state: "detached" });
}

/**
 * Opens one event from the opening view the way a reader would: its own mark if it has one,
 * else the group that holds it, then the event in the group's list. Returns the activations used.
 */
async function openFromChart(page: Page, event: BundledEvent, touch: boolean): Promise<number> {
  const mark = `.detente-marks .detente-mark:not(.detente-mark-standin)[data-event-id="${event.id}"]`;
  // A mark sliding in at the chart's edge has a button, but the reader sees (and uses) the edge
  // signpost for it: only a mark whose symbol is inside the plot counts as on screen.
  const plot = await page.locator(".detente-timeline .detente-plot").boundingBox();
  const box =
    (await page.locator(mark).count()) > 0 ? await page.locator(mark).boundingBox() : null;
  // The button spans the symbol and the label, which sits left of the symbol near the edge.
  const onLeft =
    box !== null && (await page.locator(mark).getAttribute("data-label-side")) === "left";
  const symbolX = box ? (onLeft ? box.x + box.width - 10 : box.x + 10) : -1;
  if (box && plot && symbolX >= plot.x && symbolX <= plot.x + plot.width) {
    await activate(page, mark, touch);
    return 1;
  }
  const groups = page.locator(".detente-marks .detente-cluster, .detente-marks .detente-edge");
  const count = await groups.count();
  for (let i = 0; i < count; i++) {
    const group = groups.nth(i);
    await group.scrollIntoViewIfNeeded();
    if (touch) await group.tap();
    else await group.click();
    const item = page.locator(`.detente-group-list [data-event-id="${event.id}"]`);
    if ((await item.count()) > 0) {
      if (touch) await item.tap();
      else await item.click();
      return 2;
    }
    // Not in this group: the reader reads the list and closes it.
    await page.keyboard.press("Escape");
    await page.locator(".detente-group-list").waitFor({ state: "detached" });
  }
  throw new Error(`${event.id} is neither a mark nor in a group at the opening view`);
}

describe("reading the story in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const [name, options, touch] of [
    ["1280×800", DESKTOP, false],
    ["a 390×844 touch phone", PHONE, true],
  ] as const) {
    it(`opens every bundled event in at most two activations at ${name}`, async () => {
      const { page, errors, close } = await openPage(browser, "/", options);
      try {
        await page.locator(".detente-marks").waitFor();
        for (const event of bundled.events) {
          // Each event from the opening view itself: on the phone the page starts afresh, as a
          // reader's next visit would (its bottom sheet and scroll position are left behind).
          if (touch) {
            await page.reload();
            await page.locator(".detente-marks").waitFor();
          }
          const used = await openFromChart(page, event, touch);
          expect(used, event.id).toBeLessThanOrEqual(2);
          const details = page.getByRole("region", { name: "Event details" });
          await expect.poll(() => details.locator("h2").innerText()).toBe(event.title);
          // The details are in view once opened.
          const box = await details.boundingBox();
          const viewport = page.viewportSize();
          expect(box && viewport && box.y < viewport.height && box.y + 40 > 0, event.id).toBe(true);
          if (!touch) await closeDetails(page);
        }
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
      // Forty page loads on the phone: on two cores shared with a build, well over a minute.
    }, 180_000);
  }

  it("opens on the dataset's declared view, with the timeline and tension chart above the fold", async () => {
    const { page, close } = await openPage(browser, "/", DESKTOP);
    try {
      await expect
        .poll(() => heading(page).innerText())
        .toBe("Timeline, January 2025 – February 2026");
      const timeline = await page.locator(".detente-timeline .detente-plot").boundingBox();
      const tension = await page.locator(".detente-tension-plot").boundingBox();
      expect(timeline && timeline.y + timeline.height).toBeLessThanOrEqual(800);
      // The tension plot's top half at least (its line and bands) is on the first screen.
      expect(tension && tension.y + tension.height / 2).toBeLessThanOrEqual(800);
      await page.getByRole("button", { name: "Show all" }).click();
      await expect.poll(() => heading(page).innerText()).toMatch(/^Timeline, \d{4} – \d{4}$/);
    } finally {
      await close();
    }
  });

  it("on a phone, the search field shows its whole hint, the example date included", async () => {
    const { page, close } = await openPage(browser, "/", PHONE);
    try {
      const field = page.getByRole("searchbox", { name: "Search events" });
      await field.waitFor();
      const room = await field.evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const context = document.createElement("canvas").getContext("2d");
        if (!context) return null;
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const text = context.measureText(input.placeholder).width;
        // Chromium keeps room for a search field's clear button (about 1em) even when it is empty.
        const inner =
          input.clientWidth -
          parseFloat(style.paddingLeft) -
          parseFloat(style.paddingRight) -
          parseFloat(style.fontSize);
        return { placeholder: input.placeholder, text, inner };
      });
      expect(room?.placeholder).toBe("Words or a date (26 Jan 2025)");
      expect(room && room.text).toBeLessThanOrEqual(room?.inner ?? 0);
    } finally {
      await close();
    }
  });

  it("on a phone, the menu keeps each setting's label on its control's row", async () => {
    const { page, close } = await openPage(browser, "/", PHONE);
    try {
      await page.getByRole("button", { name: "Menu" }).tap();
      for (const name of ["Language", "Theme"]) {
        const control = await page.getByRole("combobox", { name }).boundingBox();
        const label = await page.locator("label", { hasText: name }).first().boundingBox();
        expect(control && label, name).toBeTruthy();
        if (!control || !label) continue;
        const middle = (box: { y: number; height: number }) => box.y + box.height / 2;
        expect(Math.abs(middle(label) - middle(control)), name).toBeLessThan(control.height / 2);
        expect(label.x + label.width, name).toBeLessThanOrEqual(control.x);
      }
    } finally {
      await close();
    }
  });

  it("on a phone, the selected mark is lifted above the details sheet, on a link and on a tap", async () => {
    const { page, close } = await openPage(browser, "/?event=treasury-sanctions-petro", PHONE);
    const clearOfSheet = async (id: string): Promise<boolean> => {
      const sheet = await page.getByRole("region", { name: "Event details" }).boundingBox();
      const mark = await page
        .locator(`.detente-marks .detente-mark[data-event-id="${id}"]`)
        .boundingBox();
      return sheet !== null && mark !== null && mark.y >= 0 && mark.y + mark.height <= sheet.y;
    };
    try {
      await page.getByRole("region", { name: "Event details" }).waitFor();
      // The Treasury sanctions sit in the seventh of eight lanes, under where the sheet opens.
      await expect.poll(() => clearOfSheet("treasury-sanctions-petro")).toBe(true);
      await closeDetails(page);
      const mark = '.detente-marks .detente-mark[data-event-id="venezuelan-raid"]';
      await activate(page, mark, true);
      await page.getByRole("region", { name: "Event details" }).waitFor();
      await expect.poll(() => clearOfSheet("venezuelan-raid")).toBe(true);
    } finally {
      await close();
    }
  });

  it("a dataset without a declared view opens on its dense window", async () => {
    const { view: _declared, ...undeclared } = bundledDataset();
    const { page, close } = await openPage(browser, "/", DESKTOP);
    try {
      await page.context().route(
        (url) => url.pathname === "/plain.json",
        (route) =>
          route.fulfill({ contentType: "application/json", body: JSON.stringify(undeclared) }),
      );
      await page.goto(new URL("/?src=/plain.json", page.url()).href);
      await page.getByText(/^Imported \d+ events/).waitFor();
      // 80 % of the events fall in 2025–2026, so the window is months of those years, never the
      // whole 2000–2026 period the dataset spans.
      await expect
        .poll(() => heading(page).innerText())
        .toMatch(/^Timeline, [A-Z][a-z]+ 2025 – [A-Z][a-z]+ 2026$/);
    } finally {
      await close();
    }
  });

  it("a same-day group at the deepest zoom lists its events; Escape returns to the group", async () => {
    // Twelve events on one day: more than a lane's rows hold at any zoom, so some are grouped.
    const busy = {
      ...bundledDataset(),
      events: Array.from({ length: 12 }, (_, i) => ({
        ...bundledDataset().events[2],
        id: `busy-${String(i).padStart(2, "0")}`,
        title: `Busy day event ${String(i).padStart(2, "0")}`,
        date: "2025-01-26",
        after: undefined,
        within: undefined,
      })),
      corrections: undefined,
      // The translations name the bundled events, which this dataset replaces.
      translations: undefined,
      view: { from: "2025-01-26", to: "2025-01-26" },
    };
    const { page, close } = await openPage(browser, "/", DESKTOP);
    try {
      await page.context().route(
        (url) => url.pathname === "/busy.json",
        (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(busy) }),
      );
      await page.goto(new URL("/?src=/busy.json", page.url()).href);
      const group = page.getByRole("button", {
        name: /^\d+ events on 26 January 2025\. Activate to list them\.$/,
      });
      await group.waitFor();
      const name = (await group.getAttribute("aria-label")) ?? "";
      const count = Number(/^(\d+)/.exec(name)?.[1]);
      expect(count).toBeGreaterThan(0);
      // The deepest zoom: a day across the chart, and still grouped, so zooming cannot help.
      expect(await heading(page).innerText()).toBe("Timeline, 26 January 2025");
      await group.click();
      const list = page.getByRole("dialog", { name: `${count} events on 26 January 2025` });
      await list.waitFor();
      expect(await list.getByRole("button", { name: "Zoom in to these events" }).count()).toBe(0);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""))
        .toContain("Busy day event");
      await page.keyboard.press("Escape");
      await list.waitFor({ state: "detached" });
      expect(await group.evaluate((node) => node === document.activeElement)).toBe(true);
      await group.click();
      const item = list.locator(".detente-group-item").last();
      const title = (await item.locator(".detente-group-title").innerText()).trim();
      await item.click();
      await expect
        .poll(() => page.getByRole("region", { name: "Event details" }).locator("h2").innerText())
        .toBe(title);
      expect(await page.locator(".detente-axis-context").innerText()).toBe("January 2025");
    } finally {
      await close();
    }
  });

  it("a vertical touch swipe over the charts scrolls the page; a horizontal one pans", async () => {
    const { page, close } = await openPage(browser, "/", PHONE);
    try {
      const cdp = await page.context().newCDPSession(page);
      const swipe = async (from: [number, number], to: [number, number]): Promise<void> => {
        const steps = 12;
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchStart",
          touchPoints: [{ x: from[0], y: from[1] }],
        });
        for (let i = 1; i <= steps; i++) {
          const x = from[0] + ((to[0] - from[0]) * i) / steps;
          const y = from[1] + ((to[1] - from[1]) * i) / steps;
          await cdp.send("Input.dispatchTouchEvent", {
            type: "touchMove",
            touchPoints: [{ x, y }],
          });
        }
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      };
      for (const plot of [".detente-timeline .detente-plot", ".detente-tension-plot"]) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.locator(plot).evaluate((node) => node.scrollIntoView({ block: "center" }));
        const before = await page.evaluate(() => window.scrollY);
        const box = await page.locator(plot).boundingBox();
        if (!box) throw new Error(`${plot} has no box`);
        const x = box.x + box.width / 2;
        const y = box.y + Math.min(box.height / 2, 120);
        await swipe([x, y + 100], [x, y - 150]);
        await expect
          .poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 })
          .toBeGreaterThan(before + 100);
      }
      // Horizontal: the chart pans to later dates and the page stays where it is.
      await page.locator(".detente-timeline .detente-plot").scrollIntoViewIfNeeded();
      // Measured once the page has stopped moving: the vertical swipes' fling can still be
      // scrolling it on a busy machine.
      let scrollBefore = await page.evaluate(() => window.scrollY);
      for (let i = 0; i < 30; i++) {
        await page.waitForTimeout(100);
        const now = await page.evaluate(() => window.scrollY);
        if (now === scrollBefore) break;
        scrollBefore = now;
      }
      const headingBefore = await heading(page).innerText();
      const box = await page.locator(".detente-timeline .detente-plot").boundingBox();
      if (!box) throw new Error("timeline has no box");
      const y = box.y + 60;
      await swipe([box.x + box.width - 40, y], [box.x + 40, y]);
      await expect.poll(() => heading(page).innerText()).not.toBe(headingBefore);
      expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollBefore)).toBeLessThan(10);
    } finally {
      await close();
    }
  });

  it("hovering the tension chart on 24 October 2025 highlights the Treasury sanctions", async () => {
    // 1–31 October: 31 days across the plot, so 24 October's middle is 23.5 days in.
    const { page, close } = await openPage(browser, "/?from=2025-10-01&to=2025-10-31", DESKTOP);
    try {
      const plot = page.locator(".detente-tension-plot");
      await plot.scrollIntoViewIfNeeded();
      const box = await plot.boundingBox();
      if (!box) throw new Error("tension plot has no box");
      await page.mouse.move(box.x + (23.5 / 31) * box.width, box.y + box.height / 2);
      const readout = page.locator(".detente-readout");
      await expect.poll(() => readout.innerText()).toContain("24 October 2025: tension");
      // The readout keeps the two directions apart.
      expect(await readout.innerText()).toContain("Towards hostility");
      expect(await readout.innerText()).not.toContain("of the total");
      const mark = page.locator(
        '.detente-marks [data-event-id="treasury-sanctions-petro"]:not(.detente-mark-standin)',
      );
      await expect.poll(() => mark.getAttribute("aria-current")).toBe("true");
      const describedBy = (await mark.getAttribute("aria-describedby")) ?? "";
      expect(await page.locator(`[id="${describedBy}"]`).innerText()).toBe(
        "Drives the tension on 24 October 2025",
      );
      const listItem = page.locator(".detente-list-item", {
        hasText: "Treasury sanctions Petro and his inner circle",
      });
      expect(await listItem.getAttribute("aria-current")).toBe("true");
      // Leaving the chart clears the highlight.
      await page.mouse.move(box.x + box.width / 2, box.y - 200);
      await expect.poll(() => mark.getAttribute("aria-current")).toBeNull();
    } finally {
      await close();
    }
  });
});
