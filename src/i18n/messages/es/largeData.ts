/** The Spanish of ../largeData.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { largeDataEn } from "../largeData.ts";

export const largeDataEs: Record<keyof typeof largeDataEn, string> = {
  "lanes.collapsed": "{groups} {grouping} de un evento cada uno: un carril para todos.",
  "lanes.collapsed.topic": "temas",
  "lanes.collapsed.actor": "actores",
  "lanes.collapsed.party": "partes",
  "lanes.collapsed.none": "grupos",
  "lanes.folded": "{count} grupos menores comparten «Otros».",
  "facets.top": "Los {shown} principales de {total}",
  "facets.showAll": "Mostrar los {total}",
  "facets.hideAll": "Mostrar menos",
  "facets.search": "Buscar {group}",
  "facets.matches": "{count} encontrados",
  "facets.list": "Todos los {group}, los más frecuentes primero",
  "search.capped": "Se listan los primeros {shown}.",
};
