/** The Spanish of ../details.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { detailsEn } from "../details.ts";

export const detailsEs: Record<keyof typeof detailsEn, string> = {
  "details.region": "Detalles del evento",
  "details.close": "Cerrar detalles",
  "details.date": "Fecha",
  "details.topics": "Temas",
  "details.actors": "Actores",
  "details.scoreFromCameo": "Puntuación Goldstein del código CAMEO {code}",
  "details.scoreEditorial": "Puntuación editorial",
  "details.initiator": "Iniciado por {initiator}, hacia {target}",
  "details.sources": "Fuentes",
  "details.conflict": "conflicto",
  "details.cooperation": "cooperación",
  "details.neutral": "neutral",
  "details.open": "Abrir fuente",
  "group.close": "Cerrar la lista",
  "group.zoom": "Acercar a estos eventos",
  "group.more": "y {count} más",
  "context.note":
    "Este evento es entre {parties}. Se muestra porque influyó en la relación, pero no cuenta en la línea de tensión.",
  "details.follows": "Sigue a",
  "details.disagree": "Las fuentes discrepan: {about}",
  "details.resolution": "Aquí se muestra: {resolution}",
  "details.notCounted":
    "Cuenta una sola vez con el acto al que pertenece, no de nuevo aquí (peso 0 en la línea de tensión).",
  "details.quoteTranslation": "Traducción",
  "details.back": "Volver al gráfico",
};
