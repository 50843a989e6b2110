/** How far the page scrolls to lift the selected mark above the details sheet. */
import { liftFor } from "../../src/ui/useMarkAboveSheet.ts";

describe("liftFor", () => {
  it("scrolls nothing when the mark already clears the sheet by 16 px", () => {
    expect(liftFor({ top: 300, bottom: 320 }, 336)).toBe(0);
    expect(liftFor({ top: 300, bottom: 320 }, 500)).toBe(0);
  });

  it("scrolls the mark to 16 px above the sheet's edge", () => {
    // Mark bottom 650, sheet top 380: 650 + 16 − 380 = 286 px.
    expect(liftFor({ top: 632, bottom: 650 }, 380)).toBe(286);
    expect(liftFor({ top: 300, bottom: 321 }, 336)).toBe(1);
  });

  it("never scrolls the mark past 16 px below the top of the screen", () => {
    // Needs 286, but the mark's top is at 200: at most 184.
    expect(liftFor({ top: 200, bottom: 650 }, 380)).toBe(184);
    expect(liftFor({ top: 10, bottom: 650 }, 380)).toBe(0);
  });
});
