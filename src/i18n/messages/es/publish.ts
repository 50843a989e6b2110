/** The Spanish of ../publish.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { publishEn } from "../publish.ts";

export const publishEs: Record<keyof typeof publishEn, string> = {
  "search.placeholderDates": "Palabras o fecha (26 ene 2025)",
  "export.open": "Exportar…",
  "table.loading": "Cargando la tabla…",
};
