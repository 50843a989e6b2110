/** Slugs: exact forms, the length bound and where a long one is cut, unique ids per base. */
import { IdAllocator, slugify } from "../../../src/io/shared/slug.ts";

describe("slugify", () => {
  it.each([
    ["Hello, World", "hello-world"],
    ["--Ünïcödé--", "unicode"],
    ["a__b  c", "a-b-c"],
    ["ﬁle №5", "file-no5"],
    ["UPPER lower 123", "upper-lower-123"],
    ["日本", ""],
  ])("%j → %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("keeps 60 characters, cut at the last hyphen past the 20th", () => {
    const sixty = "a".repeat(60);
    expect(slugify(sixty)).toBe(sixty);
    expect(slugify(`${sixty}b`)).toBe(sixty);
    // Words: cut back to a whole word.
    expect(slugify(`${"abcdefghi ".repeat(7)}`)).toBe(
      "abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi-abcdefghi",
    );
    // A hyphen too early (at 20 or before) is no place to cut: the 60 characters stay.
    expect(slugify(`${"a".repeat(20)} ${"b".repeat(50)}`)).toBe(
      `${"a".repeat(20)}-${"b".repeat(39)}`,
    );
    expect(slugify(`${"a".repeat(21)} ${"b".repeat(50)}`)).toBe("a".repeat(21));
    expect(slugify(`${"a".repeat(59)} b`)).toBe("a".repeat(59));
  });
});

describe("IdAllocator", () => {
  it("takes the first candidate that has a slug", () => {
    const ids = new IdAllocator();
    expect(ids.take([undefined, "¡!", "Second", "Third"], "event")).toBe("second");
    expect(ids.take([], "event")).toBe("event");
    expect(ids.has("second")).toBe(true);
    expect(ids.has("third")).toBe(false);
  });

  it("numbers repeats from 2 and goes on where it stopped", () => {
    const ids = new IdAllocator();
    expect(["x", "x", "x"].map((c) => ids.take([c], "e"))).toEqual(["x", "x-2", "x-3"]);
    expect(ids.take(["x-4"], "e")).toBe("x-4");
    expect(ids.take(["x"], "e")).toBe("x-5");
    expect(ids.take(["y"], "e")).toBe("y");
    expect(ids.take(["y"], "e")).toBe("y-2");
  });
});
