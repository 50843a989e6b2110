/**
 * The open Filters panel: topic, actor and party filters, the date range, and what happens to
 * filtered-out events. A chunk of its own, loaded when the panel is first opened (FilterPanel.tsx
 * draws the closed panel, which is all a first view shows).
 */
import "../i18n/filterPanelWords.ts";
import { lazy, Suspense, useId, useMemo } from "react";
import { CONTEXT, eventColumns } from "../model/eventColumns.ts";
import type { TimelineEvent } from "../model/events.ts";
import { MS_PER_DAY, isPreciseDate, isoDayOfMs, parseEdtf, spanStart } from "../model/date.ts";
import { useSettledViewport } from "../store/useSettledViewport.ts";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectEvents, selectLocalDataset } from "../store/selectors.ts";
import { useT } from "../store/useT.ts";

// The lists: a chunk of their own (also used without this panel).
const FacetFilter = lazy(() => import("./FacetFilter.tsx"));

/** A date input's value; its calendar runs from year 1 to 275760, so other days leave it empty. */
const dayInput = (ms: number): string => {
  const text = isoDayOfMs(ms);
  return /^\d{4}-/.test(text) ? text : "";
};

/** A `YYYY-MM-DD` input value as UTC ms, or undefined when incomplete or impossible. */
function parseDayInput(value: string): number | undefined {
  const parsed = parseEdtf(value);
  return isPreciseDate(parsed) && parsed.precision === "day" ? spanStart(parsed) : undefined;
}

export default function FilterPanelBody() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const dataset = useDetente(selectLocalDataset);
  const events = useDetente(selectEvents);
  const filters = useDetente((s) => s.filters);
  const mode = useDetente((s) => s.settings.filterMode);
  const showEmptyLanes = useDetente((s) => s.settings.showEmptyLanes);
  const view = useSettledViewport();

  // Counted only while the panel is open (this body is drawn only then): with a million events,
  // counting is a pass over all of them, which a closed panel need not pay for on every zoom.
  const counts = useMemo(() => {
    const topics = new Map<string, number>();
    const actors = new Map<string, number>();
    let context = 0;
    // Times and flags from the columns: only the events in view are visited.
    const { startMs, endMs, flags } = eventColumns(events);
    for (let i = 0; i < events.length; i++) {
      if ((endMs[i] as number) <= view.from || (startMs[i] as number) >= view.to) continue;
      const { source } = events[i] as TimelineEvent;
      for (const id of source.topics) topics.set(id, (topics.get(id) ?? 0) + 1);
      for (const id of source.actors) actors.set(id, (actors.get(id) ?? 0) + 1);
      if (((flags[i] as number) & CONTEXT) !== 0) context++;
    }
    return { topics, actors, context };
  }, [events, view]);

  const party = filters.parties?.length === 1 ? filters.parties[0] : "both";
  const hasContext = useMemo(
    () => eventColumns(events).flags.some((flags) => (flags & CONTEXT) !== 0),
    [events],
  );
  const lastDay = view.to - 1;

  return (
    <>
      <Suspense fallback={null}>
        <FacetFilter
          facet="topics"
          label={t("filters.topics")}
          counts={counts.topics}
          selected={filters.topics}
          onChange={(topics) => store.getState().setFilters({ topics })}
        />
        <FacetFilter
          facet="actors"
          label={t("filters.actors")}
          counts={counts.actors}
          selected={filters.actors}
          onChange={(actors) => store.getState().setFilters({ actors })}
        />
      </Suspense>
      <fieldset className="detente-radio-row">
        <legend>{t("filters.party")}</legend>
        {[{ code: "both", name: t("filters.party.both") }, ...dataset.parties].map((p) => (
          <label key={p.code} className="detente-check">
            <input
              type="radio"
              name={`${ids}-party`}
              value={p.code}
              checked={party === p.code}
              onChange={() =>
                store.getState().setFilters({ parties: p.code === "both" ? null : [p.code] })
              }
            />
            {p.name}
          </label>
        ))}
      </fieldset>
      {hasContext ? (
        <label className="detente-check detente-context-filter">
          <input
            type="checkbox"
            checked={filters.hideContext !== true}
            onChange={(event) =>
              store.getState().setFilters({ hideContext: !event.target.checked })
            }
          />
          {t("filters.context")}{" "}
          <span className="detente-muted">
            {t("filters.contextHint", { count: counts.context })}
          </span>
        </label>
      ) : null}
      <div className="detente-date-range">
        <label htmlFor={`${ids}-from`}>{t("filters.from")}</label>
        <input
          id={`${ids}-from`}
          type="date"
          value={dayInput(view.from)}
          onChange={(event) => {
            const from = parseDayInput(event.target.value);
            if (from !== undefined && from < view.to)
              store.getState().setViewport({ from, to: view.to });
          }}
        />
        <label htmlFor={`${ids}-to`}>{t("filters.to")}</label>
        <input
          id={`${ids}-to`}
          type="date"
          value={dayInput(lastDay)}
          onChange={(event) => {
            const { viewport, setViewport } = store.getState();
            const day = parseDayInput(event.target.value);
            if (day !== undefined && day + MS_PER_DAY > viewport.from)
              setViewport({ from: viewport.from, to: day + MS_PER_DAY });
          }}
        />
      </div>
      <fieldset className="detente-radio-row">
        <legend>{t("filters.mode")}</legend>
        {(["hide", "fade"] as const).map((value) => (
          <label key={value} className="detente-check">
            <input
              type="radio"
              name={`${ids}-mode`}
              value={value}
              checked={mode === value}
              onChange={() => store.getState().setSettings({ filterMode: value })}
            />
            {t(`filters.mode.${value}`)}
          </label>
        ))}
      </fieldset>
      <label className="detente-filter-lanes">
        <input
          type="checkbox"
          checked={showEmptyLanes}
          onChange={(event) =>
            store.getState().setSettings({ showEmptyLanes: event.target.checked })
          }
        />
        {t("filters.emptyLanes")}
      </label>
    </>
  );
}
