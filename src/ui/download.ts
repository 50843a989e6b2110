/** Saving a file from the page: a Blob behind a temporary object URL and <a download> link. */
import { MS_PER_DAY, dayIndex, isoDayOfMs } from "../model/date.ts";
import type { Viewport } from "../model/viewport.ts";

/**
 * Chromium and Firefox read the blob after the click returns; revoking at once can cancel the
 * download, so the URL is released a little later (it is only memory, never a leak past that).
 */
const REVOKE_AFTER_MS = 10_000;

export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  // Hidden and removed at once: the link exists only to be clicked.
  link.hidden = true;
  doc.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}

function isoDay(ms: number): string {
  return isoDayOfMs(dayIndex(ms) * MS_PER_DAY);
}

/**
 * `<dataset id>_<first day>_<last day>.<ext>`, e.g. us-colombia_2025-01-01_2026-02-06.svg: the
 * window is [from, to), so its last day is the one holding the instant before `to`. Dataset ids
 * are slugs, already safe in file names.
 */
export function exportFileName(datasetId: string, view: Viewport, extension: string): string {
  return `${datasetId}_${isoDay(view.from)}_${isoDay(view.to - 1)}.${extension}`;
}
