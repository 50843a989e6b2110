/**
 * Words of the import features the first view shows: the Open data button (the import's area and
 * notices are in ./importArea.ts, the panels' in ./importPanels.ts). The importers' own reasons and
 * problems (src/io) are English sentences with line numbers and are shown as written.
 */
export const importEn = {
  "import.open": "Open data…",
} as const;
