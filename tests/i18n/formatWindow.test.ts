import { formatWindow } from "../../src/i18n/format.ts";

const d = (y: number, m: number, day: number): number => Date.UTC(y, m - 1, day);

describe("formatWindow", () => {
  it("uses years for three years or more", () => {
    expect(formatWindow({ from: d(1999, 6, 1), to: d(2026, 8, 1) })).toBe("1999 – 2026");
  });
  it("uses months from two months up, in both languages", () => {
    const view = { from: d(2025, 1, 1), to: d(2026, 3, 1) };
    expect(formatWindow(view, "en")).toBe("January 2025 – February 2026");
    expect(formatWindow(view, "es")).toBe("enero de 2025 – febrero de 2026");
  });
  it("uses days for shorter windows, the last day being the last one shown", () => {
    // `to` is exclusive: a window ending at midnight on the 28th shows up to the 27th.
    expect(formatWindow({ from: d(2025, 1, 25), to: d(2025, 1, 28) })).toBe(
      "25 January 2025 – 27 January 2025",
    );
  });
  it("collapses equal ends", () => {
    expect(formatWindow({ from: d(2025, 1, 26), to: d(2025, 1, 27) })).toBe("26 January 2025");
  });
});
