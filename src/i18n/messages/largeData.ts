/** Words for large and unusual datasets: capped lanes, long filter lists, bounded search results. */
export const largeDataEn = {
  "lanes.collapsed": "{groups} {grouping} of about one event each: one lane for all.",
  "lanes.collapsed.topic": "topics",
  "lanes.collapsed.actor": "actors",
  "lanes.collapsed.party": "parties",
  "lanes.collapsed.none": "groups",
  "lanes.folded": "{count} smaller groups share “Other”.",
  "facets.top": "Top {shown} of {total}",
  "facets.showAll": "Show all {total}",
  "facets.hideAll": "Show fewer",
  "facets.search": "Find {group}",
  "facets.matches": "{count} found",
  "facets.list": "All {group}, most frequent first",
  "search.capped": "First {shown} listed.",
} as const;

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
