/** The Spanish of ../record.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { recordEn } from "../record.ts";

export const recordEs: Record<keyof typeof recordEn, string> = {
  "filters.context": "Eventos de contexto",
  "filters.contextHint": "eventos de otros países, no cuentan en la tensión ({count} a la vista)",
  "context.tag": "Contexto",
  "context.note":
    "Este evento es entre {parties}. Se muestra porque influyó en la relación, pero no cuenta en la línea de tensión.",
  "details.follows": "Sigue a",
  "details.disagree": "Las fuentes discrepan: {about}",
  "details.resolution": "Aquí se muestra: {resolution}",
  "details.notCounted":
    "Cuenta una sola vez con el acto al que pertenece, no de nuevo aquí (peso 0 en la línea de tensión).",
  "corrections.heading": "Correcciones",
  "corrections.why": "Por qué",
  "corrections.events": "Eventos",
  "export.legend.context": "Evento de contexto (otro país; no cuenta)",
};
