/**
 * Years in words at their edges: where four digits end and grouping starts, in each language.
 * (The common cases are in deepTime.test.ts.)
 */
import { formatYear, formatYearsAgo } from "../../src/model/yearText.ts";

describe("formatYear at 10,000", () => {
  it("writes four digits as they are and groups from five, in either era", () => {
    expect(formatYear(9999)).toBe("9999");
    expect(formatYear(10_000)).toBe("10,000");
    expect(formatYear(-9998)).toBe("9999 BCE");
    expect(formatYear(-9999)).toBe("10,000 BCE");
  });

  it("groups the Spanish way", () => {
    expect(formatYear(10_000, "es")).toBe("10.000");
    expect(formatYear(12_345, "es")).toBe("12.345");
    expect(formatYear(-9999, "es")).toBe("10.000 a. e. c.");
  });
});

describe("formatYearsAgo", () => {
  it("says years ago in Spanish, grouped from five digits", () => {
    expect(formatYearsAgo(12_345, "es")).toBe("hace 12.300 años");
    expect(formatYearsAgo(5000, "es")).toBe("hace 5000 años");
  });

  it("keeps the significant digits asked for in billions and millions, trailing zeros left out", () => {
    expect(formatYearsAgo(1_234_560_000, "en", 6)).toBe("1.23456 billion years ago");
    expect(formatYearsAgo(1_234_560_000, "en")).toBe("1.23 billion years ago");
    expect(formatYearsAgo(1_000_400, "en", 5)).toBe("1.0004 million years ago");
    expect(formatYearsAgo(1_000_400, "es", 5)).toBe("hace 1,0004 millones de años");
    expect(formatYearsAgo(1_000_000, "es", 5)).toBe("hace 1 millón de años");
  });
});
