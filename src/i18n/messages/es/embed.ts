/** The Spanish of ../embed.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { embedEn } from "../embed.ts";

export const embedEs: Record<keyof typeof embedEn, string> = {
  "embed.button": "Insertar",
  "embed.frameTitle": "{title} (línea de tiempo de Détente)",
  "embed.openFull": "Abrir la vista completa",
  "embed.newTab": "(se abre en una pestaña nueva)",
  "embed.source": "Fuente: {source}",
  "embed.sourcesMore": "Fuentes: {source} y {count} más",
};
