/** Words of lossless round trips: the TimelineJS export and the citation-note CSV column. */
export const roundTripEn = {
  "export.timelinejs": "Export TimelineJS",
  "import.field.note": "Citation note",
} as const;

export const roundTripEs: Record<keyof typeof roundTripEn, string> = {
  "export.timelinejs": "Exportar TimelineJS",
  "import.field.note": "Nota de la cita",
};
