/** The embed snippets written out exactly, character for character. */
import {
  elementAttributes,
  elementSnippet,
  iframeSnippet,
  iframeSrc,
  singleLine,
} from "../../../src/io/snippet/embedSnippets.ts";
import {
  embedDocument,
  inlineElementSnippet,
  publishedAddress,
} from "../../../src/io/snippet/importedEmbed.ts";

const BASE = "https://detente.example/app/";

describe("embed snippets, exactly", () => {
  it("writes the iframe and its host script", () => {
    expect(iframeSrc(BASE, "?lang=es")).toBe("https://detente.example/app/embed.html?lang=es");
    expect(iframeSnippet(BASE, "?lang=es&a=1", "  A\n\tB  ")).toBe(
      '<iframe data-detente src="https://detente.example/app/embed.html?lang=es&amp;a=1" title="A B" ' +
        'loading="lazy" style="width:100%;height:600px;border:0"></iframe>\n' +
        '<script src="https://detente.example/app/embed.js" async></script>',
    );
    expect(singleLine(" a \n\n b ")).toBe("a b");
  });

  it("writes the element with the attributes it takes and its height", () => {
    expect(elementAttributes("?from=2026-01-01&q=x&theme=dark")).toBe(
      ' from="2026-01-01" theme="dark" height="600"',
    );
    expect(elementAttributes("")).toBe(' height="600"');
    expect(elementSnippet(BASE, "?lang=en")).toBe(
      '<script type="module" src="https://detente.example/app/element/detente-timeline.js"></script>\n' +
        '<detente-timeline src="https://detente.example/app/data/us-colombia.json" lang="en" height="600"></detente-timeline>',
    );
  });

  it("writes the self-contained element and its page", () => {
    expect(inlineElementSnippet(BASE, "", '{"a":"<"}')).toBe(
      '<script type="module" src="https://detente.example/app/element/detente-timeline.js"></script>\n' +
        '<detente-timeline height="600">\n' +
        '<script type="application/json">{"a":"\\u003c"}</script>\n' +
        "</detente-timeline>",
    );
    expect(embedDocument("<p>x</p>", "T\nU", "es")).toBe(
      '<!doctype html>\n<html lang="es">\n<head>\n<meta charset="utf-8">\n' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
        "<title>T U</title>\n</head>\n<body>\n<p>x</p>\n</body>\n</html>\n",
    );
  });

  it("takes published addresses only when absolute http(s) from the start", () => {
    expect(publishedAddress("http://a.example/d.json")).toBe("http://a.example/d.json");
    expect(publishedAddress("HTTPS://A.example/d.json")).toBe("https://a.example/d.json");
    expect(publishedAddress("see https://a.example/d.json")).toBeUndefined();
    // A valid URL of another scheme that merely contains an http(s) address.
    expect(publishedAddress("feed:https://a.example/d.json")).toBeUndefined();
    expect(publishedAddress("view-source:http://a.example/")).toBeUndefined();
    expect(publishedAddress("https://exa mple.com/")).toBeUndefined();
  });
});
