/**
 * The whole page in the reader's language, the theme over the whole page, and embeds that do
 * not move their host: `?lang=es` leaves no English event title anywhere on the page (text,
 * labels, tooltips' names) and marks the document Spanish; quotes stay verbatim with their
 * language marked and their translation labelled; `?theme=dark` darkens the page outside the
 * centred column on a wide screen; selecting an event in an embedded frame leaves the host
 * page's scroll position and the frame's height as they were; axe finds nothing in Spanish.
 */
import { readFile, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./browser.ts";
import { axeViolations } from "./axe.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));
interface DatasetText {
  events: { id: string; title: string }[];
  translations: { es: { events: Record<string, { title: string }> } };
}

async function englishTitles(): Promise<string[]> {
  const text = await readFile(join(distDir, "data/us-colombia.json"), "utf8");
  return (JSON.parse(text) as DatasetText).events.map((event) => event.title);
}

/** Everything a reader or a screen reader gets: the text, and names given by attributes. */
async function pageWords(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const names = [...document.querySelectorAll("[aria-label], [title], [alt]")].flatMap((el) =>
      ["aria-label", "title", "alt"].map((name) => el.getAttribute(name) ?? ""),
    );
    return [document.title, document.body.innerText, ...names].join("\n");
  });
}

describe("languages, themes and embeds in articles", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("with lang=es, no English event title is left on the page and the document is Spanish", async () => {
    const titles = await englishTitles();
    const { page, errors, close } = await openPage(browser, "/?lang=es&event=visa-revocation");
    try {
      await page.getByRole("region", { name: "Detalles del evento" }).waitFor();
      await page.locator(".detente-list li").first().waitFor();
      // The folded description unfolded, so all of it is on the page.
      await page.getByRole("button", { name: "Más" }).click();
      const words = await pageWords(page);
      expect(titles.filter((title) => words.includes(title))).toEqual([]);
      // Spanish titles there instead (the list names every event).
      expect(words).toContain("El Departamento de Estado revoca el visado de Petro");
      expect(words).toContain("Relaciones entre Estados Unidos y Colombia, 2000–2026");
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");
      expect(await page.title()).toBe(
        "Détente — Relaciones entre Estados Unidos y Colombia, 2000–2026",
      );

      // The quote is verbatim and marked English; its translation follows, labelled as one.
      const details = page.getByRole("region", { name: "Detalles del evento" });
      const quote = details.locator("blockquote").first();
      expect(await quote.getAttribute("lang")).toBe("en");
      expect(await quote.textContent()).toBe(
        "These remarks prompted the U.S. State Department to revoke Petro’s visa on September 27.",
      );
      await expect
        .poll(() => details.locator(".detente-quote-translation").first().textContent())
        .toBe(
          "Traducción: Estas declaraciones llevaron al Departamento de Estado de EE. UU. a revocar el visado de Petro el 27 de septiembre.",
        );
      // The disagreement between sources is in Spanish too.
      expect(await details.locator(".detente-disagreement h3").textContent()).toContain(
        "la fecha de la revocación",
      );

      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("switching the language in the page translates the dataset's texts at once", async () => {
    const { page, errors, close } = await openPage(browser, "/?lang=en");
    try {
      const heading = page.locator(".detente-title");
      await expect
        .poll(() => heading.textContent())
        .toBe("United States–Colombia relations, 2000–2026");
      await page.getByLabel("Language").selectOption("es");
      await expect
        .poll(() => heading.textContent())
        .toBe("Relaciones entre Estados Unidos y Colombia, 2000–2026");
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe("es");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it("with theme=dark, the page is dark outside the centred column at 1920 px", async () => {
    const { page, errors, close } = await openPage(browser, "/?theme=dark", {
      viewport: { width: 1920, height: 1080 },
    });
    try {
      await page.locator(".detente-mark").first().waitFor({ state: "attached" });
      const outside = await page.evaluate(() => {
        // A point left of the 1200 px column, and what paints there.
        const hit = document.elementFromPoint(40, 600);
        const column = document.getElementById("root")?.getBoundingClientRect();
        return {
          hit: hit?.tagName,
          columnLeft: column?.left ?? 0,
          html: getComputedStyle(document.documentElement).backgroundColor,
          body: getComputedStyle(document.body).backgroundColor,
          theme: document.documentElement.dataset["theme"],
        };
      });
      expect(outside.columnLeft).toBeGreaterThan(40);
      expect(["HTML", "BODY"]).toContain(outside.hit);
      expect(outside.theme).toBe("dark");
      // The instance's own dark background (--detente-bg), with nothing lighter on the body.
      expect(outside.html).toBe("rgb(20, 23, 28)");
      expect(outside.body).toBe("rgba(0, 0, 0, 0)");
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe("an embed in an article", () => {
  let browser: Browser;
  let app: StaticServer;
  let hostServer: StaticServer;
  let hostDir: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startStaticServer({ root: distDir });
    hostDir = await mkdtemp(join(tmpdir(), "detente-article-"));
    hostServer = await startStaticServer({ root: hostDir });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await hostServer?.close();
    if (hostDir) await rm(hostDir, { recursive: true, force: true });
  });

  for (const width of [1280, 390]) {
    it(`selecting an event leaves the host's scroll position and the frame's height alone (${width} px)`, async () => {
      // Text above and below the frame; a cross-origin frame (another host name), as in a
      // newspaper's article.
      const paragraphs = (n: number) =>
        Array.from(
          { length: n },
          (_, i) =>
            `<p>Paragraph ${i + 1} of the article, long enough to take a line or two of the page.</p>`,
        ).join("\n");
      await writeFile(
        join(hostDir, `article-${width}.html`),
        `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>An article</title><link rel="icon" href="data:," />
    <style>body { margin: 0; } article { max-width: 720px; margin: 0 auto; padding: 0 12px; } p { margin: 0 0 24px; }</style>
  </head>
  <body><article>
    <h1>An article with a timeline</h1>
    ${paragraphs(30)}
    <iframe data-detente src="${app.url}/embed.html?lang=es" title="Línea de tiempo" style="width:100%;height:600px;border:0"></iframe>
    <script async src="${app.url}/embed.js"></script>
    ${paragraphs(60)}
  </article></body>
</html>
`,
      );
      const context = await browser.newContext({
        viewport: { width, height: width > 500 ? 800 : 844 },
        colorScheme: "light",
        locale: "es-CO",
        timezoneId: "America/Bogota",
        reducedMotion: "reduce",
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      try {
        await page.goto(`http://localhost:${hostServer.port}/article-${width}.html`);
        const iframe = page.locator("iframe[data-detente]");
        let frame: Frame | undefined;
        await expect
          .poll(() => {
            frame = page.frames().find((f) => f.url().startsWith(`${app.url}/embed.html`));
            return frame !== undefined;
          })
          .toBe(true);
        if (!frame) throw new Error("no embed frame");
        const embed = frame;
        await embed
          .locator(".detente-mark")
          .first()
          .waitFor({ state: "attached", timeout: 30_000 });
        // The reader scrolls down to the frame (Chrome draws a cross-origin frame out of view
        // only once it comes into view), and the host script fits it to its content.
        await iframe.scrollIntoViewIfNeeded();
        const contentHeight = () =>
          embed.evaluate(() => {
            const root = document.getElementById("root");
            return root ? `${Math.ceil(root.getBoundingClientRect().height)}px` : "none";
          });
        await expect
          .poll(
            async () =>
              (await iframe.evaluate((el: HTMLIFrameElement) => el.style.height)) ===
              (await contentHeight()),
          )
          .toBe(true);
        const frameHeight = () => iframe.evaluate((el: HTMLIFrameElement) => el.offsetHeight);
        const before = await frameHeight();

        // The reader has scrolled so the chart is in view, the article's text above it.
        await iframe.evaluate((el) =>
          window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 120),
        );
        const scrolled = await page.evaluate(() => window.scrollY);
        expect(scrolled).toBeGreaterThan(0);

        // A click on a mark, as a reader would.
        const mark = embed.locator(".detente-mark[data-event-id]").first();
        await mark.click();
        const details = embed.getByRole("region", { name: "Detalles del evento" });
        await details.waitFor();
        // Let the frame report any new height, and the host apply it.
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
        expect(await frameHeight()).toBe(before);
        // The details are over the chart, inside the frame's box, in Spanish.
        const box = await details.boundingBox();
        const frameBox = await iframe.boundingBox();
        if (!box || !frameBox) throw new Error("no boxes");
        expect(box.y).toBeGreaterThanOrEqual(frameBox.y - 1);
        expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
        expect(await embed.evaluate(() => document.documentElement.lang)).toBe("es");

        // Closed again with Escape: the focus goes back to the chart, the host still has not moved.
        await page.keyboard.press("Escape");
        await details.waitFor({ state: "detached" });
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
        expect(await frameHeight()).toBe(before);

        if (width === 1280) {
          await mark.click();
          await details.waitFor();
          expect(await axeViolations(embed)).toEqual([]);
        }
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
