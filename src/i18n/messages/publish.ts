/** Words of the publishing features: the export editor, date search and the event table. */
export const publishEn = {
  "search.placeholderDates": "Titles, quotes or a date (26 January 2025)",
  "export.sources": "Sources: {sources}",
  "export.sourcesMore": "{sources} and {count} more",
  "export.defaultSubtitle": "{parties}: {count} events and the tension between them",
  "export.defaultSubtitleOne": "{parties}: one event and the tension between them",
} as const;

export const publishEs: Record<keyof typeof publishEn, string> = {
  "search.placeholderDates": "Títulos, citas o una fecha (26 de enero de 2025)",
  "export.sources": "Fuentes: {sources}",
  "export.sourcesMore": "{sources} y {count} más",
  "export.defaultSubtitle": "{parties}: {count} eventos y la tensión entre ambos",
  "export.defaultSubtitleOne": "{parties}: un evento y la tensión entre ambos",
};
