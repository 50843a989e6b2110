/**
 * Words of the pair picker and the ACLED scoring table, shown only after an event-data import.
 * Kept out of the shared registry (translate.ts) on purpose: they load with the picker's lazy
 * chunk instead of with every page's first load. Same `{name}` placeholders as `t()`.
 */
import type { Lang } from "../format.ts";

const en = {
  "pairs.heading": "Countries in this file",
  "pairs.intro":
    "The file holds events between {count} pairs of countries. Each pair counts the file's rows in both directions, before repeated reports of one event are merged.",
  "pairs.label": "Pair of countries",
  "pairs.option": "{a} and {b} ({events})",
  "pairs.events.one": "1 event",
  "pairs.events.many": "{count} events",
  "pairs.current": "shown now",
  "pairs.import": "Show this pair",
  "acled.heading": "How ACLED events are scored",
  "acled.intro":
    "ACLED gives no conflict–cooperation score. Each event type below is scored through the CAMEO category that describes the same act. This mapping is derived, not ACLED's: change any row and import again.",
  "acled.type": "ACLED event type",
  "acled.root": "CAMEO category",
  "acled.count": "Events",
  "acled.unscored": "Not scored (0)",
  "acled.apply": "Import again with this mapping",
} as const;

export type ChoicesKey = keyof typeof en;

const es: Record<ChoicesKey, string> = {
  "pairs.heading": "Países en este archivo",
  "pairs.intro":
    "El archivo contiene eventos entre {count} pares de países. Cada par cuenta las filas del archivo en ambas direcciones, antes de unir los informes repetidos de un mismo evento.",
  "pairs.label": "Par de países",
  "pairs.option": "{a} y {b} ({events})",
  "pairs.events.one": "1 evento",
  "pairs.events.many": "{count} eventos",
  "pairs.current": "en pantalla",
  "pairs.import": "Mostrar este par",
  "acled.heading": "Cómo se puntúan los eventos de ACLED",
  "acled.intro":
    "ACLED no da una puntuación de conflicto y cooperación. Cada tipo de evento se puntúa mediante la categoría CAMEO que describe el mismo acto. Esta correspondencia es derivada, no de ACLED: cambie cualquier fila e importe de nuevo.",
  "acled.type": "Tipo de evento ACLED",
  "acled.root": "Categoría CAMEO",
  "acled.count": "Eventos",
  "acled.unscored": "Sin puntuar (0)",
  "acled.apply": "Importar de nuevo con esta correspondencia",
};

export type ChoicesTranslate = (
  key: ChoicesKey,
  values?: Record<string, string | number>,
) => string;

export function choicesTranslator(lang: Lang): ChoicesTranslate {
  const words = lang === "es" ? es : en;
  return (key, values) =>
    words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}

/** For the completeness test: both languages have every key. */
export const choicesWords = { en, es } as const;
