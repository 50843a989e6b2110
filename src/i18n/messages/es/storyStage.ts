/** The Spanish of ../storyStage.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { storyStageEn } from "../storyStage.ts";

export const storyStageEs: Record<keyof typeof storyStageEn, string> = {
  "story.previous": "Evento anterior",
  "story.next": "Evento siguiente",
  "story.progress": "{index} de {total}",
  "story.region": "Recorrer los eventos",
  "story.presentation": "Historia",
  "story.opening": "Inicio",
  "story.begin": "Comenzar la historia",
  "story.period": "{from} a {to}",
  "story.eventCount": "{count} eventos",
  "story.play": "Reproducir",
  "story.pause": "Pausa",
  "story.exit": "Salir de la historia",
  "story.era": "Etapa",
  "media.credit": "Crédito: {credit}",
  "media.onService": "Ver o leer en {service}",
  "media.image": "Imagen en {host}",
  "media.link": "Medio enlazado en {host}",
  "media.newTab": "(se abre en una pestaña nueva)",
};
