/** The Spanish of ../embed.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { embedEn } from "../embed.ts";

export const embedEs: Record<keyof typeof embedEn, string> = {
  "embed.button": "Insertar",
  "embed.frameTitle": "{title} (línea de tiempo de Détente)",
};
