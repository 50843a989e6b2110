/**
 * The tension values as a table, for the days in view: daily up to a year (or the limit given),
 * monthly beyond (so the table stays readable; the caption says which). Each row lists the events
 * of its day, or of its month in the monthly table. Loaded on first use (TensionTable.tsx, the
 * table view).
 */
import "../i18n/tensionDayWords.ts";
import { useState, useId } from "react";
import { MS_PER_DAY, dayIndex } from "../model/date.ts";
import { bandOf, indexOfDay } from "../model/tension.ts";
import { useDetente } from "../store/context.tsx";
import { selectTension } from "../store/tensionSelectors.ts";
import { dayLabel } from "../i18n/tensionText.ts";
import { formatPreciseDate } from "../i18n/format.ts";
import { useT } from "../store/useT.ts";
import { useSettledViewport } from "../store/useSettledViewport.ts";

const DAILY_LIMIT = 400;

/** The month (year·12 + month index) a day lies in, in UTC. */
function monthOf(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function TensionDailyTable({
  id,
  dailyLimit = DAILY_LIMIT,
  eventDaysOption = false,
}: {
  readonly id?: string;
  readonly dailyLimit?: number;
  /** Offer to list only the days with events (the table view, where the table is long). */
  readonly eventDaysOption?: boolean;
}) {
  const t = useT();
  const ids = useId();
  const tension = useDetente(selectTension);
  const lang = useDetente((s) => s.settings.lang);
  const view = useSettledViewport();
  const { series } = tension;

  const first = Math.max(series.fromDay, dayIndex(view.from));
  const last = Math.min(series.toDay, dayIndex(view.to));
  const daily = last - first + 1 <= dailyLimit;
  const [onlyEventDays, setOnlyEventDays] = useState(false);
  const days: number[] = [];
  if (last >= first) {
    if (daily) for (let d = first; d <= last; d++) days.push(d);
    else {
      const cursor = new Date(first * MS_PER_DAY);
      cursor.setUTCDate(1);
      if (dayIndex(cursor.getTime()) < first) cursor.setUTCMonth(cursor.getUTCMonth() + 1);
      while (dayIndex(cursor.getTime()) <= last) {
        days.push(dayIndex(cursor.getTime()));
        cursor.setUTCMonth(cursor.getUTCMonth() + 1);
      }
    }
  }
  // Each row's events: those of its day, or of its month in the monthly table.
  const periodOf = daily ? (day: number): number => day : monthOf;
  const eventsByPeriod = new Map<number, string[]>();
  for (const event of tension.events) {
    const period = periodOf(dayIndex(event.anchorMs));
    const list = eventsByPeriod.get(period) ?? [];
    list.push(event.source.title);
    eventsByPeriod.set(period, list);
  }
  const rows =
    daily && onlyEventDays ? days.filter((day) => eventsByPeriod.has(periodOf(day))) : days;
  const rowLabel = (day: number): string => {
    if (daily) return dayLabel(day, lang);
    const month = monthOf(day);
    return formatPreciseDate(
      { year: Math.floor(month / 12), month: (month % 12) + 1, precision: "month" },
      lang,
    );
  };
  const captionValues = { from: dayLabel(first, lang), to: dayLabel(last, lang) };

  return (
    <div className="detente-tension-daily">
      {eventDaysOption && daily ? (
        <label className="detente-table-only">
          <input
            type="checkbox"
            checked={onlyEventDays}
            onChange={(event) => setOnlyEventDays(event.target.checked)}
          />{" "}
          {t("tension.onlyEventDays")}
        </label>
      ) : null}
      {
        <div
          className="detente-table-wrap"
          id={id}
          role="region"
          aria-labelledby={`${ids}-caption`}
          // Scrollable: it must be reachable from the keyboard to scroll it.
          tabIndex={0}
        >
          <table className="detente-table">
            <caption id={`${ids}-caption`}>
              {daily
                ? t("tension.tableCaption", captionValues)
                : t("tension.tableCaptionMonthly", captionValues)}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("tension.col.date")}</th>
                <th scope="col">{t("tension.col.value")}</th>
                <th scope="col">{t("tension.col.band")}</th>
                <th scope="col">{t("tension.col.range")}</th>
                <th scope="col">{t(daily ? "tension.col.events" : "tension.col.eventsMonth")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((day) => {
                // On huge spans one value covers several days (the series' step).
                const i = indexOfDay(series, day);
                const value = series.tension[i] ?? 50;
                return (
                  <tr key={day}>
                    <th scope="row">{rowLabel(day)}</th>
                    <td>{value.toFixed(1)}</td>
                    <td>{bandOf(value).label[lang]}</td>
                    <td>
                      {(series.lower[i] ?? value).toFixed(1)}–
                      {(series.upper[i] ?? value).toFixed(1)}
                    </td>
                    <td>{(eventsByPeriod.get(periodOf(day)) ?? []).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      }
    </div>
  );
}

export default TensionDailyTable;
