/** The Spanish of ../story.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { storyEn } from "../story.ts";

export const storyEs: Record<keyof typeof storyEn, string> = {
  "story.presentation": "Historia",
  "story.opening": "Inicio",
  "story.begin": "Comenzar la historia",
  "story.period": "{from} a {to}",
  "story.eventCount": "{count} eventos",
  "story.play": "Reproducir",
  "story.pause": "Pausa",
  "story.exit": "Salir de la historia",
  "story.era": "Etapa",
  "story.inGroup": "En este grupo: {title}",
  "media.credit": "Crédito: {credit}",
  "media.onService": "Ver o leer en {service}",
  "media.image": "Imagen en {host}",
  "media.link": "Medio enlazado en {host}",
  "media.newTab": "(se abre en una pestaña nueva)",
};
