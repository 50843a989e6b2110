/**
 * On narrow screens the details open as a bottom sheet over the lower half of the page, and the
 * selected mark may be under it: the reader reads about an event without seeing where it sits.
 * Once the sheet is drawn, the page scrolls just enough to bring the selected mark above the
 * sheet's top edge, as map apps lift a chosen pin above their card; it never scrolls the mark
 * past the top of the screen, and does nothing for a side panel or inside a frame.
 */
import { useEffect, type RefObject } from "react";

/** Kept between the mark and the sheet's edge, in CSS px. */
const CLEARANCE = 16;

/** How far to scroll (CSS px, down) to lift a mark above a sheet, or 0 when it needs none. */
export function liftFor(
  mark: { readonly top: number; readonly bottom: number },
  sheetTop: number,
): number {
  const needed = mark.bottom + CLEARANCE - sheetTop;
  if (needed <= 0) return 0;
  // Never so far that the mark leaves the top of the screen.
  return Math.max(0, Math.min(needed, mark.top - CLEARANCE));
}

export function useMarkAboveSheet(
  sheetRef: RefObject<HTMLElement | null>,
  eventId: string | undefined,
  reducedMotion: boolean,
): void {
  useEffect(() => {
    if (eventId === undefined || window.parent !== window) return;
    // After the sheet and the marks have been laid out for this event.
    const frame = requestAnimationFrame(() => {
      const sheet = sheetRef.current;
      if (!sheet || getComputedStyle(sheet).position !== "fixed") return;
      const root = sheet.closest(".detente");
      const mark = root?.querySelector<HTMLElement>(
        `.detente-marks [data-event-id="${CSS.escape(eventId)}"]`,
      );
      if (!mark) return;
      const lift = liftFor(mark.getBoundingClientRect(), sheet.getBoundingClientRect().top);
      if (lift > 0) window.scrollBy({ top: lift, behavior: reducedMotion ? "auto" : "smooth" });
    });
    return () => cancelAnimationFrame(frame);
  }, [sheetRef, eventId, reducedMotion]);
}
