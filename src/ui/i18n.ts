/**
 * Every word of the interface, in English and Spanish. The dataset's own texts stay as written.
 * Keys are grouped by where they appear; `{name}` placeholders are filled by `t()`.
 */
import type { Lang } from "../model/format.ts";

const en = {
  "app.parties": "Parties",
  "app.events": "Events",
  "app.eventCount": "{count} events",
  "app.loadError": "The dataset could not be loaded",
  "list.heading": "Events in date order",
  "list.empty": "No events match the current filters.",
  "list.topics": "Topics",
  "details.region": "Event details",
  "details.close": "Close details",
  "details.date": "Date",
  "details.topics": "Topics",
  "details.actors": "Actors",
  "details.score": "Score",
  "details.scoreFromCameo": "Goldstein score of CAMEO code {code}",
  "details.scoreEditorial": "Editorial score",
  "details.initiator": "Initiated by {initiator}, towards {target}",
  "details.sources": "Sources",
  "details.conflict": "conflict",
  "details.cooperation": "cooperation",
  "details.neutral": "neutral",
  "details.open": "Open source",
  "timeline.label": "Timeline of events, {from} to {to}",
  "timeline.surface":
    "Timeline chart. Use + and − to zoom, 0 to reset, left and right arrows to pan.",
  "timeline.marks":
    "Events on the timeline. Use left and right arrows to move between events, Home and End for the first and last, Enter to open details.",
  "timeline.zoomIn": "Zoom in",
  "timeline.zoomOut": "Zoom out",
  "timeline.reset": "Reset zoom",
  "timeline.wheelHint": "Use Ctrl + scroll to zoom",
  "timeline.wheelHintMac": "Use ⌘ + scroll to zoom",
  "timeline.cluster": "{count} events, {from} to {to}. Activate to zoom in.",
  "timeline.today": "Today",
  "timeline.lanes": "Lanes",
  "lanes.topic": "By topic",
  "lanes.actor": "By actor",
  "lanes.party": "By party",
  "lanes.none": "None",
  "lanes.other": "Other",
} as const;

export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const es: Messages = {
  "app.parties": "Partes",
  "app.events": "Eventos",
  "app.eventCount": "{count} eventos",
  "app.loadError": "No se pudo cargar el conjunto de datos",
  "list.heading": "Eventos por fecha",
  "list.empty": "Ningún evento coincide con los filtros actuales.",
  "list.topics": "Temas",
  "details.region": "Detalles del evento",
  "details.close": "Cerrar detalles",
  "details.date": "Fecha",
  "details.topics": "Temas",
  "details.actors": "Actores",
  "details.score": "Puntuación",
  "details.scoreFromCameo": "Puntuación Goldstein del código CAMEO {code}",
  "details.scoreEditorial": "Puntuación editorial",
  "details.initiator": "Iniciado por {initiator}, hacia {target}",
  "details.sources": "Fuentes",
  "details.conflict": "conflicto",
  "details.cooperation": "cooperación",
  "details.neutral": "neutral",
  "details.open": "Abrir fuente",
  "timeline.label": "Línea de tiempo de eventos, de {from} a {to}",
  "timeline.surface":
    "Gráfico de la línea de tiempo. Use + y − para acercar o alejar, 0 para restablecer, y las flechas izquierda y derecha para desplazarse.",
  "timeline.marks":
    "Eventos en la línea de tiempo. Use las flechas izquierda y derecha para pasar de un evento a otro, Inicio y Fin para el primero y el último, Intro para ver los detalles.",
  "timeline.zoomIn": "Acercar",
  "timeline.zoomOut": "Alejar",
  "timeline.reset": "Restablecer zoom",
  "timeline.wheelHint": "Use Ctrl + rueda para hacer zoom",
  "timeline.wheelHintMac": "Use ⌘ + rueda para hacer zoom",
  "timeline.cluster": "{count} eventos, de {from} a {to}. Actívelo para acercar.",
  "timeline.today": "Hoy",
  "timeline.lanes": "Carriles",
  "lanes.topic": "Por tema",
  "lanes.actor": "Por actor",
  "lanes.party": "Por parte",
  "lanes.none": "Ninguno",
  "lanes.other": "Otros",
};

const MESSAGES: Record<Lang, Messages> = { en, es };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const messages = MESSAGES[lang];
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? `{${name}}`));
}

export function allMessageKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[];
}

export function messagesFor(lang: Lang): Readonly<Messages> {
  return MESSAGES[lang];
}
