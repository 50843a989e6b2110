/** Which addresses `?src=` may load: the deployment's config read exactly, fetched, applied. */
import {
  checkSourceUrl,
  checkBaselineUrl,
  loadSourceConfig,
  parseSourceConfig,
  SAME_ORIGIN_ONLY,
} from "../../../src/io/pipeline/sourceUrl.ts";

const PAGE = "https://detente.example/app/index.html?src=x";

describe("parseSourceConfig", () => {
  it("keeps each http(s) entry's origin and names every entry it ignores", () => {
    expect(
      parseSourceConfig(
        JSON.stringify({
          allowedOrigins: [
            "https://data.example/path?q",
            "http://plain.example:8080",
            "ftp://files.example",
            "not a url",
            3,
            null,
            // Written as text, a one-item list reads as a valid origin: only strings count.
            ["https://list.example"],
          ],
        }),
      ),
    ).toEqual({
      config: { allowedOrigins: ["https://data.example", "http://plain.example:8080"] },
      warnings: [
        'detente.config.json: ignoring allowedOrigins entry "ftp://files.example"',
        'detente.config.json: ignoring allowedOrigins entry "not a url"',
        "detente.config.json: ignoring allowedOrigins entry 3",
        "detente.config.json: ignoring allowedOrigins entry null",
        'detente.config.json: ignoring allowedOrigins entry ["https://list.example"]',
      ],
    });
  });

  it("means same-origin only when the file says nothing usable", () => {
    expect(parseSourceConfig("{ not json")).toEqual({
      config: SAME_ORIGIN_ONLY,
      warnings: ["detente.config.json is not JSON: only same-origin data is loaded"],
    });
    expect(parseSourceConfig('{"allowedOrigins": "https://a.example"}')).toEqual({
      config: SAME_ORIGIN_ONLY,
      warnings: ["detente.config.json: allowedOrigins must be a list of origins"],
    });
    for (const text of ["{}", "null", "5", '"allowedOrigins"', "[]"])
      expect(parseSourceConfig(text)).toEqual({ config: SAME_ORIGIN_ONLY, warnings: [] });
    expect(parseSourceConfig('{"allowedOrigins": []}')).toEqual({
      config: { allowedOrigins: [] },
      warnings: [],
    });
    expect(SAME_ORIGIN_ONLY).toEqual({ allowedOrigins: [] });
  });
});

describe("checkSourceUrl", () => {
  const config = { allowedOrigins: ["https://data.example"] };

  it.each([
    ["data.json", { ok: true, url: "https://detente.example/app/data.json" }],
    ["//detente.example/x", { ok: true, url: "https://detente.example/x" }],
    ["https://data.example/a.json", { ok: true, url: "https://data.example/a.json" }],
    [
      "https://data.example:444/a.json",
      {
        ok: false,
        reason: "origin",
        url: "https://data.example:444/a.json",
        origin: "https://data.example:444",
      },
    ],
    [
      "http://detente.example/a.json",
      {
        ok: false,
        reason: "origin",
        url: "http://detente.example/a.json",
        origin: "http://detente.example",
      },
    ],
    ["data:application/json,{}", { ok: false, reason: "scheme" }],
    ["file:///etc/passwd", { ok: false, reason: "scheme" }],
    ["https://[bad", { ok: false, reason: "invalid" }],
  ])("%s", (src, check) => {
    expect(checkSourceUrl(src, PAGE, config)).toEqual(check);
  });

  it("takes a plain-http page's own origin", () => {
    expect(checkSourceUrl("/d.json", "http://localhost:5173/", SAME_ORIGIN_ONLY)).toEqual({
      ok: true,
      url: "http://localhost:5173/d.json",
    });
  });
});

describe("loadSourceConfig", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("fetches the config fresh, and says what it ignored", async () => {
    const calls: [string, RequestInit | undefined][] = [];
    vi.stubGlobal("fetch", (url: string, init?: RequestInit) => {
      calls.push([url, init]);
      return Promise.resolve(
        new Response(JSON.stringify({ allowedOrigins: ["https://data.example/", 5] })),
      );
    });
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(await loadSourceConfig("/cfg.json")).toEqual({
      allowedOrigins: ["https://data.example"],
    });
    expect(calls).toEqual([["/cfg.json", { cache: "no-cache" }]]);
    expect(warn).toHaveBeenCalledWith(
      "Détente: detente.config.json: ignoring allowedOrigins entry 5",
    );
    await loadSourceConfig();
    expect(calls[1]?.[0]).toBe(`${import.meta.env.BASE_URL}detente.config.json`);
  });

  it("means same-origin only without a file, or when the fetch fails", async () => {
    // An error page is never read as a config, even one that would parse as one.
    const listing = JSON.stringify({ allowedOrigins: ["https://data.example"] });
    vi.stubGlobal("fetch", () => Promise.resolve(new Response(listing, { status: 404 })));
    expect(await loadSourceConfig("/cfg.json")).toBe(SAME_ORIGIN_ONLY);
    vi.stubGlobal("fetch", () => Promise.reject(new TypeError("offline")));
    expect(await loadSourceConfig("/cfg.json")).toBe(SAME_ORIGIN_ONLY);
  });
});

describe("checkBaselineUrl", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("lets the page's own origin and the listed ones through, and says why not otherwise", async () => {
    vi.stubGlobal("fetch", () =>
      Promise.resolve(new Response(JSON.stringify({ allowedOrigins: ["https://data.example"] }))),
    );
    expect(await checkBaselineUrl("daily.csv", PAGE)).toEqual({
      url: "https://detente.example/app/daily.csv",
    });
    expect(await checkBaselineUrl("https://data.example/d.csv", PAGE)).toEqual({
      url: "https://data.example/d.csv",
    });
    expect(await checkBaselineUrl("https://other.example/d.csv", PAGE)).toEqual({
      reason: "https://other.example is not among the origins this site loads data from",
    });
    expect(await checkBaselineUrl("javascript:alert(1)", PAGE)).toEqual({
      reason: "expected an http(s) address",
    });
  });
});
