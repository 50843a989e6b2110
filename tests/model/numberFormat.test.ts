import { numberFormat } from "../../src/model/numberFormat.ts";

describe("number formats", () => {
  it("are made once per locale and options", () => {
    expect(numberFormat("en-US")).toBe(numberFormat("en-US"));
    expect(numberFormat("es", { maximumSignificantDigits: 3 })).toBe(
      numberFormat("es", { maximumSignificantDigits: 3 }),
    );
  });

  it("keep locales and options apart", () => {
    expect(numberFormat("en-US").format(12345.6)).toBe("12,345.6");
    expect(numberFormat("es").format(12345.6)).toBe("12.345,6");
    expect(numberFormat("en-US", { maximumSignificantDigits: 2 }).format(12345.6)).toBe("12,000");
    expect(numberFormat("en-US", { maximumSignificantDigits: 4 }).format(12345.6)).toBe("12,350");
    expect(numberFormat("en-US", { useGrouping: false }).format(12345)).toBe("12345");
  });
});
