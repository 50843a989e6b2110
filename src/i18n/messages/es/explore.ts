/** The Spanish of ../explore.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { exploreEn } from "../explore.ts";

export const exploreEs: Record<keyof typeof exploreEn, string> = {
  "toolbar.label": "Opciones de vista",
  "toolbar.language": "Idioma",
  "toolbar.theme": "Tema",
  "theme.auto": "Sistema",
  "theme.light": "Claro",
  "theme.dark": "Oscuro",
  "lang.en": "English",
  "lang.es": "Español",
  "filters.heading": "Filtros",
  "filters.clear": "Quitar filtros",
  "filters.empty": "Ningún evento coincide con los filtros.",
  "filters.deselected": "«{title}» queda oculto por los filtros, así que se cerraron sus detalles.",
  "filters.shown": "{shown} de {total} eventos mostrados.",
  "search.label": "Buscar eventos",
  "search.resultOne": "1 coincidencia.",
  "search.results": "{count} coincidencias.",
  "search.none": "No hay coincidencias para «{query}».",
  "search.hint": "Pulse Intro para ir a la siguiente coincidencia.",
  "search.matches": "Eventos coincidentes",
  "story.start": "Recorrer",
  "table.view": "Ver como tabla",
  "mark.filteredOut": "oculto por los filtros",
};
