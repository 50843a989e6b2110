/** The Spanish of ../tensionDay.ts, loaded only for Spanish readers (i18n/spanish.ts). */
import type { tensionDayEn } from "../tensionDay.ts";

export const tensionDayEs: Record<keyof typeof tensionDayEn, string> = {
  "tension.readout": "{date}: tensión {value} ({band}), rango plausible {lower}–{upper}.",
  "tension.stale": "Ningún evento en los últimos {days} días: la línea se desvanece hacia neutral.",
  "tension.drivers": "Principales causas",
  "tension.conflictSide": "Hacia la hostilidad: {total} en total",
  "tension.cooperationSide": "Hacia el acercamiento: {total} en total",
  "tension.shareOfSide": "{share} % de este lado",
  "tension.dailyDriver": "El promedio de los eventos registrados el {date}",
  "tension.noDrivers": "Ningún evento anterior a este día contribuye.",
  "tension.mostOf": "La mayor parte de la presión hacia {side} de este día viene de {title}.",
  "tension.side.conflict": "la hostilidad",
  "tension.side.cooperation": "el acercamiento",
  "tension.dayEvents": "Eventos de este día",
  "tension.tableCaption": "Tensión por día, de {from} a {to}",
  "tension.tableCaptionMonthly":
    "Tensión el primer día de cada mes, de {from} a {to}. Acerque a un año o menos para ver los valores diarios.",
  "tension.col.date": "Fecha",
  "tension.col.value": "Tensión",
  "tension.col.band": "Nivel",
  "tension.col.range": "Rango plausible",
  "tension.col.events": "Eventos del día",
  "tension.col.eventsMonth": "Eventos del mes",
  "tension.onlyEventDays": "Solo los días con eventos",
};
