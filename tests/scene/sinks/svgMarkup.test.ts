import { attrs, el, escapeXml, n, textEl } from "../../../src/scene/sinks/svgMarkup.ts";

describe("SVG markup", () => {
  it("escapes the five XML specials", () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe("a &amp; b &lt; c &gt; d &quot; e &apos; f");
  });

  it("drops control characters XML forbids but keeps tab, line feed and carriage return", () => {
    expect(escapeXml("a\u0000b\u0008c\u001fd")).toBe("abcd");
    expect(escapeXml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(escapeXml(" x")).toBe(" x");
  });

  it("drops the non-characters U+FFFE and U+FFFF and keeps their neighbours", () => {
    expect(escapeXml("a\uFFFEb\uFFFFc\uFFFDd")).toBe("abc\uFFFDd");
  });

  it("replaces lone surrogates and keeps paired ones", () => {
    expect(escapeXml("a\uD800b")).toBe("a\uFFFDb");
    expect(escapeXml("a\uDFFFb")).toBe("a\uFFFDb");
    expect(escapeXml("a\uD83C\uDF0Db")).toBe("a🌍b");
    expect(escapeXml("\uD7FF\uE000")).toBe("\uD7FF\uE000");
  });

  it("rounds numbers to one decimal and never writes minus zero", () => {
    expect(n(1.26)).toBe("1.3");
    expect(n(1.24)).toBe("1.2");
    expect(n(-0.04)).toBe("0");
    expect(n(-1.26)).toBe("-1.3");
    expect(n(12)).toBe("12");
  });

  it("writes attributes in order, numbers rounded, opacities to three decimals, undefined left out", () => {
    expect(attrs({ x: 1.26, "fill-opacity": 0.0251, class: undefined, fill: `a"b` })).toBe(
      ` x="1.3" fill-opacity="0.025" fill="a&quot;b"`,
    );
    expect(attrs({})).toBe("");
  });

  it("writes empty and filled elements, text escaped", () => {
    expect(el("rect", { x: 1 })).toBe(`<rect x="1"/>`);
    expect(el("g", {}, "")).toBe("<g></g>");
    expect(el("g", { class: "a" }, "<x/>")).toBe(`<g class="a"><x/></g>`);
    expect(textEl({ y: 2 }, "1 < 2")).toBe(`<text y="2">1 &lt; 2</text>`);
  });
});
