/**
 * Words of event-data imports (GDELT, ICEWS, POLECAT/PLOVER, ACLED): format names, the pair
 * picker and the ACLED scoring table.
 */
export const eventdataEn = {
  "eventdata.format.icews": "ICEWS event file (tab-separated)",
  "eventdata.format.polecat": "POLECAT event file (tab-separated)",
  "eventdata.format.plover-json": "PLOVER JSON",
  "eventdata.format.acled": "ACLED CSV export",
  "eventdata.pairs.heading": "Countries in this file",
  "eventdata.pairs.intro":
    "The file holds events between {count} pairs of countries. Events in both directions are counted together.",
  "eventdata.pairs.label": "Pair of countries",
  "eventdata.pairs.option": "{a} and {b} ({events})",
  "eventdata.pairs.events.one": "1 event",
  "eventdata.pairs.events.many": "{count} events",
  "eventdata.pairs.current": "{a} and {b} (shown now)",
  "eventdata.pairs.import": "Show this pair",
  "eventdata.acled.heading": "How ACLED events are scored",
  "eventdata.acled.intro":
    "ACLED gives no conflict–cooperation score. Each event type below is scored through the CAMEO category that describes the same act. This mapping is derived, not ACLED's: change any row and import again.",
  "eventdata.acled.type": "ACLED event type",
  "eventdata.acled.root": "CAMEO category",
  "eventdata.acled.count": "Events",
  "eventdata.acled.unscored": "Not scored (0)",
  "eventdata.acled.apply": "Import again with this mapping",
} as const;

export const eventdataEs: Record<keyof typeof eventdataEn, string> = {
  "eventdata.format.icews": "Archivo de eventos ICEWS (separado por tabulaciones)",
  "eventdata.format.polecat": "Archivo de eventos POLECAT (separado por tabulaciones)",
  "eventdata.format.plover-json": "PLOVER JSON",
  "eventdata.format.acled": "Exportación CSV de ACLED",
  "eventdata.pairs.heading": "Países en este archivo",
  "eventdata.pairs.intro":
    "El archivo contiene eventos entre {count} pares de países. Se cuentan juntos los eventos en ambas direcciones.",
  "eventdata.pairs.label": "Par de países",
  "eventdata.pairs.option": "{a} y {b} ({events})",
  "eventdata.pairs.events.one": "1 evento",
  "eventdata.pairs.events.many": "{count} eventos",
  "eventdata.pairs.current": "{a} y {b} (en pantalla)",
  "eventdata.pairs.import": "Mostrar este par",
  "eventdata.acled.heading": "Cómo se puntúan los eventos de ACLED",
  "eventdata.acled.intro":
    "ACLED no da una puntuación de conflicto y cooperación. Cada tipo de evento se puntúa mediante la categoría CAMEO que describe el mismo acto. Esta correspondencia es derivada, no de ACLED: cambie cualquier fila e importe de nuevo.",
  "eventdata.acled.type": "Tipo de evento ACLED",
  "eventdata.acled.root": "Categoría CAMEO",
  "eventdata.acled.count": "Eventos",
  "eventdata.acled.unscored": "Sin puntuar (0)",
  "eventdata.acled.apply": "Importar de nuevo con esta correspondencia",
};
