/**
 * The story presentation and event media in Chromium: URL parameters read and written, ←/→ and
 * touch swipes, the chart and the step together on one screen at 1280×800 and 390×844, a
 * grouped event's group ringed and named, images shown or linked per the deployment's config,
 * and axe-core with the story open.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { devices, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";

type DatasetJson = { events: Record<string, unknown>[] } & Record<string, unknown>;

function bundledDataset(): DatasetJson {
  return JSON.parse(
    readFileSync(resolve(process.cwd(), "data/us-colombia.json"), "utf8"),
  ) as DatasetJson;
}

const DESKTOP: BrowserContextOptions = { reducedMotion: "reduce" };
const PHONE: BrowserContextOptions = {
  ...devices["iPhone 13"],
  viewport: { width: 390, height: 844 },
  reducedMotion: "reduce",
};

const nav = (page: Page) => page.locator(".detente-story-nav");
const progress = (page: Page) => nav(page).locator(".detente-story-progress");
const stepTitle = (page: Page) => page.locator(".detente-story-step h2");
const search = (page: Page) => page.evaluate(() => window.location.search);

/** A 1×1 PNG, served for the test images. */
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe("story URL parameters", () => {
  it("opens at ?story=1&step=6 and writes the step back as the reader steps", async () => {
    const { page, errors, close } = await openPage(browser, "/?story=1&step=6", DESKTOP);
    try {
      await expect.poll(() => progress(page).textContent()).toBe("6 of 29");
      const sixth = (bundledDataset().events as { title: string; date: string }[])
        .slice()
        .sort((a, b) => (a.date < b.date ? -1 : 1))[5]?.title;
      expect(await stepTitle(page).textContent()).toBe(sixth);
      await nav(page)
        .getByRole("button", { name: /Next event/ })
        .click();
      await expect.poll(() => progress(page).textContent()).toBe("7 of 29");
      await expect.poll(() => search(page)).toBe("?story=1&step=7");
      await nav(page)
        .getByRole("button", { name: /Previous event/ })
        .click();
      await nav(page)
        .getByRole("button", { name: /Previous event/ })
        .click();
      await expect.poll(() => search(page)).toBe("?story=1&step=5");
      // Exit: the page is back, the event still open and named by its id.
      await nav(page).getByRole("button", { name: "Exit story" }).click();
      await page.getByRole("searchbox").waitFor();
      await expect.poll(() => search(page)).toMatch(/&event=[a-z0-9-]+$/);
      expect(await search(page)).not.toMatch(/story|step/);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("step 0 is the opening slide: title, parties, period and description", async () => {
    const { page, errors, close } = await openPage(browser, "/?story=1&step=0", DESKTOP);
    try {
      await expect.poll(() => progress(page).textContent()).toBe("Start");
      expect(await stepTitle(page).textContent()).toBe(
        "United States–Colombia relations, 2000–2026",
      );
      const slide = page.locator(".detente-story-opening");
      expect(await slide.textContent()).toContain("2000 to 3 February 2026 · 29 events");
      await page.getByRole("button", { name: "Begin the story" }).click();
      await expect.poll(() => progress(page).textContent()).toBe("1 of 29");
      // The story enters its first era with a card in the era's own words.
      await expect
        .poll(() => page.getByRole("complementary", { name: "Era: The alliance years" }).count())
        .toBe(1);
      await expect.poll(() => search(page)).toBe("?story=1&step=1");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("works inside the embed page", async () => {
    const { page, errors, close } = await openPage(browser, "/embed.html?story=1&step=3", DESKTOP);
    try {
      await expect.poll(() => progress(page).textContent()).toBe("3 of 29");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => progress(page).textContent()).toBe("4 of 29");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("stepping", () => {
  it("←/→ step from anywhere on the page, and the chart moves to each event", async () => {
    const { page, errors, close } = await openPage(browser, "/", DESKTOP);
    try {
      await page.getByRole("button", { name: "Step through", exact: true }).click();
      await expect.poll(() => progress(page).textContent()).toBe("Start");
      for (const expected of ["1 of 29", "2 of 29", "3 of 29"]) {
        await page.keyboard.press("ArrowRight");
        await expect.poll(() => progress(page).textContent()).toBe(expected);
      }
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => progress(page).textContent()).toBe("2 of 29");
      const title = await stepTitle(page).textContent();
      // The step's event is drawn and pressed on the chart.
      await expect
        .poll(() => page.locator('.detente-story-chart .detente-mark[aria-pressed="true"]').count())
        .toBeGreaterThan(0);
      const label = await page
        .locator('.detente-story-chart .detente-mark[aria-pressed="true"]')
        .first()
        .getAttribute("aria-label");
      expect(label?.startsWith(title ?? "?")).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("a horizontal touch swipe over the step turns it; a vertical one does not", async () => {
    const { page, errors, close } = await openPage(browser, "/?story=1&step=2", PHONE);
    try {
      await expect.poll(() => progress(page).textContent()).toBe("2 of 29");
      const cdp = await page.context().newCDPSession(page);
      const swipe = async (from: [number, number], to: [number, number]): Promise<void> => {
        const steps = 8;
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchStart",
          touchPoints: [{ x: from[0], y: from[1] }],
        });
        for (let i = 1; i <= steps; i++) {
          await cdp.send("Input.dispatchTouchEvent", {
            type: "touchMove",
            touchPoints: [
              {
                x: from[0] + ((to[0] - from[0]) * i) / steps,
                y: from[1] + ((to[1] - from[1]) * i) / steps,
              },
            ],
          });
        }
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
      };
      const box = await page.locator(".detente-story-step").boundingBox();
      if (!box) throw new Error("the step has no box");
      const y = box.y + Math.min(box.height / 2, 150);
      await swipe([box.x + box.width - 40, y], [box.x + 40, y]);
      await expect.poll(() => progress(page).textContent()).toBe("3 of 29");
      await swipe([box.x + 40, y], [box.x + box.width - 40, y]);
      await expect.poll(() => progress(page).textContent()).toBe("2 of 29");
      // A vertical swipe scrolls and leaves the step alone. No fixed wait: the next sideways
      // swipe must then go one step on from 2, which it would not if the vertical one had moved.
      await swipe([box.x + box.width / 2, y + 80], [box.x + box.width / 2, y - 80]);
      await swipe([box.x + box.width - 40, y], [box.x + 40, y]);
      await expect.poll(() => progress(page).textContent()).toBe("3 of 29");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("one screen", () => {
  for (const [name, options, size] of [
    ["1280×800", DESKTOP, { width: 1280, height: 800 }],
    ["a 390×844 phone", PHONE, { width: 390, height: 844 }],
  ] as const) {
    it(`shows the chart, the step and the controls together without scrolling at ${name}`, async () => {
      const { page, errors, close } = await openPage(browser, "/?story=1&step=12", options);
      try {
        await expect.poll(() => progress(page).textContent()).toBe("12 of 29");
        await page.waitForTimeout(900);
        const inView = async (selector: string) => {
          const box = await page.locator(selector).first().boundingBox();
          if (!box) throw new Error(`${selector} has no box`);
          return box;
        };
        const within = (box: { x: number; y: number; width: number; height: number }) =>
          box.x >= 0 &&
          box.y >= 0 &&
          box.x + box.width <= size.width + 1 &&
          box.y + box.height <= size.height + 1;
        // The page itself does not scroll.
        expect(
          await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
        ).toBeLessThanOrEqual(1);
        const mark = await inView('.detente-story-chart .detente-mark[aria-pressed="true"]');
        expect(within(mark), "the step's mark").toBe(true);
        const chart = await inView(".detente-story-chart");
        expect(mark.y).toBeGreaterThanOrEqual(chart.y - 1);
        expect(mark.y + mark.height).toBeLessThanOrEqual(chart.y + chart.height + 1);
        const title = await inView(".detente-story-step h2");
        expect(within(title), "the step's title").toBe(true);
        const next = await inView(".detente-story-next");
        expect(within(next), "the Next button").toBe(true);
        // Side by side on the wide screen, stacked on the phone.
        if (size.width > 1000) expect(title.x).toBeGreaterThan(chart.x + chart.width - 1);
        else expect(title.y).toBeGreaterThan(chart.y + chart.height - 1);
        expect(errors).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe("groups", () => {
  it("rings the group holding the step's event and names the event beside it", async () => {
    // Twelve events on one day: more than a lane holds, so the story steps into a group.
    const base = bundledDataset();
    const busy = {
      ...base,
      events: Array.from({ length: 12 }, (_, i) => ({
        ...base.events[2],
        id: `busy-${String(i).padStart(2, "0")}`,
        title: `Busy day event ${String(i).padStart(2, "0")}`,
        date: "2025-01-26",
        after: undefined,
        within: undefined,
      })),
      corrections: undefined,
      // The translations name the bundled events, which this dataset replaces.
      translations: undefined,
      view: undefined,
    };
    const { page, errors, close } = await openPage(browser, "/", DESKTOP);
    try {
      await page.context().route(
        (url) => url.pathname === "/busy.json",
        (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(busy) }),
      );
      await page.goto(new URL("/?src=/busy.json&story=1&step=12", page.url()).href);
      await expect.poll(() => progress(page).textContent(), { timeout: 20_000 }).toBe("12 of 12");
      const group = page.locator(".detente-story-chart .detente-cluster[data-holds-selected]");
      await expect.poll(() => group.count()).toBe(1);
      expect(await group.getAttribute("aria-label")).toMatch(/In this group: Busy day event 11$/);
      const callout = page.locator(".detente-story-chart .detente-group-callout");
      expect(await callout.textContent()).toBe("Busy day event 11");
      // Shown once the view has settled (the marks hide while the chart moves).
      await expect.poll(() => callout.isVisible(), { timeout: 5000 }).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("media", () => {
  const withMedia = (origin: string): DatasetJson => {
    const base = bundledDataset();
    const media = [
      { url: `${origin}/photo.png`, caption: "Same-site photo", alt: "A same-site photo" },
      {
        url: "https://images.example.org/photo.png",
        caption: "Agency photo",
        credit: "An agency",
        alt: "An agency photo",
      },
      { url: "https://www.youtube.com/watch?v=abc123", caption: "The press conference" },
    ];
    return {
      ...base,
      events: base.events.map((event, i) => (i < 3 ? { ...event, media: media[i] } : event)),
    };
  };

  async function openWithMedia(config: object, step: number, options = DESKTOP) {
    const opened = await openPage(browser, "/", options);
    const { page } = opened;
    const dataset = withMedia(new URL(page.url()).origin);
    await page.context().route(
      (url) => url.pathname === "/media.json",
      (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(dataset) }),
    );
    await page.context().route(
      (url) => url.pathname.endsWith("/detente.config.json"),
      (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }),
    );
    await page.context().route(
      (url) => url.pathname.endsWith("/photo.png"),
      (route) => route.fulfill({ contentType: "image/png", body: PIXEL }),
    );
    await page.goto(new URL(`/?src=/media.json&story=1&step=${step}`, page.url()).href);
    // The import runs in a worker: under load it takes a while.
    await expect
      .poll(() => progress(page).textContent(), { timeout: 20_000 })
      .toBe(`${step} of 29`);
    return opened;
  }

  it("shows same-site images, and other sites' images only where the config allows", async () => {
    const allowed = await openWithMedia({ allowedImageOrigins: ["https://images.example.org"] }, 2);
    try {
      const image = allowed.page.getByRole("img", { name: "An agency photo" });
      await image.waitFor();
      await expect
        .poll(() => image.evaluate((node) => (node as HTMLImageElement).naturalWidth))
        .toBe(1);
      expect(await allowed.page.locator(".detente-media figcaption").textContent()).toBe(
        "Agency photo Credit: An agency",
      );
      expect(allowed.errors).toEqual([]);
    } finally {
      await allowed.close();
    }
    const blocked = await openWithMedia({}, 2);
    try {
      const link = blocked.page.getByRole("link", { name: /Image on images\.example\.org/ });
      await link.waitFor();
      expect(await link.getAttribute("href")).toBe("https://images.example.org/photo.png");
      expect(await blocked.page.locator(".detente-story-step img").count()).toBe(0);
      // The same-site image needs no config.
      await blocked.page.keyboard.press("ArrowLeft");
      await blocked.page.getByRole("img", { name: "A same-site photo" }).waitFor();
      expect(blocked.errors).toEqual([]);
    } finally {
      await blocked.close();
    }
  });

  it("links a video, never embedding a player", async () => {
    const { page, errors, close } = await openWithMedia(
      { allowedImageOrigins: ["https://www.youtube.com"] },
      3,
    );
    try {
      const link = page.getByRole("link", { name: /Watch or read on YouTube/ });
      await link.waitFor();
      expect(await page.locator("iframe, video").count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("accessibility", () => {
  for (const [name, query] of [
    ["the opening slide", "/?story=1"],
    ["a step entering an era", "/?story=1&step=3"],
    ["a Spanish step", "/?story=1&step=12&lang=es"],
  ] as const) {
    it(`axe-core finds nothing with the story open on ${name}`, async () => {
      const { page, close } = await openPage(browser, query, DESKTOP);
      try {
        await progress(page).waitFor();
        await page.waitForTimeout(700);
        const violations = await axeViolations(page);
        expect(violations).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
