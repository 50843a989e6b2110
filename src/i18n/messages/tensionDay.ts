/**
 * Words of a day's tension reading and the daily table: not in the first load. The chunks that show them add them to the
 * translator when they load (i18n/tensionDayWords.ts).
 */
export const tensionDayEn = {
  "tension.readout": "{date}: tension {value} ({band}), plausible range {lower}–{upper}.",
  "tension.stale": "No event in the last {days} days: the line is fading towards neutral.",
  "tension.drivers": "Main drivers",
  "tension.conflictSide": "Towards hostility: {total} in all",
  "tension.cooperationSide": "Towards closeness: {total} in all",
  "tension.shareOfSide": "{share}% of this side",
  "tension.dailyDriver": "The average of the events reported on {date}",
  "tension.noDrivers": "No event before this day contributes.",
  "tension.mostOf": "Most of this day's pressure towards {side} comes from {title}.",
  "tension.side.conflict": "hostility",
  "tension.side.cooperation": "closeness",
  "tension.dayEvents": "Events on this day",
  "tension.tableCaption": "Tension by day, {from} to {to}",
  "tension.tableCaptionMonthly":
    "Tension on the first day of each month, {from} to {to}. Zoom in to a year or less for daily values.",
  "tension.col.date": "Date",
  "tension.col.value": "Tension",
  "tension.col.band": "Band",
  "tension.col.range": "Plausible range",
  "tension.col.events": "Events that day",
  "tension.col.eventsMonth": "Events that month",
  "tension.onlyEventDays": "Only days with events",
} as const;
