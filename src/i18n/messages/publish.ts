/** Words of the publishing features that the first screen shows: search by date, the export
 * button, the table view's loading line and the tension table's additions. */
export const publishEn = {
  "search.placeholderDates": "Words or a date (26 Jan 2025)",
  "export.open": "Export…",
  "table.loading": "Loading the table…",
} as const;
