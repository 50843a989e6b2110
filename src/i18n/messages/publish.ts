/** Words of the publishing features: the export editor, date search and the event table. */
export const publishEn = {
  "search.placeholderDates": "Titles, quotes or a date (26 January 2025)",
} as const;

export const publishEs: Record<keyof typeof publishEn, string> = {
  "search.placeholderDates": "Títulos, citas o una fecha (26 de enero de 2025)",
};
