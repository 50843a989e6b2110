/** The Spanish of ../embedPage.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { embedPageEn } from "../embedPage.ts";

export const embedPageEs: Record<keyof typeof embedPageEn, string> = {
  "embed.openFull": "Abrir la vista completa",
  "embed.newTab": "(se abre en una pestaña nueva)",
  "embed.source": "Fuente: {source}",
  "embed.sourcesMore": "Fuentes: {source} y {count} más",
};
