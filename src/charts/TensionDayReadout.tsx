/**
 * What the crosshair day says, in words: value, band, plausible range, the events driving it,
 * and the day's own events (each can be opened). A chunk of its own, loaded when a reader first
 * puts the crosshair on a day (TensionReadout.tsx shows the chart's summary until then).
 */
import "../i18n/tensionDayWords.ts";
import { useMemo } from "react";
import { dayIndex } from "../model/date.ts";
import { bandOf, indexOfDay } from "../model/tension.ts";
import { useDetente } from "../store/context.tsx";
import { selectEventById } from "../store/selectors.ts";
import { selectDayDrivers, selectTension } from "../store/tensionSelectors.ts";
import { formatScore } from "../i18n/eventText.ts";
import { useT } from "../store/useT.ts";
import { dayLabel } from "../i18n/tensionText.ts";

interface Props {
  readonly id: string;
  readonly day: number;
  readonly summaryText: string;
}

export default function TensionDayReadout({ id, day, summaryText }: Props) {
  const t = useT();
  const tension = useDetente(selectTension);
  const lang = useDetente((s) => s.settings.lang);
  const halfLife = useDetente((s) => s.settings.halfLife);
  const select = useDetente((s) => s.select);
  const dataset = useDetente((s) => s.dataset);
  const goldstein = useDetente((s) => s.goldstein);
  // The reader's language for the events' titles (the lookup is by id either way).
  const settings = useDetente((s) => s.settings);
  const sides = useDetente((s) => selectDayDrivers(s, day));
  const lookup = (eventId: string) => selectEventById({ dataset, goldstein, settings }, eventId);

  // Built when a driver is not an event (a GDELT day), not on every load: inputs may be a
  // million events.
  const inputs = tension.inputs;
  const inputById = useMemo(() => {
    let map: Map<string, (typeof inputs)[number]> | undefined;
    return {
      get: (id: string) => {
        map ??= new Map(inputs.map((input) => [input.id, input]));
        return map.get(id);
      },
    };
  }, [inputs]);
  const dayEvents = useMemo(
    () => tension.events.filter((e) => dayIndex(e.anchorMs) === day),
    [day, tension.events],
  );

  const index = indexOfDay(tension.series, day);
  const value = tension.series.tension[index];
  // A day outside the series (or with nothing to say) reads as the chart's summary.
  if (value === undefined) {
    return (
      <p id={id} className="detente-readout" aria-live="polite">
        {summaryText}
      </p>
    );
  }
  const staleness = tension.series.staleness[index] ?? Infinity;
  // The side the day leans to names its leading driver, if that driver is most of its side.
  const net = sides.conflictTotal + sides.cooperationTotal;
  const leaning = net < 0 ? "conflict" : "cooperation";
  const leader = (net < 0 ? sides.conflict : sides.cooperation)[0];
  const leaderEvent = leader ? lookup(leader.eventId) : undefined;

  const renderSide = (side: "conflict" | "cooperation") => {
    const list = side === "conflict" ? sides.conflict : sides.cooperation;
    const total = side === "conflict" ? sides.conflictTotal : sides.cooperationTotal;
    if (list.length === 0) return null;
    return (
      <div className="detente-driver-side" data-tone={side}>
        <p className="detente-readout-side">
          {t(side === "conflict" ? "tension.conflictSide" : "tension.cooperationSide", {
            total: formatScore(total),
          })}
        </p>
        <ul className="detente-drivers">
          {list.map((driver) => {
            const event = lookup(driver.eventId);
            // Aggregated inputs (a GDELT day's mean) are not events: name their day instead.
            const input = event ? undefined : inputById.get(driver.eventId);
            if (!event && !input) return null;
            return (
              <li key={driver.eventId}>
                {event ? (
                  <button
                    type="button"
                    className="detente-link-button"
                    onClick={() => select(driver.eventId)}
                  >
                    {event.source.title}
                  </button>
                ) : (
                  t("tension.dailyDriver", {
                    date: dayLabel(dayIndex(input?.startMs ?? 0), lang),
                  })
                )}{" "}
                <span className="detente-muted">
                  {formatScore(driver.contribution)} ·{" "}
                  {t("tension.shareOfSide", { share: Math.round(driver.shareOfSide * 100) })}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
    );
  };

  return (
    <div id={id} className="detente-readout" aria-live="polite">
      <p>
        <strong>
          {t("tension.readout", {
            date: dayLabel(day, lang),
            value: Math.round(value),
            band: bandOf(value).label[lang],
            lower: Math.round(tension.series.lower[index] ?? value),
            upper: Math.round(tension.series.upper[index] ?? value),
          })}
        </strong>{" "}
        {staleness > halfLife && Number.isFinite(staleness)
          ? t("tension.stale", { days: Math.floor(staleness) })
          : null}
      </p>
      {leader && leaderEvent && leader.shareOfSide > 0.5 ? (
        <p>
          {t("tension.mostOf", {
            title: leaderEvent.source.title,
            side: t(`tension.side.${leaning}`),
          })}
        </p>
      ) : null}
      <p className="detente-readout-heading">{t("tension.drivers")}</p>
      {sides.conflict.length === 0 && sides.cooperation.length === 0 ? (
        <p className="detente-muted">{t("tension.noDrivers")}</p>
      ) : (
        <div className="detente-driver-sides">
          {renderSide("conflict")}
          {renderSide("cooperation")}
        </div>
      )}
      {dayEvents.length > 0 ? (
        <>
          <p className="detente-readout-heading">{t("tension.dayEvents")}</p>
          <ul className="detente-drivers">
            {dayEvents.map((event) => (
              <li key={event.id}>
                <button
                  type="button"
                  className="detente-link-button"
                  onClick={() => select(event.id)}
                >
                  {event.source.title}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
