/**
 * The iframe embed in real Chromium, truly cross-origin: the built app (dist/) is served on
 * http://127.0.0.1:PORT with a strict Content-Security-Policy on every response, and a host page
 * on http://localhost:PORT2 pastes the code the Embed dialog gave. Checks that nothing breaks the
 * CSP in any document, that the host script sizes the frame to its content (details open over it) and
 * ignores look-alike messages, that a plain wheel over the embedded timeline scrolls the host
 * page, and that no request leaves the two origins.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, BrowserContext, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

const CSP = "default-src 'self'; style-src 'self'; img-src 'self' data: blob:";
const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

interface Watched {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Console errors and uncaught errors, of every frame. */
  readonly errors: string[];
  /** Every URL the page and its frames requested. */
  readonly requests: string[];
}

/**
 * Runs in every document of the context (frames included) before its own scripts: records the
 * CSP violations the document reports, for `violations()` to read.
 */
function recordViolations(): void {
  const list: string[] = [];
  Object.defineProperty(window, "__cspViolations", { value: list });
  document.addEventListener("securitypolicyviolation", (event) => {
    list.push(
      `${event.effectiveDirective}: ${event.blockedURI || "inline"} ` +
        `(${event.sourceFile}:${event.lineNumber}) in ${event.documentURI}`,
    );
  });
}

async function violations(frame: Frame): Promise<string[]> {
  return frame.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ["no recorder"],
  );
}

async function open(browser: Browser, url: string): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme: "light",
    locale: "en-US",
    timezoneId: "America/Bogota",
    reducedMotion: "reduce",
  });
  await context.addInitScript(recordViolations);
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console.error: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("request", (request) => requests.push(request.url()));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url);
  return { context, page, errors, requests };
}

/** The frame showing the embed page, once it has drawn its marks. */
async function embedFrame(page: Page, appOrigin: string): Promise<Frame> {
  let frame: Frame | undefined;
  await expect
    .poll(() => {
      frame = page.frames().find((f) => f.url().startsWith(`${appOrigin}/embed.html`));
      return frame !== undefined;
    })
    .toBe(true);
  if (!frame) throw new Error("no embed frame");
  await frame.locator(".detente-mark").first().waitFor({ state: "attached", timeout: 30_000 });
  return frame;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

describe("the iframe embed, cross-origin, under a strict CSP", () => {
  let browser: Browser;
  let app: StaticServer;
  let hostServer: StaticServer;
  let hostDir: string;
  let hostOrigin: string;
  /** The iframe code the Embed dialog gives; the host page is written from it. */
  let snippet: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startStaticServer({ root: distDir, headers: { "Content-Security-Policy": CSP } });
    hostDir = await mkdtemp(join(tmpdir(), "detente-host-"));
    hostServer = await startStaticServer({ root: hostDir });
    // Another host name for the same loopback server: a different origin, and a different site.
    hostOrigin = `http://localhost:${hostServer.port}`;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await hostServer?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  it("the app and its Embed dialog run under the CSP; the dialog gives the view's code", async () => {
    const { context, page, errors, requests } = await open(
      browser,
      `${app.url}/?from=2025-01-01&to=2026-02-28&lanes=party`,
    );
    try {
      await page.locator(".detente-mark").first().waitFor({ state: "attached", timeout: 30_000 });
      const button = page.getByRole("button", { name: "Embed", exact: true });
      await button.click();
      const dialog = page.getByRole("dialog", { name: "Embed" });
      await dialog.waitFor();
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.matches(":modal"))).toBe(true);

      // The preview is the embed page itself, at this view.
      const preview = await embedFrame(page, app.url);
      expect(new URL(preview.url()).searchParams.get("lanes")).toBe("party");

      // The modal dialog keeps the focus: Tab never reaches the page behind it.
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press("Tab");
        const inDialog = await page.evaluate(() => {
          const active = document.activeElement;
          return active === document.body || active?.closest("dialog") !== null;
        });
        expect(inDialog).toBe(true);
      }

      snippet = await dialog.getByRole("textbox", { name: "Code" }).inputValue();
      expect(snippet).toContain(`<iframe data-detente src="${app.url}/embed.html?`);
      expect(snippet).toContain(`<script src="${app.url}/embed.js" async></script>`);

      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);

      for (const frame of page.frames()) expect(await violations(frame)).toEqual([]);
      expect(errors).toEqual([]);
      expect(requests.filter((url) => originOf(url) !== app.url)).toEqual([]);
      // The dataset is also published as a file, for embeds that fetch it.
      const data = await page.evaluate(() => fetch("/data/us-colombia.json").then((r) => r.json()));
      expect((data as { id?: string }).id).toBe("us-colombia");
    } finally {
      await context.close();
    }
  });

  it("the host script sizes the frame to its content, ignores spoofs, and wheels scroll the host", async () => {
    if (snippet === undefined) throw new Error("needs the snippet of the previous test");
    await writeFile(
      join(hostDir, "index.html"),
      `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A host article</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/host.css" />
  </head>
  <body>
    <article>
      <h1>An article with an embedded timeline</h1>
      <p>The timeline below comes from another site.</p>
      ${snippet}
      <p class="tall">More of the article.</p>
      <iframe id="other" src="/other.html" title="Another frame on the host page"></iframe>
    </article>
  </body>
</html>
`,
    );
    await writeFile(
      join(hostDir, "host.css"),
      "body { margin: 0; } article { max-width: 720px; margin: 0 auto; } .tall { height: 3000px; }\n",
    );
    await writeFile(
      join(hostDir, "other.html"),
      '<!doctype html><title>other</title><link rel="icon" href="data:," /><p>other</p>\n',
    );

    const { context, page, errors, requests } = await open(browser, `${hostOrigin}/`);
    try {
      const frame = await embedFrame(page, app.url);
      const iframe = page.locator("iframe[data-detente]");
      const styleHeight = () => iframe.evaluate((el: HTMLIFrameElement) => el.style.height);
      const contentHeight = () =>
        frame.evaluate(() => {
          const root = document.getElementById("root");
          return root ? `${Math.ceil(root.getBoundingClientRect().height)}px` : "none";
        });
      /** Waits until the frame is as tall as its content, and returns that height. */
      const fitted = async (): Promise<number> => {
        await expect.poll(async () => (await styleHeight()) === (await contentHeight())).toBe(true);
        return Number.parseFloat(await styleHeight());
      };

      // The snippet has no id: the host gave one, without rewriting src (no reload).
      const id = await iframe.getAttribute("data-detente-id");
      expect(id).toMatch(/^detente-/);
      expect(await iframe.getAttribute("src")).not.toContain("id=");
      const initial = await fitted();
      // Fitted exactly: nothing left to scroll inside the frame.
      expect(
        await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
      ).toBe(true);

      // Opening an event's details lays them over the charts: the frame keeps its height, so
      // the host article does not move (tests/e2e/language.test.ts checks its scroll position).
      await frame.locator(".detente-mark[data-event-id]").first().press("Enter");
      await frame.getByRole("region", { name: "Event details" }).waitFor();
      expect(await fitted()).toBe(initial);
      await frame.getByRole("button", { name: "Close details" }).click();
      await frame.getByRole("region", { name: "Event details" }).waitFor({ state: "detached" });
      expect(await fitted()).toBe(initial);

      // Look-alike messages: from the host page itself, from another frame on the host's origin,
      // and from the embed's own window with a wrong id, a non-finite height or a new version.
      await page.evaluate(() => {
        const seen = { count: 0 };
        Object.defineProperty(window, "__spoofs", { value: seen });
        window.addEventListener("message", (event) => {
          if ((event.data as { spoof?: boolean } | null)?.spoof) seen.count += 1;
        });
      });
      const spoof = (height: number, spoofId: string | null, version = 1) => ({
        type: "detente:resize",
        version,
        id: spoofId,
        height,
        spoof: true,
      });
      await page.evaluate((message) => window.postMessage(message, "*"), spoof(3000, id));
      const other = page.frames().find((f) => f.url() === `${hostOrigin}/other.html`);
      if (!other) throw new Error("no other frame");
      await other.evaluate((message) => window.parent.postMessage(message, "*"), spoof(3000, id));
      for (const message of [
        spoof(3000, "wrong-id"),
        spoof(Number.POSITIVE_INFINITY, id),
        spoof(3000, id, 2),
      ]) {
        await frame.evaluate((m) => window.parent.postMessage(m, "*"), message);
      }
      // Every spoof arrived, and none moved the frame.
      await expect
        .poll(() =>
          page.evaluate(
            () => (window as unknown as { __spoofs: { count: number } }).__spoofs.count,
          ),
        )
        .toBe(5);
      // No wait needed: each message event runs the host script's listener and the counter in
      // one dispatch, so once all five are counted all five were handled.
      expect(await styleHeight()).toBe(`${initial}px`);

      // A plain wheel over the embedded timeline scrolls the host page, not the frame.
      await page.evaluate(() => window.scrollTo(0, 0));
      const plot = await frame.locator(".detente-timeline .detente-plot").boundingBox();
      if (!plot) throw new Error("the plot has no box");
      const axisBefore = await frame.locator(".detente-axis").getAttribute("data-unit");
      await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
      await page.mouse.wheel(0, 400);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      expect(await frame.evaluate(() => window.scrollY)).toBe(0);
      expect(await frame.locator(".detente-axis").getAttribute("data-unit")).toBe(axisBefore);

      // No document broke the CSP; the embed's got it (its own requests are on the app's origin).
      for (const f of page.frames()) expect(await violations(f)).toEqual([]);
      expect(errors).toEqual([]);
      const origins = new Set(requests.map(originOf));
      expect([...origins].sort()).toEqual([app.url, hostOrigin].sort());
      expect(requests).toContain(`${app.url}/embed.js`);

      // The recorder is not blind: an inline style attribute in the frame is reported.
      await frame.evaluate(() => {
        const probe = document.createElement("div");
        probe.setAttribute("style", "color: red");
        document.body.append(probe);
        probe.remove();
      });
      await expect
        .poll(() => violations(frame))
        .toEqual([expect.stringMatching(/^style-src-attr/)]);
    } finally {
      await context.close();
    }
  });

  it("without the host script, the frame keeps its height and scrolls inside", async () => {
    if (snippet === undefined) throw new Error("needs the snippet of the previous test");
    const frameOnly = snippet.split("\n")[0] ?? "";
    // Narrow, so the content is surely taller than the frame.
    await writeFile(
      join(hostDir, "bare.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><title>Bare</title>` +
        `<link rel="icon" href="data:," />` +
        `<link rel="stylesheet" href="/bare.css" /></head><body><div class="narrow">${frameOnly}` +
        `</div></body></html>\n`,
    );
    await writeFile(join(hostDir, "bare.css"), ".narrow { width: 360px; }\n");
    const { context, page, errors } = await open(browser, `${hostOrigin}/bare.html`);
    try {
      const frame = await embedFrame(page, app.url);
      await page.waitForTimeout(300);
      const box = await page.locator("iframe[data-detente]").boundingBox();
      expect(box?.height).toBe(600);
      const scroll = await frame.evaluate(() => ({
        content: document.documentElement.scrollHeight,
        view: window.innerHeight,
      }));
      expect(scroll.view).toBe(600);
      expect(scroll.content).toBeGreaterThan(scroll.view);
      expect(await violations(frame)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
