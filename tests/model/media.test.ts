import { classifyMedia, imageAllowed } from "../../src/model/media.ts";

describe("classifyMedia", () => {
  it("recognises images by their file extension, whatever the case or query", () => {
    for (const url of [
      "https://upload.wikimedia.org/wikipedia/commons/a/ab/Photo.jpg",
      "https://example.org/a/b.JPEG?size=2",
      "https://media.giphy.com/media/x/giphy.gif",
      "https://example.org/chart.svg",
      "https://example.org/p.webp#top",
    ])
      expect(classifyMedia(url), url).toEqual({ kind: "image" });
  });

  it("names YouTube, Vimeo and X, on their subdomains too, even for an image-like path", () => {
    expect(classifyMedia("https://m.youtube.com/watch?v=pi2v1m6gmD8")).toEqual({
      kind: "service",
      service: "YouTube",
    });
    expect(classifyMedia("https://youtu.be/pi2v1m6gmD8")).toMatchObject({ service: "YouTube" });
    expect(classifyMedia("http://vimeo.com/20839673")).toMatchObject({ service: "Vimeo" });
    expect(classifyMedia("https://twitter.com/a/status/1")).toMatchObject({ service: "X" });
    expect(classifyMedia("https://x.com/a/status/1")).toMatchObject({ service: "X" });
    expect(classifyMedia("https://i.ytimg.youtube.com/thumb.jpg")).toMatchObject({
      kind: "service",
    });
  });

  it("treats every other page as a link named by its host, and lookalike hosts as pages", () => {
    expect(classifyMedia("https://www.documentcloud.org/documents/1.html")).toEqual({
      kind: "link",
      host: "documentcloud.org",
    });
    expect(classifyMedia("https://notyoutube.com/watch")).toEqual({
      kind: "link",
      host: "notyoutube.com",
    });
    expect(classifyMedia("https://x.com.example.org/p")).toMatchObject({ kind: "link" });
  });
});

describe("imageAllowed", () => {
  const page = "https://timeline.example.org/app/?story=1";

  it("allows same-origin images without any configuration", () => {
    expect(imageAllowed("https://timeline.example.org/img/a.png", page, [])).toBe(true);
    expect(imageAllowed("/img/a.png", page, [])).toBe(true);
  });

  it("blocks other origins unless listed, comparing whole origins", () => {
    const url = "https://upload.wikimedia.org/a.jpg";
    expect(imageAllowed(url, page, [])).toBe(false);
    expect(imageAllowed(url, page, ["https://upload.wikimedia.org"])).toBe(true);
    expect(imageAllowed(url, page, ["https://upload.wikimedia.org/"])).toBe(true);
    expect(imageAllowed(url, page, ["http://upload.wikimedia.org"])).toBe(false);
    expect(imageAllowed(url, page, ["https://wikimedia.org"])).toBe(false);
    expect(imageAllowed("https://upload.wikimedia.org:8443/a.jpg", page, [url])).toBe(false);
  });

  it("never allows other schemes or unparseable entries", () => {
    expect(imageAllowed("data:image/png;base64,AAAA", page, ["data:"])).toBe(false);
    expect(imageAllowed("javascript:alert(1)", page, [])).toBe(false);
    expect(imageAllowed("https://a.example/x.png", page, ["not a url"])).toBe(false);
  });
});

describe("media at the edges", () => {
  it("takes an unreadable address as a link to itself, and drops only a leading www.", () => {
    expect(classifyMedia("not a url")).toEqual({ kind: "link", host: "not a url" });
    expect(classifyMedia("https://newwww.example.org/page")).toEqual({
      kind: "link",
      host: "newwww.example.org",
    });
  });

  it("allows same-origin images over http too, and refuses other schemes", () => {
    expect(imageAllowed("/a.png", "http://intranet.example/page", [])).toBe(true);
    expect(imageAllowed("ftp://intranet.example/a.png", "http://intranet.example/page", [])).toBe(
      false,
    );
  });

  it("skips an unreadable allowed origin and still reads the ones after it", () => {
    const allowed = ["not an origin", "https://img.example.org"];
    expect(imageAllowed("https://img.example.org/a.png", "https://site.example/", allowed)).toBe(
      true,
    );
  });

  it("allows nothing on a page whose address it cannot read", () => {
    expect(imageAllowed("a.png", "not a page", [])).toBe(false);
  });
});
