import { parseImageOrigins } from "../../../src/io/pipeline/imageConfig.ts";

describe("parseImageOrigins", () => {
  it("reads allowedImageOrigins as origins, beside the data origins", () => {
    const text = JSON.stringify({
      allowedOrigins: ["https://data.example.org"],
      allowedImageOrigins: ["https://upload.wikimedia.org/", "http://img.example.org:8080/path"],
    });
    expect(parseImageOrigins(text)).toEqual({
      origins: ["https://upload.wikimedia.org", "http://img.example.org:8080"],
      warnings: [],
    });
  });

  it("means same-origin only when the key is missing, and says what it skipped", () => {
    expect(parseImageOrigins('{"allowedOrigins": []}')).toEqual({ origins: [], warnings: [] });
    expect(parseImageOrigins("{ nope")).toMatchObject({ origins: [] });
    expect(parseImageOrigins("{ nope").warnings[0]).toMatch(/not JSON/);
    expect(parseImageOrigins('{"allowedImageOrigins": "https://a.example"}').warnings).toEqual([
      "detente.config.json: allowedImageOrigins must be a list of origins",
    ]);
    const mixed = parseImageOrigins(
      '{"allowedImageOrigins": ["ftp://a.example", 3, "https://b.example"]}',
    );
    expect(mixed.origins).toEqual(["https://b.example"]);
    expect(mixed.warnings).toHaveLength(2);
  });
});
