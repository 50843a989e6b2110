import {
  escapeHtml,
  htmlToText,
  looksLikeHtml,
  maybeHtmlToText,
  plainText,
} from "../../../src/io/shared/htmlText.ts";
import { checkUrl, hostOf } from "../../../src/io/shared/safeUrl.ts";
import { slugify, IdAllocator } from "../../../src/io/shared/slug.ts";

describe("htmlToText", () => {
  it.each([
    ["<p>One</p><p>Two</p>", "One\n\nTwo"],
    ["a<br>b<br/>c", "a\nb\nc"],
    ["<b>Bold</b> &amp; <i>brave</i> &eacute;t&#233; &#x263A;", "Bold & brave été ☺"],
    ["<script>alert(1)</script>Text<style>p{}</style>", "Text"],
    ["<SCRIPT type='x'>alert('</p>')</SCRIPT>kept", "kept"],
    ["<!-- hidden <b> -->shown", "shown"],
    ['<a href="x" title="a>b">link</a>', "link"],
    ["&lt;script&gt;alert(1)&lt;/script&gt;", "<script>alert(1)</script>"],
    ["a < b and c > d", "a < b and c > d"],
    ["unterminated <img src=x onerror=alert(1)", "unterminated"],
    ["  lots   of\n\n\n  space  ", "lots of space"],
    ["<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
    ["<table><tr><td>a</td><td>b</td></tr></table>", "a b"],
    ["nul\u0000 and\u0007 bell", "nul and bell"],
  ])("%j → %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  // How long these take is measured in tests/bench/htmlText.bench.ts, not asserted here.
  it("drops a 1 MB line of unclosed tags and a 1 MB unterminated attribute", () => {
    expect(htmlToText(`x${"<a ".repeat(350_000)}`)).toBe("x");
    expect(htmlToText(`<p title="${"'".repeat(1_000_000)}">`)).toBe("");
    expect(htmlToText(`${"<a ".repeat(1000)}>kept`)).toBe("kept");
  });
});

describe("htmlToText: where a tag begins and ends", () => {
  it.each([
    // Tag names start with a letter, A to Z or a to z, and go on with letters and digits.
    ["x<A href='q'>y</A>z", "xyz"],
    ["x<Z>y</Z>z", "xyz"],
    ["x<z>y</z>z", "xyz"],
    ["x <_b> y", "x <_b> y"],
    ["x <~b> y", "x <~b> y"],
    // Inline elements add nothing; h1 is a heading and p0 or p9 is no paragraph.
    ["x<b>y</b>z", "xyz"],
    ["<h1>Title</h1>text", "Title\n\ntext"],
    ["x<p0>y", "xy"],
    ["x<p9>y", "xy"],
    // A quote opens a value only after "=", spaced or not, single or double.
    ["<a title='x>y'>z</a>", "z"],
    ['<a title = "x>y">z</a>', "z"],
    ['x<b data-x=1"2>y</b>z', "xyz"],
    // Comments, declarations and processing instructions are not text.
    ["a-->b<!--c-->d", "a-->bd"],
    ["a<!--b", "a"],
    ["a<!DOCTYPE html>b", "ab"],
    ["a<?xml version='1.0'?>b", "ab"],
    ["a</!x>b", "a</!x>b"],
    // Dropped content without its end runs to the end of the input.
    ["a<script>x", "a"],
    ["a<script>x</script", "a"],
    // Private-use characters never come through (the stripper uses two as break markers).
    ["a\ue000b\ue001c", "abc"],
  ])("%j → %j", (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe("plainText", () => {
  it.each([
    ["a\rb", "a\nb"],
    ["a   b", "a b"],
    ["\n\na\n\n\nb\n\n", "a\n\nb"],
  ])("%j → %j", (text, plain) => {
    expect(plainText(text)).toBe(plain);
  });
});

describe("looksLikeHtml", () => {
  it.each([
    ["<b>", true],
    ["</b>", true],
    ["<br/>", true],
    ["<abc>", true],
    ["<h1>", true],
    ["<a href='x'>", true],
    ["&amp;", true],
    ["&#38;", true],
    ["&#x26;", true],
    ["<1>", false],
    ["a < b > c", false],
    ["a & b;", false],
    ["&#;", false],
    ["&#x;", false],
  ])("%j → %j", (text, html) => {
    expect(looksLikeHtml(text)).toBe(html);
  });
});

describe("plain text and escaping", () => {
  it("leaves plain CSV text alone unless it holds markup", () => {
    expect(maybeHtmlToText("x < y & z")).toBe("x < y & z");
    expect(maybeHtmlToText("<b>x</b> &amp; y")).toBe("x & y");
    expect(plainText("a\r\nb\u00a0c")).toBe("a\nb c");
  });

  it("escapes HTML so exported text round-trips", () => {
    const text = `<b>"Tom" & 'Jerry'</b>\nnext`;
    expect(escapeHtml(text)).toBe(
      "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;<br>next",
    );
    expect(htmlToText(escapeHtml(text))).toBe(text);
  });
});

describe("checkUrl", () => {
  it.each([
    ["https://example.org/a?b=c", true],
    ["//cdn.example.org/x.png", true],
    ["javascript:alert(1)", false],
    [" JAVASCRIPT:alert(1)", false],
    ["data:text/html,<script>alert(1)</script>", false],
    ["ftp://example.org/file", false],
    ['<iframe src="https://example.org">', false],
    ["https://exa mple.org", false],
  ])("%s → %s", (url, ok) => {
    expect(checkUrl(url).ok).toBe(ok);
  });

  it("returns the trimmed URL, protocol-relative links as https, and why a link was dropped", () => {
    expect(checkUrl("  https://example.org/a?b=c \n")).toEqual({
      ok: true,
      url: "https://example.org/a?b=c",
    });
    expect(checkUrl("//cdn.example.org/x.png")).toEqual({
      ok: true,
      url: "https://cdn.example.org/x.png",
    });
    expect(checkUrl("HTTP://EXAMPLE.ORG/")).toEqual({ ok: true, url: "HTTP://EXAMPLE.ORG/" });
    expect(checkUrl(undefined)).toEqual({ ok: false, reason: "empty" });
    expect(checkUrl(" \t ")).toEqual({ ok: false, reason: "empty" });
    expect(checkUrl("javascript:alert(1)")).toEqual({ ok: false, reason: "not-http" });
    // A scheme later in the text does not count: the link must start with it.
    expect(checkUrl("see https://example.org")).toEqual({ ok: false, reason: "not-http" });
    expect(checkUrl("https://example.org/a\tb")).toEqual({ ok: false, reason: "not-http" });
    // Past the prefix, the schema's own URL rule still applies.
    expect(checkUrl("https://")).toEqual({ ok: false, reason: "not-http" });
  });
});

describe("hostOf", () => {
  it("names the host without www., or gives the text back when it is no URL", () => {
    expect(hostOf("https://www.example.org/a")).toBe("example.org");
    expect(hostOf("https://news.example.org:8080/a")).toBe("news.example.org");
    expect(hostOf("https://wwwexample.org/")).toBe("wwwexample.org");
    expect(hostOf("https://news.www.example.org/")).toBe("news.www.example.org");
    expect(hostOf("not a url")).toBe("not a url");
  });
});

describe("slugs", () => {
  it("slugifies names with accents and punctuation, bounded in length", () => {
    expect(slugify("Bogotá: ¡Reunión!")).toBe("bogota-reunion");
    expect(slugify("   ")).toBe("");
    expect(slugify("word ".repeat(40)).length).toBeLessThanOrEqual(60);
  });

  it("allocates unique ids deterministically", () => {
    const ids = new IdAllocator();
    expect(["A", "a", "a-2", undefined, "!!!"].map((c) => ids.take([c], "event"))).toEqual([
      "a",
      "a-2",
      "a-2-2",
      "event",
      "event-2",
    ]);
  });
});
