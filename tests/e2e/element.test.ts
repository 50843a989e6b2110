/**
 * The built custom element (dist/element/detente-timeline.js) in Chromium, on a host page that
 * is not ours: three <detente-timeline> elements with different languages and windows, the
 * module loaded twice, and hostile CSS. Playwright's CSS and role locators pierce open shadow
 * roots, so the elements are driven as a reader would.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, type OpenedPage } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const MEETING = "White House meeting: Petro visits Trump, 3 February 2026";
const PLAN_COLOMBIA = "Plan Colombia begins, 2000";

/** Styles written to break embedded widgets: they must not reach inside the shadow roots. */
const HOSTILE_CSS = `
* { font-size: 40px !important; color: red !important; font-family: serif !important;
    line-height: 3 !important; letter-spacing: 3px !important; }
div { display: none }
button { display: none !important; }
`;

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A host page</title>
    <link rel="icon" href="data:," />
    <style>${HOSTILE_CSS}</style>
    <script type="module" src="./detente-timeline.js"></script>
    <!-- Another copy of the module (another URL): it must not define the element again. -->
    <script type="module" src="./detente-timeline.js?copy=2"></script>
  </head>
  <body>
    <h1>Our newsroom</h1>
    <detente-timeline id="one" src="./us-colombia.json" lang="en" from="2026-01-26" to="2026-02-05" height="640"></detente-timeline>
    <detente-timeline id="two" src="./us-colombia.json" lang="es" from="2025-01-01" to="2025-12-31" height="640"></detente-timeline>
    <detente-timeline id="three" src="./us-colombia.json" lang="en" from="2000-01-01" to="2010-12-31" height="640"></detente-timeline>
    <script>
      window.heard = [];
      for (const type of ["detente-select", "detente-viewport"]) {
        document.addEventListener(type, (event) => {
          window.heard.push({ type, from: event.target.id, detail: event.detail });
        });
      }
    </script>
  </body>
</html>
`;

interface Heard {
  readonly type: string;
  readonly from: string;
  readonly detail: {
    readonly id?: string | null;
    readonly from?: string;
    readonly to?: string;
    readonly fromMs?: number;
    readonly toMs?: number;
  };
}

const heard = (page: Page): Promise<Heard[]> =>
  page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

const axisText = (page: Page, id: string): Promise<string> =>
  page.locator(`#${id} .detente-axis`).innerText();

describe("<detente-timeline> on a hostile host page", () => {
  let browser: Browser;
  let server: StaticServer;
  let site: string;
  let opened: OpenedPage;

  beforeAll(async () => {
    // The host page, the element build (the module, its chunks and its load worker) and a
    // dataset, served from a directory of their own.
    site = mkdtempSync(join(tmpdir(), "detente-element-"));
    cpSync(repo("dist/element"), site, { recursive: true });
    copyFileSync(repo("data/us-colombia.json"), join(site, "us-colombia.json"));
    writeFileSync(join(site, "host.html"), HOST_PAGE);
    server = await startStaticServer({ root: site });
    browser = await launchBrowser();
    opened = await openPage(browser, `${server.url}/host.html`);
    for (const id of ["one", "two", "three"]) {
      await opened.page
        .locator(`#${id} .detente-marks`)
        .waitFor({ state: "attached", timeout: 30_000 });
    }
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it("defines the element once although the module loaded twice", async () => {
    const defined = await opened.page.evaluate(() => {
      const element = document.querySelector("detente-timeline");
      return (
        customElements.get("detente-timeline") !== undefined &&
        element instanceof (customElements.get("detente-timeline") as CustomElementConstructor)
      );
    });
    expect(defined).toBe(true);
  });

  it("shows each element's own language and window", async () => {
    const { page } = opened;
    await page.locator("#one").getByRole("button", { name: "Zoom in", exact: true }).waitFor();
    await page.locator("#two").getByRole("button", { name: "Acercar", exact: true }).waitFor();
    await page.locator("#three").getByRole("button", { name: "Zoom in", exact: true }).waitFor();
    const axes = await Promise.all(["one", "two", "three"].map((id) => axisText(page, id)));
    expect(new Set(axes).size).toBe(3);
    expect(axes[2]).toMatch(/200\d/);
  });

  it("keeps its styles against the host's CSS", async () => {
    const { page } = opened;
    const mark = page.locator("#one").getByRole("button", { name: MEETING });
    expect(await mark.isVisible()).toBe(true);
    const styles = await page
      .locator("#one .detente")
      .first()
      .evaluate((node) => {
        const root = getComputedStyle(node);
        const title = node.querySelector(".detente-title");
        return {
          fontSize: root.fontSize,
          color: root.color,
          letterSpacing: root.letterSpacing,
          titleSize: title ? getComputedStyle(title).fontSize : "",
        };
      });
    expect(styles.fontSize).toBe("15px");
    expect(styles.color).not.toBe("rgb(255, 0, 0)");
    expect(styles.letterSpacing).toBe("normal");
    // 1.35rem (the compact header), against 16px rather than the host's 40px root (54px).
    expect(styles.titleSize).toBe("21.6px");
    const box = await page.locator("#one").boundingBox();
    expect(box?.height).toBe(640);
  });

  it("zooms one element and leaves the others' axes alone", async () => {
    const { page } = opened;
    const before = {
      one: await axisText(page, "one"),
      two: await axisText(page, "two"),
      three: await axisText(page, "three"),
    };
    await page.locator("#one").getByRole("button", { name: "Zoom in", exact: true }).click();
    await page.waitForFunction(
      (text) =>
        document.querySelector("#one")?.shadowRoot?.querySelector(".detente-axis")?.textContent !==
        text,
      before.one,
    );
    // Until the zoom animation has landed: its last frame reports exactly half of #one's
    // eleven days (26 January to 5 February inclusive).
    const halfOfElevenDays = 5.5 * 86_400_000;
    await expect
      .poll(async () =>
        (await heard(page)).some(
          ({ type, from, detail }) =>
            type === "detente-viewport" &&
            from === "one" &&
            Math.abs((detail.toMs ?? 0) - (detail.fromMs ?? 0) - halfOfElevenDays) < 1,
        ),
      )
      .toBe(true);
    expect(await axisText(page, "two")).toBe(before.two);
    expect(await axisText(page, "three")).toBe(before.three);
    const viewports = (await heard(page)).filter((event) => event.type === "detente-viewport");
    expect(viewports.length).toBeGreaterThan(0);
    expect(new Set(viewports.map((event) => event.from))).toEqual(new Set(["one"]));
  });

  it("sends detente-select from the element whose mark was chosen, and only that one", async () => {
    const { page } = opened;
    await page.evaluate(() => {
      (window as unknown as { heard: Heard[] }).heard.length = 0;
    });
    await page.locator("#three").getByRole("button", { name: PLAN_COLOMBIA }).click();
    await page.locator("#three").getByRole("region", { name: "Event details" }).waitFor();
    const selects = (await heard(page)).filter((event) => event.type === "detente-select");
    expect(selects).toEqual([
      { type: "detente-select", from: "three", detail: { id: "plan-colombia" } },
    ]);
    expect(await page.locator("#one").getByRole("region", { name: "Event details" }).count()).toBe(
      0,
    );
    expect(
      await page.locator("#two").getByRole("region", { name: "Detalles del evento" }).count(),
    ).toBe(0);
  });

  it("walks the marks with the arrow keys inside the shadow root", async () => {
    const { page } = opened;
    const focusedMark = (): Promise<string | null> =>
      page.evaluate(() => {
        const active = document.querySelector("#two")?.shadowRoot?.activeElement;
        return active instanceof HTMLElement ? (active.dataset["eventId"] ?? null) : null;
      });
    await page.locator('#two .detente-marks button[tabindex="0"]').focus();
    const first = await focusedMark();
    expect(first).not.toBeNull();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(
      (previous) =>
        (document.querySelector("#two")?.shadowRoot?.activeElement as HTMLElement | null)?.dataset[
          "eventId"
        ] !== previous,
      first,
    );
    const second = await focusedMark();
    expect(second).not.toBeNull();
    expect(second).not.toBe(first);
  });

  it("logs no console errors while loading, zooming and selecting", async () => {
    // A page of its own, so the errors are this test's, whichever tests ran before it.
    const own = await openPage(browser, `${server.url}/host.html`);
    try {
      const { page } = own;
      for (const id of ["one", "two", "three"]) {
        await page.locator(`#${id} .detente-marks`).waitFor({ state: "attached", timeout: 30_000 });
      }
      await page.locator("#one").getByRole("button", { name: "Zoom in", exact: true }).click();
      await page.locator("#three").getByRole("button", { name: PLAN_COLOMBIA }).click();
      await page.locator("#three").getByRole("region", { name: "Event details" }).waitFor();
      expect(own.errors).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
