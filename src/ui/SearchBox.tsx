/**
 * Search as you type over titles, summaries and quotes, and by date ("26 January 2025", "enero
 * 2025"). Matches are highlighted on the timeline and listed here with their dates; Enter or
 * choosing one moves the chart to it and opens its details.
 */
import { useId, type KeyboardEvent } from "react";
import { useDetente, useDetenteStore } from "../store/context.tsx";
import { selectMatches } from "../store/selectors.ts";
import { eventDateLabel } from "../i18n/eventText.ts";
import { useT } from "../store/useT.ts";
import { countText } from "../i18n/countText.ts";
import { goToEvent } from "./goToEvent.ts";

/** Matches listed under the box; the timeline still highlights every one. */
const RESULTS_LISTED = 50;

export function SearchBox() {
  const t = useT();
  const ids = useId();
  const store = useDetenteStore();
  const query = useDetente((s) => s.filters.query);
  const matches = useDetente(selectMatches);
  const lang = useDetente((s) => s.settings.lang);

  const goToNext = (): void => {
    const state = store.getState();
    const current = matches.findIndex((e) => e.id === state.selectedId);
    const next = matches[(current + 1) % matches.length];
    if (next) goToEvent(store, next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === "Enter") {
      event.preventDefault();
      goToNext();
    }
  };

  return (
    <div className="detente-search" role="search">
      <label htmlFor={`${ids}-q`}>{t("search.label")}</label>
      <input
        id={`${ids}-q`}
        type="search"
        className="detente-input"
        value={query}
        placeholder={t("search.placeholderDates")}
        aria-describedby={`${ids}-status`}
        onChange={(event) => store.getState().setFilters({ query: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <p id={`${ids}-status`} className="detente-muted detente-search-status" aria-live="polite">
        {query.trim() === ""
          ? ""
          : matches.length === 0
            ? t("search.none", { query: query.trim() })
            : `${countText(t, lang, matches.length, "search.resultOne", "search.results")} ${t("search.hint")}`}
      </p>
      {matches.length > 0 ? (
        <ul className="detente-search-results" aria-label={t("search.matches")}>
          {matches.slice(0, RESULTS_LISTED).map((event) => (
            <li key={event.id}>
              <button
                type="button"
                className="detente-link-button"
                onClick={() => goToEvent(store, event)}
              >
                {event.source.title}
              </button>{" "}
              <span className="detente-muted detente-search-date" style={{ whiteSpace: "nowrap" }}>
                {eventDateLabel(event, lang)}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {matches.length > RESULTS_LISTED ? (
        <p className="detente-muted">{t("search.capped", { shown: RESULTS_LISTED })}</p>
      ) : null}
    </div>
  );
}
