/** Words for large and unusual datasets: capped lanes, long filter lists, bounded search results. */
export const largeDataEn = {
  "lanes.collapsed":
    "{groups} {grouping} with about one event each are too many to give each a lane: all events share one lane.",
  "lanes.collapsed.topic": "topics",
  "lanes.collapsed.actor": "actors",
  "lanes.collapsed.party": "parties",
  "lanes.collapsed.none": "groups",
  "lanes.folded": "The smaller {count} groups share the “Other” lane.",
  "facets.top": "Most frequent {shown} of {total}",
  "facets.showAll": "Show all {total}",
  "facets.hideAll": "Show fewer",
  "facets.search": "Find {group}",
  "facets.searchPlaceholder": "Type to narrow the list",
  "facets.matches": "{count} matching",
  "facets.noMatch": "None matches “{query}”.",
  "facets.list": "All {group}, most frequent first",
  "search.capped": "The first {shown} are listed; keep typing to narrow them down.",
} as const;

export const largeDataEs: Record<keyof typeof largeDataEn, string> = {
  "lanes.collapsed":
    "{groups} {grouping} con alrededor de un evento cada uno son demasiados para darle un carril a cada uno: todos los eventos comparten un carril.",
  "lanes.collapsed.topic": "temas",
  "lanes.collapsed.actor": "actores",
  "lanes.collapsed.party": "partes",
  "lanes.collapsed.none": "grupos",
  "lanes.folded": "Los {count} grupos más pequeños comparten el carril «Otros».",
  "facets.top": "Los {shown} más frecuentes de {total}",
  "facets.showAll": "Mostrar los {total}",
  "facets.hideAll": "Mostrar menos",
  "facets.search": "Buscar {group}",
  "facets.searchPlaceholder": "Escriba para acotar la lista",
  "facets.matches": "{count} coincidencias",
  "facets.noMatch": "Ninguno coincide con «{query}».",
  "facets.list": "Todos los {group}, los más frecuentes primero",
  "search.capped": "Se listan los primeros {shown}; siga escribiendo para acotarlos.",
};
