/** The Spanish of ../roundTrip.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { roundTripEn } from "../roundTrip.ts";

export const roundTripEs: Record<keyof typeof roundTripEn, string> = {
  "export.timelinejs": "Exportar TimelineJS",
  "import.field.note": "Nota de la cita",
};
