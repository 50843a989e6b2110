/**
 * The tension values as a table, for the days in view: daily up to a year, monthly beyond
 * (so the table stays readable; the caption says which).
 */
import { useState, useId } from "react";
import { MS_PER_DAY, dayIndex } from "../model/date.ts";
import { bandOf, indexOfDay } from "../model/tension.ts";
import { useDetente } from "../store/context.tsx";
import { selectTension } from "../store/tensionSelectors.ts";
import { dayLabel } from "../i18n/tensionText.ts";
import { useT } from "../store/useT.ts";
import { useSettledViewport } from "../store/useSettledViewport.ts";

const DAILY_LIMIT = 400;

export function TensionTable({ alwaysOpen = false }: { readonly alwaysOpen?: boolean }) {
  const t = useT();
  const ids = useId();
  const [toggled, setOpen] = useState(false);
  const open = alwaysOpen || toggled;
  const tension = useDetente(selectTension);
  const lang = useDetente((s) => s.settings.lang);
  const view = useSettledViewport();
  const { series } = tension;

  const first = Math.max(series.fromDay, dayIndex(view.from));
  const last = Math.min(series.toDay, dayIndex(view.to));
  const daily = last - first + 1 <= DAILY_LIMIT;
  const days: number[] = [];
  if (open && last >= first) {
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
  const eventsByDay = new Map<number, string[]>();
  if (open) {
    for (const event of tension.events) {
      const day = dayIndex(event.anchorMs);
      const list = eventsByDay.get(day) ?? [];
      list.push(event.source.title);
      eventsByDay.set(day, list);
    }
  }
  const captionValues = { from: dayLabel(first, lang), to: dayLabel(last, lang) };

  return (
    <div className="detente-table-toggle">
      {alwaysOpen ? null : (
        <button
          type="button"
          className="detente-button detente-text-button"
          aria-expanded={open}
          aria-controls={`${ids}-table`}
          onClick={() => setOpen(!open)}
        >
          {open ? t("tension.tableHide") : t("tension.table")}
        </button>
      )}
      {open ? (
        <div
          className="detente-table-wrap"
          id={`${ids}-table`}
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
                <th scope="col">{t("tension.col.events")}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((day) => {
                const i = indexOfDay(series, day);
                const value = series.tension[i] ?? 50;
                return (
                  <tr key={day}>
                    <th scope="row">{dayLabel(day, lang)}</th>
                    <td>{value.toFixed(1)}</td>
                    <td>{bandOf(value).label[lang]}</td>
                    <td>
                      {(series.lower[i] ?? value).toFixed(1)}–
                      {(series.upper[i] ?? value).toFixed(1)}
                    </td>
                    <td>{(eventsByDay.get(day) ?? []).join("; ")}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
