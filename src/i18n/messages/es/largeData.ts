/** The Spanish of ../largeData.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { largeDataEn } from "../largeData.ts";

export const largeDataEs: Record<keyof typeof largeDataEn, string> = {
  "lanes.collapsed": "{groups} {grouping} de un evento cada uno: un carril para todos.",
  "lanes.collapsed.topic": "temas",
  "lanes.collapsed.actor": "actores",
  "lanes.collapsed.party": "partes",
  "lanes.collapsed.none": "grupos",
  "lanes.folded": "{count} grupos menores comparten «Otros».",
  "search.capped": "Se listan los primeros {shown}.",
};
