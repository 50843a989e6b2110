/** The Spanish of ../import.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { importEn } from "../import.ts";

export const importEs: Record<keyof typeof importEn, string> = {
  "import.open": "Abrir datos…",
};
