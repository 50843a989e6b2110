/** The Spanish of ../filterPanel.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { filterPanelEn } from "../filterPanel.ts";

export const filterPanelEs: Record<keyof typeof filterPanelEn, string> = {
  "filters.topics": "Temas",
  "filters.actors": "Actores",
  "filters.party": "Iniciado por",
  "filters.party.both": "Ambos",
  "filters.all": "Todos",
  "filters.none": "Ninguno",
  "filters.count": "{count} en vista",
  "filters.from": "Desde",
  "filters.to": "Hasta",
  "filters.mode": "Eventos filtrados",
  "filters.mode.hide": "Ocultar",
  "filters.mode.fade": "Atenuar",
  "filters.emptyLanes": "Mostrar carriles sin eventos",
  "filters.context": "Eventos de contexto",
  "filters.contextHint": "eventos de otros países, no cuentan en la tensión ({count} a la vista)",
  "facets.top": "Los {shown} principales de {total}",
  "facets.showAll": "Mostrar los {total}",
  "facets.hideAll": "Mostrar menos",
  "facets.search": "Buscar {group}",
  "facets.matches": "{count} encontrados",
  "facets.list": "Todos los {group}, los más frecuentes primero",
};
