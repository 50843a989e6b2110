/** Words of lossless round trips: the TimelineJS export and the citation-note CSV column. */
export const roundTripEn = {
  "export.timelinejs": "Export TimelineJS",
  "import.field.note": "Citation note",
} as const;
