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
  "tension.title": "Tension",
  "tension.scale": "0 = close, 100 = hostile",
  "tension.surface":
    "Tension explorer. Left and right arrows move one day, Page Up and Page Down a month, Home and End to the ends; Enter selects the day's main event; + and − zoom.",
  "tension.img": "Tension chart. {summary}",
  "tension.summary":
    "Tension peaked at {peak} ({peakBand}) on {peakDate}; it stood at {last} ({lastBand}) on {lastDate}.",
  "tension.noData": "No events to compute tension from.",
  "tension.scopeAll": "Computed from all events.",
  "tension.scopeFiltered": "Computed from the filtered events only.",
  "tension.readout": "{date}: tension {value} ({band}), plausible range {lower}–{upper}.",
  "tension.stale": "No event in the last {days} days: the line is fading towards neutral.",
  "tension.drivers": "Main drivers",
  "tension.noDrivers": "No event before this day contributes.",
  "tension.mostOf": "Most of this day's tension comes from {title}.",
  "tension.share": "{share}% of the total",
  "tension.dayEvents": "Events on this day",
  "tension.select": "Show details",
  "tension.settings": "Tension settings",
  "tension.halfLife": "Half-life",
  "tension.days": "{days} days",
  "tension.showUncertainty": "Show uncertainty",
  "tension.scope": "Compute from",
  "tension.scope.all": "All events",
  "tension.scope.filtered": "Filtered events",
  "tension.overview": "Overview of the whole period. Drag to choose the time window shown above.",
  "tension.table": "Show daily values as a table",
  "tension.tableHide": "Hide the table",
  "tension.tableCaption": "Tension by day, {from} to {to}",
  "tension.tableCaptionMonthly":
    "Tension on the first day of each month, {from} to {to}. Zoom in to a year or less for daily values.",
  "tension.col.date": "Date",
  "tension.col.value": "Tension",
  "tension.col.band": "Band",
  "tension.col.range": "Plausible range",
  "tension.col.events": "Events that day",
  "how.title": "How is this computed?",
  "how.summary":
    "Each event pushes the relationship towards conflict or cooperation by its score; the push fades by half every {halfLife} days, and the running total is squashed onto a 0–100 tension scale.",
  "how.formula": "Formula",
  "how.defaults": "Defaults",
  "how.defaultsText":
    "Half-life h = {halfLife} days (adjustable), baseline B = 0, saturation K = 15, event weight 1. Events known only to the month or year spread their score evenly over that month or year.",
  "how.bands": "Bands",
  "how.uncertainty":
    "The shaded band is the lowest and highest value over five runs: half and double the half-life, and every score scaled by 0.8 and by 1.2. The line fades where the latest event is more than one half-life old.",
  "how.caveats": "Caveats",
  "how.caveat1":
    "A score rates the type of action (say, imposing sanctions), not its size or its importance to the two countries.",
  "how.caveat2":
    "Scores come from the CAMEO codebook's Goldstein values unless an event notes an editorial choice.",
  "how.caveat3":
    "The line describes the events in this dataset; it is not a forecast and not a poll.",
  "how.citation": "Scale",
  "how.citationText":
    "Goldstein, Joshua S. (1992). “A Conflict-Cooperation Scale for WEIS Events Data.” Journal of Conflict Resolution 36(2): 369–385; as tabulated for CAMEO codes by GDELT.",
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
  "tension.title": "Tensión",
  "tension.scale": "0 = estrecha, 100 = hostil",
  "tension.surface":
    "Explorador de la tensión. Las flechas izquierda y derecha mueven un día, Re Pág y Av Pág un mes, Inicio y Fin a los extremos; Intro selecciona el evento principal del día; + y − hacen zoom.",
  "tension.img": "Gráfico de la tensión. {summary}",
  "tension.summary":
    "La tensión alcanzó su máximo, {peak} ({peakBand}), el {peakDate}; se situaba en {last} ({lastBand}) el {lastDate}.",
  "tension.noData": "No hay eventos con los que calcular la tensión.",
  "tension.scopeAll": "Calculada con todos los eventos.",
  "tension.scopeFiltered": "Calculada solo con los eventos filtrados.",
  "tension.readout": "{date}: tensión {value} ({band}), rango plausible {lower}–{upper}.",
  "tension.stale": "Ningún evento en los últimos {days} días: la línea se desvanece hacia neutral.",
  "tension.drivers": "Principales causas",
  "tension.noDrivers": "Ningún evento anterior a este día contribuye.",
  "tension.mostOf": "La mayor parte de la tensión de este día viene de {title}.",
  "tension.share": "{share} % del total",
  "tension.dayEvents": "Eventos de este día",
  "tension.select": "Ver detalles",
  "tension.settings": "Ajustes de la tensión",
  "tension.halfLife": "Vida media",
  "tension.days": "{days} días",
  "tension.showUncertainty": "Mostrar incertidumbre",
  "tension.scope": "Calcular con",
  "tension.scope.all": "Todos los eventos",
  "tension.scope.filtered": "Eventos filtrados",
  "tension.overview":
    "Vista general de todo el periodo. Arrastre para elegir el intervalo que se muestra arriba.",
  "tension.table": "Mostrar los valores diarios en una tabla",
  "tension.tableHide": "Ocultar la tabla",
  "tension.tableCaption": "Tensión por día, de {from} a {to}",
  "tension.tableCaptionMonthly":
    "Tensión el primer día de cada mes, de {from} a {to}. Acerque a un año o menos para ver los valores diarios.",
  "tension.col.date": "Fecha",
  "tension.col.value": "Tensión",
  "tension.col.band": "Nivel",
  "tension.col.range": "Rango plausible",
  "tension.col.events": "Eventos del día",
  "how.title": "¿Cómo se calcula?",
  "how.summary":
    "Cada evento empuja la relación hacia el conflicto o la cooperación según su puntuación; el empuje se reduce a la mitad cada {halfLife} días, y el total acumulado se lleva a una escala de tensión de 0 a 100.",
  "how.formula": "Fórmula",
  "how.defaults": "Valores por defecto",
  "how.defaultsText":
    "Vida media h = {halfLife} días (ajustable), base B = 0, saturación K = 15, peso de cada evento 1. Los eventos de los que solo se conoce el mes o el año reparten su puntuación por igual a lo largo de ese mes o año.",
  "how.bands": "Niveles",
  "how.uncertainty":
    "La franja sombreada es el valor mínimo y máximo de cinco cálculos: la mitad y el doble de la vida media, y todas las puntuaciones multiplicadas por 0,8 y por 1,2. La línea se desvanece donde el último evento tiene más de una vida media.",
  "how.caveats": "Advertencias",
  "how.caveat1":
    "Una puntuación califica el tipo de acción (por ejemplo, imponer sanciones), no su tamaño ni su importancia para los dos países.",
  "how.caveat2":
    "Las puntuaciones son los valores Goldstein del código CAMEO salvo que el evento indique una elección editorial.",
  "how.caveat3":
    "La línea describe los eventos de este conjunto de datos; no es un pronóstico ni una encuesta.",
  "how.citation": "Escala",
  "how.citationText":
    "Goldstein, Joshua S. (1992). “A Conflict-Cooperation Scale for WEIS Events Data.” Journal of Conflict Resolution 36(2): 369–385; tabulada para los códigos CAMEO por GDELT.",
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
