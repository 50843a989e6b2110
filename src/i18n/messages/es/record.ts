/** The Spanish of ../record.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { recordEn } from "../record.ts";

export const recordEs: Record<keyof typeof recordEn, string> = {
  "context.tag": "Contexto",
  "corrections.heading": "Correcciones",
  "corrections.why": "Por qué",
  "corrections.events": "Eventos",
};
