// @vitest-environment jsdom
/**
 * Embeds of imported data: the element with `src`, and the self-contained one with the dataset
 * in a JSON data block that no title can break out of; the page that wraps either, as the
 * download and the preview.
 */
import { iframeSnippet } from "../../../src/io/snippet/embedSnippets.ts";
import {
  embedDocument,
  inlineElementSnippet,
  publishedAddress,
  srcElementSnippet,
} from "../../../src/io/snippet/importedEmbed.ts";
import { sampleEvent, smallDataset } from "../../helpers/dataset.ts";

const BASE = "https://detente.example/app/";
const QUERY = "?from=2026-01-01&to=2026-02-28&event=meeting&q=visa&lang=es";
const parse = (html: string): Document => new DOMParser().parseFromString(html, "text/html");

describe("embeds of imported data", () => {
  it("names the published file with src, and carries only what the element takes", () => {
    const code = srcElementSnippet(BASE, QUERY, "https://news.example/data/mine.json");
    const element = parse(code).querySelector("detente-timeline");
    expect(element?.getAttribute("src")).toBe("https://news.example/data/mine.json");
    expect(element?.getAttribute("lang")).toBe("es");
    expect(element?.getAttribute("from")).toBe("2026-01-01");
    // The element ignores the search and the selected event: the code does not pretend.
    expect(code).not.toContain("event=");
    expect(element?.hasAttribute("q")).toBe(false);
    expect(parse(code).querySelector("script")?.getAttribute("src")).toBe(
      `${BASE}element/detente-timeline.js`,
    );
  });

  it("writes the dataset inside the element, where no title can end the data block", () => {
    const hostile = "</script><script>alert(1)</script><!--";
    const dataset = smallDataset([sampleEvent({ title: hostile })]);
    const page = embedDocument(
      inlineElementSnippet(BASE, QUERY, JSON.stringify(dataset)),
      `Line one\nline two ${hostile}`,
      "es",
    );
    const doc = parse(page);
    // One module script and one data block: nothing from the data became markup.
    expect(doc.querySelectorAll("script")).toHaveLength(2);
    const block = doc.querySelector('detente-timeline > script[type="application/json"]');
    expect(JSON.parse(block?.textContent ?? "")).toEqual(dataset);
    expect(doc.title).toBe(`Line one line two ${hostile}`);
    expect(page).not.toMatch(/<title>[^<]*\n/);
    expect(doc.documentElement.lang).toBe("es");
    // No inline style or script: a strict CSP on the host page allows it.
    expect(page).not.toMatch(/style=|<script>/);
  });

  it("keeps a title on one line in the iframe snippet", () => {
    const code = iframeSnippet(BASE, "?lang=en", "GDELT events\nbetween A and B");
    expect(parse(code).querySelector("iframe")?.getAttribute("title")).toBe(
      "GDELT events between A and B",
    );
    expect(code.split("\n")).toHaveLength(2);
  });

  it("accepts only absolute http(s) addresses for the published file", () => {
    expect(publishedAddress(" https://news.example/a b.json ")).toBe(
      "https://news.example/a%20b.json",
    );
    expect(publishedAddress("data.json")).toBeUndefined();
    expect(publishedAddress("javascript:alert(1)")).toBeUndefined();
    expect(publishedAddress("https://")).toBeUndefined();
  });
});
