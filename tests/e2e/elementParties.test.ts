/**
 * The built custom element opening event data: `<detente-timeline src parties>` reads a real
 * GDELT 2.0 sample through the import worker the element build ships, and shows the pair named.
 */
import { copyFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage, type OpenedPage } from "./browser.ts";
import { startStaticServer, type StaticServer } from "./staticServer.ts";

const repo = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));

const HOST_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Event data on a host page</title>
    <link rel="icon" href="data:," />
    <script type="module" src="./detente-timeline.js"></script>
  </head>
  <body>
    <h1>Two pairs from one file</h1>
    <detente-timeline id="chosen" src="./events.export.CSV" parties="GBR,ZWE" lang="en" height="600"></detente-timeline>
    <detente-timeline id="absent" src="./events.export.CSV" parties="USA,FRA" lang="en" height="300"></detente-timeline>
  </body>
</html>
`;

describe("<detente-timeline parties> in Chromium", () => {
  let browser: Browser;
  let server: StaticServer;
  let site: string;
  let opened: OpenedPage;

  beforeAll(async () => {
    site = mkdtempSync(join(tmpdir(), "detente-element-parties-"));
    cpSync(repo("dist/element"), site, { recursive: true });
    copyFileSync(
      repo("tests/fixtures/gdelt/gdelt2-events-sample.tsv"),
      join(site, "events.export.CSV"),
    );
    writeFileSync(join(site, "host.html"), HOST_PAGE);
    server = await startStaticServer({ root: site });
    browser = await launchBrowser();
    opened = await openPage(browser, `${server.url}/host.html`);
  });

  afterAll(async () => {
    await opened?.close();
    await browser?.close();
    await server?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  it("opens the pair named, with its events on the timeline", async () => {
    const chosen = opened.page.locator("#chosen");
    await chosen
      .getByRole("heading", { name: "GDELT events between United Kingdom and Zimbabwe" })
      .waitFor({ timeout: 30_000 });
    await chosen.locator(".detente-marks").waitFor({ state: "attached" });
    const marks = chosen.getByRole("group", { name: /Events on the timeline/ }).getByRole("button");
    expect(await marks.count()).toBeGreaterThan(0);
  });

  it("lists the file's pairs when the pair named has no events, and logs no errors", async () => {
    const alert = opened.page.locator("#absent").getByRole("alert");
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain(
      "no events between USA and FRA; the file's pairs, events in both directions: " +
        "BLR,ZWE (3); CAN,GBR (3); GBR,ZWE (2); SEN,VNM (1)",
    );
    expect(opened.errors).toEqual([]);
  });
});
